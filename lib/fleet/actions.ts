"use server";

import { addCluster, removeCluster } from "./mutations";
import { getClusterDetail, getFleet } from "./queries";
import type { AddClusterInput } from "./schemas";

/* The live view polls through these; every cluster is read on the server, only results come back. */

export async function loadFleet() {
  return getFleet();
}

export async function loadClusterDetail(clusterId: string) {
  return getClusterDetail(String(clusterId));
}

export async function addClusterAction(input: AddClusterInput) {
  return addCluster(input);
}

export async function removeClusterAction(clusterId: string) {
  return removeCluster({ clusterId });
}
