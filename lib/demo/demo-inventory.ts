import type { Compatibility, ComponentCategory, VerificationStatus } from "@/lib/campaigns/vocabulary";
import type { Role } from "@/lib/auth/roles";

/**
 * The demo team and inventory, modelled on the seeds: an on-prem GPU platform (kubeadm + Ansible)
 * moving 1.28 -> 1.31 last year and 1.31 -> 1.34 now. Release-note links are the real public ones.
 */

export type DemoMember = { key: string; name: string; email: string; role: Role };

export const DEMO_TEAM: DemoMember[] = [
  { key: "aiko", name: "Aiko Tanaka", email: "aiko.tanaka@example.com", role: "lead" },
  { key: "kenji", name: "Kenji Sato", email: "kenji.sato@example.com", role: "engineer" },
  { key: "mei", name: "Mei Suzuki", email: "mei.suzuki@example.com", role: "engineer" },
  { key: "ryo", name: "Ryo Nakamura", email: "ryo.nakamura@example.com", role: "engineer" },
  { key: "hana", name: "Hana Kobayashi", email: "hana.kobayashi@example.com", role: "viewer" },
];

type DemoVerification = { status: VerificationStatus; note?: string; by: string };

export type DemoComponent = {
  name: string;
  category: ComponentCategory;
  /** Version before last year's campaign (1.28 era). */
  previous: string;
  /** Version today (after last year's campaign). */
  current: string;
  /** Target of this year's campaign. */
  target: string;
  owner: string | null;
  releaseNotes: { label: string; url: string }[];
  breakingNotes?: string;
  /** A person's decision over the major-bump rule. */
  breaking?: { override: boolean; reason: string };
  compatibility: Compatibility;
  compatibilitySource?: string;
  /** The breaking notes concern the clusters' users. */
  userFacing?: boolean;
  dev?: DemoVerification;
  stg?: DemoVerification;
};

const K8S_CHANGELOG = "https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG";

export const DEMO_COMPONENTS: DemoComponent[] = [
  {
    name: "Kubernetes (kubeadm)",
    category: "kubernetes",
    previous: "v1.28.9",
    current: "v1.31.13",
    target: "v1.34.1",
    owner: "aiko",
    releaseNotes: [
      { label: "CHANGELOG 1.32", url: `${K8S_CHANGELOG}/CHANGELOG-1.32.md` },
      { label: "CHANGELOG 1.33", url: `${K8S_CHANGELOG}/CHANGELOG-1.33.md` },
      { label: "CHANGELOG 1.34", url: `${K8S_CHANGELOG}/CHANGELOG-1.34.md` },
      {
        label: "kubeadm upgrade guide",
        url: "https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/kubeadm-upgrade/",
      },
    ],
    breakingNotes: [
      "Control plane goes **one minor at a time**: 1.31 → 1.32 → 1.33 → 1.34; workers jump once the control plane is at 1.34.",
      "",
      "- kubeadm `ClusterConfiguration` is `v1beta4` since 1.31: migrate our Ansible templates with `kubeadm config migrate`.",
      "- Read *Urgent Upgrade Notes* and *Deprecations and Removals* of each changelog, split by SIG.",
      "- Run `pluto detect-all-in-cluster` before each hop.",
    ].join("\n"),
    compatibility: "compatible",
    compatibilitySource: "https://kubernetes.io/releases/version-skew-policy/",
    dev: {
      status: "verified",
      note: "Control plane and all 6 workers at v1.34.1; Sonobuoy conformance passed.",
      by: "aiko",
    },
    stg: { status: "in-progress", note: "Control plane at 1.33, next hop tomorrow.", by: "aiko" },
  },
  {
    name: "etcd",
    category: "kubernetes",
    previous: "3.5.12",
    current: "3.5.15",
    target: "3.6.4",
    owner: "aiko",
    releaseNotes: [
      { label: "etcd v3.6.0 announcement", url: "https://etcd.io/blog/2025/announcing-etcd-3.6/" },
      { label: "Upgrade 3.5 to 3.6", url: "https://etcd.io/docs/v3.6/upgrades/upgrade_3_6/" },
    ],
    breakingNotes:
      "Upgrade from **3.5.20 or later** only: take the intermediate patch first. Snapshot before each member.",
    compatibility: "compatible",
    compatibilitySource: "https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/constants/constants.go",
    dev: { status: "verified", note: "Went 3.5.15 → 3.5.21 → 3.6.4; `etcdctl endpoint health` green.", by: "aiko" },
  },
  {
    name: "containerd",
    category: "runtime",
    previous: "1.7.13",
    current: "1.7.22",
    target: "2.1.4",
    owner: "kenji",
    releaseNotes: [
      {
        label: "containerd 2.0 guide",
        url: "https://github.com/containerd/containerd/blob/main/docs/containerd-2.0.md",
      },
      { label: "v2.1.4 release", url: "https://github.com/containerd/containerd/releases/tag/v2.1.4" },
    ],
    breakingNotes: [
      "- `config.toml` is **version 3**: run `containerd config migrate`.",
      "- CRI `v1alpha2` is gone; the CRI plugin ids moved (`io.containerd.cri.v1.images`, `io.containerd.cri.v1.runtime`).",
      "- Schema 1 images (Docker v2 schema 1) can no longer be pulled.",
    ].join("\n"),
    compatibility: "compatible",
    compatibilitySource: "https://containerd.io/releases/#kubernetes-support",
    dev: { status: "verified", note: "Migrated config with the Ansible role; GPU pods start.", by: "kenji" },
  },
  {
    name: "Ubuntu",
    category: "os",
    previous: "22.04",
    current: "22.04",
    target: "24.04",
    owner: "kenji",
    releaseNotes: [
      { label: "Noble Numbat release notes", url: "https://discourse.ubuntu.com/t/noble-numbat-release-notes/39890" },
    ],
    breakingNotes:
      "Per node: cordon → drain → `do-release-upgrade` → wait Ready → uncordon; `ceph status` healthy between nodes.",
    compatibility: "compatible",
    dev: { status: "verified", note: "All 6 Dev nodes on 24.04.3.", by: "kenji" },
  },
  {
    name: "NVIDIA driver",
    category: "os",
    previous: "535.161.08",
    current: "535.183.01",
    target: "570.172.08",
    owner: "mei",
    releaseNotes: [
      { label: "Data center driver release notes", url: "https://docs.nvidia.com/datacenter/tesla/index.html" },
    ],
    breakingNotes:
      "Needs the 24.04 kernel first. Reboot per node; check `nvidia-smi` and the DCGM exporter afterwards.",
    compatibility: "compatible",
    dev: { status: "verified", note: "nvidia-smi OK on all GPU nodes.", by: "mei" },
  },
  {
    name: "CUDA toolkit",
    category: "os",
    previous: "12.2",
    current: "12.4",
    target: "12.8",
    owner: "mei",
    releaseNotes: [
      { label: "CUDA release notes", url: "https://docs.nvidia.com/cuda/cuda-toolkit-release-notes/index.html" },
    ],
    compatibility: "compatible",
    dev: { status: "in-progress", note: "Waiting on two tenants to rerun their training jobs.", by: "mei" },
  },
  {
    name: "NVIDIA GPU Operator",
    category: "addon-helm",
    previous: "v23.9.2",
    current: "v24.6.2",
    target: "v25.3.2",
    owner: "mei",
    releaseNotes: [
      {
        label: "GPU Operator release notes",
        url: "https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/release-notes.html",
      },
    ],
    breakingNotes:
      "Driver container is disabled (drivers come from Ansible): keep `driver.enabled=false` in the new values.",
    compatibility: "compatible",
    compatibilitySource: "https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/platform-support.html",
    dev: {
      status: "failed",
      note: "DCGM exporter in CrashLoopBackOff; chart default for `dcgmExporter.serviceMonitor` changed. Retesting.",
      by: "mei",
    },
  },
  {
    name: "Cilium",
    category: "addon-helm",
    previous: "1.14.6",
    current: "1.16.3",
    target: "1.18.1",
    owner: "kenji",
    releaseNotes: [
      { label: "Upgrade guide", url: "https://docs.cilium.io/en/stable/operations/upgrade/" },
      { label: "v1.18.1 release", url: "https://github.com/cilium/cilium/releases/tag/v1.18.1" },
    ],
    breakingNotes: "Upgrade one minor at a time (1.16 → 1.17 → 1.18) with the pre-flight check each time.",
    compatibility: "compatible",
    compatibilitySource: "https://docs.cilium.io/en/stable/network/kubernetes/compatibility/",
    dev: { status: "verified", note: "Connectivity test passed after both hops.", by: "kenji" },
  },
  {
    name: "CoreDNS",
    category: "kubernetes",
    previous: "v1.10.1",
    current: "v1.11.3",
    target: "v1.12.1",
    owner: "aiko",
    releaseNotes: [{ label: "CoreDNS releases", url: "https://github.com/coredns/coredns/releases" }],
    compatibility: "compatible",
    dev: { status: "verified", note: "Upgraded by kubeadm; resolution test pod OK.", by: "aiko" },
  },
  {
    name: "Argo CD",
    category: "addon-argocd",
    previous: "v2.9.6",
    current: "v2.14.11",
    target: "v3.0.12",
    owner: "ryo",
    releaseNotes: [
      {
        label: "Upgrading 2.14 → 3.0",
        url: "https://argo-cd.readthedocs.io/en/stable/operator-manual/upgrading/2.14-3.0/",
      },
      { label: "v3.0.0 release", url: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0" },
    ],
    breakingNotes: [
      "- Fine-grained RBAC: `update`/`delete` no longer apply to sub-resources; **logs** need their own permission.",
      "- Resource tracking defaults to annotations instead of labels.",
      "- Bundled Kustomize is a new major version: run `kustomize build` on every app before switching.",
    ].join("\n"),
    compatibility: "compatible",
    compatibilitySource: "https://argo-cd.readthedocs.io/en/stable/operator-manual/tested-kubernetes-versions/",
    dev: { status: "in-progress", note: "Kustomize build check running over all 140 applications.", by: "ryo" },
  },
  {
    name: "External Secrets Operator",
    category: "addon-argocd",
    previous: "v0.9.11",
    current: "v0.10.4",
    target: "v0.19.2",
    owner: "ryo",
    releaseNotes: [
      {
        label: "v0.17.0: v1beta1 removed",
        url: "https://github.com/external-secrets/external-secrets/releases/tag/v0.17.0",
      },
      { label: "v0.19.2 release", url: "https://github.com/external-secrets/external-secrets/releases/tag/v0.19.2" },
    ],
    userFacing: true,
    breakingNotes:
      "CRDs `external-secrets.io/v1beta1` → **`v1`** (served until v0.17.0). Rewrite every `ExternalSecret` and `SecretStore` in the tenant repos **before** the upgrade.",
    compatibility: "compatible",
  },
  {
    name: "Loki",
    category: "addon-argocd",
    previous: "2.9.3",
    current: "2.9.10",
    target: "3.5.3",
    owner: "ryo",
    releaseNotes: [{ label: "Upgrade guide", url: "https://grafana.com/docs/loki/latest/setup/upgrade/" }],
    breakingNotes:
      "Schema **v13 with TSDB** is required for structured metadata; add a new `schema_config` period starting after the Prd window. The `loki-stack` chart is replaced by the `loki` chart.",
    compatibility: "unknown",
  },
  {
    name: "cert-manager",
    category: "addon-argocd",
    previous: "v1.13.3",
    current: "v1.15.3",
    target: "v1.19.1",
    owner: "kenji",
    releaseNotes: [{ label: "Release notes", url: "https://cert-manager.io/docs/releases/" }],
    userFacing: true,
    breakingNotes: "1.18: `Certificate.spec.privateKey.rotationPolicy` defaults to `Always`.",
    compatibility: "compatible",
    compatibilitySource: "https://cert-manager.io/docs/releases/#currently-supported-releases",
    dev: { status: "verified", note: "Renewed a test certificate.", by: "kenji" },
  },
  {
    name: "Rook Ceph operator",
    category: "addon-helm",
    previous: "v1.12.9",
    current: "v1.15.5",
    target: "v1.18.7",
    owner: "mei",
    releaseNotes: [
      { label: "Rook upgrade guide", url: "https://rook.io/docs/rook/latest-release/Upgrade/rook-upgrade/" },
    ],
    breakingNotes:
      "Rook upgrades **one minor at a time** (1.15 → 1.16 → 1.17 → 1.18). 1.15 supports Kubernetes up to 1.31 and 1.17 up to 1.33: reach 1.18 before the 1.34 hop.",
    compatibility: "compatible",
    compatibilitySource: "https://rook.io/docs/rook/latest-release/Getting-Started/Prerequisites/prerequisites/",
  },
  {
    name: "descheduler",
    category: "addon-helm",
    previous: "v0.28.1",
    current: "v0.31.0",
    target: "v0.34.0",
    owner: null,
    releaseNotes: [{ label: "descheduler releases", url: "https://github.com/kubernetes-sigs/descheduler/releases" }],
    compatibility: "compatible",
    breaking: { override: false, reason: "Versions follow Kubernetes minors; policy API unchanged for our config." },
  },
  {
    name: "external-dns",
    category: "addon-argocd",
    previous: "v0.14.0",
    current: "v0.15.0",
    target: "v0.18.0",
    owner: "ryo",
    releaseNotes: [{ label: "external-dns releases", url: "https://github.com/kubernetes-sigs/external-dns/releases" }],
    compatibility: "unknown",
  },
  {
    name: "ingress-nginx",
    category: "addon-argocd",
    previous: "v1.9.6",
    current: "v1.11.3",
    target: "v1.13.1",
    owner: "kenji",
    releaseNotes: [{ label: "ingress-nginx releases", url: "https://github.com/kubernetes/ingress-nginx/releases" }],
    compatibility: "compatible",
    compatibilitySource: "https://github.com/kubernetes/ingress-nginx#supported-versions-table",
  },
  {
    name: "metrics-server",
    category: "addon-helm",
    previous: "v0.6.4",
    current: "v0.7.2",
    target: "v0.8.0",
    owner: null,
    releaseNotes: [
      { label: "metrics-server releases", url: "https://github.com/kubernetes-sigs/metrics-server/releases" },
    ],
    compatibility: "unknown",
  },
  {
    name: "tenant-operator",
    category: "controller",
    previous: "v2.1.0",
    current: "v2.3.0",
    target: "v2.4.0",
    owner: "ryo",
    releaseNotes: [
      { label: "controller-runtime releases", url: "https://github.com/kubernetes-sigs/controller-runtime/releases" },
      { label: "client-go compatibility", url: "https://github.com/kubernetes/client-go#compatibility-matrix" },
    ],
    breakingNotes:
      "Bump `k8s.io/client-go`, `api`, `apimachinery` to v0.34 and controller-runtime to v0.22. The fake client needs `WithStatusSubresource` for status updates: fix the tests.",
    compatibility: "unknown",
  },
];

export type DemoRetroCard = {
  column: "keep" | "problem" | "try";
  body: string;
  author: string;
  voters: string[];
  action?: { title: string; owner: string; dueInMonths: number; done: boolean };
};

/** Last year's KPT, closed; its one open action item is carried into this year's campaign. */
export const DEMO_RETROSPECTIVE: DemoRetroCard[] = [
  {
    column: "keep",
    body: "Dev → Stg → Prd with a **week of soak** on Stg caught the Cilium regression.",
    author: "kenji",
    voters: ["aiko", "mei", "ryo"],
  },
  { column: "keep", body: "One maintenance branch, one PR per component owner.", author: "aiko", voters: ["ryo"] },
  {
    column: "problem",
    body: "The kubeadm `ControlPlaneKubeletLocalMode` gate surprised us on the 1.30 → 1.31 hop.",
    author: "aiko",
    voters: ["kenji", "mei"],
  },
  {
    column: "problem",
    body: "Tenants learned about removed APIs on the day of the Prd window.",
    author: "ryo",
    voters: ["aiko", "kenji", "mei", "ryo"],
  },
  {
    column: "try",
    body: "Run `pluto` against every tenant repo in CI, months before the window.",
    author: "ryo",
    voters: ["aiko", "kenji"],
    action: { title: "Add a pluto scan of all tenant repos to CI", owner: "ryo", dueInMonths: -6, done: false },
  },
  {
    column: "try",
    body: "Publish the users' release notes a month ahead.",
    author: "mei",
    voters: ["aiko"],
    action: {
      title: "Release notes for cluster users one month before Prd",
      owner: "mei",
      dueInMonths: -9,
      done: true,
    },
  },
];
