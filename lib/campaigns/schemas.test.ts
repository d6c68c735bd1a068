import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ARGOCD_INPUT } from "@/lib/testing/argocd-input";
import { breakingDecisionSchema, componentFieldsSchema, createCampaignSchema, createComponentSchema } from "./schemas";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

const component = { ...ARGOCD_INPUT, campaignId: "c1" };

describe("createComponentSchema", () => {
  it("accepts a complete component and trims it", () => {
    const parsed = createComponentSchema.parse({ ...component, name: "  ArgoCD ", targetVersion: " 3.0.0 " });
    expect(parsed.name).toBe("ArgoCD");
    expect(parsed.targetVersion).toBe("3.0.0");
  });

  it.each([
    [{ currentVersion: "1.3x" }, "currentVersion", '"1.3x" is not a version'],
    [{ currentVersion: "" }, "currentVersion", "Enter a version"],
    [{ targetVersion: "3.x" }, "targetVersion", '"3.x" is not a version'],
    [{ name: "" }, "name", "Enter a component name"],
    [{ name: "x".repeat(81) }, "name", "under 80 characters"],
    [{ compatibilitySource: "not a link" }, "compatibilitySource", "full http(s) link"],
    [{ compatibilitySource: "javascript:alert(1)" }, "compatibilitySource", "full http(s) link"],
    [{ breakingNotes: "x".repeat(20_001) }, "breakingNotes", "under 20,000"],
  ])("refuses %j on %s", (patch, field, message) => {
    const errors = fieldErrors(createComponentSchema.safeParse({ ...component, ...patch }));
    expect(errors[field]?.join(" ")).toContain(message);
  });

  it("puts a broken release-note link's error on that link", () => {
    const result = createComponentSchema.safeParse({
      ...component,
      releaseNotes: [{ label: "notes", url: "ftp://x" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["releaseNotes", 0, "url"]);
  });

  it("allows an empty target (a cloned campaign starts without targets)", () => {
    expect(createComponentSchema.safeParse({ ...component, targetVersion: "" }).success).toBe(true);
  });
});

describe("createCampaignSchema", () => {
  const campaign = {
    name: "2026 upgrade",
    kubernetesFrom: "1.31",
    kubernetesTo: "1.34",
    startDate: "2026-09-01",
    maintenanceStart: "2026-10-27",
    maintenanceEnd: "2026-10-27",
    previousCampaignId: "",
  };
  it("accepts a campaign", () => {
    expect(createCampaignSchema.safeParse(campaign).success).toBe(true);
  });
  it("refuses a target that is not newer", () => {
    expect(
      fieldErrors(createCampaignSchema.safeParse({ ...campaign, kubernetesTo: "1.31" })).kubernetesTo?.[0],
    ).toContain("newer");
  });
  it("refuses a window that ends before it starts", () => {
    expect(
      fieldErrors(createCampaignSchema.safeParse({ ...campaign, maintenanceEnd: "2026-10-20" })).maintenanceEnd,
    ).toBeDefined();
  });
  it("refuses a window before the campaign starts", () => {
    expect(
      fieldErrors(createCampaignSchema.safeParse({ ...campaign, maintenanceStart: "2026-08-01", maintenanceEnd: "" }))
        .maintenanceStart,
    ).toBeDefined();
  });
});

describe("breakingDecisionSchema", () => {
  it("wants a reason to confirm or clear, none to go back to the rule", () => {
    expect(
      breakingDecisionSchema.safeParse({ componentId: "x", revision: 0, breaking: false, reason: "" }).success,
    ).toBe(false);
    expect(
      breakingDecisionSchema.safeParse({
        componentId: "x",
        revision: 0,
        breaking: false,
        reason: "only the CLI changed",
      }).success,
    ).toBe(true);
    expect(
      breakingDecisionSchema.safeParse({ componentId: "x", revision: 0, breaking: null, reason: "" }).success,
    ).toBe(true);
  });
});

describe("text the server bounds and cleans", () => {
  const component = {
    name: "Cilium",
    category: "addon-helm",
    currentVersion: "1.16.3",
    targetVersion: "1.18.1",
    ownerId: null,
    breakingNotes: "",
    compatibility: "unknown",
    compatibilitySource: "",
    userFacing: false,
    releaseNotes: [],
  } as const;

  it("refuses a 900 KB version beside its field", () => {
    const result = componentFieldsSchema.safeParse({ ...component, currentVersion: `1.${"9".repeat(900_000)}` });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path[0] === "currentVersion" && i.message.includes("under 64"))).toBe(
      true,
    );
  });

  it("refuses NUL and right-to-left overrides in names", () => {
    for (const name of ["Cil\u0000ium", "gpu-\u202eoperator", "zero\u200bwidth"]) {
      const result = componentFieldsSchema.safeParse({ ...component, name });
      expect(result.error?.issues[0]?.message).toBe(
        "Remove the invisible or control characters from the component name.",
      );
    }
    expect(componentFieldsSchema.safeParse({ ...component, name: "Rook Ceph — operator (ノード)" }).success).toBe(true);
  });
});
