import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createMember } from "@/lib/testing/scenario";
import { sessionCookies } from "@/lib/testing/session-cookies";
import { changePassword, checkPassword, createFirstLead, purgeStale } from "./local-accounts";
import { hashPassword } from "./password";
import { currentMember, endSession, SESSION_COOKIE, startSession } from "./session";
import { THROTTLE } from "./sign-in-throttle";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookies")).sessionCookies.module);

async function memberWithPassword(password: string) {
  const member = await createMember("engineer");
  await db.teamMember.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(password) } });
  const { email } = await db.teamMember.findUniqueOrThrow({ where: { id: member.id } });
  return { ...member, email };
}

// The password hash is slow on purpose, and these cases hash several times each.
describe("local sign-in", { timeout: 20_000 }, () => {
  it("accepts the right password, whatever the email's case", async () => {
    const kenji = await memberWithPassword("kenji-password-1");
    const result = await checkPassword(
      { email: kenji.email.toUpperCase(), password: "kenji-password-1" },
      "203.0.113.1",
    );
    expect(result).toEqual({ ok: true, data: { memberId: kenji.id } });
  });

  it("answers a wrong password and an unknown email alike, next to the password field", async () => {
    const mei = await memberWithPassword("mei-password-1");
    const wrong = await checkPassword({ email: mei.email, password: "nope-nope-nope" }, "203.0.113.2");
    const unknown = await checkPassword({ email: "nobody@example.com", password: "nope-nope-nope" }, "203.0.113.2");
    expect(wrong).toEqual(unknown);
    expect(!wrong.ok && wrong.fieldErrors?.password).toEqual(["Email or password is wrong."]);
  });

  it("pauses an account after five wrong passwords, even for the right one, then lets it in again", async () => {
    const ryo = await memberWithPassword("ryo-password-1");
    const now = new Date("2026-11-22T10:00:00Z");
    for (let attempt = 0; attempt < THROTTLE.perAccount; attempt++) {
      expect(
        (await checkPassword({ email: ryo.email, password: `guess-${attempt}-xxxx` }, "203.0.113.3", now)).ok,
      ).toBe(false);
    }
    const paused = await checkPassword({ email: ryo.email, password: "ryo-password-1" }, "203.0.113.4", now);
    expect(!paused.ok && paused.message).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(await db.signInFailure.count({ where: { email: ryo.email } })).toBe(THROTTLE.perAccount);

    const later = new Date(now.getTime() + THROTTLE.windowMs);
    expect((await checkPassword({ email: ryo.email, password: "ryo-password-1" }, "203.0.113.4", later)).ok).toBe(true);
    // The right password does not erase the failures: they age out, and are purged once they have.
    expect(await db.signInFailure.count({ where: { email: ryo.email } })).toBe(THROTTLE.perAccount);
    await purgeStale(new Date(later.getTime() + 60_000));
    expect(await db.signInFailure.count({ where: { email: ryo.email } })).toBe(0);
  });

  it("holds under parallel guesses: each is counted before its hash, so only the limit's worth are checked", async () => {
    const mei = await memberWithPassword("mei-password-1");
    const now = new Date("2026-11-22T11:00:00Z");
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        checkPassword({ email: mei.email, password: `parallel-guess-${i}` }, `198.51.100.${i}`, now),
      ),
    );
    const checked = guesses.filter((g) => !g.ok && g.message === "Email or password is wrong.");
    expect(checked.length).toBeLessThanOrEqual(THROTTLE.perAccount);
    expect(guesses.every((g) => !g.ok)).toBe(true);
    expect(await db.signInFailure.count({ where: { email: mei.email } })).toBeLessThanOrEqual(THROTTLE.perAccount);
    // Even the right password now waits for the window: the limit was reached by counted attempts.
    const right = await checkPassword({ email: mei.email, password: "mei-password-1" }, "198.51.100.99", now);
    expect(!right.ok && right.message).toContain("Too many failed sign-ins");
  });

  it("purges expired sessions with the old failures", async () => {
    const member = await memberWithPassword("purge-password-1");
    await db.session.createMany({
      data: [
        { tokenHash: "expired-session", memberId: member.id, expiresAt: new Date("2026-11-01T00:00:00Z") },
        { tokenHash: "live-session", memberId: member.id, expiresAt: new Date("2027-01-01T00:00:00Z") },
      ],
    });
    await purgeStale(new Date("2026-12-01T00:00:00Z"));
    expect((await db.session.findMany({ where: { memberId: member.id } })).map((s) => s.tokenHash)).toEqual([
      "live-session",
    ]);
  });

  it("sends field errors for empty fields without counting a failure", async () => {
    const result = await checkPassword({ email: " ", password: "" }, "203.0.113.5");
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
    expect(await db.signInFailure.count({ where: { address: "203.0.113.5" } })).toBe(0);
  });
});

describe("the first start", () => {
  it("creates the lead only while the team is empty", async () => {
    await db.teamMember.deleteMany();
    const created = await createFirstLead({
      name: "Aiko Tanaka",
      email: "Aiko@Example.com",
      password: "first-lead-password",
    });
    expect(created.ok).toBe(true);
    const lead = await db.teamMember.findUniqueOrThrow({ where: { email: "aiko@example.com" } });
    expect(lead.role).toBe("lead");
    expect(lead.passwordHash).toMatch(/^scrypt\$/);

    const second = await createFirstLead({
      name: "Mallory",
      email: "mallory@example.com",
      password: "another-password",
    });
    expect(!second.ok && second.message).toMatch(/already has a team/);
    expect(await db.teamMember.count()).toBe(1);
  });

  it("refuses a short password next to its field", async () => {
    const result = await createFirstLead({ name: "A", email: "a@example.com", password: "short" });
    expect(!result.ok && result.fieldErrors?.password).toEqual(["Use at least 10 characters."]);
  });
});

describe("sessions", () => {
  it("sign a member in with a cookie the database knows only by its hash, and sign them out", async () => {
    sessionCookies.clear();
    const hana = await createMember("viewer");
    await startSession(hana.id);
    const token = sessionCookies.value(SESSION_COOKIE)!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(await db.session.count({ where: { tokenHash: token } })).toBe(0);
    expect(await currentMember()).toEqual(hana);

    await endSession();
    expect(sessionCookies.value(SESSION_COOKIE)).toBeUndefined();
    expect(await db.session.count({ where: { memberId: hana.id } })).toBe(0);
    expect(await currentMember()).toBeNull();
  });

  it("end when they expire, and follow a role the lead changed", async () => {
    sessionCookies.clear();
    const sora = await createMember("engineer");
    await startSession(sora.id);
    await db.teamMember.update({ where: { id: sora.id }, data: { role: "viewer" } });
    expect((await currentMember())?.role).toBe("viewer");
    await db.session.updateMany({ where: { memberId: sora.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await currentMember()).toBeNull();
  });
});

describe("changing one's password", { timeout: 20_000 }, () => {
  it("needs the current password, counts wrong ones, and then takes the new one", async () => {
    const yui = await memberWithPassword("yui-old-password");
    const wrong = await changePassword(
      yui,
      { currentPassword: "not-the-old-one", newPassword: "yui-new-password" },
      "203.0.113.6",
    );
    expect(!wrong.ok && wrong.fieldErrors?.currentPassword).toEqual(["That is not your current password."]);
    expect(await db.signInFailure.count({ where: { email: yui.email } })).toBe(1);
    expect((await checkPassword({ email: yui.email, password: "yui-old-password" }, "203.0.113.6")).ok).toBe(true);

    expect(
      (
        await changePassword(
          yui,
          { currentPassword: "yui-old-password", newPassword: "yui-new-password" },
          "203.0.113.6",
        )
      ).ok,
    ).toBe(true);
    expect((await checkPassword({ email: yui.email, password: "yui-old-password" }, "203.0.113.6")).ok).toBe(false);
    expect((await checkPassword({ email: yui.email, password: "yui-new-password" }, "203.0.113.6")).ok).toBe(true);
  });

  it("is refused to members who sign in through OIDC", async () => {
    const oidcOnly = await createMember("engineer");
    const result = await changePassword(
      oidcOnly,
      { currentPassword: "whatever-it-is", newPassword: "another-password" },
      "203.0.113.7",
    );
    expect(!result.ok && result.message).toMatch(/identity provider/);
  });
});
