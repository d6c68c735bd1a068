import type { BudgetInfo, CrdInfo, WebhookInfo } from "@/lib/kube/types";

/*
 * What the pre-upgrade checks keep of each object, page by page: pure, tolerant of fields a
 * cluster leaves out (a missing count reads as 0, a missing policy as the API's default).
 */

type Selector = { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
type RawBudget = {
  metadata?: { namespace?: string; name?: string };
  spec?: { selector?: Selector };
  status?: { disruptionsAllowed?: number; expectedPods?: number };
};

/** The selector in a canonical form: two budgets with the same one select the same pods. */
function selectorKey(selector: Selector | undefined): string {
  const labels = Object.entries(selector?.matchLabels ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ labels, expressions: selector?.matchExpressions ?? [] });
}

export function toBudgetInfo(raw: RawBudget): BudgetInfo {
  return {
    namespace: raw.metadata?.namespace ?? "",
    name: raw.metadata?.name ?? "(unnamed)",
    selector: selectorKey(raw.spec?.selector),
    disruptionsAllowed: raw.status?.disruptionsAllowed ?? 0,
    expectedPods: raw.status?.expectedPods ?? 0,
  };
}

type RawWebhookConfiguration = {
  metadata?: { name?: string };
  webhooks?: {
    name?: string;
    failurePolicy?: string;
    clientConfig?: { service?: { namespace?: string; name?: string }; url?: string };
  }[];
};

/** Each webhook of a configuration; failurePolicy defaults to Fail in admissionregistration.k8s.io/v1. */
export function toWebhooks(
  kind: WebhookInfo["kind"],
  raw: RawWebhookConfiguration,
): Omit<WebhookInfo, "readyEndpoints">[] {
  return (raw.webhooks ?? []).map((webhook) => {
    const service = webhook.clientConfig?.service;
    return {
      configuration: raw.metadata?.name ?? "(unnamed)",
      kind,
      name: webhook.name ?? "(unnamed)",
      failurePolicy: webhook.failurePolicy === "Ignore" ? "Ignore" : "Fail",
      service: service?.name ? `${service.namespace ?? "default"}/${service.name}` : null,
    };
  });
}

type RawEndpointSlice = {
  metadata?: { namespace?: string; labels?: Record<string, string> };
  endpoints?: { conditions?: { ready?: boolean } }[];
};

/**
 * One EndpointSlice's service ("namespace/name", from its kubernetes.io/service-name label) and
 * its ready endpoints: "unknown" counts as ready, as kube-proxy treats it.
 */
export function sliceReadiness(slice: RawEndpointSlice): { service: string | null; ready: number } {
  const name = slice.metadata?.labels?.["kubernetes.io/service-name"];
  return {
    service: name ? `${slice.metadata?.namespace ?? "default"}/${name}` : null,
    ready: (slice.endpoints ?? []).filter((endpoint) => endpoint.conditions?.ready !== false).length,
  };
}

type RawApiService = {
  metadata?: { name?: string };
  spec?: { service?: { name?: string } | null };
  status?: { conditions?: { type?: string; status?: string; reason?: string; message?: string }[] };
};

/** An aggregated API (served by a service) that is not Available; null for a local or available one. */
export function unavailableApiService(raw: RawApiService): { name: string; reason: string } | null {
  if (!raw.spec?.service?.name) return null;
  const available = raw.status?.conditions?.find((condition) => condition.type === "Available");
  if (available?.status === "True") return null;
  return {
    name: raw.metadata?.name ?? "(unnamed)",
    reason: [available?.reason, available?.message].filter(Boolean).join(": ") || "no Available condition",
  };
}

type RawPod = {
  metadata?: { name?: string };
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: { type?: string; status?: string; reason?: string }[] };
};

/** A kube-system pod that is not Ready (a finished Job's pod does not count); null when it is. */
export function unreadySystemPod(raw: RawPod): { name: string; node: string | null; reason: string } | null {
  if (raw.status?.phase === "Succeeded") return null;
  const ready = raw.status?.conditions?.find((condition) => condition.type === "Ready");
  if (ready?.status === "True") return null;
  return {
    name: raw.metadata?.name ?? "(unnamed)",
    node: raw.spec?.nodeName ?? null,
    reason: ready?.reason ?? (raw.status?.phase && raw.status.phase !== "Running" ? raw.status.phase : "not Ready"),
  };
}

type RawCrd = {
  metadata?: { name?: string };
  spec?: {
    group?: string;
    conversion?: {
      strategy?: string;
      webhook?: { clientConfig?: { service?: { namespace?: string; name?: string } } };
    };
  };
  status?: { storedVersions?: unknown };
};

/**
 * What the checks keep of a CustomResourceDefinition (the rest, its schemas, is most of its
 * size): its stored versions, and the service of its conversion webhook where it has one.
 */
export function toCrdInfo(raw: RawCrd): CrdInfo {
  const stored = raw.status?.storedVersions;
  const conversion = raw.spec?.conversion;
  const service = conversion?.strategy === "Webhook" ? conversion.webhook?.clientConfig?.service : undefined;
  return {
    name: raw.metadata?.name ?? "(unnamed)",
    group: raw.spec?.group ?? "",
    storedVersions: Array.isArray(stored) ? stored.filter((v): v is string => typeof v === "string") : [],
    conversionService: service?.name ? `${service.namespace ?? "default"}/${service.name}` : null,
  };
}
