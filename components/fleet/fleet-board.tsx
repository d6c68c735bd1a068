"use client";

import { useRouter } from "next/navigation";
import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { GateCheckList } from "@/components/gate/gate-check-list";
import { replayRolloutAction } from "@/lib/fleet/actions";
import { Badge } from "@/components/ui/badge";
import type { FleetView } from "@/lib/fleet/types";
import type { EnvironmentGate } from "@/lib/gate/environment-gate";
import { ClusterCard } from "./cluster-card";
import { RefreshedAgo } from "./refreshed-ago";
import { useFleet } from "./use-fleet";

export function FleetBoard({
  initialFleet,
  lookAt,
  canManage,
}: {
  initialFleet: FleetView;
  lookAt: string | null;
  canManage: boolean;
}) {
  const { data, isFetching, error } = useFleet(initialFleet, lookAt);
  const fleet = data ?? initialFleet;
  const looking = fleet.campaign && fleet.campaign.id !== fleet.runningCampaignId ? fleet.campaign : null;
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
              "No running campaign: versions and skew only, no plan."
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-xs">
          {fleet.mode === "simulated" && canManage ? (
            <ConfirmedActionButton
              variant="secondary"
              confirm="Start the simulated Stg rollout over? Every simulated cluster goes back to where the demo began."
              action={() => replayRolloutAction({})}
            >
              Replay the rollout
            </ConfirmedActionButton>
          ) : null}
          <CampaignPicker fleet={fleet} />
          <RefreshedAgo at={fleet.readAt} refreshSeconds={fleet.refreshSeconds} fetching={isFetching} />
          {error ? <span className="text-red-700">Last refresh failed; showing the previous reading.</span> : null}
        </div>
      </div>
      {looking ? (
        <p
          role="status"
          className="rounded-md bg-sky-50 px-4 py-2 text-sm text-sky-900 ring-1 ring-sky-200"
          data-testid="looking-at"
        >
          Looking at {looking.name}&apos;s target ({looking.target}, {looking.status}): nothing is recorded from this
          view. {fleet.runningCampaignId ? "The running campaign's records are untouched." : "No campaign is running."}
        </p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-3">
        {fleet.environments.map((environment) => (
          <section key={environment.id} aria-label={environment.name} className="space-y-3">
            <h2 className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-700">
              {environment.name}
              <span className="font-normal text-slate-400">
                · {environment.clusters.length} cluster{environment.clusters.length === 1 ? "" : "s"}
              </span>
              {environment.gate ? <EnvironmentGateBadge gate={environment.gate} /> : null}
            </h2>
            {environment.gate && !environment.gate.nothingLeft ? (
              <GateCheckList checks={environment.gate.campaignChecks} className="px-1" />
            ) : null}
            {environment.clusters.map((cluster) => (
              <ClusterCard
                key={cluster.id}
                cluster={cluster}
                gate={environment.gate?.clusters.find((gate) => gate.clusterId === cluster.id) ?? null}
                shownAbove={environment.gate?.nothingLeft ? [] : (environment.gate?.campaignChecks ?? [])}
              />
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

function EnvironmentGateBadge({ gate }: { gate: EnvironmentGate }) {
  return (
    <Badge tone={gate.open ? "success" : "danger"} data-testid={`environment-gate-${gate.environment.name}`}>
      {gate.open ? "Gate open" : "Gate blocked"}
    </Badge>
  );
}

/** Looking at another campaign's target changes the URL only: no record moves. */
function CampaignPicker({ fleet }: { fleet: FleetView }) {
  const router = useRouter();
  if (fleet.campaigns.length === 0) return null;
  const runningId = fleet.runningCampaignId;
  return (
    <label className="flex items-center gap-1.5 text-slate-600">
      Plan towards
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
        value={fleet.campaign?.id ?? ""}
        onChange={(event) => {
          const id = event.target.value;
          router.push(id && id !== runningId ? `/fleet?campaign=${encodeURIComponent(id)}` : "/fleet");
        }}
      >
        {runningId ? null : <option value="">No campaign (versions and skew only)</option>}
        {fleet.campaigns.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
            {campaign.name.includes(campaign.target) ? "" : ` → ${campaign.target}`} · {campaign.status}
          </option>
        ))}
      </select>
    </label>
  );
}
