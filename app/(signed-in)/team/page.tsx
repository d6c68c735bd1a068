import { TeamList } from "@/components/team/team-list";
import { requireMember } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default async function TeamPage() {
  return <TeamList member={await requireMember()} />;
}
