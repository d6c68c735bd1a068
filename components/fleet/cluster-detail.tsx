"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PlainTableHead } from "@/components/ui/plain-table-head";
import { planStepText } from "@/lib/skew/plan";
import { CONTROL_PLANE_COMPONENTS } from "@/lib/skew/types";
import { GateSummary } from "./gate-summary";
import { NodeTable } from "./node-table";
import { RefreshedAgo } from "./refreshed-ago";
import { PreUpgradeChecks } from "./pre-upgrade-checks";
import { AfterHop } from "./after-hop";
import { RemovedApis } from "./removed-apis";
import { useClusterDetail, type ClusterDetailData } from "./use-fleet";

export function ClusterDetail({
  initialDetail,
  refreshSeconds,
}: {
  initialDetail: ClusterDetailData;
  refreshSeconds: number;
}) {
  const { data, isFetching } = useClusterDetail(initialDetail.view.id, initialDetail, refreshSeconds);
  const detail = data ?? initialDetail;
  const { view, nodes, controlPlane } = detail;
  const byNode = new Map<string, Record<string, string>>();
  for (const member of controlPlane ?? [])
    byNode.set(member.node, { ...byNode.get(member.node), [member.component]: member.version });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Link href="/fleet" className="text-xs text-slate-500 hover:text-slate-800">
            ← Fleet
          </Link>
          <h1 className="mt-1 flex items-center gap-2 text-2xl font-semibold tracking-tight">
            {view.name}
            <Badge tone="neutral">{view.environment.name}</Badge>
            {detail.mode === "simulated" ? <Badge tone="warning">Simulated</Badge> : null}
          </h1>
          <p className="text-sm text-slate-600">
            context {view.context}
            {view.status === "ok" ? (
              <>
                {" "}
                · apiserver{" "}
                <span className="font-mono">
                  {view.apiserverVersions
                    .map((v) => (view.apiserverVersions.length > 1 ? `${v.version} ×${v.count}` : v.version))
                    .join(", ")}
                </span>{" "}
                · {view.nodeCount} nodes
                {view.kubeProxy === "absent" ? " · no kube-proxy (replaced by the CNI)" : ""}
              </>
            ) : null}
          </p>
        </div>
        <p className="text-xs">
          <RefreshedAgo at={view.readAt} refreshSeconds={refreshSeconds} fetching={isFetching} />
        </p>
      </div>

      {view.status === "error" ? (
        <Card role="alert" className="px-5 py-4 text-sm text-red-800 ring-red-200">
          <p className="font-medium">Could not read this cluster ({view.fault.kind})</p>
          <p>{view.fault.message}</p>
        </Card>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader
                title="Version skew"
                description="Checked against kubernetes.io/releases/version-skew-policy."
              />
              <CardBody>
                {view.findings.length === 0 ? (
                  <p className="text-sm text-emerald-700">Every component is within the skew policy.</p>
                ) : (
                  <ul className="space-y-3" aria-label="Findings">
                    {view.findings.map((finding) => (
                      <li key={`${finding.rule}-${finding.subject}`} className="text-sm">
                        <p className="text-red-800">{finding.message}</p>
                        <p className="text-xs text-slate-600">Fix: {finding.fix}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </CardBody>
            </Card>
            <Card>
              <CardHeader
                title={view.plan ? `Plan to Kubernetes ${view.plan.target}` : "Plan"}
                description={detail.campaign ? detail.campaign.name : undefined}
              />
              <CardBody className="space-y-4">
                <GateSummary gate={detail.gate} />
                {view.plan && view.plan.steps.length > 0 ? (
                  <ol className="space-y-1.5 text-sm">
                    {view.plan.steps.map((step, index) => (
                      <li key={index} className="flex gap-2">
                        <span className="w-5 text-slate-400 tabular-nums">{index + 1}.</span>
                        <span>
                          {planStepText(step)}
                          {step.kind === "nodes" ? (
                            <span className="block text-xs text-slate-500">{step.why}</span>
                          ) : null}
                        </span>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </CardBody>
            </Card>
          </div>
          <AfterHop afterHop={detail.afterHop} />
          <RemovedApis removedApis={detail.removedApis} target={view.plan?.target ?? null} />
          <PreUpgradeChecks checks={view.checks} />
          <Card>
            <CardHeader title="Control plane" description="From the static pods in kube-system (kubeadm, Kubespray)." />
            <CardBody>
              {controlPlane === null ? (
                <p className="text-sm text-slate-600">
                  Managed control plane (EKS, GKE, AKS): its components are not visible from inside the cluster. The
                  apiserver version above comes from /version.
                </p>
              ) : (
                <table className="min-w-full text-sm">
                  <PlainTableHead headings={["Node", ...CONTROL_PLANE_COMPONENTS]} />
                  <tbody className="font-mono text-xs">
                    {[...byNode.entries()].map(([node, versions]) => (
                      <tr key={node} className="border-t border-slate-100">
                        <td className="py-1.5 pr-4 font-sans font-medium">{node}</td>
                        {CONTROL_PLANE_COMPONENTS.map((component) => (
                          <td key={component} className="py-1.5 pr-4">
                            {versions[component] ?? "—"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </CardBody>
          </Card>
          <section className="space-y-2">
            <h2 className="text-sm font-semibold">Nodes</h2>
            <NodeTable nodes={nodes} />
          </section>
        </>
      )}
    </div>
  );
}
