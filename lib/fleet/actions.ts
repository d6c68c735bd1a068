"use server";

import { requireMember } from "@/lib/auth/session";
import { withMember } from "@/lib/auth/with-member";
import { addCluster, removeCluster } from "./mutations";
import { getClusterDetail, getFleet } from "./queries";
import type { AddClusterInput } from "./schemas";

/* The live view polls through these; every cluster is read on the server, only results come back. */

export async function loadFleet() {
  await requireMember();
  return getFleet();
}

export async function loadClusterDetail(clusterId: string) {
  await requireMember();
  return getClusterDetail(String(clusterId));
}

export async function addClusterAction(input: AddClusterInput) {
  return withMember((actor) => addCluster(actor, input));
}

export async function removeClusterAction(clusterId: string) {
  return withMember((actor) => removeCluster(actor, { clusterId }));
}
