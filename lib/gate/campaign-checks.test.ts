import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import {
  addonCompatibilityCheck,
  manualChecksCheck,
  breakingDecidedCheck,
  campaignChecks,
  compatibilityKnownCheck,
  failedInPreviousCheck,
  insideWindow,
  maintenanceWindowCheck,
  noIncompatibleCheck,
  settledInPreviousCheck,
  type CampaignGateInput,
} from "./campaign-checks";

const dev = { id: "dev", name: "Dev", position: 0 };
const stg = { id: "stg", name: "Stg", position: 1 };
const prd = { id: "prd", name: "Prd", position: 2 };

const window = { start: new Date("2026-10-27T00:00:00Z"), end: new Date("2026-10-28T00:00:00Z") };

function inputFor(
  environment: typeof dev,
  components: CampaignGateInput["components"],
  extra: Partial<CampaignGateInput> = {},
): CampaignGateInput {
  const order = [dev, stg, prd];
  const index = order.indexOf(environment);
  return {
    campaignId: "c1",
    environment,
    previous: order[index - 1] ?? null,
    isLast: index === order.length - 1,
    components,
    window,
    overrides: [],
    kubernetes: { from: "1.31", to: "1.34" },
    now: new Date("2026-10-27T12:00:00Z"),
    ...extra,
  };
}

const settled = (name: string) =>
  componentFixture({ name, compatibility: "compatible", statuses: { dev: "verified", stg: "skipped" } });

describe("verification in the previous environment", () => {
  it("has nothing before the first environment", () => {
    const input = inputFor(dev, [componentFixture({ name: "cilium" })]);
    expect(failedInPreviousCheck(input).verdict).toBe("pass");
    expect(settledInPreviousCheck(input).verdict).toBe("pass");
  });

  it("blocks Stg on a component Failed on Dev, listed apart from the merely unsettled", () => {
    const failed = componentFixture({ name: "cert-manager", statuses: { dev: "failed" } });
    const inProgress = componentFixture({ name: "argocd", statuses: { dev: "in-progress" } });
    const input = inputFor(stg, [failed, inProgress, settled("coredns")]);
    const failedCheck = failedInPreviousCheck(input);
    expect(failedCheck).toMatchObject({ verdict: "block", sentence: "1 component failed verification on Dev." });
    expect(failedCheck.items).toEqual([
      { label: "cert-manager", href: `/campaigns/c1/components/${failed.id}`, detail: "Aiko" },
    ]);
    expect(failedCheck.link?.href).toBe("/campaigns/c1/components?filter=failed");
    expect(settledInPreviousCheck(input).items.map((i) => i.label)).toEqual(["argocd"]);
  });

  it("counts skipped as settled: Prd waits on Stg only", () => {
    const input = inputFor(prd, [settled("coredns"), componentFixture({ name: "x", statuses: { stg: "verified" } })]);
    expect(settledInPreviousCheck(input).verdict).toBe("pass");
    expect(failedInPreviousCheck(input).verdict).toBe("pass");
  });
});

describe("breakingDecidedCheck", () => {
  it("blocks on a major upgrade nobody has confirmed or cleared", () => {
    const major = componentFixture({ name: "containerd", currentVersion: "1.7.22", targetVersion: "2.1.4" });
    const check = breakingDecidedCheck(inputFor(dev, [major]));
    expect(check).toMatchObject({ verdict: "block", items: [{ label: "containerd" }] });
  });

  it("passes once a person decided, either way, and for minor upgrades", () => {
    const cleared = componentFixture({
      currentVersion: "1.7.22",
      targetVersion: "2.1.4",
      breaking: { detected: true, override: false, reason: "no API change for us", effective: false },
    });
    const minor = componentFixture({ currentVersion: "1.7.22", targetVersion: "1.7.27" });
    expect(breakingDecidedCheck(inputFor(dev, [cleared, minor])).verdict).toBe("pass");
  });
});

describe("compatibility with the target", () => {
  it("blocks on unknown and on incompatible, each in its own check", () => {
    const unknown = componentFixture({ name: "u", compatibility: "unknown" });
    const incompatible = componentFixture({ name: "i", compatibility: "incompatible" });
    const input = inputFor(dev, [unknown, incompatible]);
    expect(compatibilityKnownCheck(input).items.map((i) => i.label)).toEqual(["u"]);
    expect(noIncompatibleCheck(input).items.map((i) => i.label)).toEqual(["i"]);
  });

  it("passes compatible components", () => {
    const input = inputFor(dev, [settled("a")]);
    expect([compatibilityKnownCheck(input).verdict, noIncompatibleCheck(input).verdict]).toEqual(["pass", "pass"]);
  });
});

describe("the maintenance window", () => {
  it("counts whole UTC days: from the first day's 00:00 to the end of the last day", () => {
    expect(insideWindow(window, new Date("2026-10-26T23:59:59Z"))).toBe(false);
    expect(insideWindow(window, new Date("2026-10-27T00:00:00Z"))).toBe(true);
    expect(insideWindow(window, new Date("2026-10-28T23:59:59Z"))).toBe(true);
    expect(insideWindow(window, new Date("2026-10-29T00:00:00Z"))).toBe(false);
    expect(insideWindow({ start: null, end: null }, new Date())).toBe(false);
  });

  it("applies to the last environment only", () => {
    expect(maintenanceWindowCheck(inputFor(stg, []))).toBeNull();
    expect(maintenanceWindowCheck(inputFor(prd, []))?.verdict).toBe("pass");
  });

  it("blocks outside the window and without one", () => {
    const outside = maintenanceWindowCheck(inputFor(prd, [], { now: new Date("2026-11-02T10:00:00Z") }));
    expect(outside?.verdict).toBe("block");
    expect(outside?.sentence).toMatch(/^Outside the Prd maintenance window \(/);
    const none = maintenanceWindowCheck(inputFor(prd, [], { window: { start: null, end: null } }));
    expect(none?.sentence).toBe("No Prd maintenance window is set.");
  });

  it("lets a lead's override pass with a warning until it expires", () => {
    const override = {
      id: "o1",
      checkId: "maintenance-window",
      reason: "CVE-2026-1234 hotfix",
      by: "Aiko",
      until: new Date("2026-11-02T12:00:00Z"),
    };
    const at = (iso: string) =>
      maintenanceWindowCheck(inputFor(prd, [], { now: new Date(iso), overrides: [override] }))?.verdict;
    expect(at("2026-11-02T11:59:59Z")).toBe("warn");
    expect(at("2026-11-02T12:00:00Z")).toBe("block");
  });
});

describe("campaignChecks", () => {
  it("names every campaign check for Prd, failed first, and all but the window elsewhere", () => {
    expect(campaignChecks(inputFor(prd, [])).map((c) => c.id)).toEqual([
      "failed-in-previous",
      "settled-in-previous",
      "breaking-decided",
      "compatibility-known",
      "no-incompatible",
      "addon-compatibility",
      "manual-checks",
      "maintenance-window",
    ]);
    expect(campaignChecks(inputFor(stg, []))).toHaveLength(7);
  });
});

describe("addonCompatibilityCheck", () => {
  const component = (name: string, targetVersion: string) => componentFixture({ name, targetVersion });

  it("blocks an add-on whose own table leaves out a minor the hops pass through, and names the range", () => {
    const check = addonCompatibilityCheck(inputFor(stg, [component("cert-manager", "v1.18.2")]));
    expect(check.verdict).toBe("block");
    expect(check.sentence).toContain("1.31, 1.32, 1.33, 1.34");
    expect(check.items[0]!.detail).toBe("cert-manager 1.18 supports 1.29–1.33, not 1.34");
  });

  it("passes when the line supports every minor; warns for a retired project or an unlisted line", () => {
    expect(addonCompatibilityCheck(inputFor(stg, [component("cert-manager", "v1.19.1")])).verdict).toBe("pass");
    const warned = addonCompatibilityCheck(
      inputFor(stg, [component("ingress-nginx", "v1.13.1"), component("cert-manager", "v1.21.0")]),
    );
    expect(warned.verdict).toBe("warn");
    expect(warned.items.map((item) => item.detail)).toEqual([
      "ingress-nginx was retired upstream (March 2026): no more fixes",
      "cert-manager 1.21 is not listed as tested",
    ]);
  });

  it("warns, never blocks, where a project only lists what it tested (Cilium 1.18: 1.30–1.33)", () => {
    const check = addonCompatibilityCheck(inputFor(stg, [component("Cilium", "1.18.1")]));
    expect(check.verdict).toBe("warn");
    expect(check.items[0]!.detail).toBe("Cilium 1.18 is tested on 1.30–1.33; 1.34 not listed as tested");
  });

  it("claims nothing about a project the table does not know", () => {
    const check = addonCompatibilityCheck(inputFor(stg, [component("tenant-operator", "v2.0.0")]));
    expect(check).toMatchObject({ verdict: "pass", items: [] });
  });
});

describe("manualChecksCheck", () => {
  const at = new Date("2026-11-20T10:00:00Z");
  const tick = (item: string) => ({ item, evidence: "Runbook PLAT-1 followed, log attached.", by: "Aiko Tanaka", at });

  it("blocks until every check no API shows is ticked here, naming those left and who ticked the rest", () => {
    const check = manualChecksCheck({ ...inputFor(stg, []), manualTicks: [tick("etcd-snapshot")] });
    expect(check.verdict).toBe("block");
    expect(check.sentence).toContain("3 checks not yet ticked on Stg");
    expect(check.items[0]).toMatchObject({
      label: "etcd snapshot taken and a restore tested",
      detail: expect.stringMatching(/^Aiko Tanaka, .*: Runbook PLAT-1 followed/),
    });
    expect(check.items[1]!.detail).toBe("not ticked");
  });

  it("passes once all are ticked", () => {
    const ticks = ["etcd-snapshot", "kubeadm-config", "feature-gates", "conformance"].map(tick);
    expect(manualChecksCheck({ ...inputFor(stg, []), manualTicks: ticks }).verdict).toBe("pass");
  });
});
