"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { removeClusterAction } from "@/lib/fleet/actions";

export function RemoveClusterButton({ clusterId, name }: { clusterId: string; name: string }) {
  const queryClient = useQueryClient();
  const { pending, failure, run, reload } = useServerAction();
  return (
    <span className="flex items-center gap-2">
      <FailureAlert failure={failure} onReload={reload} />
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        onClick={() => {
          if (window.confirm(`Stop reading ${name}? Its kubeconfig context is left as it is.`)) run(() => removeClusterAction(clusterId), () => void queryClient.invalidateQueries({ queryKey: ["fleet"] }));
        }}
      >
        Remove
      </Button>
    </span>
  );
}
