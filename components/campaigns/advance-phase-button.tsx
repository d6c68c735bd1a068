"use client";

import Link from "next/link";
import { useState } from "react";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { advancePhaseAction, reopenPhaseAction } from "@/lib/campaigns/actions";
import type { UnmetItem } from "@/lib/campaigns/step-readiness";

/**
 * "Mark done" asks first and lists what is still open, each component linked: done is a
 * decision taken knowing the gaps, not a stray click.
 */
export function AdvancePhaseButton({
  campaignId,
  step,
  title,
  unmet,
}: {
  campaignId: string;
  step: number;
  title: string;
  unmet: UnmetItem[];
}) {
  const [asking, setAsking] = useState(false);
  const { pending, failure, run, reload } = useServerAction();
  if (!asking)
    return (
      <Button size="sm" variant="secondary" className="mt-2" onClick={() => setAsking(true)}>
        Mark “{title}” done…
      </Button>
    );
  return (
    <div
      role="dialog"
      aria-label={`Mark “${title}” done`}
      className="mt-2 space-y-2 rounded-md bg-slate-50 p-3 text-xs ring-1 ring-slate-200"
    >
      <FailureAlert failure={failure} onReload={reload} />
      {unmet.length === 0 ? (
        <p className="text-slate-700">Nothing is left open for this step.</p>
      ) : (
        <>
          <p className="font-medium text-amber-800">Still open:</p>
          <ul className="space-y-1.5" aria-label="Still open">
            {unmet.map((item) => (
              <li key={item.label}>
                <span className="text-slate-700">
                  {item.label} ({item.components.length}):
                </span>{" "}
                {item.components.map((component, index) => (
                  <span key={component.id}>
                    {index > 0 ? ", " : null}
                    <Link
                      href={`/campaigns/${campaignId}/components/${component.id}`}
                      prefetch={false}
                      className="text-indigo-700 hover:underline"
                    >
                      {component.name}
                    </Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="flex gap-2">
        <Button
          size="sm"
          variant={unmet.length === 0 ? "primary" : "danger"}
          pending={pending}
          onClick={() =>
            run(
              () => advancePhaseAction({ campaignId, step }),
              () => setAsking(false),
            )
          }
        >
          {pending ? "Saving…" : unmet.length === 0 ? "Mark done" : "Mark done anyway"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/** Takes back the last "mark done". */
export function ReopenPhaseButton({ campaignId, step, title }: { campaignId: string; step: number; title: string }) {
  return (
    <ConfirmedActionButton
      confirm={`Reopen “${title}”? It becomes the current step again.`}
      action={() => reopenPhaseAction({ campaignId, step })}
      label={`Reopen “${title}”`}
    >
      Reopen
    </ConfirmedActionButton>
  );
}
