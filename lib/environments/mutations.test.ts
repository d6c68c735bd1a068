import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, expectOk } from "@/lib/testing/scenario";
import { addEnvironment, renameEnvironment } from "./mutations";
import { listEnvironments } from "@/lib/environments/queries";
import { ensureEnvironments } from "@/lib/environments/defaults";

describe("environments", () => {
  it("renames one and appends a new one last in the promotion order", async () => {
    await ensureEnvironments();
    const lead = await createMember("lead");
    const [, stg] = await listEnvironments();
    expectOk(await renameEnvironment(lead, { environmentId: stg!.id, name: " Staging " }));
    expectOk(await addEnvironment(lead, { name: "Prd-EU" }));
    expect((await listEnvironments()).map((e) => e.name)).toEqual(["Dev", "Staging", "Prd", "Prd-EU"]);
  });

  it("refuses a name already taken or empty, next to the name field, changing nothing", async () => {
    await ensureEnvironments();
    const lead = await createMember("lead");
    const before = await db.environment.findMany({ orderBy: { position: "asc" } });
    const [dev] = before;

    const taken = await renameEnvironment(lead, { environmentId: dev!.id, name: "Prd" });
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.fieldErrors?.name?.[0]).toContain('already an environment called "Prd"');
    const sameButCase = await addEnvironment(lead, { name: "prd" });
    expect(!sameButCase.ok && sameButCase.fieldErrors?.name?.[0]).toContain('already an environment called "Prd"');
    const hidden = await addEnvironment(lead, { name: "Prd\u202e" });
    expect(!hidden.ok && hidden.fieldErrors?.name?.[0]).toContain("invisible or control characters");
    const empty = await addEnvironment(lead, { name: "  " });
    expect(!empty.ok && empty.fieldErrors?.name).toBeTruthy();

    expect(await db.environment.findMany({ orderBy: { position: "asc" } })).toEqual(before);
  });
});
