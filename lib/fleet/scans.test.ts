import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedApiServer, type SimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { demoFleet } from "@/lib/demo/simulator/fleet-model";
import { db } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/campaign-mutations";
import { startCampaign } from "@/lib/campaigns/lifecycle-mutations";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { getFleet } from "./queries";
import { latestScan } from "./scans";
import { registerSimulatedFleet } from "./simulated-fleet";

/* The live view's reads over real TLS: polls answer from the latest scan, and only scans write. */

let server: SimulatedApiServer;
let world: Scenario;

beforeAll(async () => {
  // Paused: the rollout must not move while the test compares scans.
  server = await startSimulatedApiServer(demoFleet(new Date("2026-11-22T09:00:00Z"), { pauseTicks: 1_000 }), {
    tickMs: 0,
  });
  registerSimulatedFleet({ kubeconfig: server.kubeconfig(), replay: () => server.replay(demoFleet()) });
  world = await createScenario();
  expectOk(await startCampaign(world.lead, { campaignId: world.campaignId }));
  for (const name of ["dev-gpu", "stg-gpu"]) {
    await db.cluster.create({
      data: {
        name,
        context: name,
        environmentId: name.startsWith("dev") ? world.environments.dev : world.environments.stg,
      },
    });
  }
});
afterAll(() => server.close());

const REFRESH_MS = 10_000;

describe("latestScan", () => {
  it("waits for the first scan, then answers polls from it without reading the clusters again", async () => {
    const first = await latestScan();
    expect(first.mode).toBe("simulated");
    expect(first.results.map((r) => [r.name, r.read.ok])).toEqual([
      ["dev-gpu", true],
      ["stg-gpu", true],
    ]);
    const requests = server.requestCount();
    expect(await latestScan()).toBe(first);
    expect(server.requestCount()).toBe(requests);
  });

  it("answers a stale poll at once with the latest scan and refreshes in the background", async () => {
    const before = await latestScan();
    const stale = await latestScan(before.readAt.getTime() + REFRESH_MS);
    expect(stale).toBe(before);
    await expect
      .poll(async () => (await latestScan()).readAt.getTime(), { timeout: 10_000 })
      .toBeGreaterThan(before.readAt.getTime());
  });

  it("records the skew high-water mark when it scans, never when a page polls", async () => {
    await db.skewHighWater.deleteMany();
    await getFleet();
    expect(await db.skewHighWater.count()).toBe(0);

    const latest = await latestScan();
    await latestScan(latest.readAt.getTime() + REFRESH_MS);
    await expect
      .poll(() => db.skewHighWater.count({ where: { campaignId: world.campaignId } }), { timeout: 10_000 })
      .toBe(2);
  });

  it("a planned campaign changes nothing live: the fleet keeps the running campaign's target and records", async () => {
    const { id: nextYear } = expectOk(
      await createCampaign(world.lead, {
        name: "2027 upgrade",
        kubernetesFrom: "1.34",
        kubernetesTo: "1.37",
        startDate: "2027-09-01",
        maintenanceStart: "",
        maintenanceEnd: "",
        previousCampaignId: world.campaignId,
      }),
    );
    const latest = await latestScan();
    await latestScan(latest.readAt.getTime() + REFRESH_MS);
    await expect
      .poll(async () => (await latestScan()).readAt.getTime(), { timeout: 10_000 })
      .toBeGreaterThan(latest.readAt.getTime());
    const fleet = await getFleet();
    expect(fleet.campaign).toMatchObject({ id: world.campaignId, target: "1.34" });
    const plans = fleet.environments.flatMap((e) => e.clusters.map((c) => (c.status === "ok" ? c.plan?.target : null)));
    expect(plans).toEqual(["1.34", "1.34"]);
    expect(await db.skewHighWater.count({ where: { campaignId: nextYear } })).toBe(0);
  });

  it("scans again, and waits for it, when a cluster is added", async () => {
    await db.cluster.create({ data: { name: "prd-gpu", context: "prd-gpu", environmentId: world.environments.prd } });
    const fleet = await getFleet();
    expect(fleet.environments.flatMap((e) => e.clusters.map((c) => [c.name, c.status]))).toEqual([
      ["dev-gpu", "ok"],
      ["stg-gpu", "ok"],
      ["prd-gpu", "ok"],
    ]);
  });
});

describe("a new campaign from what runs", () => {
  it("adds the well-known components the clusters run that the lead ticked, each with its rule and the common version", async () => {
    const { id } = expectOk(
      await createCampaign(world.lead, {
        name: "From the clusters",
        kubernetesFrom: "1.34",
        kubernetesTo: "1.35",
        startDate: "2026-12-01",
        maintenanceStart: "",
        maintenanceEnd: "",
        previousCampaignId: "",
        addRunning: ["containerd", "cert-manager", "Not running anywhere"],
      }),
    );
    const components = await db.component.findMany({ where: { campaignId: id }, orderBy: { name: "asc" } });
    expect(components.map((c) => [c.name, c.category, c.matchKind, c.matchValue])).toEqual([
      ["cert-manager", "addon-helm", "image", "jetstack/cert-manager-controller"],
      ["containerd", "runtime", "node-runtime", "containerd"],
    ]);
    // dev-gpu's 9 nodes run 2.1.4, stg-gpu's 11 still 1.7.22: the version most of the fleet runs.
    expect(components.find((c) => c.name === "containerd")?.currentVersion).toBe("1.7.22");
  });
});
