"use server";

import { requireMember } from "@/lib/auth/session";
import { asServerAction } from "@/lib/auth/with-member";
import { addCluster, removeCluster, replayRollout } from "./mutations";
import { getClusterDetail, getFleet } from "./queries";

/* The live view polls through these; every cluster is read on the server, only results come back. */

/** `lookAt`: another campaign's target to plan towards, for looking only. */
export async function loadFleet(lookAt: string | null = null) {
  await requireMember();
  return getFleet(typeof lookAt === "string" ? lookAt : null);
}

export async function loadClusterDetail(clusterId: string) {
  await requireMember();
  return getClusterDetail(String(clusterId));
}

export const addClusterAction = asServerAction(addCluster);
export const removeClusterAction = asServerAction(removeCluster);
export const replayRolloutAction = asServerAction(replayRollout);
