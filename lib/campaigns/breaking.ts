import { isMajorBump } from "@/lib/versions/version";
import type { BreakingView } from "./types";

/** The automatic rule (a major bump) unless a person confirmed or cleared it. */
export function breakingView(
  currentVersion: string,
  targetVersion: string | null,
  override: boolean | null,
  reason: string,
): BreakingView {
  const detected = isMajorBump(currentVersion, targetVersion);
  return { detected, override, reason, effective: override ?? detected };
}
