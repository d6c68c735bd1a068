import { ApiTokens } from "@/components/team/api-tokens";
import { TeamList } from "@/components/team/team-list";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getTeamPage } from "@/lib/team/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default async function TeamPage() {
  const [member, page] = await Promise.all([requireMember(), getTeamPage()]);
  const isLead = may(leadOnly(member, "manage API tokens"));
  return <TeamList member={member} page={page} below={isLead ? <ApiTokens tokens={await listApiTokens()} /> : null} />;
}
