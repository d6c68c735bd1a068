"use client";

import { TONES } from "@/components/ui/badge";
import { VERIFICATION_TONES } from "@/components/campaigns/verification-tones";
import type { VerificationView } from "@/lib/campaigns/types";
import { VERIFICATION_LABELS, VERIFICATION_STATUSES, type VerificationStatus } from "@/lib/campaigns/vocabulary";
import { formatMoment } from "@/lib/format";
import { cn } from "@/lib/utils";

/** A verification ticked from the table: a status pill that is a native select (keyboard and screen readers for free). */
export function VerificationSelect({
  label,
  verification,
  disabled,
  onChange,
}: {
  label: string;
  verification: VerificationView;
  disabled?: boolean;
  onChange: (status: VerificationStatus) => void;
}) {
  const who = verification.verifiedBy
    ? `${verification.verifiedBy.name}, ${verification.updatedAt ? formatMoment(verification.updatedAt) : ""}`
    : "Nobody yet";
  return (
    <select
      aria-label={label}
      title={[who, verification.note].filter(Boolean).join("\n")}
      value={verification.status}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as VerificationStatus)}
      className={cn(
        "h-7 w-full cursor-pointer appearance-none rounded-full border-0 px-2.5 text-xs font-medium ring-1 ring-inset focus:ring-2 focus:ring-indigo-500 disabled:cursor-wait disabled:opacity-60",
        TONES[VERIFICATION_TONES[verification.status]],
      )}
    >
      {VERIFICATION_STATUSES.map((status) => (
        <option key={status} value={status}>
          {VERIFICATION_LABELS[status]}
        </option>
      ))}
    </select>
  );
}
