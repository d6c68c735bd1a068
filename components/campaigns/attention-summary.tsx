import Link from "next/link";
import type { Attention } from "@/lib/campaigns/progress";
import { cn } from "@/lib/utils";

/** The counts a lead scans first; each opens the inventory filtered to those components. */
export function AttentionSummary({ campaignId, attention }: { campaignId: string; attention: Attention }) {
  const items = [
    { key: "unassigned", label: "Unassigned", value: attention.unassigned, alarm: attention.unassigned > 0 },
    { key: "breaking", label: "Breaking changes", value: attention.breaking, alarm: attention.breaking > 0 },
    {
      key: "failed",
      label: "Failed verifications",
      value: attention.failedVerifications,
      alarm: attention.failedVerifications > 0,
    },
    { key: "incompatible", label: "Incompatible", value: attention.incompatible, alarm: attention.incompatible > 0 },
    { key: "no-target", label: "No target version", value: attention.withoutTarget, alarm: false },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map((item) => (
        <Link
          key={item.key}
          href={`/campaigns/${campaignId}/components?filter=${item.key}`}
          className="rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200 transition hover:ring-indigo-300"
        >
          <dt className="text-xs text-slate-500">{item.label}</dt>
          <dd
            data-testid={`attention-${item.key}`}
            className={cn(
              "mt-1 text-2xl font-semibold tabular-nums",
              item.alarm && item.value > 0
                ? item.key === "breaking"
                  ? "text-amber-700"
                  : "text-red-700"
                : "text-slate-800",
            )}
          >
            {item.value}
          </dd>
        </Link>
      ))}
    </dl>
  );
}
