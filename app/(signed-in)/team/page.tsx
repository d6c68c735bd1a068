import { TeamList } from "@/components/team/team-list";
import { requireMember } from "@/lib/auth/session";
import { getTeamPage } from "@/lib/team/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default async function TeamPage() {
  const [member, page] = await Promise.all([requireMember(), getTeamPage()]);
  return <TeamList member={member} page={page} />;
}
