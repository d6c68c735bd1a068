import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nodeInfo } from "@/lib/testing/node-info";
import { createScenario } from "@/lib/testing/scenario";
import { afterHop, recordCheckReadings } from "./check-readings";
import { clusterView } from "./cluster-view";

const ref = { id: "stg-gpu", name: "stg-gpu", context: "stg-gpu", environment: { id: "e", name: "Stg" } };

/** stg-gpu read with its apiservers at these versions and, optionally, one worker NotReady. */
const view = (apiservers: string[], options: { notReady?: string } = {}) =>
  clusterView(
    ref,
    {
      ok: true,
      reading: {
        serverVersion: apiservers[0]!,
        controlPlane: apiservers.map((version, index) => ({
          component: "kube-apiserver" as const,
          node: `cp-${index + 1}`,
          version,
        })),
        kubeProxy: "absent",
        discovery: null,
        nodes: ["w-1", "w-2"].map((name) => nodeInfo(name, "v1.31.13", { ready: name !== options.notReady })),
      },
    },
    { readAt: new Date(), durationMs: 1 },
    "1.34",
  );

describe("check readings per minor, and the diff after a hop", () => {
  it("keeps one reading per settled minor, moves only its time while the findings stay, and diffs the hop", async () => {
    const { campaignId } = await createScenario();
    const rows = () => db.clusterCheckReading.findMany({ where: { campaignId }, orderBy: { minor: "asc" } });

    await recordCheckReadings(campaignId, [view(["v1.31.13"], { notReady: "w-2" })], new Date("2026-11-20T10:00:00Z"));
    await recordCheckReadings(campaignId, [view(["v1.31.13"], { notReady: "w-2" })], new Date("2026-11-20T11:00:00Z"));
    const [first] = await rows();
    expect(first).toMatchObject({ minor: "1.31" });
    expect(first!.since.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(first!.readAt.toISOString()).toBe("2026-11-20T11:00:00.000Z");

    // Mid-hop (apiservers on two minors) is neither before nor after: not recorded.
    await recordCheckReadings(campaignId, [view(["v1.32.9", "v1.31.13"])], new Date("2026-11-21T09:00:00Z"));
    expect(await rows()).toHaveLength(1);
    expect(await afterHop(campaignId, view(["v1.32.9", "v1.31.13"]))).toBeNull();

    // Settled at 1.32 with w-2 back and w-1 down: one finding resolved, one new.
    const now = view(["v1.32.9", "v1.32.9"], { notReady: "w-1" });
    await recordCheckReadings(campaignId, [now], new Date("2026-11-21T10:00:00Z"));
    expect((await rows()).map((row) => row.minor)).toEqual(["1.31", "1.32"]);
    const hop = await afterHop(campaignId, now);
    expect(hop).toMatchObject({ from: "1.31", to: "1.32", before: { readAt: "2026-11-20T11:00:00.000Z" } });
    expect(hop!.diff.new.map((f) => [f.check, f.label])).toEqual([["nodes-ready", "w-1"]]);
    expect(hop!.diff.resolved.map((f) => [f.check, f.label])).toEqual([["nodes-ready", "w-2"]]);
  });

  it("rewrites a minor's findings when they change, so the reading before a hop is the last one", async () => {
    const { campaignId } = await createScenario();
    await recordCheckReadings(campaignId, [view(["v1.31.13"], { notReady: "w-2" })], new Date("2026-11-20T10:00:00Z"));
    await recordCheckReadings(campaignId, [view(["v1.31.13"])], new Date("2026-11-20T12:00:00Z"));
    const [row] = await db.clusterCheckReading.findMany({ where: { campaignId } });
    expect(row!.since.toISOString()).toBe("2026-11-20T12:00:00.000Z");
    const hop = await afterHop(campaignId, view(["v1.32.9"]));
    expect(hop!.diff.resolved).toEqual([]);
    expect(hop!.diff.new).toEqual([]);
    // Before any hop this campaign saw, there is nothing to compare.
    expect(await afterHop(campaignId, view(["v1.31.13"]))).toBeNull();
  });
});
