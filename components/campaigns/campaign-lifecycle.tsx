"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import {
  archiveCampaignAction,
  deleteCampaignAction,
  restoreCampaignAction,
  startCampaignAction,
} from "@/lib/campaigns/actions";
import type { CampaignSummary } from "@/lib/campaigns/types";

/** The lead's controls for a campaign's life: start, edit the plan, archive or restore, delete. */
export function CampaignLifecycle({ campaign }: { campaign: CampaignSummary }) {
  const campaignId = campaign.id;
  const [deleting, setDeleting] = useState(false);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">
        {campaign.status === "planned" ? (
          <ConfirmedActionButton
            variant="primary"
            confirm={`Start ${campaign.name}? The fleet then plans towards Kubernetes ${campaign.kubernetesTo} and records skew against this campaign.`}
            action={() => startCampaignAction({ campaignId })}
          >
            Start campaign
          </ConfirmedActionButton>
        ) : null}
        {campaign.status === "planned" || campaign.status === "running" ? (
          <Link href={`/campaigns/${campaignId}/plan`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Edit plan
          </Link>
        ) : null}
        {campaign.status === "archived" ? (
          <ConfirmedActionButton
            variant="secondary"
            confirm={null}
            action={() => restoreCampaignAction({ campaignId })}
          >
            Restore
          </ConfirmedActionButton>
        ) : (
          <ConfirmedActionButton
            variant="ghost"
            confirm={`Archive ${campaign.name}? It leaves the lists and the fleet's picker; nothing in it is lost and it can be restored.`}
            action={() => archiveCampaignAction({ campaignId })}
          >
            Archive
          </ConfirmedActionButton>
        )}
        {campaign.status !== "running" && !deleting ? (
          <Button size="sm" variant="danger" onClick={() => setDeleting(true)}>
            Delete…
          </Button>
        ) : null}
      </div>
      {deleting ? <DeleteCampaignForm campaign={campaign} onCancel={() => setDeleting(false)} /> : null}
    </div>
  );
}

/** Deleting cannot be undone, so the name is typed out; archiving is the gentler way. */
function DeleteCampaignForm({ campaign, onCancel }: { campaign: CampaignSummary; onCancel: () => void }) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  const error = fieldError("confirmation");
  return (
    <form
      aria-label="Delete campaign"
      className="w-full max-w-sm space-y-2 rounded-md bg-red-50 p-3 ring-1 ring-red-200"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => deleteCampaignAction({ campaignId: campaign.id, confirmation }),
          () => router.push("/"),
        );
      }}
    >
      <FailureAlert failure={failureAbove("confirmation")} onReload={reload} />
      <Field
        label={`Type “${campaign.name}” to delete it`}
        hint="Its components, verifications, retrospective and log go with it. Archive it to keep them."
        error={error}
      >
        {(control) => (
          <Input {...control} value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" variant="danger" pending={pending}>
          {pending ? "Deleting…" : "Delete for good"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
