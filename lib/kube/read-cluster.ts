import "server-only";
import { Agent, request as httpsRequest, type RequestOptions as HttpsRequestOptions } from "node:https";
import type { TLSSocket } from "node:tls";
import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  Observable,
  VersionApi,
  type V1Node,
  type V1Pod,
} from "@kubernetes/client-node";
import { classifyFault, MalformedResponse } from "./faults";
import { toNodeInfo } from "./nodes";
import { toArgoApplicationInfo, toFluxHelmReleaseInfo, toHelmReleaseInfo, toWorkloadInfo } from "./workloads";
import { controlPlaneMembers, kubeProxyByNode } from "./pods";
import { addonCrds, parseDeprecatedRequests, removedUse, usageListsFor, type ObjectMeta } from "@/lib/apis/live";
import {
  sliceReadiness,
  toBudgetInfo,
  toCrdInfo,
  toWebhooks,
  unavailableApiService,
  unreadySystemPod,
} from "@/lib/preflight/read";
import type {
  ApiUse,
  ApiUsage,
  ClusterRead,
  CrdInfo,
  Discovery,
  HelmReleaseInfo,
  MissingPermission,
  Preflight,
} from "./types";

export type ReadOptions = {
  /** For the whole read: version, every page of nodes, the control plane. */
  timeoutMs: number;
  /** Nodes per request; a 5,000-node cluster is read in pages, as kubectl does. */
  pageSize?: number;
  /**
   * Also read what runs: workloads (in these namespaces, or all when null), Argo CD Applications,
   * Flux HelmReleases, and Helm's release Secrets when `helmSecrets` (off by default: it needs
   * Secret read access).
   */
  discovery?: DiscoveryOptions | null;
};

/** The lists discovery reads (the RBAC manifest grants exactly these; lib/kube/rbac.test.ts checks it). */
export const WORKLOAD_LISTS = [
  { kind: "Deployment", resource: "deployments" },
  { kind: "DaemonSet", resource: "daemonsets" },
  { kind: "StatefulSet", resource: "statefulsets" },
] as const;
export const APPLICATIONS = { group: "argoproj.io", version: "v1alpha1", resource: "applications" } as const;
export const HELM_RELEASES = { group: "helm.toolkit.fluxcd.io", version: "v2", resource: "helmreleases" } as const;

export type DiscoveryOptions = {
  namespaces: string[] | null;
  helmSecrets?: boolean;
  /**
   * The pre-upgrade checks' reads: removed-API usage (managedFields, CRD stored versions, /metrics)
   * and what a drain runs into (budgets, webhooks, aggregated APIs, kube-system). On unless false:
   * the benchmark weighs them apart.
   */
  checks?: boolean;
  /** The running campaign's starting version: objects written through what a hop since then removed are looked for too. */
  removalsSince?: string;
};

/** Helm's own release records, deployed revisions only: the one list that needs Secret access. */
export const HELM_SECRETS = { resource: "secrets", labelSelector: "owner=helm,status=deployed" } as const;

/**
 * Removed-API usage reads, beyond the lists `usageListsFor` derives from the catalog: namespaces
 * (their owner label), the CRDs (the add-ons' stored versions, and every conversion webhook for
 * the pre-upgrade checks) and the apiserver's /metrics.
 */
export const API_USAGE_READS = {
  namespaces: { resource: "namespaces", verb: "list" },
  crds: { group: "apiextensions.k8s.io", resource: "customresourcedefinitions", verb: "list" },
  metrics: { nonResourceURL: "/metrics", verb: "get" },
} as const;

/** The namespace label that names the team owning it. */
const ownerLabel = () => process.env.STEPWISE_OWNER_LABEL || "team";

/** A refusal (403) or an absent API (404) is an answer about that list, not a failed read. */
function statusOf(error: unknown): number | null {
  return error instanceof ApiException ? error.code : null;
}

const DEFAULT_PAGE_SIZE = 500;

type RequestOptions = NonNullable<Parameters<CoreV1Api["listNode"]>[1]>;
type RequestMiddleware = NonNullable<RequestOptions["middleware"]>[number];

/**
 * Every request of one read shares one abort signal, so a slow cluster cannot hold the read past
 * its timeout, and one keep-alive connection: client-node makes a fresh agent (a fresh TLS
 * handshake) per request, which dominates a scan of hundreds of clusters.
 */
function perRead(signal: AbortSignal): { options: RequestOptions; agentOf: () => Agent; close: () => void } {
  let agent: Agent | undefined;
  const middleware: RequestMiddleware = {
    pre: (context) => {
      context.setSignal(signal);
      const fresh = context.getAgent();
      if (fresh instanceof Agent) {
        agent ??= new Agent({ ...fresh.options, keepAlive: true, maxSockets: 1 });
        context.setAgent(agent);
      }
      return new Observable(Promise.resolve(context));
    },
    post: (context) => new Observable(Promise.resolve(context)),
  };
  return {
    options: { middleware: [middleware], middlewareMergeStrategy: "append" },
    // The first client-node request made the agent; the raw requests ride the same connection.
    agentOf: () => (agent ??= new Agent({ keepAlive: true, maxSockets: 1 })),
    close: () => agent?.destroy(),
  };
}

/**
 * GET one path over the read's keep-alive agent, with the kubeconfig's own credentials
 * (client-node applies token, exec plugin or client certificate). Used for the node pages, the
 * bulk of a scan: client-node's typed deserializer costs more CPU than the network.
 */
async function getText(
  kubeConfig: KubeConfig,
  agent: Agent,
  path: string,
  signal: AbortSignal,
  accept = "application/json",
  onServingCertificate?: (notAfter: string) => void,
): Promise<string> {
  const options: HttpsRequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(options);
  const server = kubeConfig.getCurrentCluster()?.server;
  if (!server) throw new MalformedResponse("the kubeconfig context has no server");
  const url = new URL(server.replace(/\/$/, "") + path);
  return new Promise((resolve, reject) => {
    const { ca, cert, key, pfx, passphrase, rejectUnauthorized } = options;
    const tls = { ca, cert, key, pfx, passphrase, ...(rejectUnauthorized === undefined ? {} : { rejectUnauthorized }) };
    const request = httpsRequest(
      url,
      { method: "GET", agent, ...tls, headers: { ...options.headers, accept }, signal },
      (response) => {
        // The apiserver's serving certificate, as the handshake presented it: when it expires.
        const notAfter = (response.socket as TLSSocket).getPeerCertificate?.()?.valid_to;
        if (notAfter && onServingCertificate) onServingCertificate(new Date(notAfter).toISOString());
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if ((response.statusCode ?? 0) >= 300)
            return reject(new ApiException(response.statusCode ?? 0, "request failed", text, {}));
          resolve(text);
        });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

function expectList<T>(value: { items?: T[] } | undefined, what: string): T[] {
  if (!value || !Array.isArray(value.items)) throw new MalformedResponse(`the ${what} list has no items`);
  return value.items;
}

type ListAll = <T, R>(
  path: string,
  what: string,
  keep: (page: T[]) => R[],
  selector?: Record<string, string>,
) => Promise<R[]>;

/**
 * What runs: every Deployment, DaemonSet and StatefulSet (cluster-wide, or per namespace), and
 * Argo CD's Applications where its CRD is served. A list the cluster refuses (403) is named with
 * the permission it needs and the rest still shows.
 */
async function discover(
  listAll: ListAll,
  fetchText: (path: string, accept?: string) => Promise<string>,
  serverVersion: string,
  { namespaces, helmSecrets: readSecrets, checks = true, removalsSince }: DiscoveryOptions,
  alreadyRead: Pick<Preflight, "servingCertificateNotAfter" | "unreadySystemPods">,
): Promise<Discovery> {
  const missing: MissingPermission[] = [];
  const tolerant = async <R>(resource: string, read: () => Promise<R>, absent: R): Promise<R> => {
    try {
      return await read();
    } catch (error) {
      const status = statusOf(error);
      if (status === 403) {
        missing.push({
          resource,
          permission: `list ${resource}${namespaces ? ` in ${namespaces.join(", ")}` : " (all namespaces)"}`,
        });
        return absent;
      }
      if (status === 404) return absent;
      throw error;
    }
  };
  const scopes = namespaces?.map((namespace) => `/namespaces/${encodeURIComponent(namespace)}`) ?? [""];
  /** A namespaced list, read cluster-wide or in each namespace discovery was given. */
  const inScopes = async <T, R>(
    pathIn: (scope: string) => string,
    what: string,
    keep: (page: T[]) => R[],
    selector?: Record<string, string>,
  ): Promise<R[]> => (await Promise.all(scopes.map((scope) => listAll(pathIn(scope), what, keep, selector)))).flat();
  const workloads = (
    await Promise.all(
      WORKLOAD_LISTS.map(({ kind, resource }) =>
        tolerant(
          `${resource}.apps`,
          () =>
            inScopes(
              (scope) => `/apis/apps/v1${scope}/${resource}`,
              resource,
              (page: Parameters<typeof toWorkloadInfo>[1][]) => page.map((raw) => toWorkloadInfo(kind, raw)),
            ),
          [],
        ),
      ),
    )
  ).flat();
  const applications = await tolerant(
    `${APPLICATIONS.resource}.${APPLICATIONS.group}`,
    () =>
      listAll(
        `/apis/${APPLICATIONS.group}/${APPLICATIONS.version}/${APPLICATIONS.resource}`,
        "application",
        (page: Parameters<typeof toArgoApplicationInfo>[0][]) => page.map(toArgoApplicationInfo),
      ),
    null,
  );
  const helmReleases = await tolerant(
    `${HELM_RELEASES.resource}.${HELM_RELEASES.group}`,
    () =>
      listAll(
        `/apis/${HELM_RELEASES.group}/${HELM_RELEASES.version}/${HELM_RELEASES.resource}`,
        "helmrelease",
        (page: Parameters<typeof toFluxHelmReleaseInfo>[0][]) => page.map(toFluxHelmReleaseInfo),
      ),
    null,
  );
  const helmSecrets = readSecrets
    ? await tolerant(
        HELM_SECRETS.resource,
        () =>
          inScopes(
            (scope) => `/api/v1${scope}/${HELM_SECRETS.resource}`,
            "secret",
            // A record that does not decode is skipped, not a failed read.
            (page: Parameters<typeof toHelmReleaseInfo>[0][]) =>
              page.map(toHelmReleaseInfo).filter((release): release is HelmReleaseInfo => release !== null),
            { labelSelector: HELM_SECRETS.labelSelector },
          ),
        null,
      )
    : null;
  const crds = checks ? await readCrds(listAll, missing) : [];
  const apiUsage = checks ? await readApiUsage(listAll, fetchText, serverVersion, removalsSince, crds, missing) : null;
  const preflight = checks
    ? await readPreflight(listAll, missing, crds, {
        ...alreadyRead,
        // The workload lists just read say how kube-system's Deployments and DaemonSets stand: no pod list needed.
        unreadySystemWorkloads:
          namespaces && !namespaces.includes("kube-system")
            ? null
            : workloads
                .filter((workload) => workload.namespace === "kube-system" && workload.ready < workload.desired)
                .map(({ kind, name, ready, desired }) => ({ kind, name, ready, desired })),
      })
    : null;
  return { workloads, applications, helmReleases, helmSecrets, apiUsage, preflight, missing };
}

/** The catalog's add-on CRDs, by name ("externalsecrets.external-secrets.io"): whose stored versions matter. */
const ADDON_CRDS = new Set(addonCrds().map((crd) => crd.name));

/**
 * Every CRD in one paged list, each kept only as what the checks use (their schemas are most of
 * their size) and only when it matters: an add-on of the catalog (its stored versions) or one
 * converted by a webhook. A refused list is named; the checks then see none.
 */
async function readCrds(listAll: ListAll, missing: MissingPermission[]): Promise<CrdInfo[]> {
  const { group, resource, verb } = API_USAGE_READS.crds;
  try {
    return await listAll(
      `/apis/${group}/v1/${resource}`,
      "customresourcedefinition",
      (page: RawOf<typeof toCrdInfo>[]) =>
        page.map(toCrdInfo).filter((crd) => crd.conversionService !== null || ADDON_CRDS.has(crd.name)),
    );
  } catch (error) {
    const status = statusOf(error);
    if (status !== 403) throw error;
    missing.push({ resource: `${resource}.${group}`, permission: `${verb} ${resource}.${group}` });
    return [];
  }
}

/** The lists the pre-upgrade checks read (the RBAC manifest grants exactly these). */
export const PREFLIGHT_LISTS = {
  budgets: { group: "policy", version: "v1", resource: "poddisruptionbudgets" },
  validating: { group: "admissionregistration.k8s.io", version: "v1", resource: "validatingwebhookconfigurations" },
  mutating: { group: "admissionregistration.k8s.io", version: "v1", resource: "mutatingwebhookconfigurations" },
  endpointSlices: { group: "discovery.k8s.io", version: "v1", resource: "endpointslices" },
  apiServices: { group: "apiregistration.k8s.io", version: "v1", resource: "apiservices" },
} as const;

const pathOf = ({ group, version, resource }: { group: string; version: string; resource: string }, scope = "") =>
  `/apis/${group}/${version}${scope}/${resource}`;

/**
 * What the next hop's drains and restarts run into: PodDisruptionBudgets, admission webhooks (and
 * whether a fail-closed one's service has a ready endpoint), aggregated APIs, kube-system pods. A
 * refused list is named; the rest still reads.
 */
async function readPreflight(
  listAll: ListAll,
  missing: MissingPermission[],
  crds: CrdInfo[],
  alreadyRead: Pick<Preflight, "servingCertificateNotAfter" | "unreadySystemPods" | "unreadySystemWorkloads">,
): Promise<Preflight> {
  const tolerant = async <R>(list: { group: string; resource: string }, read: () => Promise<R[]>): Promise<R[]> => {
    try {
      return await read();
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return [];
      if (status !== 403) throw error;
      const resource = `${list.resource}.${list.group}`;
      if (!missing.some((entry) => entry.resource === resource))
        missing.push({ resource, permission: `list ${resource} (all namespaces)` });
      return [];
    }
  };
  const { budgets: budgetList, validating, mutating, endpointSlices, apiServices } = PREFLIGHT_LISTS;
  const [budgets, validatingHooks, mutatingHooks, unavailableApiServices] = await Promise.all([
    tolerant(budgetList, () =>
      listAll(pathOf(budgetList), "poddisruptionbudget", (page: RawOf<typeof toBudgetInfo>[]) =>
        page.map(toBudgetInfo),
      ),
    ),
    tolerant(validating, () =>
      listAll(pathOf(validating), "webhook configuration", (page: RawOf<typeof toWebhooks, 1>[]) =>
        page.flatMap((raw) => toWebhooks("ValidatingWebhookConfiguration", raw)),
      ),
    ),
    tolerant(mutating, () =>
      listAll(pathOf(mutating), "webhook configuration", (page: RawOf<typeof toWebhooks, 1>[]) =>
        page.flatMap((raw) => toWebhooks("MutatingWebhookConfiguration", raw)),
      ),
    ),
    tolerant(apiServices, () =>
      listAll(pathOf(apiServices), "apiservice", (page: RawOf<typeof unavailableApiService>[]) =>
        page.flatMap((raw) => unavailableApiService(raw) ?? []),
      ),
    ),
  ]);
  // Only a fail-closed webhook's service matters to a hop, and every conversion webhook's (a
  // conversion has no failure policy): asked once per service.
  const services = [
    ...new Set([
      ...[...validatingHooks, ...mutatingHooks]
        .filter((hook) => hook.failurePolicy === "Fail")
        .flatMap((hook) => hook.service ?? []),
      ...crds.flatMap((crd) => crd.conversionService ?? []),
    ]),
  ];
  // One cluster-wide list for every such service (a set-based selector), not one per service.
  const slices =
    services.length === 0
      ? []
      : await tolerant(endpointSlices, () =>
          listAll(
            pathOf(endpointSlices),
            "endpointslice",
            (page: RawOf<typeof sliceReadiness>[]) => page.map(sliceReadiness),
            {
              labelSelector: `kubernetes.io/service-name in (${[...new Set(services.map((service) => service.split("/")[1]))].join(",")})`,
            },
          ),
        );
  const ready = new Map(services.map((service) => [service, 0]));
  for (const slice of slices)
    if (slice.service && ready.has(slice.service)) ready.set(slice.service, ready.get(slice.service)! + slice.ready);
  const webhooks = [...validatingHooks, ...mutatingHooks].map((hook) => ({
    ...hook,
    readyEndpoints: hook.service && ready.has(hook.service) ? ready.get(hook.service)! : null,
  }));
  const conversionWebhooks = crds.flatMap((crd) =>
    crd.conversionService
      ? [{ crd: crd.name, service: crd.conversionService, readyEndpoints: ready.get(crd.conversionService) ?? null }]
      : [],
  );
  return {
    budgets,
    webhooks,
    conversionWebhooks,
    unavailableApiServices,
    ...alreadyRead,
  };
}

/** The pods of a page that are not Ready. */
const unreadyOf = (pods: RawOf<typeof unreadySystemPod>[]) => pods.flatMap((pod) => unreadySystemPod(pod) ?? []);

/** The raw object type a reader takes (its `index`th parameter). */
type RawOf<F extends (...args: never[]) => unknown, I extends number = 0> = Parameters<F>[I];

/**
 * Objects still written through a version the catalog lists as removed (each kind read once,
 * reduced page by page to the offenders), the add-ons' CRDs' stored versions, and the apiserver's
 * own count of deprecated requests. A refusal is named; /metrics refused is said, not missing.
 */
async function readApiUsage(
  listAll: ListAll,
  fetchText: (path: string, accept?: string) => Promise<string>,
  serverVersion: string,
  removalsSince: string | undefined,
  crds: CrdInfo[],
  missing: MissingPermission[],
): Promise<ApiUsage> {
  // Which group versions this cluster serves (one request): a kind whose group is not installed costs nothing.
  const groups = JSON.parse(await fetchText("/apis")) as {
    groups?: { name?: string; versions?: { groupVersion?: string }[] }[];
  };
  const served = new Set([
    "v1",
    ...(groups.groups ?? []).flatMap((group) => (group.versions ?? []).map((v) => v.groupVersion ?? "")),
  ]);
  const isServed = (path: string) =>
    served.has(path.startsWith("/apis/") ? path.split("/").slice(2, 4).join("/") : "v1");
  const refused = (resource: string, verb: string) => {
    if (!missing.some((entry) => entry.resource === resource))
      missing.push({ resource, permission: `${verb} ${resource}` });
  };
  const found = await Promise.all(
    usageListsFor(serverVersion, removalsSince).map(async (list) => {
      for (const path of list.paths.filter(isServed)) {
        try {
          return await listAll(path, list.resource, (page: { metadata?: ObjectMeta }[]) =>
            page.flatMap((raw) => removedUse(list.kind, raw.metadata, list.removed) ?? []),
          );
        } catch (error) {
          const status = statusOf(error);
          if (status === 404) continue;
          if (status !== 403) throw error;
          refused(`${list.resource}${path.startsWith("/apis/") ? `.${path.split("/")[2]}` : ""}`, "list");
          return [];
        }
      }
      return [];
    }),
  );
  const uses = found.flat();
  const owners = new Map<string, string>();
  if (uses.some((use) => use.namespace)) {
    try {
      const label = ownerLabel();
      const pairs = await listAll(
        `/api/v1/${API_USAGE_READS.namespaces.resource}`,
        "namespace",
        (page: { metadata?: { name?: string; labels?: Record<string, string> } }[]) =>
          page.flatMap(({ metadata }) =>
            metadata?.name && metadata.labels?.[label] ? [[metadata.name, metadata.labels[label]] as const] : [],
          ),
      );
      for (const [name, owner] of pairs) owners.set(name, owner);
    } catch (error) {
      if (statusOf(error) !== 403) throw error;
      refused(API_USAGE_READS.namespaces.resource, API_USAGE_READS.namespaces.verb);
    }
  }
  const objects: ApiUse[] = uses.map((use) => ({
    ...use,
    owner: (use.namespace && owners.get(use.namespace)) ?? null,
  }));
  const addonStorage = crds
    .filter((crd) => ADDON_CRDS.has(crd.name))
    .map(({ name, group, storedVersions }) => ({ name, group, storedVersions }));
  let requested: ApiUsage["requested"];
  try {
    requested = {
      state: "read",
      requests: parseDeprecatedRequests(await fetchText(API_USAGE_READS.metrics.nonResourceURL, "text/plain")),
    };
  } catch (error) {
    if (statusOf(error) !== 403 && statusOf(error) !== 404) throw error;
    requested = { state: "forbidden" };
  }
  return { objects, crds: addonStorage, requested };
}

/** Reads one cluster through its kubeconfig context: read-only, bounded in time, never throws. */
export async function readCluster(
  kubeConfig: KubeConfig,
  clusterName: string,
  options: ReadOptions,
): Promise<ClusterRead> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const { options: requestOptions, agentOf, close } = perRead(controller.signal);
  try {
    const core = kubeConfig.makeApiClient(CoreV1Api);
    const version = await kubeConfig.makeApiClient(VersionApi).getCode({}, requestOptions);
    if (typeof version?.gitVersion !== "string") throw new MalformedResponse("/version has no gitVersion");

    const pageSize = String(options.pageSize ?? DEFAULT_PAGE_SIZE);
    let servingCertificateNotAfter: string | null = null;
    const sawCertificate = (notAfter: string) => void (servingCertificateNotAfter ??= notAfter);
    /**
     * Every page of a list, as kubectl reads it (limit, then continue until there is none), each
     * page kept only as what `keep` takes of it: a 5,000-node cluster's objects never sit in memory.
     */
    const listAll = async <T, R>(
      path: string,
      what: string,
      keep: (page: T[]) => R[],
      selector: Record<string, string> = {},
    ): Promise<R[]> => {
      const kept: R[] = [];
      let next: string | undefined;
      do {
        const query = new URLSearchParams({ ...selector, limit: pageSize, ...(next ? { continue: next } : {}) });
        const page = JSON.parse(
          await getText(kubeConfig, agentOf(), `${path}?${query}`, controller.signal, undefined, sawCertificate),
        ) as {
          items?: T[];
          metadata?: { continue?: string };
        };
        kept.push(...keep(expectList(page, what)));
        next = page.metadata?.continue || undefined;
      } while (next);
      return kept;
    };
    // Since 1.31 the kubelet no longer reports kube-proxy's version (KEP-4004): its DaemonSet's pods do.
    // Each page kept as versions and the pods not Ready (the pre-upgrade checks' kube-system view).
    const kubeProxyPages = await listAll(
      "/api/v1/namespaces/kube-system/pods",
      "kube-proxy pod",
      (pods: V1Pod[]) => [{ versions: [...kubeProxyByNode(pods)], unready: unreadyOf(pods) }],
      { labelSelector: "k8s-app=kube-proxy" },
    );
    const kubeProxyVersions = kubeProxyPages.flatMap((page) => page.versions);
    const kubeProxy = new Map(kubeProxyVersions);
    const nodes = await listAll("/api/v1/nodes", "node", (page: V1Node[]) =>
      page.map((node) => toNodeInfo(node, kubeProxy)),
    );

    const pods: V1Pod[] = expectList(
      await core.listNamespacedPod({ namespace: "kube-system", labelSelector: "tier=control-plane" }, requestOptions),
      "kube-system pod",
    );
    const members = controlPlaneMembers(pods);
    const fetchText = (path: string, accept?: string) =>
      getText(kubeConfig, agentOf(), path, controller.signal, accept);
    const discovery = options.discovery
      ? await discover(listAll, fetchText, version.gitVersion, options.discovery, {
          servingCertificateNotAfter,
          unreadySystemPods: [...kubeProxyPages.flatMap((page) => page.unready), ...unreadyOf(pods)],
        })
      : null;
    return {
      ok: true,
      reading: {
        serverVersion: version.gitVersion,
        nodes,
        kubeProxy: kubeProxyVersions.length > 0 ? "daemonset" : "absent",
        controlPlane: members.some((m) => m.component === "kube-apiserver") ? members : null,
        discovery,
      },
    };
  } catch (error) {
    return {
      ok: false,
      fault: classifyFault(
        controller.signal.aborted ? Object.assign(new Error("aborted"), { name: "AbortError" }) : error,
        { cluster: clusterName, timeoutMs: options.timeoutMs },
      ),
    };
  } finally {
    clearTimeout(timer);
    close();
  }
}
