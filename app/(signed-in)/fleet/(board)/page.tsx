import { ClusterSettings } from "@/components/fleet/cluster-settings";
import { FleetBoard } from "@/components/fleet/fleet-board";
import { leadOnly, may } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { getClusterSettings, getFleet } from "@/lib/fleet/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Fleet" };

export default async function FleetPage({ searchParams }: { searchParams: Promise<{ campaign?: string }> }) {
  const [member, { campaign }] = await Promise.all([requireMember(), searchParams]);
  const lookAt = typeof campaign === "string" ? campaign : null;
  const [fleet, settings] = await Promise.all([getFleet(lookAt), getClusterSettings()]);
  return (
    <div className="space-y-8">
      <FleetBoard initialFleet={fleet} lookAt={lookAt} canManage={may(leadOnly(member, "manage clusters"))} />
      <ClusterSettings canManage={may(leadOnly(member, "manage clusters"))} settings={settings} />
    </div>
  );
}
