"use client";

import { useQuery } from "@tanstack/react-query";
import { loadClusterDetail, loadFleet } from "@/lib/fleet/actions";
import type { FleetView } from "@/lib/fleet/types";

const DEFAULT_REFRESH_SECONDS = 10;

/** The whole fleet, polled while the tab is visible (react-query pauses intervals in background tabs). */
export function useFleet(initialData: FleetView | undefined, lookAt: string | null) {
  return useQuery({
    queryKey: ["fleet", lookAt],
    queryFn: () => loadFleet(lookAt),
    initialData,
    refetchInterval: (query) => (query.state.data?.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1_000,
    refetchIntervalInBackground: false,
  });
}

export type ClusterDetailData = NonNullable<Awaited<ReturnType<typeof loadClusterDetail>>>;

export function useClusterDetail(clusterId: string, initialData: ClusterDetailData, refreshSeconds: number) {
  return useQuery({
    queryKey: ["cluster", clusterId],
    queryFn: async () => {
      const detail = await loadClusterDetail(clusterId);
      if (!detail) throw new Error("This cluster was removed.");
      return detail;
    },
    initialData,
    refetchInterval: refreshSeconds * 1_000,
    refetchIntervalInBackground: false,
  });
}
