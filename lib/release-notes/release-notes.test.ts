import { beforeEach, describe, expect, it } from "vitest";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { saveReleaseNotes } from "./mutations";
import { getReleaseNotes } from "./queries";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

describe("the users' release notes", () => {
  it("start as a draft generated from the inventory, unpublished", async () => {
    const notes = (await getReleaseNotes(world.campaignId))!;
    expect(notes.revision).toBe(0);
    expect(notes.published).toBeNull();
    expect(notes.draft).toBe(notes.generated);
    expect(notes.draft).toContain("# Kubernetes 1.31 → 1.34");
  });

  it("readers see what was published, not the lead's later draft", async () => {
    const base = { campaignId: world.campaignId };
    expectOk(await saveReleaseNotes(world.lead, { ...base, revision: 0, draft: "# First", publish: true }));
    expectOk(await saveReleaseNotes(world.lead, { ...base, revision: 1, draft: "# Second", publish: false }));
    const notes = (await getReleaseNotes(world.campaignId))!;
    expect(notes.published).toMatchObject({ text: "# First", by: { id: world.lead.id } });
    expect(notes.draft).toBe("# Second");
    expect(notes.unpublishedChanges).toBe(true);
  });

  it("refuses a save from an older draft, and anyone but the lead", async () => {
    const base = { campaignId: world.campaignId, publish: false };
    expectOk(await saveReleaseNotes(world.lead, { ...base, revision: 0, draft: "# Mine" }));
    expect(await saveReleaseNotes(world.lead, { ...base, revision: 0, draft: "# Theirs" })).toMatchObject({
      ok: false,
      conflict: true,
    });
    expect(await saveReleaseNotes(world.engineer, { ...base, revision: 1, draft: "# Engineer" })).toMatchObject({
      ok: false,
    });
    expect(await saveReleaseNotes(world.lead, { ...base, revision: 1, draft: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { draft: [expect.stringContaining("empty")] },
    });
    expect((await getReleaseNotes(world.campaignId))!.draft).toBe("# Mine");
  });
});
