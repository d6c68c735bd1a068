import { describe, expect, it } from "vitest";
import { tenantFlowSchema } from "@/lib/testing/api-use";
import { MANUAL_CHECKS } from "@/lib/preflight/manual";
import { removalOf } from "@/lib/apis/judge";
import { clusterView } from "@/lib/fleet/cluster-view";
import type { ApiUsage, ClusterReading } from "@/lib/kube/types";
import { componentFixture } from "@/lib/testing/component-fixture";
import { nodeInfo } from "@/lib/testing/node-info";
import type { CampaignGateInput } from "./campaign-checks";
import { composeGate } from "./compose";
import { environmentGate, overrideOffer } from "./environment-gate";
import type { GateCheck, Verdict } from "./types";

const check = (id: string, verdict: Verdict): GateCheck => ({
  id,
  name: id,
  verdict,
  sentence: "",
  link: null,
  items: [],
});

describe("composeGate", () => {
  it("is closed by one blocking check and never by warnings", () => {
    expect(composeGate([check("a", "pass"), check("b", "block"), check("c", "warn")]).open).toBe(false);
    expect(composeGate([check("a", "warn"), check("b", "warn"), check("c", "pass")]).open).toBe(true);
    expect(composeGate([]).open).toBe(true);
  });

  it("lists blocking checks first, then warnings, then passes, each kept in its order", () => {
    const verdict = composeGate([check("p1", "pass"), check("w1", "warn"), check("b1", "block"), check("b2", "block")]);
    expect(verdict.checks.map((c) => c.id)).toEqual(["b1", "b2", "w1", "p1"]);
  });
});

const stg = { id: "stg", name: "Stg", position: 1 };
const dev = { id: "dev", name: "Dev", position: 0 };
const meta = { readAt: new Date("2026-11-22T09:00:00Z"), durationMs: 5 };
const reading = (apiserver: string, kubelet: string): ClusterReading => ({
  serverVersion: apiserver,
  controlPlane: null,
  kubeProxy: "absent",
  discovery: null,
  nodes: [nodeInfo("w1", kubelet)],
});
/** A reading whose discovery found only this removed-API usage. */
const withUsage = (base: ClusterReading, apiUsage: ApiUsage): ClusterReading => ({
  ...base,
  discovery: {
    workloads: [],
    applications: null,
    helmReleases: null,
    helmSecrets: null,
    missing: [],
    apiUsage,
    preflight: null,
  },
});
const ref = (name: string) => ({ id: name, name, context: name, environment: { id: "stg", name: "Stg" } });

function input(components: CampaignGateInput["components"]): CampaignGateInput {
  return {
    campaignId: "c1",
    environment: stg,
    previous: dev,
    isLast: false,
    components,
    window: { start: null, end: null },
    overrides: [],
    kubernetes: { from: "1.31", to: "1.34" },
    now: new Date("2026-11-22T09:00:00Z"),
    // The checks no API shows, all done: these tests are about the other checks.
    manualTicks: MANUAL_CHECKS.map((check) => ({
      item: check.id,
      evidence: "Done, see PLAT-1.",
      by: "Aiko",
      at: new Date(),
    })),
  };
}

const unsettled = componentFixture({ name: "cilium", compatibility: "compatible" });
const settled = componentFixture({ name: "cilium", compatibility: "compatible", statuses: { dev: "verified" } });

describe("environmentGate", () => {
  const behind = clusterView(ref("stg-a"), { ok: true, reading: reading("v1.32.9", "v1.32.9") }, meta, "1.34");
  const done = clusterView(ref("stg-b"), { ok: true, reading: reading("v1.34.1", "v1.34.1") }, meta, "1.34");
  const down = clusterView(
    ref("stg-c"),
    { ok: false, fault: { kind: "timeout", message: "stg-c did not answer within 5 s." } },
    meta,
    "1.34",
  );

  it("holds a cluster with a step left on the campaign's checks; one already at the target is not held", () => {
    const gate = environmentGate(input([unsettled]), [behind, done]);
    expect(gate.open).toBe(false);
    const [a, b] = gate.clusters;
    expect(a).toMatchObject({ clusterName: "stg-a", step: "Control plane 1.32 → 1.33" });
    expect(a!.verdict.checks[0]).toMatchObject({ id: "settled-in-previous", verdict: "block" });
    expect(b).toMatchObject({ step: null, note: "At Kubernetes 1.34: nothing left to upgrade." });
    expect(b!.verdict.open).toBe(true);
    expect(gate.nothingLeft).toBe(false);
    expect(environmentGate(input([unsettled]), [done])).toMatchObject({ open: true, nothingLeft: true });
  });

  it("opens once the previous environment is settled", () => {
    expect(environmentGate(input([settled]), [behind, done]).open).toBe(true);
  });

  it("blocks on a cluster that could not be read, with the cluster's own fault", () => {
    const gate = environmentGate(input([settled]), [behind, down]);
    expect(gate.open).toBe(false);
    expect(gate.clusters[1]!.verdict.checks[0]).toMatchObject({
      id: "cluster-readable",
      sentence: "stg-c could not be read (timeout): stg-c did not answer within 5 s.",
    });
  });

  it("answers from the campaign alone without clusters, and says so", () => {
    const gate = environmentGate(input([settled]), []);
    expect(gate.open).toBe(true);
    expect(gate.campaignChecks.find((c) => c.id === "clusters-registered")?.verdict).toBe("warn");
    expect(environmentGate(input([unsettled]), []).open).toBe(false);
  });

  it("lets a cluster's removed-API block pass while the lead's acceptance is in force, saying who and why", () => {
    const withFlowSchema = withUsage(reading("v1.31.13", "v1.31.13"), {
      objects: [tenantFlowSchema],
      crds: [],
      requested: { state: "forbidden" },
    });
    const view = clusterView(ref("prd-a"), { ok: true, reading: withFlowSchema }, meta, "1.34");
    expect(environmentGate(input([settled]), [view]).open).toBe(false);
    const accepted = {
      id: "o1",
      checkId: "removed-apis",
      reason: "Tenant deletes it in the window.",
      by: "Aiko Tanaka",
      until: new Date("2026-11-22T13:00:00Z"),
    };
    const gate = environmentGate({ ...input([settled]), overrides: [accepted] }, [view]);
    expect(gate.open).toBe(true);
    const removed = gate.clusters[0]!.verdict.checks.find((c) => c.id === "removed-apis")!;
    expect(removed.verdict).toBe("warn");
    expect(removed.sentence).toMatch(/Aiko Tanaka let it pass until .*: Tenant deletes it in the window\.$/);
    // Expired, it blocks again.
    const later = { ...input([settled]), overrides: [accepted], now: new Date("2026-11-22T14:00:00Z") };
    expect(environmentGate(later, [view]).open).toBe(false);
  });

  it("offers the lead's form a cluster's blocking check and the override in force, nothing else of the gate", () => {
    const withFlowSchema = withUsage(reading("v1.31.13", "v1.31.13"), {
      objects: [tenantFlowSchema],
      crds: [],
      requested: { state: "forbidden" },
    });
    const view = clusterView(ref("prd-a"), { ok: true, reading: withFlowSchema }, meta, "1.34");
    const blocked = environmentGate(input([settled]), [view]);
    expect(overrideOffer(blocked, "removed-apis")).toEqual({ verdict: "block", active: null });
    const accepted = {
      id: "o1",
      checkId: "removed-apis",
      reason: "r",
      by: "Aiko",
      until: new Date("2026-11-22T13:00:00Z"),
    };
    const letPass = environmentGate({ ...input([settled]), overrides: [accepted] }, [view]);
    expect(overrideOffer(letPass, "removed-apis")).toEqual({ verdict: "warn", active: accepted });
    expect(overrideOffer(environmentGate(input([settled]), []), "removed-apis")).toEqual({
      verdict: null,
      active: null,
    });
  });

  it("does not hold a cluster at the target on what a next hop would run into: there is none", () => {
    const atTarget = withUsage(reading("v1.34.1", "v1.34.1"), {
      objects: [],
      crds: [
        { name: "externalsecrets.external-secrets.io", group: "external-secrets.io", storedVersions: ["v1beta1"] },
      ],
      requested: { state: "forbidden" },
    });
    const eso = removalOf({ apiVersion: "external-secrets.io/v1beta1", kind: "ExternalSecret" })!;
    const view = clusterView(ref("dev-a"), { ok: true, reading: atTarget }, meta, "1.34", { addonRemovals: [eso] });
    expect(view.status === "ok" && view.checks.find((c) => c.id === "removed-apis")?.verdict).toBe("block");
    const gate = environmentGate(input([settled]), [view]);
    expect(gate.open).toBe(true);
    expect(gate.clusters[0]!.verdict.checks.some((c) => c.id === "removed-apis")).toBe(false);
  });
});
