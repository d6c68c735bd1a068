import { parseVersion } from "@/lib/versions/version";
import type { ControlPlaneMember, SkewFinding, SkewSnapshot } from "./types";

/*
 * The official version skew policy (kubernetes.io/releases/version-skew-policy), in minors.
 * Pure: a snapshot in, findings out.
 */

/** Major and minor folded into one comparable number: 1.31 -> 1031. */
export type MinorIndex = number;

export function minorIndexOf(version: string): MinorIndex | null {
  const parsed = parseVersion(version);
  return parsed.ok ? parsed.version.major * 1000 + parsed.version.minor : null;
}

export function minorLabel(index: MinorIndex): string {
  return `${Math.floor(index / 1000)}.${index % 1000}`;
}

/** How many minors a kubelet (or kube-proxy) may trail the apiserver: 3, or 2 before 1.25. */
export function allowedNodeSkew(node: MinorIndex): number {
  return node < 1025 ? 2 : 3;
}

/** kube-proxy and the kubelet beside it may be this many minors apart, either way. */
export const PROXY_KUBELET_SKEW = 3;

export type Reading = { subject: string; version: string; minor: MinorIndex };

export type ReadSnapshot = {
  apiservers: Reading[];
  /** kube-controller-manager and kube-scheduler. */
  controllers: Reading[];
  nodes: { name: string; kubelet: Reading | null; kubeProxy: Reading | null }[];
  unreadable: SkewFinding[];
};

/** Parses every version once; what cannot be parsed becomes a finding instead of a crash. */
export function readSnapshot(snapshot: SkewSnapshot): ReadSnapshot {
  const unreadable: SkewFinding[] = [];
  const read = (subject: string, version: string): Reading | null => {
    const minor = minorIndexOf(version);
    if (minor !== null) return { subject, version, minor };
    unreadable.push({
      rule: "unreadable-version",
      subject,
      node: null,
      version,
      against: "—",
      message: `${subject} reports "${version}", which is not a version; its skew cannot be checked.`,
      fix: "Check what the component reports (kubectl get nodes -o wide, the static pod's image tag).",
    });
    return null;
  };
  const members = (component: ControlPlaneMember["component"]) =>
    (snapshot.controlPlane ?? []).filter((member) => member.component === component);

  const visibleApiservers = members("kube-apiserver").flatMap(
    (m) => read(`kube-apiserver on ${m.node}`, m.version) ?? [],
  );
  const apiservers =
    visibleApiservers.length > 0
      ? visibleApiservers
      : [read("kube-apiserver", snapshot.serverVersion)].flatMap((r) => r ?? []);
  const controllers = [...members("kube-controller-manager"), ...members("kube-scheduler")].flatMap(
    (m) => read(`${m.component} on ${m.node}`, m.version) ?? [],
  );
  const nodes = snapshot.nodes.map((node) => ({
    name: node.name,
    kubelet: read(`kubelet on ${node.name}`, node.kubeletVersion),
    kubeProxy: node.kubeProxyVersion ? read(`kube-proxy on ${node.name}`, node.kubeProxyVersion) : null,
  }));
  return { apiservers, controllers, nodes, unreadable };
}

export function oldest(readings: Reading[]): Reading | undefined {
  return readings.reduce<Reading | undefined>(
    (min, r) => (min === undefined || r.minor < min.minor ? r : min),
    undefined,
  );
}

export function newest(readings: Reading[]): Reading | undefined {
  return readings.reduce<Reading | undefined>(
    (max, r) => (max === undefined || r.minor > max.minor ? r : max),
    undefined,
  );
}

/** Every violation of the skew policy in one snapshot, each with the rule and the fix. */
export function findSkewViolations(snapshot: SkewSnapshot): SkewFinding[] {
  return violationsOf(readSnapshot(snapshot));
}

/** The same, for a snapshot already parsed: the planner reads the snapshot once and asks both questions of it. */
export function violationsOf(read: ReadSnapshot): SkewFinding[] {
  const findings = [...read.unreadable];
  const low = oldest(read.apiservers);
  const high = newest(read.apiservers);
  if (!low || !high) return findings;

  for (const apiserver of read.apiservers) {
    if (high.minor - apiserver.minor > 1) {
      findings.push({
        rule: "apiserver-ha",
        subject: apiserver.subject,
        node: null,
        version: apiserver.version,
        against: high.version,
        message: `${apiserver.subject} is at ${minorLabel(apiserver.minor)} while ${high.subject} is at ${minorLabel(high.minor)}: apiservers of one control plane may be at most one minor apart.`,
        fix: `Upgrade ${apiserver.subject} to ${minorLabel(high.minor - 1)} or later before anything else.`,
      });
    }
  }

  for (const controller of read.controllers) {
    if (controller.minor > low.minor) {
      findings.push({
        rule: "control-plane-newer",
        subject: controller.subject,
        node: null,
        version: controller.version,
        against: low.version,
        message: `${controller.subject} (${minorLabel(controller.minor)}) is newer than ${low.subject} (${minorLabel(low.minor)}).`,
        fix: `Upgrade every kube-apiserver to ${minorLabel(controller.minor)} first, then the controllers.`,
      });
    } else if (high.minor - controller.minor > 1) {
      findings.push({
        rule: "control-plane-too-old",
        subject: controller.subject,
        node: null,
        version: controller.version,
        against: high.version,
        message: `${controller.subject} (${minorLabel(controller.minor)}) is more than one minor behind ${high.subject} (${minorLabel(high.minor)}).`,
        fix: `Upgrade ${controller.subject} to ${minorLabel(high.minor - 1)} or later.`,
      });
    }
  }

  for (const node of read.nodes) {
    for (const [reading, component] of [
      [node.kubelet, "kubelet"],
      [node.kubeProxy, "kube-proxy"],
    ] as const) {
      if (!reading) continue;
      if (reading.minor > low.minor) {
        findings.push({
          rule: component === "kubelet" ? "kubelet-newer" : "kube-proxy-newer",
          subject: reading.subject,
          node: node.name,
          version: reading.version,
          against: low.version,
          message: `${reading.subject} (${minorLabel(reading.minor)}) is newer than ${low.subject} (${minorLabel(low.minor)}).`,
          // One minor ahead: the next hop brings the control plane up to it, as the gate allows.
          fix:
            reading.minor - low.minor === 1
              ? `Hop the control plane to ${minorLabel(reading.minor)} (the next hop brings it up to the node), or put node ${node.name} back on ${minorLabel(low.minor)}.`
              : `Put node ${node.name} back on ${minorLabel(low.minor)} or older: the control plane moves one minor at a time and ${minorLabel(reading.minor)} is ${reading.minor - low.minor} hops away.`,
        });
      } else if (high.minor - reading.minor > allowedNodeSkew(reading.minor)) {
        findings.push({
          rule: component === "kubelet" ? "kubelet-too-old" : "kube-proxy-too-old",
          subject: reading.subject,
          node: node.name,
          version: reading.version,
          against: high.version,
          message: `${reading.subject} (${minorLabel(reading.minor)}) is ${high.minor - reading.minor} minors behind ${high.subject} (${minorLabel(high.minor)}); at most ${allowedNodeSkew(reading.minor)} are supported.`,
          fix: `Upgrade node ${node.name} to ${minorLabel(high.minor - allowedNodeSkew(reading.minor))} or later (not newer than ${minorLabel(low.minor)}).`,
        });
      }
    }
    if (node.kubelet && node.kubeProxy && Math.abs(node.kubelet.minor - node.kubeProxy.minor) > PROXY_KUBELET_SKEW) {
      findings.push({
        rule: "kube-proxy-kubelet",
        subject: node.kubeProxy.subject,
        node: node.name,
        version: node.kubeProxy.version,
        against: node.kubelet.version,
        message: `${node.kubeProxy.subject} (${minorLabel(node.kubeProxy.minor)}) and its kubelet (${minorLabel(node.kubelet.minor)}) are more than ${PROXY_KUBELET_SKEW} minors apart.`,
        fix: `Bring kube-proxy on ${node.name} within ${PROXY_KUBELET_SKEW} minors of its kubelet.`,
      });
    }
  }
  return findings;
}
