import "server-only";
import { Agent, request as httpsRequest, type RequestOptions as HttpsRequestOptions } from "node:https";
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
import type { ClusterRead, Discovery, HelmReleaseInfo, MissingPermission } from "./types";

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

export type DiscoveryOptions = { namespaces: string[] | null; helmSecrets?: boolean };

/** Helm's own release records, deployed revisions only: the one list that needs Secret access. */
export const HELM_SECRETS = { resource: "secrets", labelSelector: "owner=helm,status=deployed" } as const;

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
 * GET one path as plain JSON over the read's keep-alive agent, with the kubeconfig's own
 * credentials (client-node applies token, exec plugin or client certificate). Used for the node
 * pages, the bulk of a scan: client-node's typed deserializer costs more CPU than the network.
 */
async function getJson(kubeConfig: KubeConfig, agent: Agent, path: string, signal: AbortSignal): Promise<unknown> {
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
      { method: "GET", agent, ...tls, headers: { ...options.headers, accept: "application/json" }, signal },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if ((response.statusCode ?? 0) >= 300)
            return reject(new ApiException(response.statusCode ?? 0, "request failed", text, {}));
          try {
            resolve(JSON.parse(text));
          } catch (error) {
            reject(error);
          }
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
  { namespaces, helmSecrets: readSecrets }: DiscoveryOptions,
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
  return { workloads, applications, helmReleases, helmSecrets, missing };
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
        const page = (await getJson(kubeConfig, agentOf(), `${path}?${query}`, controller.signal)) as {
          items?: T[];
          metadata?: { continue?: string };
        };
        kept.push(...keep(expectList(page, what)));
        next = page.metadata?.continue || undefined;
      } while (next);
      return kept;
    };
    // Since 1.31 the kubelet no longer reports kube-proxy's version (KEP-4004): its DaemonSet's pods do.
    const kubeProxyVersions = await listAll(
      "/api/v1/namespaces/kube-system/pods",
      "kube-proxy pod",
      (pods: V1Pod[]) => [...kubeProxyByNode(pods)],
      { labelSelector: "k8s-app=kube-proxy" },
    );
    const kubeProxy = new Map(kubeProxyVersions);
    const nodes = await listAll("/api/v1/nodes", "node", (page: V1Node[]) =>
      page.map((node) => toNodeInfo(node, kubeProxy)),
    );

    const pods: V1Pod[] = expectList(
      await core.listNamespacedPod({ namespace: "kube-system", labelSelector: "tier=control-plane" }, requestOptions),
      "kube-system pod",
    );
    const members = controlPlaneMembers(pods);
    const discovery = options.discovery ? await discover(listAll, options.discovery) : null;
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
