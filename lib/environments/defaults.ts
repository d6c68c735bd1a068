import "server-only";
import { db } from "@/lib/db";

export const DEFAULT_ENVIRONMENTS = ["Dev", "Stg", "Prd"] as const;

/** Every install needs the promotion path; a team may rename or add environments later. */
export async function ensureEnvironments(): Promise<void> {
  if ((await db.environment.count()) > 0) return;
  await db.environment.createMany({ data: DEFAULT_ENVIRONMENTS.map((name, position) => ({ name, position })) });
}
