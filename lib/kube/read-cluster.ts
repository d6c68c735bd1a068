import "server-only";
import { CoreV1Api, KubeConfig, Observable, VersionApi, type V1Node, type V1Pod } from "@kubernetes/client-node";
import { classifyFault, MalformedResponse } from "./faults";
import { controlPlaneMembers, toNodeInfo } from "./node-accessors";
import type { ClusterRead } from "./types";

export type ReadOptions = {
  /** For the whole read: version, every page of nodes, the control plane. */
  timeoutMs: number;
  /** Nodes per request; a 5,000-node cluster is read in pages, as kubectl does. */
  pageSize?: number;
};

const DEFAULT_PAGE_SIZE = 500;

/** Hands every request of one read the same abort signal, so a slow cluster cannot hold the read past its timeout. */
type RequestOptions = NonNullable<Parameters<CoreV1Api["listNode"]>[1]>;
type RequestMiddleware = NonNullable<RequestOptions["middleware"]>[number];

function withSignal(signal: AbortSignal): RequestOptions {
  const middleware: RequestMiddleware = {
    pre: (context) => {
      context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: (context) => new Observable(Promise.resolve(context)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: "append" };
}

function expectList<T>(value: { items?: T[] } | undefined, what: string): T[] {
  if (!value || !Array.isArray(value.items)) throw new MalformedResponse(`the ${what} list has no items`);
  return value.items;
}

/** Reads one cluster through its kubeconfig context: read-only, bounded in time, never throws. */
export async function readCluster(kubeConfig: KubeConfig, clusterName: string, options: ReadOptions): Promise<ClusterRead> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const requestOptions = withSignal(controller.signal);
  try {
    const core = kubeConfig.makeApiClient(CoreV1Api);
    const version = await kubeConfig.makeApiClient(VersionApi).getCode({}, requestOptions);
    if (typeof version?.gitVersion !== "string") throw new MalformedResponse("/version has no gitVersion");

    const nodes: V1Node[] = [];
    let next: string | undefined;
    do {
      const page = await core.listNode({ limit: options.pageSize ?? DEFAULT_PAGE_SIZE, _continue: next }, requestOptions);
      nodes.push(...expectList(page, "node"));
      next = page.metadata?._continue || undefined;
    } while (next);

    const pods: V1Pod[] = expectList(
      await core.listNamespacedPod({ namespace: "kube-system", labelSelector: "tier=control-plane" }, requestOptions),
      "kube-system pod",
    );
    const members = controlPlaneMembers(pods);
    return {
      ok: true,
      reading: {
        serverVersion: version.gitVersion,
        nodes: nodes.map(toNodeInfo),
        controlPlane: members.some((m) => m.component === "kube-apiserver") ? members : null,
      },
    };
  } catch (error) {
    return { ok: false, fault: classifyFault(controller.signal.aborted ? Object.assign(new Error("aborted"), { name: "AbortError" }) : error, { cluster: clusterName, timeoutMs: options.timeoutMs }) };
  } finally {
    clearTimeout(timer);
  }
}
