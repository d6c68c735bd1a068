"use client";

import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { formatMoment } from "@/lib/format";
import { overrideGateCheckAction, withdrawOverrideAction } from "@/lib/gate/actions";
import type { EnvironmentGate } from "@/lib/gate/environment-gate";
import { OVERRIDE_HOURS } from "@/lib/gate/schemas";

/** The lead's way through a closed maintenance window: a reason, a few hours, in the log; or withdraw it. */
export function WindowOverride({ campaignId, gate }: { campaignId: string; gate: EnvironmentGate }) {
  const check = gate.campaignChecks.find((c) => c.id === "maintenance-window");
  const active = gate.overrides.find((o) => o.checkId === "maintenance-window");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [hours, setHours] = useState("4");
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  if (!check) return null;
  if (active)
    return (
      <div className="flex flex-wrap items-center gap-2 text-xs text-amber-800">
        Override in force until {formatMoment(active.until)}.
        <ConfirmedActionButton
          variant="secondary"
          confirm="Withdraw the override? The window check blocks again."
          action={() => withdrawOverrideAction({ overrideId: active.id })}
        >
          Withdraw override
        </ConfirmedActionButton>
      </div>
    );
  if (check.verdict !== "block") return null;
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Let {gate.environment.name} pass outside the window…
      </Button>
    );
  return (
    <form
      aria-label="Override the maintenance window"
      className="space-y-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () =>
            overrideGateCheckAction({
              campaignId,
              environmentId: gate.environment.id,
              checkId: "maintenance-window",
              reason,
              hours,
            }),
          () => setOpen(false),
        );
      }}
    >
      <FailureAlert failure={failureAbove("reason", "hours")} onReload={reload} />
      <Field label="Why" hint="Goes into the activity log, with your name." error={fieldError("reason")}>
        {(control) => (
          <Textarea
            {...control}
            className="min-h-16 font-sans"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <Field label="For" error={fieldError("hours")}>
        {(control) => (
          <Select {...control} value={hours} onChange={(event) => setHours(event.target.value)}>
            {OVERRIDE_HOURS.map((h) => (
              <option key={h} value={h}>
                {h} hour{h === 1 ? "" : "s"}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {pending ? "Saving…" : "Override"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
