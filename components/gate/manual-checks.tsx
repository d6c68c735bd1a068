"use client";

import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { formatMoment } from "@/lib/format";
import { MANUAL_CHECKS, type ManualCheckId, type ManualTick } from "@/lib/preflight/manual";
import { tickManualCheckAction, untickManualCheckAction } from "@/lib/preflight/actions";

/** The checks no API shows, for one environment: who ticked each, when, with what evidence; a form to tick one. */
export function ManualChecks({
  campaignId,
  environment,
  manualTicks,
  canTick,
}: {
  campaignId: string;
  environment: { id: string; name: string };
  /** This environment's ticks (the gate's), not the whole gate: this part is in the browser. */
  manualTicks: ManualTick[];
  canTick: boolean;
}) {
  const [open, setOpen] = useState<ManualCheckId | null>(null);
  const ticks = new Map(manualTicks.map((tick) => [tick.item, tick]));
  return (
    <section
      id={`manual-${environment.id}`}
      aria-label={`Checks no API shows on ${environment.name}`}
      className="space-y-2"
    >
      <h3 className="text-sm font-semibold">Checks no API shows</h3>
      <ul className="space-y-2 text-sm">
        {MANUAL_CHECKS.map((check) => {
          const tick = ticks.get(check.id);
          return (
            <li
              key={check.id}
              data-testid={`manual-${check.id}`}
              data-ticked={tick ? "true" : "false"}
              className="space-y-1"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className={tick ? "text-emerald-800" : "text-slate-800"}>
                  {tick ? "✓ " : "○ "}
                  {check.title}
                </span>
                {canTick ? (
                  tick ? (
                    <ConfirmedActionButton
                      variant="ghost"
                      confirm={`Take back "${check.title}" on ${environment.name}? The gate blocks on it again.`}
                      action={() =>
                        untickManualCheckAction({ campaignId, environmentId: environment.id, item: check.id })
                      }
                    >
                      Take back
                    </ConfirmedActionButton>
                  ) : open === check.id ? null : (
                    <Button size="sm" variant="secondary" onClick={() => setOpen(check.id)}>
                      Tick…
                    </Button>
                  )
                ) : null}
              </div>
              {tick ? (
                <p className="text-xs break-words text-slate-600">
                  {tick.by}, {formatMoment(tick.at)}: {tick.evidence}
                </p>
              ) : (
                <p className="text-xs text-slate-500">{check.hint}</p>
              )}
              {open === check.id ? (
                <TickForm
                  campaignId={campaignId}
                  environmentId={environment.id}
                  item={check.id}
                  title={check.title}
                  onDone={() => setOpen(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function TickForm({
  campaignId,
  environmentId,
  item,
  title,
  onDone,
}: {
  campaignId: string;
  environmentId: string;
  item: ManualCheckId;
  title: string;
  onDone: () => void;
}) {
  const [evidence, setEvidence] = useState("");
  const { pending, run, reload, fieldError, failureAbove } = useServerAction();
  return (
    <form
      aria-label={`Tick: ${title}`}
      className="space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => tickManualCheckAction({ campaignId, environmentId, item, evidence }), onDone);
      }}
    >
      <FailureAlert failure={failureAbove("evidence")} onReload={reload} />
      <Field
        label="Evidence"
        hint="A link to the log, ticket or runbook, or what was done."
        error={fieldError("evidence")}
      >
        {(control) => (
          <Textarea
            {...control}
            className="min-h-16 font-sans"
            value={evidence}
            onChange={(event) => setEvidence(event.target.value)}
          />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {pending ? "Saving…" : "Tick"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
