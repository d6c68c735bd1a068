"use client";

import { useRouter } from "next/navigation";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { deleteComponentAction } from "@/lib/campaigns/actions";
import type { ComponentView } from "@/lib/campaigns/types";

export function DeleteComponentButton({ component }: { component: ComponentView }) {
  const router = useRouter();
  return (
    <ConfirmedActionButton
      variant="danger"
      confirm={`Remove ${component.name} and its verifications from this campaign?`}
      action={() => deleteComponentAction({ componentId: component.id, revision: component.revision })}
      onDone={() => router.push(`/campaigns/${component.campaignId}/components`)}
    >
      Remove component
    </ConfirmedActionButton>
  );
}
