import { cn } from "@/lib/utils";

export type ProgressSegment = { value: number; className: string; label: string };

/** A stacked bar: each segment is a share of `total` (verified, skipped, failed ...). */
export function ProgressBar({ total, segments, label }: { total: number; segments: ProgressSegment[]; label: string }) {
  const settled = segments[0]?.value ?? 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={settled}
      className="flex h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
    >
      {segments.map((segment) =>
        segment.value > 0 ? (
          <div
            key={segment.label}
            title={`${segment.label}: ${segment.value}`}
            className={cn("h-full transition-[width] duration-300", segment.className)}
            style={{ width: `${total === 0 ? 0 : (segment.value / total) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}
