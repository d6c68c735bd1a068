import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import { attentionCounts, campaignProgress, currentPhase, environmentProgress, nextPromotion } from "./progress";
import type { PhaseView } from "./types";

const dev = { id: "dev", name: "Dev", position: 0 };
const stg = { id: "stg", name: "Stg", position: 1 };
const prd = { id: "prd", name: "Prd", position: 2 };

describe("environmentProgress", () => {
  it("counts verified and skipped as settled, the rest as blockers", () => {
    const components = [
      componentFixture({ name: "a", statuses: { dev: "verified" } }),
      componentFixture({ name: "b", statuses: { dev: "skipped" } }),
      componentFixture({ name: "c", statuses: { dev: "failed" } }),
      componentFixture({ name: "d", statuses: { dev: "in-progress" } }),
      componentFixture({ name: "e" }),
    ];
    const progress = environmentProgress(components, dev);
    expect(progress.settled).toBe(2);
    expect(progress.percent).toBe(40);
    expect(progress.counts).toEqual({ pending: 1, "in-progress": 1, verified: 1, failed: 1, skipped: 1 });
    expect(progress.blockers.map((c) => c.name)).toEqual(["c", "d", "e"]);
  });

  it("rounds down so 100% means every component is settled", () => {
    const components = [
      ...Array.from({ length: 199 }, () => componentFixture({ statuses: { dev: "verified" } })),
      componentFixture(),
    ];
    expect(environmentProgress(components, dev).percent).toBe(99);
  });

  it("is 0% for an empty inventory, not NaN", () => {
    expect(environmentProgress([], dev).percent).toBe(0);
  });
});

describe("nextPromotion", () => {
  it("points at the first environment that is not settled and the one after it", () => {
    const components = [
      componentFixture({ statuses: { dev: "verified", stg: "verified" } }),
      componentFixture({ name: "argocd", statuses: { dev: "verified", stg: "failed" } }),
    ];
    const promotion = nextPromotion(campaignProgress(components, [prd, dev, stg]));
    expect(promotion?.current.environment.name).toBe("Stg");
    expect(promotion?.next?.name).toBe("Prd");
    expect(promotion?.current.blockers.map((c) => c.name)).toEqual(["argocd"]);
  });

  it("has no next environment while the last one is being verified", () => {
    const components = [componentFixture({ statuses: { dev: "verified", stg: "skipped" } })];
    const promotion = nextPromotion(campaignProgress(components, [dev, stg, prd]));
    expect(promotion?.current.environment.name).toBe("Prd");
    expect(promotion?.next).toBeNull();
  });

  it("is null once every environment is settled", () => {
    const components = [componentFixture({ statuses: { dev: "verified", stg: "verified", prd: "verified" } })];
    expect(nextPromotion(campaignProgress(components, [dev, stg, prd]))).toBeNull();
  });
});

describe("attentionCounts", () => {
  it("counts unassigned, breaking, incompatible, failed and missing targets", () => {
    const components = [
      componentFixture({ owner: null, currentVersion: "2.14.0", targetVersion: "3.0.0" }),
      componentFixture({ compatibility: "incompatible", statuses: { dev: "failed", stg: "failed" } }),
      componentFixture({ targetVersion: null }),
    ];
    expect(attentionCounts(components)).toEqual({
      unassigned: 1,
      breaking: 1,
      incompatible: 1,
      failedVerifications: 2,
      withoutTarget: 1,
    });
  });
});

describe("currentPhase", () => {
  const phase = (step: number, completed: boolean): PhaseView => ({
    step,
    title: `step ${step}`,
    detail: "",
    plannedStart: null,
    plannedEnd: null,
    startedAt: null,
    completedAt: completed ? new Date(0) : null,
  });
  it("is the first step not completed, whatever the order given", () => {
    expect(currentPhase([phase(3, false), phase(1, true), phase(2, false)])?.step).toBe(2);
  });
  it("is null when every step is completed", () => {
    expect(currentPhase([phase(1, true), phase(2, true)])).toBeNull();
  });
});
