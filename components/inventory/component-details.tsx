import type { ReactNode } from "react";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { ActivityFeed } from "@/components/campaigns/activity-feed";
import { Badge } from "@/components/ui/badge";
import { CommentThread } from "@/components/comments/comment-thread";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Markdown } from "@/components/ui/markdown";
import { componentEditRefusal, leadOnly, may, teamWriteRefusal, verificationRefusal } from "@/lib/auth/policy";
import type { ComponentView } from "@/lib/campaigns/types";
import type { ComponentPage } from "@/lib/campaigns/queries";
import { CATEGORY_LABELS, COMPATIBILITY_LABELS } from "@/lib/campaigns/vocabulary";
import { formatMoment } from "@/lib/format";
import { BreakingDecision } from "./breaking-decision";
import { ComponentForm } from "./component-form";
import { DeleteComponentButton } from "./delete-component-button";
import { VerificationPanel } from "./verification-panel";
import type { SignedInMember } from "@/lib/auth/member";

export function ComponentDetails({
  member,
  page: { component, campaign, environments, team, activity, policy, comments },
}: {
  member: SignedInMember;
  page: ComponentPage;
}) {
  const ownerId = component.owner?.id ?? null;
  const canEdit = may(componentEditRefusal(member, ownerId));
  const isLead = may(leadOnly(member, "remove components"));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={`/campaigns/${campaign.id}/components`} className="text-xs text-slate-500 hover:text-slate-800">
            ← All components
          </Link>
          <h2 className="mt-1 flex items-center gap-2 text-xl font-semibold">
            {component.name}
            {component.breaking.effective ? <Badge tone="warning">Breaking</Badge> : null}
          </h2>
          <p className="text-sm text-slate-600">
            {CATEGORY_LABELS[component.category]} · <span className="font-mono">{component.currentVersion}</span> →{" "}
            <span className="font-mono">{component.targetVersion ?? "no target yet"}</span> · owner{" "}
            {component.owner?.name ?? "nobody yet"}
          </p>
        </div>
        {isLead ? <DeleteComponentButton component={component} /> : null}
      </div>

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          {component.breakingNotes.trim() || component.releaseNotes.length > 0 ? (
            <Card>
              <CardHeader title="Release notes and breaking changes" />
              <CardBody className="space-y-3">
                {component.releaseNotes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {component.releaseNotes.map((link) => (
                      <li key={link.url + link.label}>
                        <a
                          href={link.url}
                          target="_blank"
                          rel="noreferrer"
                          className="inline-flex items-center gap-1 rounded-md bg-slate-100 px-2 py-1 text-xs text-indigo-700 hover:bg-indigo-50"
                        >
                          {link.label} <ExternalLink className="size-3" aria-hidden />
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {component.breakingNotes.trim() ? <Markdown>{component.breakingNotes}</Markdown> : null}
              </CardBody>
            </Card>
          ) : null}
          <Card>
            <CardHeader
              title="Details"
              description={`Last changed ${formatMoment(component.updatedAt)}.${canEdit ? " If someone saves before you do, you are told; nothing is overwritten." : ""}`}
            />
            <CardBody>
              {canEdit ? (
                <ComponentForm
                  mode="edit"
                  component={component}
                  team={team}
                  targetKubernetes={campaign.kubernetesTo}
                  canAssignOwner={isLead}
                />
              ) : (
                <ComponentFacts component={component} targetKubernetes={campaign.kubernetesTo} />
              )}
            </CardBody>
          </Card>
          <Card aria-label="Conversation">
            <CardHeader title="Conversation" description="What was tried, the pull request and the test run." />
            <CardBody>
              <CommentThread
                componentId={component.id}
                comments={comments}
                canComment={may(teamWriteRefusal(member))}
              />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-5">
          <Card>
            <CardHeader title="Verification" description="Dev, then Stg, then Prd." />
            <CardBody>
              <VerificationPanel
                component={component}
                environments={environments}
                canVerify={may(verificationRefusal(member, ownerId, policy))}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Breaking change" />
            <CardBody>
              <BreakingDecision key={component.revision} component={component} canDecide={canEdit} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="History" />
            <CardBody>
              <ActivityFeed entries={activity} />
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}

/** The details for those who may read but not change them. */
function ComponentFacts({ component, targetKubernetes }: { component: ComponentView; targetKubernetes: string }) {
  const facts: [string, ReactNode][] = [
    ["Managed by", CATEGORY_LABELS[component.category]],
    ["Owner", component.owner?.name ?? "Nobody yet"],
    [`Works with Kubernetes ${targetKubernetes}?`, COMPATIBILITY_LABELS[component.compatibility]],
    [
      "Compatibility source",
      /^https?:\/\//.test(component.compatibilitySource) ? (
        <a
          href={component.compatibilitySource}
          target="_blank"
          rel="noreferrer"
          className="text-indigo-700 hover:underline"
        >
          {component.compatibilitySource}
        </a>
      ) : (
        component.compatibilitySource || "—"
      ),
    ],
    ["Concerns cluster users", component.userFacing ? "Yes" : "No"],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" aria-label="Component details">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="mt-0.5 break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
