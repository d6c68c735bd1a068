import { describe, expect, it } from "vitest";
import { DECOY_HASH, HashingBusy, MAX_WAITING, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("accepts the password it hashed and nothing else", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
  });

  it("refuses stored values it does not understand", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$1$2$3$c2FsdA$a2V5")).toBe(false);
  });
});

describe("the decoy hash", () => {
  it("is a hash at today's cost that no likely password opens", async () => {
    expect(DECOY_HASH).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("", DECOY_HASH)).toBe(false);
    expect(await verifyPassword("stepwise-demo", DECOY_HASH)).toBe(false);
  });
});

describe("bounded hashing", { timeout: 60_000 }, () => {
  it("runs a few hashes at a time and turns a flood away at once instead of queueing it", async () => {
    const stored = await hashPassword("flood-password-1");
    const results = await Promise.allSettled(
      Array.from({ length: MAX_WAITING + 20 }, () => verifyPassword("wrong-password-x", stored)),
    );
    const busy = results.filter((r) => r.status === "rejected" && r.reason instanceof HashingBusy);
    expect(busy.length).toBeGreaterThanOrEqual(18);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(MAX_WAITING + 2);
  });
});
