import { gunzipSync } from "node:zlib";
import type {
  ArgoApplicationInfo,
  FluxHelmReleaseInfo,
  HelmReleaseInfo,
  ImageRef,
  WorkloadInfo,
  WorkloadKind,
} from "./types";

/*
 * What discovery reads off workloads and Argo CD Applications, from their raw JSON. Tolerant like
 * ./nodes: a field a cluster leaves out reads as empty, never throws.
 */

/**
 * "quay.io/jetstack/cert-manager-controller:v1.15.3@sha256:…" -> repository, tag, digest. A port
 * in the registry ("registry.local:5000/app") is not a tag; Docker Hub's short names gain no prefix.
 */
export function parseImage(image: string): ImageRef {
  const [withoutDigest = "", digest = null] = image.split("@");
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return {
    repository: colon === -1 ? withoutDigest : withoutDigest.slice(0, colon),
    tag: colon === -1 ? null : withoutDigest.slice(colon + 1),
    digest,
  };
}

type RawContainer = { image?: unknown };
type RawWorkload = {
  metadata?: { name?: unknown; namespace?: unknown; labels?: Record<string, unknown> };
  spec?: {
    replicas?: unknown;
    template?: { spec?: { containers?: RawContainer[]; initContainers?: RawContainer[] } };
  };
  status?: { readyReplicas?: unknown; desiredNumberScheduled?: unknown; numberReady?: unknown };
};

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
/** A count the API leaves out when it is zero (readyReplicas) or defaults (replicas: 1). */
const countOf = (value: unknown, absent: number): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : absent;

export function toWorkloadInfo(kind: WorkloadKind, raw: RawWorkload): WorkloadInfo {
  const labels = raw.metadata?.labels ?? {};
  const pod = raw.spec?.template?.spec;
  const images = [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]
    .map((container) => text(container.image))
    .filter((image): image is string => image !== null)
    .map(parseImage);
  return {
    kind,
    namespace: text(raw.metadata?.namespace) ?? "default",
    name: text(raw.metadata?.name) ?? "(unnamed)",
    images,
    appName: text(labels["app.kubernetes.io/name"]),
    appVersion: text(labels["app.kubernetes.io/version"]),
    chart: text(labels["helm.sh/chart"]),
    ...(kind === "DaemonSet"
      ? { desired: countOf(raw.status?.desiredNumberScheduled, 0), ready: countOf(raw.status?.numberReady, 0) }
      : { desired: countOf(raw.spec?.replicas, 1), ready: countOf(raw.status?.readyReplicas, 0) }),
  };
}

type RawSource = { repoURL?: unknown; chart?: unknown; path?: unknown; targetRevision?: unknown };
type RawApplication = {
  metadata?: { name?: unknown; namespace?: unknown };
  spec?: { source?: RawSource; sources?: RawSource[] };
  status?: { summary?: { images?: unknown[] }; sync?: { status?: unknown }; health?: { status?: unknown } };
};

/** An Application with one source, or the first of several (`spec.sources`, Argo CD 2.6+). */
export function toArgoApplicationInfo(raw: RawApplication): ArgoApplicationInfo {
  const source = raw.spec?.source ?? raw.spec?.sources?.[0] ?? {};
  return {
    namespace: text(raw.metadata?.namespace) ?? "argocd",
    name: text(raw.metadata?.name) ?? "(unnamed)",
    repoURL: text(source.repoURL) ?? "",
    chart: text(source.chart),
    path: text(source.path),
    targetRevision: text(source.targetRevision) ?? "HEAD",
    images: (raw.status?.summary?.images ?? [])
      .map(text)
      .filter((image): image is string => image !== null)
      .map(parseImage),
    sync: text(raw.status?.sync?.status) ?? "Unknown",
    health: text(raw.status?.health?.status) ?? "Unknown",
  };
}

type RawHelmRelease = {
  metadata?: { name?: unknown; namespace?: unknown };
  spec?: { chart?: { spec?: { chart?: unknown; version?: unknown } } };
  status?: {
    lastAttemptedRevision?: unknown;
    history?: { chartVersion?: unknown }[];
    conditions?: { type?: unknown; status?: unknown }[];
  };
};

/** A Flux HelmRelease (helm.toolkit.fluxcd.io/v2): chart and applied version, Ready or not. */
export function toFluxHelmReleaseInfo(raw: RawHelmRelease): FluxHelmReleaseInfo {
  const chart = raw.spec?.chart?.spec;
  const ready = raw.status?.conditions?.find((condition) => condition.type === "Ready");
  return {
    namespace: text(raw.metadata?.namespace) ?? "flux-system",
    name: text(raw.metadata?.name) ?? "(unnamed)",
    chart: text(chart?.chart) ?? "",
    version:
      text(raw.status?.history?.[0]?.chartVersion) ??
      text(raw.status?.lastAttemptedRevision) ??
      text(chart?.version) ??
      "*",
    ready: ready?.status === "True" ? "Ready" : ready ? "Not ready" : "Unknown",
  };
}

type RawSecret = { metadata?: { namespace?: unknown; labels?: Record<string, unknown> }; data?: { release?: unknown } };

/**
 * Helm's record of a release (a Secret of type helm.sh/release.v1): the Secret's base64 holds
 * Helm's own base64 of a gzipped JSON release. Only the chart's name and versions are kept; a
 * record that does not decode is skipped, not a failed read.
 */
export function toHelmReleaseInfo(raw: RawSecret): HelmReleaseInfo | null {
  const encoded = text(raw.data?.release);
  if (!encoded) return null;
  try {
    const helmEncoded = Buffer.from(encoded, "base64").toString("utf8");
    const packed = Buffer.from(helmEncoded, "base64");
    // Helm gzips releases (magic 1f 8b); very old ones were plain JSON.
    const json =
      packed[0] === 0x1f && packed[1] === 0x8b ? gunzipSync(packed).toString("utf8") : packed.toString("utf8");
    const release = JSON.parse(json) as {
      name?: unknown;
      namespace?: unknown;
      version?: unknown;
      chart?: { metadata?: { name?: unknown; version?: unknown; appVersion?: unknown } };
    };
    const chart = release.chart?.metadata;
    if (!text(chart?.name) || !text(chart?.version)) return null;
    return {
      namespace: text(release.namespace) ?? text(raw.metadata?.namespace) ?? "default",
      name: text(release.name) ?? text(raw.metadata?.labels?.name) ?? "(unnamed)",
      chart: text(chart?.name)!,
      chartVersion: text(chart?.version)!,
      appVersion: text(chart?.appVersion),
      revision: typeof release.version === "number" ? release.version : 0,
    };
  } catch {
    return null;
  }
}
