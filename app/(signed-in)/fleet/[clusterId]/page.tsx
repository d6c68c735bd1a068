import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { ClusterDetail } from "@/components/fleet/cluster-detail";
import { findCluster, getClusterDetail } from "@/lib/fleet/queries";
import { fleetSettings } from "@/lib/fleet/settings";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ clusterId: string }> }) {
  const cluster = await findCluster((await params).clusterId);
  return { title: cluster ? `${cluster.name} · Fleet` : "Not found" };
}

export default async function ClusterPage({ params }: { params: Promise<{ clusterId: string }> }) {
  await requireMember();
  const detail = await getClusterDetail((await params).clusterId);
  if (!detail) notFound();
  return <ClusterDetail initialDetail={detail} refreshSeconds={fleetSettings().refreshSeconds} />;
}
