import "server-only";
import type { Transaction } from "@/lib/db";
import type { FieldChange } from "./types";

export type ActivityEntry = {
  campaignId: string;
  actorId: string;
  subjectType: "campaign" | "component" | "verification" | "phase" | "gate" | "action-item" | "retro-card";
  subjectId: string;
  subject: string;
  changes: FieldChange[];
};

/** Written in the same transaction as the change it describes, so the log never disagrees with the data. */
export async function recordActivity(tx: Transaction, entries: ActivityEntry | ActivityEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.activity.createMany({
    data: list.map(({ changes, ...entry }) => ({ ...entry, changes: JSON.stringify(changes) })),
  });
}
