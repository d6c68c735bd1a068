import type { ComponentCategory } from "@/lib/campaigns/vocabulary";
import { formatSpread, spreadOf, type MatchRule, type Sighting } from "./match";

/**
 * Match rules for components teams upgrade most, prefilled when a component's name says which it
 * is (each editable on the component's page). Image repositories leave out the registry, so a
 * mirror (`harbor.example/quay.io/jetstack/…`) still matches. Where a chart's version differs from
 * the software's (ingress-nginx 4.11 ships controller 1.11; Loki's chart 6 ships Loki 3), the rule
 * reads the image, whose tag is the version the inventory tracks.
 */
const WELL_KNOWN: { name: RegExp; label: string; category: ComponentCategory; rule: MatchRule }[] = [
  {
    name: /^kubernetes\b|kubeadm|kubelet/i,
    label: "Kubernetes (kubelet)",
    category: "kubernetes",
    rule: { kind: "kubelet", value: "kubelet" },
  },
  { name: /^etcd$/i, label: "etcd", category: "kubernetes", rule: { kind: "control-plane", value: "etcd" } },
  {
    name: /^containerd$/i,
    label: "containerd",
    category: "runtime",
    rule: { kind: "node-runtime", value: "containerd" },
  },
  { name: /^cri-o$/i, label: "CRI-O", category: "runtime", rule: { kind: "node-runtime", value: "cri-o" } },
  { name: /^ubuntu$/i, label: "Ubuntu", category: "os", rule: { kind: "node-os", value: "Ubuntu" } },
  {
    name: /^(rhel|red hat enterprise linux)$/i,
    label: "Red Hat Enterprise Linux",
    category: "os",
    rule: { kind: "node-os", value: "Red Hat Enterprise Linux" },
  },
  { name: /^(linux )?kernel$/i, label: "Linux kernel", category: "os", rule: { kind: "node-kernel", value: "linux" } },
  { name: /^coredns$/i, label: "CoreDNS", category: "kubernetes", rule: { kind: "image", value: "coredns/coredns" } },
  { name: /^kube-proxy$/i, label: "kube-proxy", category: "kubernetes", rule: { kind: "image", value: "kube-proxy" } },
  { name: /^nvidia driver$/i, label: "NVIDIA driver", category: "os", rule: { kind: "image", value: "nvidia/driver" } },
  {
    name: /^nvidia gpu operator$/i,
    label: "NVIDIA GPU Operator",
    category: "addon-helm",
    rule: { kind: "image", value: "nvidia/gpu-operator" },
  },
  { name: /^cilium$/i, label: "Cilium", category: "addon-helm", rule: { kind: "image", value: "cilium/cilium" } },
  { name: /^calico$/i, label: "Calico", category: "addon-helm", rule: { kind: "image", value: "calico/node" } },
  {
    name: /^argo ?cd$/i,
    label: "Argo CD",
    category: "addon-argocd",
    rule: { kind: "image", value: "argoproj/argocd" },
  },
  {
    name: /^external secrets( operator)?$/i,
    label: "External Secrets Operator",
    category: "addon-helm",
    rule: { kind: "image", value: "external-secrets/external-secrets" },
  },
  { name: /^loki$/i, label: "Loki", category: "addon-helm", rule: { kind: "image", value: "grafana/loki" } },
  {
    name: /^cert-manager$/i,
    label: "cert-manager",
    category: "addon-helm",
    rule: { kind: "image", value: "jetstack/cert-manager-controller" },
  },
  {
    name: /^rook[- ]ceph( operator)?$/i,
    label: "Rook Ceph operator",
    category: "addon-helm",
    rule: { kind: "image", value: "rook/ceph" },
  },
  {
    name: /^descheduler$/i,
    label: "descheduler",
    category: "addon-helm",
    rule: { kind: "image", value: "descheduler/descheduler" },
  },
  {
    name: /^external-dns$/i,
    label: "external-dns",
    category: "addon-helm",
    rule: { kind: "image", value: "external-dns/external-dns" },
  },
  {
    name: /^ingress-nginx$/i,
    label: "ingress-nginx",
    category: "addon-helm",
    rule: { kind: "image", value: "ingress-nginx/controller" },
  },
  {
    name: /^metrics-server$/i,
    label: "metrics-server",
    category: "addon-helm",
    rule: { kind: "image", value: "metrics-server/metrics-server" },
  },
  {
    name: /^kube-prometheus-stack$/i,
    label: "kube-prometheus-stack",
    category: "addon-helm",
    rule: { kind: "chart", value: "kube-prometheus-stack" },
  },
];

/** The prefilled rule for a component's name, or null: then the team says how to find it. */
export function defaultMatchRule(componentName: string): MatchRule | null {
  return WELL_KNOWN.find((entry) => entry.name.test(componentName.trim()))?.rule ?? null;
}

/** A well-known component the clusters run, as a new campaign offers to add it. */
export type RunningComponent = {
  name: string;
  category: ComponentCategory;
  /** The version most of the fleet runs. */
  currentVersion: string;
  rule: MatchRule;
  /** "1.7.22 ×30, 2.1.4 ×9" over the whole fleet. */
  running: string;
};

/** Every well-known component seen anywhere in the fleet, in the table's order. */
export function recogniseRunning(sightings: Sighting[]): RunningComponent[] {
  return WELL_KNOWN.flatMap(({ label, category, rule }) => {
    const spread = spreadOf(rule, sightings);
    if (spread.length === 0) return [];
    return [{ name: label, category, currentVersion: spread[0]!.version, rule, running: formatSpread(spread) }];
  });
}
