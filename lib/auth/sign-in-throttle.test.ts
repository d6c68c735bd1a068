import { describe, expect, it } from "vitest";
import { signInThrottle, THROTTLE } from "./sign-in-throttle";

const now = new Date("2026-11-22T10:00:00Z");
const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(now.getTime() - m * 60_000));

describe("sign-in throttle", () => {
  it("lets a few wrong passwords through", () => {
    expect(signInThrottle({ account: minutesAgo(1, 2, 3, 4), address: [] }, now)).toEqual({ allowed: true });
  });

  it("pauses an account after five failures until the oldest counted one is 15 minutes old", () => {
    const result = signInThrottle({ account: minutesAgo(1, 2, 3, 4, 5), address: [] }, now);
    expect(result).toEqual({ allowed: false, retryAfterMs: 10 * 60_000 });
  });

  it("counts the most recent failures, so a burst after old ones pauses as long as the burst", () => {
    const result = signInThrottle({ account: minutesAgo(0, 0, 1, 1, 2, 14, 14), address: [] }, now);
    expect(result).toEqual({ allowed: false, retryAfterMs: 13 * 60_000 });
  });

  it("forgets failures older than the window", () => {
    expect(signInThrottle({ account: minutesAgo(15, 16, 17, 18, 19, 20), address: [] }, now)).toEqual({
      allowed: true,
    });
  });

  it("pauses an address that tries many accounts", () => {
    const spray = Array.from({ length: THROTTLE.perAddress }, () => new Date(now.getTime() - 60_000));
    const result = signInThrottle({ account: [], address: spray }, now);
    expect(result.allowed).toBe(false);
  });
});
