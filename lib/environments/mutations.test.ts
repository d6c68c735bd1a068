import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listEnvironments } from "@/lib/campaigns/queries";
import { ensureEnvironments } from "@/lib/demo/seed-demo";
import { expectOk } from "@/lib/testing/scenario";
import { addEnvironment, renameEnvironment } from "./mutations";

describe("environments", () => {
  it("renames one and appends a new one last in the promotion order", async () => {
    await ensureEnvironments();
    const [, stg] = await listEnvironments();
    expectOk(await renameEnvironment({ environmentId: stg!.id, name: " Staging " }));
    expectOk(await addEnvironment({ name: "Prd-EU" }));
    expect((await listEnvironments()).map((e) => e.name)).toEqual(["Dev", "Staging", "Prd", "Prd-EU"]);
  });

  it("refuses a name already taken or empty, next to the name field, changing nothing", async () => {
    await ensureEnvironments();
    const before = await db.environment.findMany({ orderBy: { position: "asc" } });
    const [dev] = before;

    const taken = await renameEnvironment({ environmentId: dev!.id, name: "Prd" });
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.fieldErrors?.name?.[0]).toContain('already an environment called "Prd"');
    const empty = await addEnvironment({ name: "  " });
    expect(!empty.ok && empty.fieldErrors?.name).toBeTruthy();

    expect(await db.environment.findMany({ orderBy: { position: "asc" } })).toEqual(before);
  });
});
