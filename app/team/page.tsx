import { TeamList } from "@/components/team/team-list";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default function TeamPage() {
  return <TeamList />;
}
