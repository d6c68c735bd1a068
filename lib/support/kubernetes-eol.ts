import { differenceInCalendarDays, parseISO } from "date-fns";

/*
 * When each Kubernetes minor was released and when its support ends: upstream, and on the managed
 * services that extend it. Shipped with the app (it never needs the network); refreshed from the
 * cited sources by scripts/refresh-support-data.mjs when run with network. A date the sources did
 * not give is null ("not recorded"), never guessed.
 */

export const SUPPORT_DATA_CHECKED = "2026-11-27";

const UPSTREAM_EOL = "https://github.com/kubernetes/website/blob/main/data/releases/eol.yaml";
const releasePage = (minor: string) => `https://kubernetes.io/releases/${minor}/`;
const EKS = "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html";
const EKS_TABLE = "https://endoflife.date/amazon-eks";
const GKE = "https://cloud.google.com/kubernetes-engine/docs/release-schedule";
const GKE_TABLE = "https://github.com/endoflife-date/endoflife.date/blob/master/products/google-kubernetes-engine.md";
const AKS = "https://learn.microsoft.com/en-us/azure/aks/supported-kubernetes-versions";
const AKS_SOURCE =
  "https://github.com/MicrosoftDocs/azure-aks-docs/blob/main/articles/aks/supported-kubernetes-versions.md";

export type ProviderSupport = {
  /** End of standard support; null where the source does not give it. */
  standardEnd: string | null;
  /** End of extended (paid or channel) support; null where there is none or it is not recorded. */
  extendedEnd: string | null;
  sources: string[];
};

export type KubernetesRelease = {
  minor: string;
  released: string;
  /** Upstream end of life: the last patch release. */
  endOfLife: string;
  sources: string[];
  eks?: ProviderSupport;
  gke?: ProviderSupport;
  aks?: ProviderSupport;
};

const upstream = (minor: string, released: string, endOfLife: string): KubernetesRelease => ({
  minor,
  released,
  endOfLife,
  sources: [releasePage(minor), UPSTREAM_EOL],
});

const eks = (standardEnd: string, extendedEnd: string): ProviderSupport => ({
  standardEnd,
  extendedEnd,
  sources: [EKS, EKS_TABLE],
});

/** GKE: the end of standard support (extended-channel ends are not recorded here). */
const gke = (standardEnd: string): ProviderSupport => ({ standardEnd, extendedEnd: null, sources: [GKE, GKE_TABLE] });

/**
 * AKS: "End of life" is community (standard) support, "LTS End of life" the Premium tier's
 * long-term support. A month without a day means its last day, as the page says.
 */
const aks = (standardEnd: string, extendedEnd: string): ProviderSupport => ({
  standardEnd,
  extendedEnd,
  sources: [AKS, AKS_SOURCE],
});

export const KUBERNETES_RELEASES: KubernetesRelease[] = [
  { ...upstream("1.25", "2022-08-23", "2023-10-28"), gke: gke("2024-03-30") },
  { ...upstream("1.26", "2022-12-08", "2024-02-28"), gke: gke("2024-06-30") },
  { ...upstream("1.27", "2023-04-11", "2024-07-16"), gke: gke("2024-10-01") },
  { ...upstream("1.28", "2023-08-15", "2024-10-22"), gke: gke("2025-02-04") },
  {
    ...upstream("1.29", "2023-12-13", "2025-02-28"),
    eks: eks("2025-03-23", "2026-03-23"),
    gke: gke("2025-04-12"),
    aks: aks("2025-03-31", "2026-04-30"),
  },
  {
    ...upstream("1.30", "2024-04-17", "2025-07-15"),
    eks: eks("2025-07-23", "2026-07-23"),
    gke: gke("2025-09-30"),
    aks: aks("2025-08-22", "2026-07-31"),
  },
  {
    ...upstream("1.31", "2024-08-13", "2025-11-11"),
    eks: eks("2025-11-26", "2026-11-26"),
    gke: gke("2026-01-16"),
    aks: aks("2025-11-01", "2026-11-30"),
  },
  {
    ...upstream("1.32", "2024-12-11", "2026-02-28"),
    eks: eks("2026-03-23", "2027-03-23"),
    gke: gke("2026-04-11"),
    aks: aks("2026-03-31", "2027-03-31"),
  },
  {
    ...upstream("1.33", "2025-04-23", "2026-06-28"),
    eks: eks("2026-07-29", "2027-07-29"),
    gke: gke("2026-08-03"),
    aks: aks("2026-07-31", "2027-07-31"),
  },
  {
    ...upstream("1.34", "2025-08-27", "2026-10-27"),
    eks: eks("2026-12-02", "2027-12-02"),
    gke: gke("2026-10-01"),
    aks: aks("2026-11-30", "2027-11-30"),
  },
  {
    ...upstream("1.35", "2025-12-17", "2027-02-28"),
    eks: eks("2027-03-27", "2028-03-27"),
    gke: gke("2027-04-11"),
    aks: aks("2027-03-31", "2028-03-31"),
  },
  { ...upstream("1.36", "2026-04-22", "2027-06-28"), aks: aks("2027-06-30", "2028-06-30") },
];

export type Platform = "upstream" | "eks" | "gke" | "aks";

/**
 * Which support calendar a cluster follows: EKS and GKE say so in their version string
 * (v1.31.13-eks-…, v1.33.5-gke.…); AKS's is plain, but its nodes name Azure in spec.providerID.
 */
export function platformOf(version: string, nodes: readonly { cloud?: string | null }[] = []): Platform {
  if (/-eks-/.test(version)) return "eks";
  if (/-gke\./.test(version)) return "gke";
  if (nodes.some((node) => node.cloud === "azure")) return "aks";
  return "upstream";
}

export type SupportEnd = {
  date: string;
  kind: "upstream end of life" | "standard support" | "extended support";
  sources: string[];
};

/**
 * When support for this version ends on its platform: upstream's end of life, or the managed
 * service's standard (then extended) support. Null for a minor the table does not list.
 */
export function supportEndOf(minor: string, platform: Platform, today: string): SupportEnd | null {
  const release = KUBERNETES_RELEASES.find((entry) => entry.minor === minor);
  if (!release) return null;
  const provider = platform === "upstream" ? undefined : release[platform];
  if (!provider) return { date: release.endOfLife, kind: "upstream end of life", sources: release.sources };
  if (provider.standardEnd && provider.standardEnd >= today)
    return { date: provider.standardEnd, kind: "standard support", sources: provider.sources };
  if (provider.extendedEnd) return { date: provider.extendedEnd, kind: "extended support", sources: provider.sources };
  return provider.standardEnd
    ? { date: provider.standardEnd, kind: "standard support", sources: provider.sources }
    : null;
}

/** Whole days from `today` to `date` (negative once past). Both are calendar days (YYYY-MM-DD). */
export function daysUntil(date: string, today: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(today));
}
