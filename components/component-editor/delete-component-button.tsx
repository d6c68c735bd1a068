"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { deleteComponentAction } from "@/lib/campaigns/actions";
import type { ComponentView } from "@/lib/campaigns/types";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";

export function DeleteComponentButton({ component }: { component: ComponentView }) {
  const router = useRouter();
  const { pending, failure, run, reload } = useServerAction();
  return (
    <div className="flex items-center gap-3">
      <FailureAlert failure={failure} onReload={reload} />
      <Button
        variant="danger"
        size="sm"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Remove ${component.name} and its verifications from this campaign?`)) return;
          run(
            () => deleteComponentAction({ componentId: component.id, revision: component.revision }),
            () => router.push(`/campaigns/${component.campaignId}/components`),
          );
        }}
      >
        Remove component
      </Button>
    </div>
  );
}
