import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/mutations/result";

/** A refused change; a conflict offers to reload what the other person saved. */
export function FailureAlert({ failure, onReload }: { failure: ActionFailure | null; onReload: () => void }) {
  if (!failure) return null;
  return (
    <Alert
      tone={failure.conflict ? "warning" : "error"}
      action={
        failure.conflict ? (
          <Button size="sm" variant="secondary" onClick={onReload}>
            Reload
          </Button>
        ) : undefined
      }
    >
      {failure.message}
    </Alert>
  );
}
