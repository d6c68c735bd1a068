import type { Sighting } from "@/lib/discovery/match";
import type { LiveVersions } from "@/lib/campaigns/verification-warnings";
import type { FleetView } from "./types";

/** Per environment id, what each readable cluster runs: its apiservers' and kubelets' versions. */
export function liveVersions(fleet: FleetView | undefined): LiveVersions | null {
  if (!fleet) return null;
  return Object.fromEntries(
    fleet.environments.map((environment) => [
      environment.id,
      environment.clusters.flatMap((cluster) =>
        cluster.status === "ok"
          ? [
              {
                cluster: cluster.name,
                versions: [...cluster.apiserverVersions, ...cluster.histogram].map((v) => v.version),
              },
            ]
          : [],
      ),
    ]),
  );
}

/** Every sighting of an environment's readable clusters, per environment id: what the live inventory matches against. */
export function environmentSightings(fleet: FleetView | undefined): Record<string, Sighting[]> | null {
  if (!fleet) return null;
  return Object.fromEntries(
    fleet.environments.map((environment) => [
      environment.id,
      environment.clusters.flatMap((cluster) => (cluster.status === "ok" ? cluster.sightings : [])),
    ]),
  );
}
