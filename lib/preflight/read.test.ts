import { describe, expect, it } from "vitest";
import { sliceReadiness, toBudgetInfo, toWebhooks, unavailableApiService, unreadySystemPod } from "./read";

describe("what the pre-upgrade checks keep", () => {
  it("reads a budget's status, a missing count as 0, and a selector the same however its labels are ordered", () => {
    const a = toBudgetInfo({
      metadata: { namespace: "shop", name: "web" },
      spec: { selector: { matchLabels: { app: "web", tier: "front" } } },
      status: { disruptionsAllowed: 1, expectedPods: 3 },
    });
    const b = toBudgetInfo({
      metadata: { namespace: "shop", name: "web-2" },
      spec: { selector: { matchLabels: { tier: "front", app: "web" } } },
    });
    expect(a).toMatchObject({ disruptionsAllowed: 1, expectedPods: 3 });
    expect(b).toMatchObject({ disruptionsAllowed: 0, expectedPods: 0 });
    expect(a.selector).toBe(b.selector);
  });

  it("takes a webhook without failurePolicy as Fail, the v1 default, and names its service", () => {
    expect(
      toWebhooks("ValidatingWebhookConfiguration", {
        metadata: { name: "tenant-policy" },
        webhooks: [
          { name: "a.example.com", clientConfig: { service: { namespace: "policy", name: "hook" } } },
          { name: "b.example.com", failurePolicy: "Ignore", clientConfig: { url: "https://hooks.example.com" } },
        ],
      }),
    ).toEqual([
      {
        configuration: "tenant-policy",
        kind: "ValidatingWebhookConfiguration",
        name: "a.example.com",
        failurePolicy: "Fail",
        service: "policy/hook",
      },
      {
        configuration: "tenant-policy",
        kind: "ValidatingWebhookConfiguration",
        name: "b.example.com",
        failurePolicy: "Ignore",
        service: null,
      },
    ]);
  });

  it("counts a slice's endpoints not marked unready, as kube-proxy does, for the service its label names", () => {
    expect(
      sliceReadiness({
        metadata: { namespace: "policy", labels: { "kubernetes.io/service-name": "hook" } },
        endpoints: [{ conditions: { ready: true } }, { conditions: {} }, { conditions: { ready: false } }],
      }),
    ).toEqual({ service: "policy/hook", ready: 2 });
    expect(sliceReadiness({})).toEqual({ service: null, ready: 0 });
  });

  it("names an aggregated API that is not Available, and leaves local ones alone", () => {
    expect(unavailableApiService({ metadata: { name: "v1.apps" }, spec: { service: null } })).toBeNull();
    expect(
      unavailableApiService({
        metadata: { name: "v1beta1.metrics.k8s.io" },
        spec: { service: { name: "metrics-server" } },
        status: {
          conditions: [{ type: "Available", status: "False", reason: "FailedDiscoveryCheck", message: "timeout" }],
        },
      }),
    ).toEqual({ name: "v1beta1.metrics.k8s.io", reason: "FailedDiscoveryCheck: timeout" });
  });

  it("names a kube-system pod that is not Ready, but not a finished Job's", () => {
    expect(
      unreadySystemPod({
        metadata: { name: "kube-proxy-x" },
        spec: { nodeName: "w1" },
        status: { phase: "Running", conditions: [{ type: "Ready", status: "False" }] },
      }),
    ).toEqual({ name: "kube-proxy-x", node: "w1", reason: "not Ready" });
    expect(unreadySystemPod({ metadata: { name: "job" }, status: { phase: "Succeeded" } })).toBeNull();
    expect(
      unreadySystemPod({ metadata: { name: "ok" }, status: { conditions: [{ type: "Ready", status: "True" }] } }),
    ).toBeNull();
  });
});
