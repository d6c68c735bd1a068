"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useFleet } from "@/components/fleet/use-fleet";
import { RUNNING_TONES } from "@/components/inventory/running-versions";
import { useInventory } from "@/components/inventory/use-inventory";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PlainTableHead } from "@/components/ui/plain-table-head";
import type { InventoryTableView } from "@/lib/campaigns/types";
import { driftRows, unlistedSoftware } from "@/lib/discovery/drift";
import { formatSpread, MATCH_KIND_LABELS, runningState } from "@/lib/discovery/match";
import { addComponentHref } from "@/lib/discovery/prefill";
import { environmentSightings } from "@/lib/fleet/live-versions";
import { cn } from "@/lib/utils";

/**
 * Is Dev a faithful rehearsal of Prd? Every component side by side across the environments as
 * the clusters run it (differences first), and what runs that the inventory does not list.
 */
export function EnvironmentsDrift({
  initialInventory,
  canAdd,
}: {
  initialInventory: InventoryTableView;
  canAdd: boolean;
}) {
  const { data: inventory } = useInventory(initialInventory.campaign.id, initialInventory);
  const fleet = useFleet(undefined, null).data;
  const { components, environments, campaign } = inventory;
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  const sightings = useMemo(() => environmentSightings(fleet), [fleet]);
  const rows = useMemo(
    () => (sightings ? driftRows(components, environments, sightings) : []),
    [components, environments, sightings],
  );
  const unlisted = useMemo(() => (sightings ? unlistedSoftware(components, sightings) : []), [components, sightings]);
  if (!sightings) return <p className="text-sm text-slate-500">Reading the clusters…</p>;
  const differing = rows.filter((row) => row.differs).length;
  return (
    <div className="space-y-6">
      <Card aria-label="Side by side">
        <CardHeader
          title="Side by side"
          description={`What each environment's clusters run, found by each component's rule. ${differing} of ${rows.length} differ between environments.`}
        />
        <div className="overflow-x-auto px-5 py-3">
          <table className="w-full text-sm">
            <PlainTableHead headings={["Component", "Current → target", ...ordered.map((e) => e.name)]} />
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ component, running, differs }) => (
                <tr
                  key={component.id}
                  data-testid="drift-row"
                  data-differs={differs}
                  className={cn(differs && "bg-amber-50/60")}
                >
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    <Link
                      href={`/campaigns/${campaign.id}/components/${component.id}`}
                      className="hover:text-indigo-700"
                    >
                      {component.name}
                    </Link>
                    {differs ? (
                      <Badge tone="warning" className="ml-2">
                        differs
                      </Badge>
                    ) : null}
                  </th>
                  <td className="py-2 pr-4 font-mono text-xs whitespace-nowrap text-slate-500">
                    {component.currentVersion} → {component.targetVersion ?? "—"}
                  </td>
                  {running.map(({ environment, spread }) => (
                    <td
                      key={environment.id}
                      data-environment={environment.name}
                      className={cn("py-2 pr-4 font-mono text-xs", RUNNING_TONES[runningState(component, spread)])}
                    >
                      {spread.length > 0 ? formatSpread(spread) : component.matchRule ? "not seen" : "no rule"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card aria-label="Running but not in the inventory">
        <CardHeader
          title="Running but not in the inventory"
          description="Images, runtimes and OS images the clusters run that no component's rule finds."
        />
        <ul className="divide-y divide-slate-100 text-sm">
          {unlisted.map((found) => {
            const spreads = ordered.map((environment) => ({
              environment,
              spread: found.running[environment.id] ?? [],
            }));
            const mostCommon = spreads.flatMap(({ spread }) => spread).sort((a, b) => b.count - a.count)[0];
            return (
              <li
                key={`${found.kind}:${found.key}`}
                className="flex flex-wrap items-center justify-between gap-2 px-5 py-2"
              >
                <span className="min-w-0">
                  <span className="font-mono text-xs break-all">{found.key}</span>{" "}
                  <span className="text-xs text-slate-500">({MATCH_KIND_LABELS[found.kind].toLowerCase()})</span>
                  <span className="block text-xs text-slate-600">
                    {spreads
                      .filter(({ spread }) => spread.length > 0)
                      .map(({ environment, spread }) => `${environment.name}: ${formatSpread(spread)}`)
                      .join(" · ")}
                  </span>
                </span>
                {canAdd ? (
                  <Link
                    href={addComponentHref(campaign.id, { ...found, version: mostCommon?.version ?? null })}
                    className="text-xs font-medium whitespace-nowrap text-indigo-700 hover:underline"
                  >
                    Add to the campaign
                  </Link>
                ) : null}
              </li>
            );
          })}
          {unlisted.length === 0 ? (
            <li className="px-5 py-3 text-slate-500">Everything running is in the inventory.</li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
