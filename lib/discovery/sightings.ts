import type { ClusterReading } from "@/lib/kube/types";
import type { MatchKind, Sighting } from "./match";

/** "containerd://1.7.22" -> containerd 1.7.22. */
function runtimeOf(runtime: string): [string, string] | null {
  const match = /^([^:]+):\/\/(.+)$/.exec(runtime);
  return match ? [match[1]!, match[2]!] : null;
}

/** "Ubuntu 22.04.5 LTS" -> Ubuntu 22.04.5; "Amazon Linux 2023.6.20250123" -> Amazon Linux 2023.6.20250123. */
function osOf(image: string): [string, string] | null {
  const match = /^(.*?)\s*(\d+(?:\.\d+)+)/.exec(image);
  return match && match[1] ? [match[1], match[2]!] : null;
}

/** "cert-manager-v1.15.3" -> cert-manager v1.15.3; "kube-prometheus-stack-65.1.0" -> kube-prometheus-stack 65.1.0. */
export function chartOf(label: string): [string, string] | null {
  const match = /^(.+?)-(v?\d[\w.+-]*)$/.exec(label);
  return match ? [match[1]!, match[2]!] : null;
}

/**
 * Everything one cluster's reading shows running, counted per node or per workload: the
 * summary the fleet keeps (a few hundred entries, not the objects) and matches the inventory against.
 */
export function sightingsOf(reading: ClusterReading): Sighting[] {
  const counts = new Map<string, Sighting>();
  const see = (kind: MatchKind, found: [string, string] | null) => {
    if (!found) return;
    const [key, version] = found;
    const id = `${kind}\u0000${key}\u0000${version}`;
    const seen = counts.get(id);
    if (seen) seen.count += 1;
    else counts.set(id, { kind, key, version, count: 1 });
  };
  for (const node of reading.nodes) {
    see("node-runtime", runtimeOf(node.containerRuntime));
    see("node-os", osOf(node.osImage));
    see("node-kernel", node.kernel ? ["linux", node.kernel] : null);
    see("kubelet", node.kubeletVersion ? ["kubelet", node.kubeletVersion] : null);
  }
  for (const member of reading.controlPlane ?? []) see("control-plane", [member.component, member.version]);
  for (const workload of reading.discovery?.workloads ?? []) {
    for (const image of new Map(workload.images.map((i) => [i.repository, i])).values())
      see("image", [image.repository, image.tag ?? image.digest ?? "latest"]);
    see("chart", workload.chart ? chartOf(workload.chart) : null);
    see("app-label", workload.appName && workload.appVersion ? [workload.appName, workload.appVersion] : null);
  }
  for (const application of reading.discovery?.applications ?? [])
    see("chart", application.chart ? [application.chart, application.targetRevision] : null);
  for (const release of reading.discovery?.helmReleases ?? [])
    see("chart", release.chart ? [release.chart, release.version] : null);
  for (const release of reading.discovery?.helmSecrets ?? []) see("chart", [release.chart, release.chartVersion]);
  return [...counts.values()];
}
