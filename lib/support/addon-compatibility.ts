import { minorIndexOf, minorLabel } from "@/lib/skew/rules";

/*
 * Which Kubernetes minors each add-on's release lines are supported on, as the projects publish
 * it, shipped with the app and cited per entry (checked on SUPPORT_DATA_CHECKED in
 * ./kubernetes-eol). A release line or a project not in this table is "not listed", never
 * "unsupported": only a cited range says a minor is outside it.
 */

export type AddonLine = {
  /** "1.18": the minor release line (or "0.19" for a 0.x project). */
  line: string;
  /**
   * The Kubernetes minors the project lists for this line, or the floor it states ("1.31+"):
   * every minor from there on.
   */
  minors: string[] | { atLeast: string };
  /** The statement covers this line and every later one ("external-dns >= 0.10.0"). */
  andLater?: boolean;
  released: string | null;
  sources: string[];
};

export type AddonCompatibility = {
  project: string;
  /** Which inventory components this is, by name. */
  names: RegExp;
  /**
   * What the project's list means: "supported" (outside it is unsupported, by the project's own
   * word: blocks) or "tested" (outside it is only untested, the project says nothing more: warns).
   */
  claim: "supported" | "tested";
  lines: AddonLine[];
  /** The project stopped: no more releases or security fixes, whatever the minor. */
  retired?: { date: string; sources: string[] };
  /**
   * kubeadm upgrades it with each control-plane hop (etcd), so its target only ever runs on the
   * campaign's target minor, not on the minors on the way.
   */
  upgradedWithControlPlane?: boolean;
  /** What the project publishes instead of a per-line table, when it publishes none: never judged. */
  unpublished?: { says: string; sources: string[] };
  /** How long the project maintains a line, in its own words. */
  maintenance?: { says: string; sources: string[] };
};

/** "1.29" to "1.33" -> every minor between, inclusive. */
function minorsFrom(from: string, to: string): string[] {
  const [low, high] = [minorIndexOf(from)!, minorIndexOf(to)!];
  return Array.from({ length: high - low + 1 }, (_, index) => minorLabel(low + index));
}

const CERT_MANAGER = [
  "https://cert-manager.io/docs/releases/",
  "https://github.com/cert-manager/website/blob/master/content/docs/releases/README.md",
];
const CILIUM_1_18 = [
  "https://docs.cilium.io/en/v1.18/network/kubernetes/compatibility/",
  "https://github.com/cilium/cilium/blob/v1.18.14/Documentation/network/kubernetes/compatibility.rst",
];
const CALICO_3_29 = [
  "https://docs.tigera.io/calico/3.29/getting-started/kubernetes/requirements",
  "https://github.com/orgs/projectcalico/discussions/11717",
];
const EXTERNAL_SECRETS = ["https://external-secrets.io/latest/introduction/stability-support/"];
const CONTAINERD = [
  "https://containerd.io/releases/#kubernetes-support",
  "https://github.com/containerd/containerd/blob/main/RELEASES.md",
];
const ARGO_CD = [
  "https://argo-cd.readthedocs.io/en/stable/operator-manual/installation/#tested-versions",
  "https://github.com/argoproj/argo-cd/blob/v3.5.3/docs/operator-manual/tested-kubernetes-versions.md",
];
const ARGO_CD_SUPPORT = ["https://github.com/argoproj/argo-cd/blob/master/SECURITY.md"];
const KUBE_PROMETHEUS = ["https://github.com/prometheus-operator/kube-prometheus#compatibility"];
const ROOK = ["https://rook.io/docs/rook/latest/Getting-Started/maintenance-and-support/"];
const METRICS_SERVER = ["https://github.com/kubernetes-sigs/metrics-server#compatibility-matrix"];
const EXTERNAL_DNS = ["https://github.com/kubernetes-sigs/external-dns#kubernetes-version-compatibility"];
const KUBEADM_ETCD = [
  "https://github.com/kubernetes/kubernetes/blob/release-1.33/cmd/kubeadm/app/constants/constants.go",
  "https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/constants/constants.go",
];
const INGRESS_NGINX_RETIREMENT = "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/";

const line = (name: string, from: string, to: string, released: string | null, sources: string[]): AddonLine => ({
  line: name,
  minors: minorsFrom(from, to),
  released,
  sources,
});
const floor = (name: string, atLeast: string, sources: string[], andLater = false): AddonLine => ({
  line: name,
  minors: { atLeast },
  andLater,
  released: null,
  sources,
});

export const ADDON_COMPATIBILITY: AddonCompatibility[] = [
  {
    project: "cert-manager",
    names: /^cert-manager$/i,
    claim: "supported",
    lines: [
      line("1.18", "1.29", "1.33", "2025-06-10", CERT_MANAGER),
      line("1.19", "1.31", "1.35", "2025-10-07", CERT_MANAGER),
      line("1.20", "1.32", "1.35", "2026-03-10", CERT_MANAGER),
    ],
  },
  {
    project: "Cilium",
    names: /^cilium$/i,
    claim: "tested",
    lines: [line("1.18", "1.30", "1.33", null, CILIUM_1_18)],
  },
  {
    project: "Calico",
    names: /^calico$/i,
    claim: "tested",
    lines: [line("3.29", "1.29", "1.32", null, CALICO_3_29)],
  },
  {
    project: "External Secrets Operator",
    names: /^external secrets( operator)?$/i,
    claim: "tested",
    lines: [
      ...["0.10", "0.11", "0.12", "0.13"].map((name) => line(name, "1.19", "1.31", null, EXTERNAL_SECRETS)),
      ...["0.14", "0.15", "0.16"].map((name) => line(name, "1.32", "1.32", null, EXTERNAL_SECRETS)),
      ...["0.17", "0.18", "0.19"].map((name) => line(name, "1.33", "1.33", null, EXTERNAL_SECRETS)),
      ...["0.20", "1.0", "1.1", "1.2", "1.3"].map((name) => line(name, "1.34", "1.34", null, EXTERNAL_SECRETS)),
      ...["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"].map((name) =>
        line(name, "1.34", "1.35", null, EXTERNAL_SECRETS),
      ),
      line("2.7", "1.35", "1.35", "2026-06-26", EXTERNAL_SECRETS),
    ],
  },
  {
    project: "containerd",
    names: /^containerd$/i,
    claim: "tested",
    lines: [line("1.7", "1.26", "1.31", "2023-03-10", CONTAINERD)],
  },
  {
    project: "Argo CD",
    names: /^argo ?cd$/i,
    claim: "tested",
    // The rows as the v3.5.3 tag prints them (older lines' rows are re-read from their branches).
    lines: [
      line("3.3", "1.32", "1.35", "2026-02-02", ARGO_CD),
      line("3.4", "1.32", "1.35", "2026-05-05", ARGO_CD),
      line("3.5", "1.33", "1.36", "2026-08-04", ARGO_CD),
    ],
    maintenance: { says: "the last 3 minor versions get security and bug fixes", sources: ARGO_CD_SUPPORT },
  },
  {
    project: "kube-prometheus",
    names: /^kube-prometheus$/i,
    claim: "tested",
    lines: [
      line("0.13", "1.26", "1.28", null, KUBE_PROMETHEUS),
      line("0.14", "1.29", "1.31", null, KUBE_PROMETHEUS),
      line("0.15", "1.31", "1.33", "2025-06-04", KUBE_PROMETHEUS),
      line("0.16", "1.31", "1.34", null, KUBE_PROMETHEUS),
    ],
  },
  {
    project: "kube-prometheus-stack",
    names: /^kube-prometheus-stack$/i,
    claim: "tested",
    lines: [],
    unpublished: {
      says: "the chart states only kubeVersion >=1.19.0-0; the minors tested are kube-prometheus's, per branch",
      sources: [
        "https://github.com/prometheus-community/helm-charts/blob/main/charts/kube-prometheus-stack/Chart.yaml",
        ...KUBE_PROMETHEUS,
      ],
    },
  },
  {
    project: "Rook",
    names: /^rook([ -]ceph)?( operator)?$/i,
    claim: "supported",
    lines: [
      line("1.14", "1.25", "1.30", null, ROOK),
      line("1.15", "1.26", "1.31", null, ROOK),
      line("1.16", "1.27", "1.32", null, ROOK),
      line("1.17", "1.28", "1.33", null, ROOK),
      line("1.18", "1.29", "1.34", null, ROOK),
      line("1.19", "1.30", "1.35", null, ROOK),
      line("1.20", "1.31", "1.36", null, ROOK),
    ],
    maintenance: { says: "the most recent two minor releases are maintained", sources: ROOK },
  },
  {
    project: "metrics-server",
    names: /^metrics-server$/i,
    claim: "supported",
    lines: [
      floor("0.6", "1.25", METRICS_SERVER),
      floor("0.7", "1.27", METRICS_SERVER),
      floor("0.8", "1.31", METRICS_SERVER),
    ],
  },
  {
    project: "external-dns",
    names: /^external-?dns$/i,
    claim: "supported",
    lines: [floor("0.10", "1.19", EXTERNAL_DNS, true)],
  },
  {
    project: "etcd",
    names: /^etcd$/i,
    claim: "tested",
    upgradedWithControlPlane: true,
    // What kubeadm pairs each Kubernetes minor with (SupportedEtcdVersion).
    lines: [line("3.5", "1.30", "1.33", null, KUBEADM_ETCD), line("3.6", "1.34", "1.36", null, KUBEADM_ETCD)],
  },
  {
    project: "CoreDNS",
    names: /^coredns$/i,
    claim: "tested",
    lines: [],
    unpublished: {
      says: "CoreDNS records which version kubeadm installed with each Kubernetes minor, and says it is not a recommendation",
      sources: ["https://github.com/coredns/deployment/blob/master/kubernetes/CoreDNS-k8s_version.md"],
    },
  },
  {
    project: "Loki",
    names: /^(grafana )?loki$/i,
    claim: "tested",
    lines: [],
    unpublished: {
      says: "neither Loki nor its Helm chart publishes a Kubernetes compatibility table",
      sources: ["https://grafana.com/docs/loki/latest/setup/install/helm/"],
    },
  },
  {
    project: "NVIDIA GPU Operator",
    names: /^(nvidia )?gpu operator$/i,
    claim: "tested",
    lines: [],
    unpublished: {
      says: "validated per operating system and platform, each with its own Kubernetes range: read the platform support page",
      sources: ["https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/platform-support.html"],
    },
    maintenance: {
      says: "the newest major version is supported, the one before it gets critical fixes only",
      sources: ["https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/platform-support.html"],
    },
  },
  {
    project: "ingress-nginx",
    names: /^ingress-nginx$/i,
    claim: "supported",
    lines: [],
    retired: { date: "March 2026", sources: [INGRESS_NGINX_RETIREMENT] },
  },
];

/** "v1.18.2" -> "1.18". */
function lineOf(version: string): string | null {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : null;
}

/** Every minor the clusters run during the campaign: the one it starts from, each hop, the target. */
export function minorsPassedThrough(from: string, to: string): string[] {
  const [start, end] = [minorIndexOf(from), minorIndexOf(to)];
  if (start === null || end === null || end < start) return [];
  return Array.from({ length: end - start + 1 }, (_, index) => minorLabel(start + index));
}

type Cited = { project: string; sources: string[] };
export type CompatibilityFinding =
  | (Cited & { kind: "outside"; line: string; listed: string; minors: string[] })
  | (Cited & { kind: "untested"; line: string; listed: string; minors: string[] })
  | (Cited & { kind: "retired"; date: string })
  | (Cited & { kind: "within"; line: string; listed: string })
  | (Cited & { kind: "unpublished"; says: string })
  | { kind: "not-listed"; project: string; line: string | null };

/** "1.29–1.33", "1.31 and later": what a line's entry covers, as the project states it. */
export function listedMinors(minors: AddonLine["minors"]): string {
  if (!Array.isArray(minors)) return `${minors.atLeast} and later`;
  return minors.length > 1 ? `${minors[0]}–${minors.at(-1)}` : (minors[0] ?? "none");
}

function covers(minors: AddonLine["minors"], minor: string): boolean {
  if (Array.isArray(minors)) return minors.includes(minor);
  return (minorIndexOf(minor) ?? -1) >= (minorIndexOf(minors.atLeast) ?? Infinity);
}

function lineFor(entry: AddonCompatibility, version: string): AddonLine | undefined {
  const wanted = minorIndexOf(version);
  return (
    entry.lines.find((candidate) => candidate.line === lineOf(version)) ??
    entry.lines.find(
      (candidate) => candidate.andLater && wanted !== null && wanted >= (minorIndexOf(candidate.line) ?? Infinity),
    )
  );
}

/**
 * What the shipped table says about one component at one version over the campaign's minors;
 * null when the project is not in it.
 */
export function compatibilityOf(name: string, version: string, minors: string[]): CompatibilityFinding | null {
  const entry = entryFor(name);
  if (!entry) return null;
  const { project } = entry;
  if (entry.retired) return { kind: "retired", project, date: entry.retired.date, sources: entry.retired.sources };
  if (entry.unpublished)
    return { kind: "unpublished", project, says: entry.unpublished.says, sources: entry.unpublished.sources };
  const found = lineFor(entry, version);
  if (!found) return { kind: "not-listed", project, line: lineOf(version) };
  const judged = entry.upgradedWithControlPlane ? minors.slice(-1) : minors;
  const outside = judged.filter((minor) => !covers(found.minors, minor));
  const cited = { project, line: found.line, listed: listedMinors(found.minors), sources: found.sources };
  if (outside.length === 0) return { kind: "within", ...cited };
  return { kind: entry.claim === "supported" ? "outside" : "untested", ...cited, minors: outside };
}

/** The project's maintenance policy, in its words, when it states one. */
export function maintenanceOf(name: string): AddonCompatibility["maintenance"] {
  return entryFor(name)?.maintenance;
}

/** The project an inventory component is, by its name ("Rook Ceph operator" -> "Rook"). */
export function projectOf(name: string): string | null {
  return entryFor(name)?.project ?? null;
}

function entryFor(name: string): AddonCompatibility | undefined {
  return ADDON_COMPATIBILITY.find((candidate) => candidate.names.test(name.trim()));
}
