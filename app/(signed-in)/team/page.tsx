import { ApiTokens } from "@/components/team/api-tokens";
import { TeamList } from "@/components/team/team-list";
import { TeamLoad } from "@/components/team/team-load";
import { TeamNotifications } from "@/components/notifications/team-notifications";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getRunningCampaignLoad } from "@/lib/campaigns/queries";
import { getNotificationSettings } from "@/lib/notifications/queries";
import { getTeamPage } from "@/lib/team/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default async function TeamPage() {
  const [member, page, load] = await Promise.all([requireMember(), getTeamPage(), getRunningCampaignLoad()]);
  const isLead = may(leadOnly(member, "manage API tokens"));
  return (
    <div className="space-y-6">
      {load ? <TeamLoad load={load} /> : null}
      <TeamList
        member={member}
        page={page}
        below={
          isLead ? (
            <>
              <TeamNotifications settings={await getNotificationSettings()} />
              <ApiTokens tokens={await listApiTokens()} />
            </>
          ) : null
        }
      />
    </div>
  );
}
