/*
 * The gate: "may the next step start here, now?" as one list of named checks. Each check is a
 * pure function's answer with a verdict, a sentence, where it is fixed and every item it is
 * about, so a new check (removed APIs, add-on compatibility, drain blockers) is one more entry
 * in the list: the UI and the pipelines read the same list.
 */

export type Verdict = "pass" | "warn" | "block";

/** One thing a check is about (a component, a node), each reachable: none is hidden behind "and N more". */
export type GateItem = { label: string; href: string | null; detail?: string };

export type GateCheck = {
  /** Stable, for pipelines: "skew-policy", "settled-in-previous", "maintenance-window". */
  id: string;
  name: string;
  verdict: Verdict;
  sentence: string;
  /** Where it is fixed. */
  link: { href: string; label: string } | null;
  items: GateItem[];
};

export type GateVerdict = {
  open: boolean;
  /** Blocking first, then warnings, then passes; in their order of definition within each. */
  checks: GateCheck[];
};
