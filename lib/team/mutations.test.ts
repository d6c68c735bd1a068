import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember, expectOk } from "@/lib/testing/scenario";
import { addTeamMember } from "./mutations";

describe("addTeamMember", () => {
  it("adds a member with the email lower-cased", async () => {
    const { id } = expectOk(await addTeamMember(await createMember("lead"), { name: "Sora Ito", email: "Sora.Ito@Example.com", role: "engineer" }));
    expect(await db.teamMember.findUnique({ where: { id } })).toMatchObject({ email: "sora.ito@example.com", role: "engineer" });
  });

  it("refuses a second member with the same email, next to the email field", async () => {
    const lead = await createMember("lead");
    expectOk(await addTeamMember(lead, { name: "Yui Mori", email: "yui@example.com", role: "lead" }));
    const count = await db.teamMember.count();
    const again = await addTeamMember(lead, { name: "Yui M.", email: "YUI@example.com", role: "viewer" });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.fieldErrors?.email).toEqual(["Someone on the team already has this email."]);
    expect(await db.teamMember.count()).toBe(count);
  });

  it("refuses an unknown role and a malformed email", async () => {
    const result = await addTeamMember(await createMember("lead"), { name: "X", email: "not-an-email", role: "admin" });
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);
  });
});
