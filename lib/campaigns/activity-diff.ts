import type { FieldChange } from "./types";

type Comparable = string | number | boolean | null | undefined;

/** The fields that differ, with their labels, for the activity log's "before -> after". */
export function diffFields<T extends Record<string, Comparable>>(
  before: T,
  after: T,
  labels: Partial<Record<keyof T, string>>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of Object.keys(labels) as (keyof T)[]) {
    const from = show(before[key]);
    const to = show(after[key]);
    if (from !== to) changes.push({ field: labels[key] ?? String(key), before: from, after: to });
  }
  return changes;
}

function show(value: Comparable): string {
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}
