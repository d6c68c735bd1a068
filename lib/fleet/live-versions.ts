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

const sightingsByFleet = new WeakMap<FleetView, Record<string, Sighting[]>>();

/**
 * Every sighting of an environment's readable clusters, per environment id: what the live
 * inventory matches against. Gathered once per fleet reading: every inventory cell asks for it.
 */
export function environmentSightings(fleet: FleetView | undefined): Record<string, Sighting[]> | null {
  if (!fleet) return null;
  const known = sightingsByFleet.get(fleet);
  if (known) return known;
  const gathered = Object.fromEntries(
    fleet.environments.map((environment) => [
      environment.id,
      environment.clusters.flatMap((cluster) => (cluster.status === "ok" ? cluster.sightings : [])),
    ]),
  );
  sightingsByFleet.set(fleet, gathered);
  return gathered;
}
