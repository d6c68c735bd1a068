import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createTlsMaterial, type TlsMaterial } from "./certificates";
import type { SimWorkload } from "./platform-software";
import { advanceRollout, type SimCluster } from "./fleet-model";
import {
  apiObject,
  apiObjectList,
  apiObjectTable,
  APIEXTENSIONS_RESOURCES,
  crdObject,
  crdsOf,
  crdTable,
  metricsText,
  namespaceList,
  servedVersions,
} from "./api-usage-objects";
import {
  apiServiceObject,
  budgetObject,
  budgetTable,
  endpointSliceObjects,
  servicesOf,
  webhookConfigurationObjects,
} from "./preflight-objects";
import { kubeSystemPods, listOf, nodeObject, nodeTable, podObject, podTable, statusError } from "./kube-objects";
import {
  APPS_RESOURCES,
  ARGO_RESOURCES,
  FLUX_RESOURCES,
  fluxReleaseObject,
  fluxReleaseTable,
  helmReleaseSecrets,
  apiGroups,
  argoAppObject,
  argoAppTable,
  WORKLOAD_RESOURCES,
  workloadObject,
  workloadsOf,
  workloadTable,
  type WorkloadResource,
} from "./workload-objects";

/*
 * A small HTTPS server that speaks the part of the Kubernetes API Stepwise (and `kubectl get`)
 * reads, for many simulated clusters at once: each cluster lives under /clusters/<name>, has its
 * own bearer token, and can be told to misbehave (slow, malformed, 401, 403). Besides nodes and
 * kube-system's pods it serves workloads (apps/v1) and, where installed, Argo CD Applications.
 */

export type SimulatedApiServer = {
  /** https://127.0.0.1:<port> */
  url: string;
  ca: string;
  clusters: SimCluster[];
  serverUrlOf(cluster: string): string;
  /** A kubeconfig (YAML-compatible JSON) with one context per cluster, named after it. */
  kubeconfig(options?: { clusters?: string[] }): string;
  /** Advances every rolling cluster by one operator step. */
  tick(): void;
  /** Puts every cluster back as `fresh` has it (same names and tokens), so a finished rollout plays again. */
  replay(fresh: SimCluster[]): void;
  /** How many requests it has answered: tests count what a read cost. */
  requestCount(): number;
  close(): Promise<void>;
};

const API_RESOURCES = {
  kind: "APIResourceList",
  groupVersion: "v1",
  resources: [
    {
      name: "namespaces",
      singularName: "namespace",
      namespaced: false,
      kind: "Namespace",
      verbs: ["get", "list"],
      shortNames: ["ns"],
    },
    {
      name: "nodes",
      singularName: "node",
      namespaced: false,
      kind: "Node",
      verbs: ["get", "list"],
      shortNames: ["no"],
    },
    {
      name: "pods",
      singularName: "pod",
      namespaced: true,
      kind: "Pod",
      verbs: ["get", "list"],
      shortNames: ["po"],
      categories: ["all"],
    },
  ],
};

function send(response: ServerResponse, code: number, body: unknown, contentType = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(code, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** Opaque to clients, like the real one: base64 of the offset. */
const continueToken = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString("base64url");

function offsetOf(token: string | null): number | null {
  if (!token) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, "base64url").toString()) as { offset: unknown };
    return typeof offset === "number" && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

type Page<T> = { items: T[]; offset: number; next?: string; remaining?: number };

function page<T>(items: T[], url: URL): Page<T> | null {
  const offset = offsetOf(url.searchParams.get("continue"));
  if (offset === null) return null;
  const limit = Number(url.searchParams.get("limit") ?? 0);
  if (!Number.isInteger(limit) || limit <= 0) return { items: items.slice(offset), offset };
  const end = offset + limit;
  return end < items.length
    ? { items: items.slice(offset, end), offset, next: continueToken(end), remaining: items.length - end }
    : { items: items.slice(offset), offset };
}

const wantsTable = (request: IncomingMessage) => /as=Table/.test(request.headers.accept ?? "");

/** Serialised nodes per cluster revision: like an apiserver's watch cache, a list costs a join, not a re-encode. */
const serialisedNodes = new WeakMap<SimCluster, { revision: number; items: string[] }>();

function nodeListJson(cluster: SimCluster, page: Page<SimCluster["nodes"][number]>): string {
  let cached = serialisedNodes.get(cluster);
  if (!cached || cached.revision !== cluster.revision) {
    cached = {
      revision: cluster.revision,
      items: cluster.nodes.map((node) => JSON.stringify(nodeObject(cluster, node))),
    };
    serialisedNodes.set(cluster, cached);
  }
  const envelope = JSON.stringify(listOf("NodeList", [], { continueToken: page.next, remaining: page.remaining }));
  return `${envelope.slice(0, -3)}[${cached.items.slice(page.offset, page.offset + page.items.length).join(",")}]}`;
}

/**
 * Each workload serialised once per cluster revision, like an apiserver's watch cache: the
 * benchmark measures Stepwise's read, not this simulator rebuilding 90,000 objects per scan.
 */
const serialisedWorkloads = new WeakMap<SimCluster, { revision: number; json: Map<string, unknown> }>();
function serialisedWorkload(cluster: SimCluster, workload: SimWorkload): unknown {
  let cached = serialisedWorkloads.get(cluster);
  if (!cached || cached.revision !== cluster.revision) {
    cached = { revision: cluster.revision, json: new Map() };
    serialisedWorkloads.set(cluster, cached);
  }
  const key = `${workload.kind}/${workload.namespace}/${workload.name}`;
  let object = cached.json.get(key);
  if (!object) cached.json.set(key, (object = workloadObject(cluster, workload)));
  return object;
}

/** The apiserver's 403 for a list the reader's role does not grant, worded as RBAC words it. */
function forbiddenList(response: ServerResponse, resource: string, group: string, namespace?: string) {
  const qualified = group ? `${resource}.${group}` : resource;
  const scope = namespace ? `in the namespace "${namespace}"` : "at the cluster scope";
  return send(
    response,
    403,
    statusError(
      403,
      "Forbidden",
      `${qualified} is forbidden: User "system:serviceaccount:stepwise:reader" cannot list resource "${resource}" in API group "${group}" ${scope}`,
    ),
  );
}

/** A paged list as JSON, or as the Table kubectl asks for. */
function sendList<T>(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  items: T[],
  render: {
    table: (items: T[], next?: string) => unknown;
    object: (item: T) => unknown;
    kind: string;
    apiVersion: string;
  },
) {
  const paged = page(items, url);
  if (!paged) return send(response, 410, statusError(410, "Expired", "The provided continue parameter is too old."));
  if (wantsTable(request)) return send(response, 200, render.table(paged.items, paged.next));
  return send(
    response,
    200,
    listOf(
      render.kind,
      paged.items.map(render.object),
      { continueToken: paged.next, remaining: paged.remaining },
      render.apiVersion,
    ),
  );
}

const FORBIDDEN_METRICS = 'forbidden: User "system:serviceaccount:stepwise:reader" cannot get path "/metrics"';

/**
 * What the removed-API checks read: flowcontrol and External Secrets objects through any served
 * version (404 for one the cluster does not serve), the add-ons' CRDs, namespaces with their
 * team labels, and /metrics (refused on a managed control plane). False: not one of these.
 */
function usageRoute(
  cluster: SimCluster,
  apiserver: string,
  rest: string,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const usage = cluster.apiUsage;
  const answer = (code: number, body: unknown, contentType?: string) => {
    send(response, code, body, contentType);
    return true;
  };
  if (rest === "/metrics")
    return cluster.managed
      ? answer(403, statusError(403, "Forbidden", FORBIDDEN_METRICS))
      : answer(200, metricsText(usage), "text/plain; version=0.0.4; charset=utf-8");
  if (rest === "/api/v1/namespaces") return answer(200, namespaceList(usage));
  if (rest === "/apis/apiextensions.k8s.io/v1") return answer(200, APIEXTENSIONS_RESOURCES);
  const crds = crdsOf(usage, { argo: cluster.argoApps !== null, flux: cluster.fluxReleases !== null });
  if (rest === "/apis/apiextensions.k8s.io/v1/customresourcedefinitions") {
    sendList(request, response, url, crds, {
      table: crdTable,
      object: crdObject,
      kind: "CustomResourceDefinitionList",
      apiVersion: "apiextensions.k8s.io/v1",
    });
    return true;
  }
  const crd = /^\/apis\/apiextensions\.k8s\.io\/v1\/customresourcedefinitions\/([^/]+)$/.exec(rest);
  if (crd) {
    const found = crds.find((candidate) => `${candidate.resource}.${candidate.group}` === crd[1]);
    return found
      ? answer(200, crdObject(found))
      : answer(
          404,
          statusError(404, "NotFound", `customresourcedefinitions.apiextensions.k8s.io "${crd[1]}" not found`),
        );
  }
  const groupVersion = /^\/apis\/([^/]+)\/([^/]+)$/.exec(rest);
  if (groupVersion && servedVersions(usage, groupVersion[1]!, apiserver)?.includes(groupVersion[2]!))
    return answer(200, usageResources(usage, groupVersion[1]!, groupVersion[2]!));
  const list = /^\/apis\/([^/]+)\/([^/]+)(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?$/.exec(rest);
  if (!list) return false;
  const [group, version, resource] = [list[1]!, list[2]!, list[4]!];
  const [namespace, name] = [list[3], list[5]];
  const served = servedVersions(usage, group, apiserver);
  if (!served) return false;
  const objects = usage.objects.filter(
    (object) =>
      object.group === group &&
      object.resource === resource &&
      (!namespace || object.namespace === decodeURIComponent(namespace)) &&
      (!name || object.name === decodeURIComponent(name)),
  );
  if (
    !served.includes(version) ||
    (name && objects.length === 0) ||
    !usage.objects.some((o) => o.group === group && o.resource === resource)
  )
    return answer(404, statusError(404, "NotFound", "the server could not find the requested resource"));
  const kind = usage.objects.find((object) => object.resource === resource)!.kind;
  if (name)
    return answer(200, wantsTable(request) ? apiObjectTable(objects, version) : apiObject(objects[0]!, version));
  const paged = page(objects, url);
  if (!paged) return answer(410, statusError(410, "Expired", "The provided continue parameter is too old."));
  if (wantsTable(request)) return answer(200, apiObjectTable(paged.items, version));
  return answer(200, apiObjectList(paged.items, kind, version, group));
}

const resourceList = (groupVersion: string, resources: [string, string, boolean, string[]?][]) => ({
  kind: "APIResourceList",
  apiVersion: "v1",
  groupVersion,
  resources: resources.map(([name, kind, namespaced, shortNames]) => ({
    name,
    singularName: kind.toLowerCase(),
    namespaced,
    kind,
    verbs: ["get", "list", "watch"],
    ...(shortNames ? { shortNames } : {}),
  })),
});

/**
 * What the pre-upgrade checks read: budgets, webhook configurations, the EndpointSlices of a
 * service (by the kubernetes.io/service-name label), APIServices. False: not one of these.
 */
function preflightRoute(
  cluster: SimCluster,
  rest: string,
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const { budgets, webhooks, apiServices } = cluster.preflight;
  const answer = (body: unknown) => {
    send(response, 200, body);
    return true;
  };
  if (rest === "/apis/policy/v1")
    return answer(resourceList("policy/v1", [["poddisruptionbudgets", "PodDisruptionBudget", true, ["pdb"]]]));
  if (rest === "/apis/admissionregistration.k8s.io/v1")
    return answer(
      resourceList("admissionregistration.k8s.io/v1", [
        ["validatingwebhookconfigurations", "ValidatingWebhookConfiguration", false],
        ["mutatingwebhookconfigurations", "MutatingWebhookConfiguration", false],
      ]),
    );
  if (rest === "/apis/discovery.k8s.io/v1")
    return answer(resourceList("discovery.k8s.io/v1", [["endpointslices", "EndpointSlice", true]]));
  if (rest === "/apis/apiregistration.k8s.io/v1")
    return answer(resourceList("apiregistration.k8s.io/v1", [["apiservices", "APIService", false]]));
  const budgetList = /^\/apis\/policy\/v1(?:\/namespaces\/([^/]+))?\/poddisruptionbudgets$/.exec(rest);
  if (budgetList) {
    const chosen = budgets.filter((budget) => !budgetList[1] || budget.namespace === decodeURIComponent(budgetList[1]));
    return answer(
      wantsTable(request)
        ? budgetTable(chosen)
        : listOf("PodDisruptionBudgetList", chosen.map(budgetObject), {}, "policy/v1"),
    );
  }
  const webhookList =
    /^\/apis\/admissionregistration\.k8s\.io\/v1\/(validating|mutating)webhookconfigurations(?:\/([^/]+))?$/.exec(rest);
  if (webhookList) {
    const kind = webhookList[1] === "validating" ? "ValidatingWebhookConfiguration" : "MutatingWebhookConfiguration";
    const configurations = webhookConfigurationObjects(webhooks, kind);
    if (!webhookList[2]) return answer(listOf(`${kind}List`, configurations, {}, "admissionregistration.k8s.io/v1"));
    const one = configurations.find(
      (configuration) => configuration.metadata.name === decodeURIComponent(webhookList[2]!),
    );
    if (one) return answer(one);
    send(
      response,
      404,
      statusError(
        404,
        "NotFound",
        `${webhookList[1]}webhookconfigurations.admissionregistration.k8s.io "${webhookList[2]}" not found`,
      ),
    );
    return true;
  }
  const sliceList = /^\/apis\/discovery\.k8s\.io\/v1(?:\/namespaces\/([^/]+))?\/endpointslices$/.exec(rest);
  if (sliceList) {
    // "kubernetes.io/service-name=a" or the set-based "kubernetes.io/service-name in (a,b)".
    const selector = url.searchParams.get("labelSelector") ?? "";
    const names = /kubernetes\.io\/service-name\s*(?:=\s*([^,]+)|in\s*\(([^)]*)\))/.exec(selector);
    const wanted = names ? (names[1] ?? names[2] ?? "").split(",").map((name) => name.trim()) : [];
    const namespace = sliceList[1] && decodeURIComponent(sliceList[1]);
    const slices = servicesOf(cluster.preflight)
      .filter((service) => wanted.includes(service.name) && (!namespace || service.namespace === namespace))
      .flatMap(endpointSliceObjects);
    return answer(listOf("EndpointSliceList", slices, {}, "discovery.k8s.io/v1"));
  }
  if (rest === "/apis/apiregistration.k8s.io/v1/apiservices")
    return answer(listOf("APIServiceList", apiServices.map(apiServiceObject), {}, "apiregistration.k8s.io/v1"));
  return false;
}

/** The APIResourceList kubectl's discovery reads for one served group version. */
function usageResources(usage: SimCluster["apiUsage"], group: string, version: string) {
  const kinds = new Map(usage.objects.filter((o) => o.group === group).map((o) => [o.resource, o]));
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: `${group}/${version}`,
    resources: [...kinds.values()].map((object) => ({
      name: object.resource,
      singularName: object.kind.toLowerCase(),
      namespaced: object.namespace !== null,
      kind: object.kind,
      verbs: ["get", "list", "watch"],
    })),
  };
}

function handle(cluster: SimCluster, rest: string, url: URL, request: IncomingMessage, response: ServerResponse) {
  if (cluster.fault === "forbidden") return forbiddenList(response, "nodes", "");
  const version = cluster.controlPlane[0]?.apiserver ?? "v0.0.0";
  const [, major = "1", minor = "0"] = /^v?(\d+)\.(\d+)/.exec(version) ?? [];
  if (rest === "/version") {
    return send(response, 200, {
      major,
      minor,
      gitVersion: version,
      gitCommit: "0000000000000000000000000000000000000000",
      gitTreeState: "clean",
      buildDate: "2025-09-09T00:00:00Z",
      goVersion: "go1.24.6",
      compiler: "gc",
      platform: "linux/amd64",
    });
  }
  if (rest === "/api")
    return send(response, 200, {
      kind: "APIVersions",
      versions: ["v1"],
      serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: url.host }],
    });
  if (rest === "/apis") return send(response, 200, apiGroups(cluster));
  if (rest === "/apis/apps/v1") return send(response, 200, APPS_RESOURCES);
  if (rest === "/apis/argoproj.io/v1alpha1" && cluster.argoApps) return send(response, 200, ARGO_RESOURCES);
  if (rest === "/apis/helm.toolkit.fluxcd.io/v2" && cluster.fluxReleases) return send(response, 200, FLUX_RESOURCES);
  const secretList = /^\/api\/v1(?:\/namespaces\/([^/]+))?\/secrets$/.exec(rest);
  if (secretList) {
    const namespace = secretList[1] && decodeURIComponent(secretList[1]);
    if (cluster.workloadsForbidden) return forbiddenList(response, "secrets", "", namespace);
    const wanted = Object.fromEntries(
      (url.searchParams.get("labelSelector") ?? "")
        .split(",")
        .filter(Boolean)
        .map((term) => term.split("=")),
    ) as Record<string, string>;
    const secrets = helmReleaseSecrets(cluster).filter(
      (secret) =>
        (!namespace || secret.metadata.namespace === namespace) &&
        Object.entries(wanted).every(
          ([key, value]) => (secret.metadata.labels as Record<string, string>)[key] === value,
        ),
    );
    const paged = page(secrets, url);
    if (!paged) return send(response, 410, statusError(410, "Expired", "The provided continue parameter is too old."));
    return send(
      response,
      200,
      listOf("SecretList", paged.items, { continueToken: paged.next, remaining: paged.remaining }),
    );
  }
  const helmReleaseList = /^\/apis\/helm\.toolkit\.fluxcd\.io\/v2(?:\/namespaces\/([^/]+))?\/helmreleases$/.exec(rest);
  if (helmReleaseList && cluster.fluxReleases) {
    const namespace = helmReleaseList[1] && decodeURIComponent(helmReleaseList[1]);
    return sendList(
      request,
      response,
      url,
      cluster.fluxReleases.filter((release) => !namespace || release.namespace === namespace),
      {
        table: (chosen, next) => fluxReleaseTable(cluster, chosen, next),
        object: (release) => fluxReleaseObject(cluster, release),
        kind: "HelmReleaseList",
        apiVersion: "helm.toolkit.fluxcd.io/v2",
      },
    );
  }
  const workloadList =
    /^\/apis\/apps\/v1(?:\/namespaces\/([^/]+))?\/(deployments|daemonsets|statefulsets)(?:\/([^/]+))?$/.exec(rest);
  if (workloadList) {
    const [, namespace, resource, name] = workloadList as unknown as [
      string,
      string | undefined,
      WorkloadResource,
      string | undefined,
    ];
    if (cluster.workloadsForbidden) return forbiddenList(response, resource, "apps", namespace);
    const kind = WORKLOAD_RESOURCES[resource];
    const items = workloadsOf(cluster).filter(
      (workload) => workload.kind === kind && (!namespace || workload.namespace === decodeURIComponent(namespace)),
    );
    if (name) {
      const one = items.find((workload) => workload.name === decodeURIComponent(name));
      if (!one) return send(response, 404, statusError(404, "NotFound", `${resource}.apps "${name}" not found`));
      return send(
        response,
        200,
        wantsTable(request) ? workloadTable(cluster, [one], resource) : workloadObject(cluster, one),
      );
    }
    return sendList(request, response, url, items, {
      table: (chosen, next) => workloadTable(cluster, chosen, resource, next),
      object: (workload) => serialisedWorkload(cluster, workload),
      kind: `${kind}List`,
      apiVersion: "apps/v1",
    });
  }
  const applicationList = /^\/apis\/argoproj\.io\/v1alpha1(?:\/namespaces\/([^/]+))?\/applications$/.exec(rest);
  if (applicationList && cluster.argoApps) {
    const namespace = applicationList[1];
    const items = namespace && decodeURIComponent(namespace) !== "argocd" ? [] : cluster.argoApps;
    return sendList(request, response, url, items, {
      table: (chosen, next) => argoAppTable(cluster, chosen, next),
      object: (app) => argoAppObject(cluster, app),
      kind: "ApplicationList",
      apiVersion: "argoproj.io/v1alpha1",
    });
  }
  if (rest === "/api/v1") return send(response, 200, API_RESOURCES);
  if (usageRoute(cluster, version, rest, url, request, response)) return;
  if (preflightRoute(cluster, rest, url, request, response)) return;

  if (rest === "/api/v1/nodes") {
    if (cluster.fault === "malformed") return send(response, 200, '{"kind":"NodeList","items":[{"metadata":');
    const paged = page(cluster.nodes, url);
    if (!paged)
      return send(
        response,
        410,
        statusError(410, "Expired", "The provided continue parameter is too old to display a consistent list result."),
      );
    if (wantsTable(request)) return send(response, 200, nodeTable(cluster, paged.items, paged.next));
    return send(response, 200, nodeListJson(cluster, paged));
  }
  const nodeMatch = /^\/api\/v1\/nodes\/([^/]+)$/.exec(rest);
  if (nodeMatch) {
    const node = cluster.nodes.find((n) => n.name === decodeURIComponent(nodeMatch[1]!));
    if (!node) return send(response, 404, statusError(404, "NotFound", `nodes "${nodeMatch[1]}" not found`));
    return send(response, 200, wantsTable(request) ? nodeTable(cluster, [node]) : nodeObject(cluster, node));
  }
  if (rest === "/api/v1/namespaces/kube-system/pods") {
    const selector = url.searchParams.get("labelSelector");
    const pods = kubeSystemPods(cluster).filter((pod) => {
      if (!selector) return true;
      return selector.split(",").every((term) => {
        const [key, value] = term.split("=");
        return key !== undefined && pod.labels[key] === value;
      });
    });
    const paged = page(pods, url);
    if (!paged) return send(response, 410, statusError(410, "Expired", "The provided continue parameter is too old."));
    if (wantsTable(request)) return send(response, 200, podTable(cluster, paged.items, paged.next));
    return send(
      response,
      200,
      listOf(
        "PodList",
        paged.items.map((pod) => podObject(cluster, pod)),
        { continueToken: paged.next, remaining: paged.remaining },
      ),
    );
  }
  if (rest === "/api/v1/namespaces/kube-system") {
    return send(response, 200, {
      kind: "Namespace",
      apiVersion: "v1",
      metadata: { name: "kube-system" },
      status: { phase: "Active" },
    });
  }
  return send(response, 404, statusError(404, "NotFound", "the server could not find the requested resource"));
}

export async function startSimulatedApiServer(
  clusters: SimCluster[],
  options: { tickMs?: number; port?: number; tls?: TlsMaterial } = {},
): Promise<SimulatedApiServer> {
  const tls = options.tls ?? createTlsMaterial();
  const byName = new Map(clusters.map((cluster) => [cluster.name, cluster]));
  let requests = 0;

  const server: Server = createServer({ key: tls.serverKey, cert: tls.serverCert }, (request, response) => {
    requests += 1;
    startRolling();
    const url = new URL(request.url ?? "/", "https://127.0.0.1");
    const match = /^\/clusters\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const cluster = match ? byName.get(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !cluster) return send(response, 404, statusError(404, "NotFound", "no such cluster"));
    if (request.method !== "GET")
      return send(response, 405, statusError(405, "MethodNotAllowed", "this test server is read-only"));
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if (token !== cluster.token || cluster.fault === "unauthorized")
      return send(response, 401, statusError(401, "Unauthorized", "Unauthorized"));
    const answer = () => handle(cluster, (match[2] ?? "/").replace(/\/$/, "") || "/", url, request, response);
    if (cluster.fault === "slow") setTimeout(answer, cluster.delayMs);
    else answer();
  });
  // Like a real apiserver, keep connections open well past one request: Node's client agent
  // subtracts a second from the server's Keep-Alive hint, so a 1 s hint would close every socket.
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tick = () => {
    for (const cluster of clusters) if (advanceRollout(cluster)) cluster.revision += 1;
  };
  // The rollout starts moving when someone first looks: a server started long before still shows it.
  let timer: NodeJS.Timeout | null = null;
  const startRolling = () => {
    if (timer || !options.tickMs) return;
    timer = setInterval(tick, options.tickMs);
    timer.unref();
  };

  return {
    url,
    ca: tls.caCert,
    clusters,
    serverUrlOf: (name) => `${url}/clusters/${encodeURIComponent(name)}`,
    kubeconfig: ({ clusters: names } = {}) => {
      const chosen = clusters.filter((c) => !names || names.includes(c.name));
      const ca = Buffer.from(tls.caCert).toString("base64");
      return JSON.stringify({
        apiVersion: "v1",
        kind: "Config",
        clusters: chosen.map((c) => ({
          name: c.name,
          cluster: { server: `${url}/clusters/${encodeURIComponent(c.name)}`, "certificate-authority-data": ca },
        })),
        users: chosen.map((c) => ({ name: `${c.name}-reader`, user: { token: c.token } })),
        contexts: chosen.map((c) => ({ name: c.name, context: { cluster: c.name, user: `${c.name}-reader` } })),
        "current-context": chosen[0]?.name ?? "",
      });
    },
    tick,
    replay: (fresh) => {
      // Still until someone looks again, like a freshly started server: the first read sees the start.
      if (timer) clearInterval(timer);
      timer = null;
      for (const cluster of clusters) {
        const again = fresh.find((candidate) => candidate.name === cluster.name);
        // The kubeconfig holds the old token: keep it, take everything else anew.
        if (again) Object.assign(cluster, { ...again, token: cluster.token, revision: cluster.revision + 1 });
      }
    },
    requestCount: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
