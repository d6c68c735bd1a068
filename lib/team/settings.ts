import "server-only";
import { db, type Transaction } from "@/lib/db";
import type { TeamPolicy } from "@/lib/auth/policy";

/** The team's settings row; a team that never changed them gets the defaults. */
export async function getTeamSettings(client: Transaction | typeof db = db) {
  return (
    (await client.teamSettings.findUnique({ where: { id: 1 } })) ?? {
      id: 1,
      engineersVerifyOthers: false,
      demoAccounts: false,
    }
  );
}

export async function getTeamPolicy(client: Transaction | typeof db = db): Promise<TeamPolicy> {
  const { engineersVerifyOthers } = await getTeamSettings(client);
  return { engineersVerifyOthers };
}
