import { describe, expect, it } from "vitest";
import type { Preflight } from "@/lib/kube/types";
import {
  aggregatedApisCheck,
  conversionWebhooksCheck,
  drainBlockersCheck,
  kubeSystemReadyCheck,
  servingCertificateCheck,
  webhooksServedCheck,
} from "./preflight-checks";

const clean: Preflight = {
  budgets: [{ namespace: "shop", name: "web", selector: "{app:web}", disruptionsAllowed: 1, expectedPods: 3 }],
  webhooks: [
    {
      configuration: "kyverno",
      kind: "ValidatingWebhookConfiguration",
      name: "validate.kyverno.svc-fail",
      failurePolicy: "Fail",
      service: "kyverno/kyverno-svc",
      readyEndpoints: 3,
    },
  ],
  conversionWebhooks: [
    {
      crd: "externalsecrets.external-secrets.io",
      service: "external-secrets/external-secrets-webhook",
      readyEndpoints: 1,
    },
  ],
  unavailableApiServices: [],
  unreadySystemPods: [],
  unreadySystemWorkloads: [],
  servingCertificateNotAfter: "2027-11-27T00:00:00.000Z",
};
const on = (preflight: Preflight | null, windowEnd: Date | null = null) => ({
  clusterHref: "/fleet/c1",
  preflight,
  windowEnd,
  today: "2026-11-27",
});

describe("pre-upgrade checks", () => {
  it("pass a clean cluster, and are left out when discovery did not read anything", () => {
    for (const check of [
      drainBlockersCheck,
      webhooksServedCheck,
      conversionWebhooksCheck,
      aggregatedApisCheck,
      kubeSystemReadyCheck,
      servingCertificateCheck,
    ]) {
      expect(check(on(clean))?.verdict, check.name).toBe("pass");
      expect(check(on(null)), check.name).toBeNull();
    }
  });

  it("block a drain on a budget that allows no disruption, and on two budgets over the same pods", () => {
    const check = drainBlockersCheck(
      on({
        ...clean,
        budgets: [
          { namespace: "payments", name: "api", selector: "{app:api}", disruptionsAllowed: 0, expectedPods: 2 },
          { namespace: "shop", name: "web", selector: "{app:web}", disruptionsAllowed: 1, expectedPods: 3 },
          { namespace: "shop", name: "web-strict", selector: "{app:web}", disruptionsAllowed: 1, expectedPods: 3 },
          // Nothing selected, nothing to wait for.
          { namespace: "batch", name: "idle", selector: "{app:idle}", disruptionsAllowed: 0, expectedPods: 0 },
        ],
      }),
    )!;
    expect(check.verdict).toBe("block");
    expect(check.items.map((item) => item.label)).toEqual([
      "PodDisruptionBudget payments/api",
      "shop/web + shop/web-strict",
    ]);
  });

  it("block on a fail-closed webhook without a ready endpoint, not on one that fails open", () => {
    const dead = {
      ...clean.webhooks[0]!,
      configuration: "tenant-policy",
      name: "validate.tenant",
      service: "policy/hook",
      readyEndpoints: 0,
    };
    expect(webhooksServedCheck(on({ ...clean, webhooks: [dead] }))?.verdict).toBe("block");
    expect(webhooksServedCheck(on({ ...clean, webhooks: [{ ...dead, failurePolicy: "Ignore" }] }))?.verdict).toBe(
      "pass",
    );
  });

  it("block on a CRD whose conversion webhook has no ready endpoint, naming the CRD and its service", () => {
    const check = conversionWebhooksCheck(
      on({ ...clean, conversionWebhooks: [{ ...clean.conversionWebhooks[0]!, readyEndpoints: 0 }] }),
    )!;
    expect(check.verdict).toBe("block");
    expect(check.items).toEqual([
      expect.objectContaining({
        label: "CRD externalsecrets.external-secrets.io",
        detail: expect.stringContaining(
          "service external-secrets/external-secrets-webhook, which has no ready endpoint",
        ),
      }),
    ]);
    // Not read (the EndpointSlice list refused) is not "down".
    expect(
      conversionWebhooksCheck(
        on({ ...clean, conversionWebhooks: [{ ...clean.conversionWebhooks[0]!, readyEndpoints: null }] }),
      )?.verdict,
    ).toBe("pass");
    expect(conversionWebhooksCheck(on({ ...clean, conversionWebhooks: [] }))?.sentence).toBe(
      "No CRD is converted by a webhook.",
    );
  });

  it("block on an unavailable aggregated API; warn on kube-system pods not Ready", () => {
    expect(
      aggregatedApisCheck(
        on({ ...clean, unavailableApiServices: [{ name: "v1beta1.metrics.k8s.io", reason: "FailedDiscoveryCheck" }] }),
      )?.verdict,
    ).toBe("block");
    expect(
      kubeSystemReadyCheck(
        on({ ...clean, unreadySystemPods: [{ name: "kube-proxy-x", node: "w1", reason: "not Ready" }] }),
      )?.verdict,
    ).toBe("warn");
    const cni = kubeSystemReadyCheck(
      on({ ...clean, unreadySystemWorkloads: [{ kind: "DaemonSet", name: "cilium", ready: 198, desired: 200 }] }),
    )!;
    expect(cni).toMatchObject({ verdict: "warn", sentence: "1 part of kube-system not fully Ready." });
    expect(cni.items).toEqual([
      expect.objectContaining({ label: "DaemonSet kube-system/cilium", detail: "198 of 200 pods Ready" }),
    ]);
    // Discovery limited to other namespaces: the pass says what it did not look at.
    expect(kubeSystemReadyCheck(on({ ...clean, unreadySystemWorkloads: null }))?.sentence).toContain(
      "leave kube-system's workloads out",
    );
  });

  it("block when the serving certificate expires before the window ends; warn within 30 days", () => {
    const soon = { ...clean, servingCertificateNotAfter: "2026-12-12T00:00:00.000Z" };
    expect(servingCertificateCheck(on(soon, new Date("2026-12-13T06:00:00Z")))?.verdict).toBe("block");
    expect(servingCertificateCheck(on(soon))).toMatchObject({
      verdict: "warn",
      sentence: expect.stringContaining("in 15 days"),
    });
  });
});
