import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nodeInfo } from "@/lib/testing/node-info";
import { createScenario } from "@/lib/testing/scenario";
import { clusterView } from "./cluster-view";
import { recordSkewHighWater } from "./skew-high-water";

const view = (name: string, apiserver: string, kubelet: string) =>
  clusterView(
    { id: name, name, context: name, environment: { id: "e", name: "Prd" } },
    {
      ok: true,
      reading: {
        serverVersion: apiserver,
        controlPlane: null,
        kubeProxy: "absent",
        discovery: null,
        nodes: [nodeInfo(`${name}-w1`, kubelet)],
      },
    },
    { readAt: new Date(), durationMs: 1 },
    "1.34",
  );

describe("recordSkewHighWater", () => {
  it("keeps the largest skew per cluster and campaign across scans", async () => {
    const { campaignId } = await createScenario();
    const stored = async () =>
      (await db.skewHighWater.findMany({ where: { campaignId }, orderBy: { clusterName: "asc" } })).map((r) => [
        r.clusterName,
        r.minors,
        r.kubeletVersion,
      ]);

    await recordSkewHighWater(campaignId, [
      view("prd-gpu", "v1.31.13", "v1.29.15"),
      view("dev-gpu", "v1.34.1", "v1.34.1"),
    ]);
    expect(await stored()).toEqual([
      ["dev-gpu", 0, "v1.34.1"],
      ["prd-gpu", 2, "v1.29.15"],
    ]);

    await recordSkewHighWater(campaignId, [view("prd-gpu", "v1.31.13", "v1.30.14")]);
    expect(await stored()).toEqual([
      ["dev-gpu", 0, "v1.34.1"],
      ["prd-gpu", 2, "v1.29.15"],
    ]);

    await recordSkewHighWater(campaignId, [view("prd-gpu", "v1.32.9", "v1.29.15")]);
    expect(await stored()).toEqual([
      ["dev-gpu", 0, "v1.34.1"],
      ["prd-gpu", 3, "v1.29.15"],
    ]);
  });

  it("keeps a violation over any larger legal lag, with the environment it was seen in", async () => {
    const { campaignId } = await createScenario();
    await recordSkewHighWater(campaignId, [view("stg-batch", "v1.32.9", "v1.29.15")]);
    await recordSkewHighWater(campaignId, [view("stg-batch", "v1.32.9", "v1.33.5")]);
    // A later, larger but legal lag does not replace the violation.
    await recordSkewHighWater(campaignId, [view("stg-batch", "v1.33.2", "v1.30.1")]);
    const [row] = await db.skewHighWater.findMany({ where: { campaignId } });
    expect(row).toMatchObject({
      clusterName: "stg-batch",
      environmentName: "Prd",
      violation: true,
      minors: -1,
      kubeletVersion: "v1.33.5",
    });
  });
});
