import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createScenario, expectOk, snapshot, type Scenario } from "@/lib/testing/scenario";
import { ARGOCD_INPUT } from "@/lib/testing/argocd-input";
import { assignOwner, createComponent, decideBreaking, deleteComponent, updateComponent } from "./component-mutations";
import { getInventory, getInventoryTable, listActivity } from "./queries";
import type { ComponentView } from "./types";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

/** The edit form's payload for a component as it was loaded. */
function formOf(component: ComponentView) {
  return {
    componentId: component.id,
    revision: component.revision,
    name: component.name,
    category: component.category,
    currentVersion: component.currentVersion,
    targetVersion: component.targetVersion ?? "",
    ownerId: component.owner?.id ?? null,
    breakingNotes: component.breakingNotes,
    compatibility: component.compatibility,
    compatibilitySource: component.compatibilitySource,
    releaseNotes: component.releaseNotes,
  };
}

describe("updateComponent", () => {
  it("saves, bumps the revision and logs each changed field before -> after", async () => {
    const saved = expectOk(
      await updateComponent(world.lead, {
        ...formOf(world.argocd),
        targetVersion: "3.0.6",
        ownerId: world.lead.id,
        breakingNotes: "Dropped the legacy `argocd-cm` repo credentials.",
      }),
    );
    expect(saved.targetVersion).toBe("3.0.6");
    expect(saved.owner?.name).toBe("Haruka Lead");
    expect(saved.revision).toBe(world.argocd.revision + 1);
    const [entry] = await listActivity(world.campaignId, { subjectId: world.argocd.id });
    expect(entry?.actor?.name).toBe("Haruka Lead");
    expect(entry?.changes).toEqual([
      { field: "Target version", before: "3.0.0", after: "3.0.6" },
      { field: "Owner", before: "Ren Engineer", after: "Haruka Lead" },
      { field: "Breaking-change notes", before: "—", after: "Dropped the legacy `argocd-cm` repo credentials." },
    ]);
  });

  it("refuses the second of two edits made from the same revision, keeping the first", async () => {
    const opened = formOf(world.argocd);
    expectOk(await updateComponent(world.lead, { ...opened, targetVersion: "3.0.1" }));
    const before = await snapshot();

    const second = await updateComponent(world.engineer, { ...opened, targetVersion: "3.0.2" });

    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict).toBe(true);
    expect(second.message).toContain("Haruka Lead saved ArgoCD");
    expect(await snapshot()).toEqual(before);
    const stored = await db.component.findUniqueOrThrow({ where: { id: world.argocd.id } });
    expect(stored.targetVersion).toBe("3.0.1");
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const opened = formOf(world.argocd);
    const results = await Promise.all([
      updateComponent(world.lead, { ...opened, targetVersion: "3.0.1" }),
      updateComponent(world.engineer, { ...opened, targetVersion: "3.0.2" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.conflict)).toHaveLength(1);
  });

  it.each([
    [{ currentVersion: "1.3x" }, "currentVersion", '"1.3x" is not a version'],
    [{ targetVersion: "three" }, "targetVersion", '"three" is not a version'],
    [{ currentVersion: "" }, "currentVersion", "Enter a version"],
    [{ name: "n".repeat(200) }, "name", "under 80 characters"],
    [{ releaseNotes: [{ label: "notes", url: "not a url" }] }, "releaseNotes.0.url", "full http(s) link"],
    [{ ownerId: "nobody" }, "ownerId", "Choose a member of the team"],
  ])("refuses %j with a message on %s and changes nothing", async (patch, field, message) => {
    const before = await snapshot();
    const result = await updateComponent(world.lead, { ...formOf(world.argocd), ...patch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.[field]?.join(" ")).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate name in the same campaign on the name field", async () => {
    const other = expectOk(
      await createComponent(world.lead, {
        ...formOf(world.argocd),
        campaignId: world.campaignId,
        name: "Loki",
        currentVersion: "2.9.0",
        targetVersion: "3.0.0",
      }),
    );
    const result = await updateComponent(world.lead, { ...formOf(other), name: "ArgoCD" });
    expect(!result.ok && result.fieldErrors?.name?.[0]).toContain('already has a component named "ArgoCD"');
  });

  it("replaces the release-note links in order", async () => {
    const links = [
      { label: "Upgrade guide", url: "https://argo-cd.readthedocs.io/en/stable/operator-manual/upgrading/2.14-3.0/" },
      { label: "v3.0.0", url: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0" },
    ];
    const saved = expectOk(await updateComponent(world.lead, { ...formOf(world.argocd), releaseNotes: links }));
    expect(saved.releaseNotes).toEqual(links);
  });
});

describe("breaking flag", () => {
  it("is set automatically by a major bump and can be cleared with a reason", async () => {
    expect(world.argocd.breaking).toMatchObject({ detected: true, effective: true, override: null });
    const cleared = expectOk(
      await decideBreaking(world.lead, {
        componentId: world.argocd.id,
        revision: world.argocd.revision,
        breaking: false,
        reason: "We use none of the removed settings",
      }),
    );
    expect(cleared.breaking).toMatchObject({
      detected: true,
      effective: false,
      override: false,
      reason: "We use none of the removed settings",
    });
    const [entry] = await listActivity(world.campaignId, { subjectId: world.argocd.id });
    expect(entry?.changes[0]?.after).toContain("not breaking (decided: We use none");
  });

  it("refuses a decision without a reason and keeps the flag", async () => {
    const result = await decideBreaking(world.lead, {
      componentId: world.argocd.id,
      revision: world.argocd.revision,
      breaking: false,
      reason: "",
    });
    expect(!result.ok && result.fieldErrors?.reason?.[0]).toBe("Say why, in a few words.");
    const stored = await db.component.findUniqueOrThrow({ where: { id: world.argocd.id } });
    expect(stored.breakingOverride).toBeNull();
  });
});

describe("assignOwner", () => {
  it("assigns several components in one go and logs each", async () => {
    const loki = expectOk(
      await createComponent(world.lead, {
        ...formOf(world.argocd),
        ownerId: null,
        campaignId: world.campaignId,
        name: "Loki",
        currentVersion: "2.9.0",
        targetVersion: "3.0.0",
      }),
    );
    const result = expectOk(
      await assignOwner(world.lead, { componentIds: [world.argocd.id, loki.id], ownerId: world.engineer.id }),
    );
    expect(result.count).toBe(1); // argocd already had that owner
    const inventory = await getInventory(world.campaignId);
    expect(inventory?.components.map((c) => c.owner?.name)).toEqual(["Ren Engineer", "Ren Engineer"]);
    expect(inventory?.team.find((m) => m.id === world.engineer.id)?.ownedCount).toBe(2);
    const activity = await listActivity(world.campaignId);
    expect(activity.filter((a) => a.changes[0]?.field === "Owner")).toHaveLength(1);
  });

  it("changes nothing when one of the components is gone", async () => {
    const before = await snapshot();
    const result = await assignOwner(world.lead, {
      componentIds: [world.argocd.id, "gone"],
      ownerId: world.engineer.id,
    });
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an owner who is not on the team", async () => {
    const result = await assignOwner(world.lead, { componentIds: [world.argocd.id], ownerId: "nobody" });
    expect(!result.ok && result.fieldErrors?.ownerId).toBeTruthy();
  });
});

describe("deleteComponent", () => {
  it("removes the component with its links, refusing a stale revision", async () => {
    const stale = await deleteComponent(world.lead, {
      componentId: world.argocd.id,
      revision: world.argocd.revision + 5,
    });
    expect(!stale.ok && stale.conflict).toBe(true);
    expectOk(await deleteComponent(world.lead, { componentId: world.argocd.id, revision: world.argocd.revision }));
    expect(await db.component.count({ where: { id: world.argocd.id } })).toBe(0);
    expect(await db.releaseNoteLink.count({ where: { componentId: world.argocd.id } })).toBe(0);
  });
});

describe("component names", () => {
  it("refuses a name that differs from another only in case, beside the field", async () => {
    const world = await createScenario();
    const refused = await createComponent(world.lead, {
      ...ARGOCD_INPUT,
      releaseNotes: [],
      name: world.argocd.name.toUpperCase(),
      campaignId: world.campaignId,
    });
    expect(!refused.ok && refused.fieldErrors?.name).toEqual([
      `This campaign already has a component named "${world.argocd.name}".`,
    ]);
  });
});

describe("the inventory as its table holds it", () => {
  it("carries what the rows read and leaves the notes and sources on the component's page", async () => {
    expectOk(
      await updateComponent(world.lead, {
        ...formOf(world.argocd),
        breakingNotes: "A long note the table never shows.",
        compatibilitySource: "https://argo-cd.readthedocs.io/en/stable/operator-manual/installation/",
      }),
    );
    const table = (await getInventoryTable(world.campaignId))!;
    const full = (await getInventory(world.campaignId))!;
    const row = table.components.find((c) => c.id === world.argocd.id)!;
    expect(row).not.toHaveProperty("breakingNotes");
    expect(row).not.toHaveProperty("compatibilitySource");
    expect(row).not.toHaveProperty("updatedAt");
    const { campaignId, breakingNotes, compatibilitySource, userFacing, matchRuleSource, updatedAt, ...rest } =
      full.components.find((c) => c.id === world.argocd.id)!;
    expect([campaignId, breakingNotes, compatibilitySource]).toEqual([
      world.campaignId,
      "A long note the table never shows.",
      "https://argo-cd.readthedocs.io/en/stable/operator-manual/installation/",
    ]);
    expect({ userFacing, matchRuleSource, updatedAt }).toEqual({
      userFacing: false,
      matchRuleSource: "automatic",
      updatedAt: expect.any(Date),
    });
    expect(row).toEqual(rest);
    expect(table.team).toEqual(full.team);
    expect(await getInventoryTable("gone")).toBeNull();
  });
});
