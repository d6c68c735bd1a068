import { minorIndexOf, minorLabel } from "@/lib/skew/rules";
import type { GateCheck, Verdict } from "./types";

/*
 * After a hop, the same checks read again, shown against the last reading before it: what the hop
 * brought (new), what it cleared (resolved) and what it left as it was (unchanged). A finding is
 * one item of a check that warns or blocks (a check without items is one finding itself), known
 * by its check and its label, so the same object or node is matched across the hop even when the
 * sentence about it changes.
 */

export type HopFinding = {
  check: string;
  checkName: string;
  verdict: Exclude<Verdict, "pass">;
  label: string;
  detail: string;
};

export type HopDiff = {
  new: HopFinding[];
  resolved: HopFinding[];
  /** The finding as read now, with its verdict before the hop. */
  unchanged: (HopFinding & { verdictBefore: HopFinding["verdict"] })[];
};

/** A cluster's checks now against the last reading at the minor before its current one. */
export type AfterHop = {
  from: string;
  to: string;
  /** The last reading before the hop, and since when it had found the same. */
  before: { readAt: string; since: string };
  diff: HopDiff;
};

const keyOf = (finding: HopFinding) => `${finding.check}\u0000${finding.label}`;

/** Every warning and block of a cluster's checks as findings, in a stable order (what a record compares). */
export function hopFindings(checks: GateCheck[]): HopFinding[] {
  const findings = checks.flatMap((check): HopFinding[] => {
    if (check.verdict === "pass") return [];
    const base = { check: check.id, checkName: check.name, verdict: check.verdict };
    if (check.items.length === 0) return [{ ...base, label: check.name, detail: check.sentence }];
    return check.items.map((item) => ({ ...base, label: item.label, detail: item.detail ?? check.sentence }));
  });
  return [...new Map(findings.map((finding) => [keyOf(finding), finding])).values()].sort((a, b) =>
    keyOf(a).localeCompare(keyOf(b)),
  );
}

/**
 * The minor the control plane has settled on ("1.32"), or null while a hop is half done (its
 * apiservers on two minors, or its controllers still behind them, as the control-plane check
 * says): a reading mid-hop is neither the before nor the after.
 */
export function settledMinor(apiserverVersions: string[], checks: GateCheck[] = []): string | null {
  if (checks.some((check) => check.id === "control-plane-settled" && check.verdict !== "pass")) return null;
  const minors = new Set(apiserverVersions.map((version) => minorIndexOf(version)));
  if (minors.size !== 1) return null;
  const [minor] = minors;
  return minor === null || minor === undefined ? null : minorLabel(minor);
}

/** Of the minors a cluster was read at, the newest one below `current`: the reading before the hop. */
export function minorBefore(recorded: string[], current: string): string | null {
  const now = minorIndexOf(current) ?? -Infinity;
  return recorded.reduce<string | null>((best, minor) => {
    const index = minorIndexOf(minor) ?? Infinity;
    if (index >= now) return best;
    return best === null || index > (minorIndexOf(best) ?? -Infinity) ? minor : best;
  }, null);
}

export function hopDiff(before: HopFinding[], after: HopFinding[]): HopDiff {
  const earlier = new Map(before.map((finding) => [keyOf(finding), finding]));
  const later = new Set(after.map(keyOf));
  return {
    new: after.filter((finding) => !earlier.has(keyOf(finding))),
    resolved: before.filter((finding) => !later.has(keyOf(finding))),
    unchanged: after.flatMap((finding) => {
      const then = earlier.get(keyOf(finding));
      return then ? [{ ...finding, verdictBefore: then.verdict }] : [];
    }),
  };
}
