"use client";

import { Badge } from "@/components/ui/badge";
import type { FleetView } from "@/lib/fleet/types";
import { ClusterCard } from "./cluster-card";
import { RefreshedAgo } from "./refreshed-ago";
import { useFleet } from "./use-fleet";

export function FleetBoard({ initialFleet }: { initialFleet: FleetView }) {
  const { data, isFetching, error } = useFleet(initialFleet);
  const fleet = data ?? initialFleet;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="flex items-center gap-2 text-2xl font-semibold tracking-tight">
            Fleet
            {fleet.mode === "simulated" ? (
              <Badge
                tone="warning"
                title="No kubeconfig is configured: these clusters are simulated by Stepwise itself."
              >
                Simulated fleet
              </Badge>
            ) : null}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {fleet.campaign ? (
              <>
                Planned towards Kubernetes <span className="font-mono">{fleet.campaign.target}</span> (
                {fleet.campaign.name}).
              </>
            ) : (
              "No running campaign: findings only, no plan."
            )}
          </p>
        </div>
        <p className="text-xs">
          <RefreshedAgo at={fleet.readAt} refreshSeconds={fleet.refreshSeconds} fetching={isFetching} />
          {error ? <span className="ml-2 text-red-700">Last refresh failed; showing the previous reading.</span> : null}
        </p>
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        {fleet.environments.map((environment) => (
          <section key={environment.id} aria-label={environment.name} className="space-y-3">
            <h2 className="text-sm font-semibold text-slate-700">
              {environment.name}{" "}
              <span className="font-normal text-slate-400">
                · {environment.clusters.length} cluster{environment.clusters.length === 1 ? "" : "s"}
              </span>
            </h2>
            {environment.clusters.map((cluster) => (
              <ClusterCard key={cluster.id} cluster={cluster} />
            ))}
            {environment.clusters.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 p-4 text-xs text-slate-500">
                No cluster registered for {environment.name}.
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
