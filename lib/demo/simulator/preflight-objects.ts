import { age, column, table } from "./kube-objects";

/*
 * What a hop's drains and restarts run into on the simulated clusters, as real clusters report
 * it: PodDisruptionBudgets with the status the disruption controller writes, admission webhooks
 * (failurePolicy Fail unless set, as admissionregistration.k8s.io/v1 defaults it) with the
 * EndpointSlices of their services, and APIServices with their Available condition.
 */

export type SimBudget = {
  namespace: string;
  name: string;
  matchLabels: Record<string, string>;
  minAvailable: number;
  expectedPods: number;
  currentHealthy: number;
};

export type SimWebhook = {
  kind: "ValidatingWebhookConfiguration" | "MutatingWebhookConfiguration";
  configuration: string;
  name: string;
  failurePolicy: "Fail" | "Ignore";
  service: { namespace: string; name: string };
  readyEndpoints: number;
};

export type SimApiService = { name: string; service: { namespace: string; name: string } | null; available: boolean };

/** A service some webhook or conversion calls, and how many of its endpoints are ready. */
export type SimService = { namespace: string; name: string; readyEndpoints: number };

export type SimPreflight = {
  budgets: SimBudget[];
  webhooks: SimWebhook[];
  /** Services beside the admission webhooks': External Secrets' conversion webhook. */
  services: SimService[];
  apiServices: SimApiService[];
};

const created = new Date("2025-05-12T08:00:00Z");

/**
 * Every cluster: a web budget with room to drain, cert-manager's and Kyverno's webhooks served.
 * stg-gpu, where the Stg rehearsal finds them: a payments budget that allows no disruption, two
 * shop budgets over the same pods, and a tenant's fail-closed policy webhook whose Deployment was
 * scaled to zero. stg-batch: the metrics API unavailable (metrics-server behind a NetworkPolicy),
 * and External Secrets' webhook turned off while its CRDs still convert through it (the chart's
 * `webhook.create=false` without `crds.conversion.enabled=false`, external-secrets#1937).
 */
export function preflightFor(name: string): SimPreflight {
  const rehearsal = name === "stg-gpu";
  return {
    budgets: [
      {
        namespace: "shop",
        name: "web",
        matchLabels: { app: "web" },
        minAvailable: 1,
        expectedPods: 3,
        currentHealthy: 3,
      },
      ...(rehearsal
        ? [
            {
              namespace: "payments",
              name: "api",
              matchLabels: { app: "payments-api" },
              minAvailable: 2,
              expectedPods: 2,
              currentHealthy: 2,
            },
            {
              namespace: "shop",
              name: "web-strict",
              matchLabels: { app: "web" },
              minAvailable: 2,
              expectedPods: 3,
              currentHealthy: 3,
            },
          ]
        : []),
    ],
    webhooks: [
      {
        kind: "ValidatingWebhookConfiguration",
        configuration: "kyverno-resource-validating-webhook-cfg",
        name: "validate.kyverno.svc-fail",
        failurePolicy: "Fail",
        service: { namespace: "kyverno", name: "kyverno-svc" },
        readyEndpoints: 3,
      },
      {
        kind: "MutatingWebhookConfiguration",
        configuration: "cert-manager-webhook",
        name: "webhook.cert-manager.io",
        failurePolicy: "Fail",
        service: { namespace: "cert-manager", name: "cert-manager-webhook" },
        readyEndpoints: 1,
      },
      ...(rehearsal
        ? [
            {
              kind: "ValidatingWebhookConfiguration" as const,
              configuration: "tenant-policy",
              name: "validate.tenant-policy.example.com",
              failurePolicy: "Fail" as const,
              service: { namespace: "policy", name: "tenant-policy-webhook" },
              readyEndpoints: 0,
            },
          ]
        : []),
    ],
    services: [
      { namespace: "external-secrets", name: "external-secrets-webhook", readyEndpoints: name === "stg-batch" ? 0 : 1 },
    ],
    apiServices: [
      { name: "v1.apps", service: null, available: true },
      {
        name: "v1beta1.metrics.k8s.io",
        service: { namespace: "kube-system", name: "metrics-server" },
        available: name !== "stg-batch",
      },
    ],
  };
}

export function budgetObject(budget: SimBudget) {
  return {
    kind: "PodDisruptionBudget",
    apiVersion: "policy/v1",
    metadata: {
      name: budget.name,
      namespace: budget.namespace,
      creationTimestamp: created.toISOString(),
      generation: 1,
    },
    spec: { minAvailable: budget.minAvailable, selector: { matchLabels: budget.matchLabels } },
    status: {
      observedGeneration: 1,
      currentHealthy: budget.currentHealthy,
      desiredHealthy: budget.minAvailable,
      expectedPods: budget.expectedPods,
      disruptionsAllowed: Math.max(0, budget.currentHealthy - budget.minAvailable),
    },
  };
}

/** `kubectl get pdb`: the columns the apiserver prints. */
export function budgetTable(budgets: SimBudget[]) {
  return table(
    [
      column("Name", 0, "name"),
      column("Min Available"),
      column("Max Unavailable"),
      column("Allowed Disruptions", 0, "", "integer"),
      column("Age"),
    ],
    budgets.map((budget) => ({
      cells: [
        budget.name,
        String(budget.minAvailable),
        "N/A",
        Math.max(0, budget.currentHealthy - budget.minAvailable),
        age(created),
      ],
      metadata: budgetObject(budget).metadata,
    })),
  );
}

export function webhookConfigurationObjects(webhooks: SimWebhook[], kind: SimWebhook["kind"]) {
  const byConfiguration = new Map<string, SimWebhook[]>();
  for (const webhook of webhooks.filter((candidate) => candidate.kind === kind))
    byConfiguration.set(webhook.configuration, [...(byConfiguration.get(webhook.configuration) ?? []), webhook]);
  return [...byConfiguration.entries()].map(([name, hooks]) => ({
    kind,
    apiVersion: "admissionregistration.k8s.io/v1",
    metadata: { name, creationTimestamp: created.toISOString() },
    webhooks: hooks.map((hook) => ({
      name: hook.name,
      failurePolicy: hook.failurePolicy,
      clientConfig: { service: { ...hook.service, path: "/validate", port: 443 } },
      sideEffects: "None",
      admissionReviewVersions: ["v1"],
      timeoutSeconds: 10,
    })),
  }));
}

/** Every service a webhook or a conversion calls, with its readiness. */
export function servicesOf(preflight: SimPreflight): SimService[] {
  const all = [
    ...preflight.webhooks.map((hook) => ({ ...hook.service, readyEndpoints: hook.readyEndpoints })),
    ...preflight.services,
  ];
  return [...new Map(all.map((service) => [`${service.namespace}/${service.name}`, service])).values()];
}

/** The EndpointSlice the endpointslice controller keeps for a service. */
export function endpointSliceObjects({ namespace, name: service, readyEndpoints }: SimService) {
  return [
    {
      kind: "EndpointSlice",
      apiVersion: "discovery.k8s.io/v1",
      metadata: {
        name: `${service}-x7k2p`,
        namespace,
        labels: {
          "kubernetes.io/service-name": service,
          "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
        },
        creationTimestamp: created.toISOString(),
      },
      addressType: "IPv4",
      ports: [{ name: "https", port: 9443, protocol: "TCP" }],
      // A Deployment scaled to zero leaves its slice with no endpoints at all.
      endpoints: Array.from({ length: readyEndpoints }, (_, index) => ({
        addresses: [`10.244.${index + 1}.17`],
        conditions: { ready: true, serving: true, terminating: false },
      })),
    },
  ];
}

export function apiServiceObject(apiService: SimApiService) {
  const [version, ...group] = apiService.name.split(".");
  return {
    kind: "APIService",
    apiVersion: "apiregistration.k8s.io/v1",
    metadata: { name: apiService.name, creationTimestamp: created.toISOString() },
    spec: {
      group: group.join("."),
      version,
      service: apiService.service ? { ...apiService.service, port: 443 } : null,
      groupPriorityMinimum: 100,
      versionPriority: 100,
    },
    status: {
      conditions: [
        apiService.available
          ? {
              type: "Available",
              status: "True",
              reason: apiService.service ? "Passed" : "Local",
              message: "all checks passed",
            }
          : {
              type: "Available",
              status: "False",
              reason: "FailedDiscoveryCheck",
              message: `failing or missing response from https://10.96.12.4:443/apis/${group.join(".")}/${version}: Get "https://10.96.12.4:443/apis/${group.join(".")}/${version}": context deadline exceeded`,
            },
      ],
    },
  };
}
