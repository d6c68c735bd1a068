import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ClusterSettingsData } from "@/lib/fleet/queries";
import { AddClusterForm } from "./add-cluster-form";
import { RemoveClusterButton } from "./remove-cluster-button";

/** Which clusters belong to which environment. Credentials stay in the server's kubeconfig; only context names show here. */
export function ClusterSettings({
  canManage,
  settings: { clusters, environments, contexts },
}: {
  canManage: boolean;
  settings: ClusterSettingsData;
}) {
  const registered = new Set(clusters.map((c) => c.context));
  return (
    <Card>
      <CardHeader
        title="Clusters"
        description="Each is read through a kubeconfig context on the server, read-only. Nothing of the kubeconfig reaches the browser."
      />
      <div className={canManage ? "grid gap-6 p-5 lg:grid-cols-2" : "p-5"}>
        <ul className="divide-y divide-slate-100 text-sm">
          {clusters.map((cluster) => (
            <li key={cluster.id} className="flex items-center justify-between py-2">
              <span>
                <span className="font-medium">{cluster.name}</span>{" "}
                <span className="text-xs text-slate-500">
                  · {cluster.environment.name} · context {cluster.context}
                </span>
              </span>
              {canManage ? <RemoveClusterButton clusterId={cluster.id} name={cluster.name} /> : null}
            </li>
          ))}
          {clusters.length === 0 ? <li className="py-2 text-slate-500">No cluster registered yet.</li> : null}
        </ul>
        {canManage ? (
          <CardBody className="self-start rounded-lg bg-slate-50 ring-1 ring-slate-200">
            <AddClusterForm environments={environments} contexts={contexts.filter((c) => !registered.has(c))} />
          </CardBody>
        ) : null}
      </div>
    </Card>
  );
}
