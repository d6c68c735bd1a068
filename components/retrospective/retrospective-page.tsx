import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { CampaignReport } from "@/lib/reports/campaign-report";
import type { RetrospectiveView } from "@/lib/retrospectives/types";
import { FactsPanel } from "./facts-panel";
import { RetroBoard } from "./retro-board";
import type { SignedInMember } from "@/lib/auth/member";

export function RetrospectivePage({
  me,
  retrospective,
  report,
}: {
  me: SignedInMember;
  retrospective: RetrospectiveView;
  report: CampaignReport;
}) {
  const campaignId = retrospective.campaignId;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Retrospective: Keep / Problem / Try</h2>
        <div className="flex gap-2">
          <a
            href={`/campaigns/${campaignId}/retrospective/export`}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Export Markdown
          </a>
          <Link
            href={`/campaigns/${campaignId}/release-notes`}
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            Release notes for cluster users
          </Link>
        </div>
      </div>
      <FactsPanel facts={report.facts} />
      <RetroBoard initial={retrospective} me={me} team={report.inventory.team} />
    </div>
  );
}
