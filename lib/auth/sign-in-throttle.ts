/**
 * The sign-in rate limit: a few wrong passwords for one account, or many from one address,
 * and the form refuses to check passwords until the oldest of those failures ages out.
 * A correct password during the pause is refused too, or the pause would be an oracle.
 */

export const THROTTLE = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 30,
};

export type Throttle = { allowed: true } | { allowed: false; retryAfterMs: number };

/** `failures` are the recent failure times for the account and for the address, any order. */
export function signInThrottle(failures: { account: Date[]; address: Date[] }, now: Date, limits = THROTTLE): Throttle {
  const retryAt = (times: Date[], limit: number) => {
    const recent = times
      .map((t) => t.getTime())
      .filter((t) => now.getTime() - t < limits.windowMs)
      .sort((a, b) => b - a);
    // The limit-th most recent failure leaves the window first among those that count.
    return recent.length >= limit ? recent[limit - 1]! + limits.windowMs : null;
  };
  const until = Math.max(
    retryAt(failures.account, limits.perAccount) ?? 0,
    retryAt(failures.address, limits.perAddress) ?? 0,
  );
  return until > now.getTime() ? { allowed: false, retryAfterMs: until - now.getTime() } : { allowed: true };
}

export function windowStart(now: Date, limits = THROTTLE): Date {
  return new Date(now.getTime() - limits.windowMs);
}
