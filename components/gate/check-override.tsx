"use client";

import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { formatMoment } from "@/lib/format";
import { overrideGateCheckAction, withdrawOverrideAction } from "@/lib/gate/actions";
import type { OverrideOffer, Overridable } from "@/lib/gate/environment-gate";
import { OVERRIDE_HOURS } from "@/lib/gate/schemas";

/** What the lead is offered for each check that may be let through. */
const WORDS: Record<Overridable, { offer: (environment: string) => string; form: string; withdraw: string }> = {
  "maintenance-window": {
    offer: (environment) => `Let ${environment} pass outside the window…`,
    form: "Override the maintenance window",
    withdraw: "Withdraw the override? The window check blocks again.",
  },
  "removed-apis": {
    offer: (environment) => `Accept the removed APIs on ${environment}…`,
    form: "Accept the removed APIs",
    withdraw: "Withdraw the acceptance? The removed-API check blocks again.",
  },
};

/** The lead's way through a blocking check: a reason, a few hours, in the log; or withdraw it. */
export function CheckOverride({
  campaignId,
  environment,
  checkId,
  offer: { verdict, active },
}: {
  campaignId: string;
  environment: { id: string; name: string };
  checkId: Overridable;
  /** The check's verdict here and the override in force (see overrideOffer): all this form needs of the gate. */
  offer: OverrideOffer;
}) {
  const words = WORDS[checkId];
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [hours, setHours] = useState("4");
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  if (active)
    return (
      <div className="flex flex-wrap items-center gap-2 text-xs text-amber-800">
        Override in force until {formatMoment(active.until)}.
        <ConfirmedActionButton
          variant="secondary"
          confirm={words.withdraw}
          action={() => withdrawOverrideAction({ overrideId: active.id })}
        >
          Withdraw override
        </ConfirmedActionButton>
      </div>
    );
  if (verdict !== "block") return null;
  if (!open)
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {words.offer(environment.name)}
      </Button>
    );
  return (
    <form
      aria-label={words.form}
      className="space-y-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () =>
            overrideGateCheckAction({
              campaignId,
              environmentId: environment.id,
              checkId,
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
