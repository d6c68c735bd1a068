import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { verificationOf } from "@/lib/campaigns/progress";
import type { CampaignWork } from "@/lib/campaigns/queries";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import { hasFailed, isUndecidedBreaking, workload } from "@/lib/campaigns/workload";
import { formatDay } from "@/lib/format";
import { VERIFICATION_TONES } from "./verification-tones";

/** What needs me first: a failure, then a breaking change nobody decided, then the rest. */
function urgency(component: CampaignWork["components"][number]): number {
  return hasFailed(component) ? 0 : isUndecidedBreaking(component) ? 1 : 2;
}

/** The home page's "Your components": what the member owns in an unfinished campaign, and what it still asks. */
export function MyWorkCard({ work: { campaign, environments, components, step } }: { work: CampaignWork }) {
  const load = workload(components, environments);
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  const sorted = [...components].sort((a, b) => urgency(a) - urgency(b) || a.name.localeCompare(b.name));
  return (
    <Card aria-label={`Your components in ${campaign.name}`}>
      <CardHeader
        title={`Your components · ${campaign.name}`}
        description={
          step
            ? `Step ${step.step}, ${step.title}: ${step.plannedEnd ? `due ${formatDay(step.plannedEnd)}` : "no due date planned"}`
            : "Every step is done"
        }
        action={
          <Link
            href={`/campaigns/${campaign.id}/components?filter=mine`}
            className="text-xs font-medium whitespace-nowrap text-indigo-700 hover:underline"
          >
            Open in the inventory
          </Link>
        }
      />
      <p className="flex flex-wrap gap-1.5 border-b border-slate-100 px-5 py-2.5 text-xs" data-testid="my-work-summary">
        <Badge>{load.owned} owned</Badge>
        {load.pending.map(({ environment, count }) => (
          <Badge key={environment.id} tone={count > 0 ? "info" : "success"}>
            {count} pending on {environment.name}
          </Badge>
        ))}
        {load.failed > 0 ? <Badge tone="danger">{load.failed} failed</Badge> : null}
        {load.undecidedBreaking > 0 ? <Badge tone="warning">{load.undecidedBreaking} breaking undecided</Badge> : null}
      </p>
      <ul className="divide-y divide-slate-100 text-sm">
        {sorted.map((component) => (
          <li key={component.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-2.5">
            <span className="min-w-0">
              <Link
                href={`/campaigns/${campaign.id}/components/${component.id}`}
                className="font-medium text-slate-900 hover:text-indigo-700"
              >
                {component.name}
              </Link>
              <span className="ml-2 font-mono text-xs break-all text-slate-500">
                {component.currentVersion} → {component.targetVersion ?? "no target"}
              </span>
              {isUndecidedBreaking(component) ? (
                <Badge tone="warning" className="ml-2">
                  Breaking undecided
                </Badge>
              ) : null}
            </span>
            <span className="flex flex-wrap gap-1">
              {ordered.map((environment) => {
                const { status } = verificationOf(component, environment.id);
                return (
                  <Badge key={environment.id} tone={VERIFICATION_TONES[status]}>
                    {environment.name}: {VERIFICATION_LABELS[status]}
                  </Badge>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
