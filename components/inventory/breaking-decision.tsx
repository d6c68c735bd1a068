"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { decideBreakingAction } from "@/lib/campaigns/actions";
import type { ComponentView } from "@/lib/campaigns/types";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";

/** The major-bump rule proposes; a person confirms or clears it, with a reason. */
export function BreakingDecision({ component, canDecide }: { component: ComponentView; canDecide: boolean }) {
  const { breaking } = component;
  const [reason, setReason] = useState(breaking.reason);
  const { pending, failure, run, reload, fieldError } = useServerAction();
  // The decision on the way: only its button spins, the others wait disabled.
  const [deciding, setDeciding] = useState<boolean | null>(null);
  const decide = (value: boolean | null) => {
    setDeciding(value);
    run(() =>
      decideBreakingAction({
        componentId: component.id,
        revision: component.revision,
        breaking: value,
        reason: value === null ? "" : reason,
      }),
    );
  };

  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {breaking.effective ? <Badge tone="warning">Breaking</Badge> : <Badge tone="success">Not breaking</Badge>}
        <span className="text-xs text-slate-500">
          {breaking.override === null
            ? breaking.detected
              ? "Set automatically: the target is a major version bump."
              : "No major version bump detected."
            : `${breaking.override ? "Confirmed" : "Cleared"} by a person: ${breaking.reason}`}
        </span>
      </div>
      {canDecide ? (
        <>
          <FailureAlert failure={failure} onReload={reload} />
          <Field label="Reason for a decision" error={fieldError("reason")}>
            {(control) => (
              <Input
                {...control}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder="e.g. CRDs v1beta1 removed"
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="secondary"
              pending={pending && deciding === true}
              disabled={pending || breaking.override === true}
              onClick={() => decide(true)}
            >
              Confirm breaking
            </Button>
            <Button
              size="sm"
              variant="secondary"
              pending={pending && deciding === false}
              disabled={pending || breaking.override === false}
              onClick={() => decide(false)}
            >
              Not breaking
            </Button>
            {breaking.override !== null ? (
              <Button
                size="sm"
                variant="ghost"
                pending={pending && deciding === null}
                disabled={pending}
                onClick={() => decide(null)}
              >
                Follow the rule again
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
