import { NOTIFICATION_EVENTS, type NotificationEvent } from "@/lib/notifications/events";

/** One checkbox per event: members pick theirs for e-mail, the lead picks a webhook's. */
export function EventCheckboxes({
  chosen,
  onChange,
  legend,
  labels,
  error,
}: {
  chosen: NotificationEvent[];
  onChange: (events: NotificationEvent[]) => void;
  legend: string;
  /** Personal ("assigned to me") for a member's e-mail, the team's words for a webhook. */
  labels: Record<NotificationEvent, string>;
  error?: string;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-medium text-slate-700">{legend}</legend>
      {NOTIFICATION_EVENTS.map((event) => (
        <label key={event} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300 accent-indigo-600"
            checked={chosen.includes(event)}
            onChange={(change) =>
              onChange(change.target.checked ? [...chosen, event] : chosen.filter((other) => other !== event))
            }
          />
          {labels[event]}
        </label>
      ))}
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </fieldset>
  );
}
