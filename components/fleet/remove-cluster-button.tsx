"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { removeClusterAction } from "@/lib/fleet/actions";

export function RemoveClusterButton({ clusterId, name }: { clusterId: string; name: string }) {
  const queryClient = useQueryClient();
  return (
    <ConfirmedActionButton
      confirm={`Stop reading ${name}? Its kubeconfig context is left as it is.`}
      action={() => removeClusterAction({ clusterId: clusterId })}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ["fleet"] })}
    >
      Remove
    </ConfirmedActionButton>
  );
}
