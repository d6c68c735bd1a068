import type { GateCheck, GateVerdict, Verdict } from "./types";

const ORDER: Record<Verdict, number> = { block: 0, warn: 1, pass: 2 };

/** Open when no check blocks; a warning is shown but never closes the gate. */
export function composeGate(checks: GateCheck[]): GateVerdict {
  return {
    open: checks.every((check) => check.verdict !== "block"),
    checks: [...checks].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]),
  };
}

/** "1 component", "3 nodes": the counts in check sentences. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
