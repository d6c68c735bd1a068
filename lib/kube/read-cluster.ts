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
import { controlPlaneMembers, kubeProxyByNode } from "./pods";
import type { ClusterRead } from "./types";

export type ReadOptions = {
  /** For the whole read: version, every page of nodes, the control plane. */
  timeoutMs: number;
  /** Nodes per request; a 5,000-node cluster is read in pages, as kubectl does. */
  pageSize?: number;
};

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
    return {
      ok: true,
      reading: {
        serverVersion: version.gitVersion,
        nodes,
        kubeProxy: kubeProxyVersions.length > 0 ? "daemonset" : "absent",
        controlPlane: members.some((m) => m.component === "kube-apiserver") ? members : null,
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
