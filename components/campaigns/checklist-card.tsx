"use client";

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { formatDay } from "@/lib/format";
import { setChecklistItemAction } from "@/lib/retrospectives/actions";
import type { ChecklistItemView } from "@/lib/retrospectives/types";

/** Last retrospective's open action items, so a Try is not forgotten for a year. */
export function ChecklistCard({ items, canTick }: { items: ChecklistItemView[]; canTick: boolean }) {
  const { pending, failure, run, reload } = useServerAction();
  return (
    <Card>
      <CardHeader
        title="Carried over from the last retrospective"
        description="Action items that were still open when this campaign started."
      />
      <CardBody className="space-y-2">
        <FailureAlert failure={failure} onReload={reload} />
        <ul className="space-y-1.5 text-sm" aria-label="Checklist">
          {items.map((item) => (
            <li key={item.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600"
                  checked={item.doneAt !== null}
                  disabled={pending || !canTick}
                  onChange={(event) =>
                    run(() => setChecklistItemAction({ itemId: item.id, done: event.target.checked }))
                  }
                />
                <span className={item.doneAt ? "text-slate-400 line-through" : ""}>
                  {item.text}
                  <span className="ml-1 text-xs text-slate-500">
                    {item.ownerName ? `· ${item.ownerName}` : ""}
                    {item.dueDate ? ` · due ${formatDay(item.dueDate)}` : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
