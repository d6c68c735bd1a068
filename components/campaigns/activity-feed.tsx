import type { ActivityView } from "@/lib/campaigns/types";
import { formatMoment, timeAgo } from "@/lib/format";

/** Who changed what, before → after, when. */
export function ActivityFeed({ entries, now = new Date() }: { entries: ActivityView[]; now?: Date }) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">No changes yet.</p>;
  return (
    <ol className="space-y-3.5" aria-label="Activity">
      {entries.map((entry) => (
        <li key={entry.id} className="text-sm">
          <p className="text-slate-800">
            <span className="font-medium">{entry.actor?.name ?? "Someone who left the team"}</span>{" "}
            <span className="text-slate-500">changed</span> <span className="font-medium">{entry.subject}</span>
          </p>
          <ul className="mt-0.5 space-y-0.5">
            {entry.changes.map((change) => (
              <li key={change.field} className="text-xs text-slate-600">
                {change.field}:{" "}
                <span className="text-slate-400 line-through decoration-slate-300">{truncate(change.before)}</span> →{" "}
                <span className="text-slate-800">{truncate(change.after)}</span>
              </li>
            ))}
          </ul>
          <time
            dateTime={entry.createdAt.toISOString()}
            title={formatMoment(entry.createdAt)}
            className="text-xs text-slate-400"
          >
            {timeAgo(entry.createdAt, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}

function truncate(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
