import type { MatchRule } from "./match";

/**
 * Match rules for components teams upgrade most, prefilled when a component's name says which it
 * is (each editable on the component's page). Image repositories leave out the registry, so a
 * mirror (`harbor.example/quay.io/jetstack/…`) still matches. Where a chart's version differs from
 * the software's (ingress-nginx 4.11 ships controller 1.11; Loki's chart 6 ships Loki 3), the rule
 * reads the image, whose tag is the version the inventory tracks.
 */
const WELL_KNOWN: { name: RegExp; rule: MatchRule }[] = [
  { name: /^kubernetes\b|kubeadm|kubelet/i, rule: { kind: "kubelet", value: "kubelet" } },
  { name: /^etcd$/i, rule: { kind: "control-plane", value: "etcd" } },
  { name: /^containerd$/i, rule: { kind: "node-runtime", value: "containerd" } },
  { name: /^cri-o$/i, rule: { kind: "node-runtime", value: "cri-o" } },
  { name: /^ubuntu$/i, rule: { kind: "node-os", value: "Ubuntu" } },
  { name: /^(rhel|red hat enterprise linux)$/i, rule: { kind: "node-os", value: "Red Hat Enterprise Linux" } },
  { name: /^(linux )?kernel$/i, rule: { kind: "node-kernel", value: "linux" } },
  { name: /^coredns$/i, rule: { kind: "image", value: "coredns/coredns" } },
  { name: /^kube-proxy$/i, rule: { kind: "image", value: "kube-proxy" } },
  { name: /^nvidia driver$/i, rule: { kind: "image", value: "nvidia/driver" } },
  { name: /^nvidia gpu operator$/i, rule: { kind: "image", value: "nvidia/gpu-operator" } },
  { name: /^cilium$/i, rule: { kind: "image", value: "cilium/cilium" } },
  { name: /^calico$/i, rule: { kind: "image", value: "calico/node" } },
  { name: /^argo ?cd$/i, rule: { kind: "image", value: "argoproj/argocd" } },
  { name: /^external secrets( operator)?$/i, rule: { kind: "image", value: "external-secrets/external-secrets" } },
  { name: /^loki$/i, rule: { kind: "image", value: "grafana/loki" } },
  { name: /^cert-manager$/i, rule: { kind: "image", value: "jetstack/cert-manager-controller" } },
  { name: /^rook[- ]ceph( operator)?$/i, rule: { kind: "image", value: "rook/ceph" } },
  { name: /^descheduler$/i, rule: { kind: "image", value: "descheduler/descheduler" } },
  { name: /^external-dns$/i, rule: { kind: "image", value: "external-dns/external-dns" } },
  { name: /^ingress-nginx$/i, rule: { kind: "image", value: "ingress-nginx/controller" } },
  { name: /^metrics-server$/i, rule: { kind: "image", value: "metrics-server/metrics-server" } },
  { name: /^kube-prometheus-stack$/i, rule: { kind: "chart", value: "kube-prometheus-stack" } },
];

/** The prefilled rule for a component's name, or null: then the team says how to find it. */
export function defaultMatchRule(componentName: string): MatchRule | null {
  return WELL_KNOWN.find((entry) => entry.name.test(componentName.trim()))?.rule ?? null;
}
