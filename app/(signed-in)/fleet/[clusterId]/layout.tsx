import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { findCluster } from "@/lib/fleet/queries";

/** Looks the cluster up before the page's loading state streams, so an unknown id answers 404. */
export default async function ClusterLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ clusterId: string }>;
}) {
  if (!(await findCluster((await params).clusterId))) notFound();
  return children;
}
