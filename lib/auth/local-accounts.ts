import "server-only";
import { db } from "@/lib/db";
import { guarded } from "@/lib/actions/guard";
import { failure, invalidInput, success, type ActionResult } from "@/lib/actions/result";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import { firstLeadSchema, signInSchema } from "./schemas";
import { signInThrottle, windowStart } from "./sign-in-throttle";

const WRONG = "Email or password is wrong.";

function minutes(ms: number) {
  const n = Math.ceil(ms / 60_000);
  return n === 1 ? "a minute" : `${n} minutes`;
}

/**
 * Checks a local account's password under the rate limit. Wrong emails and wrong passwords get
 * the same answer in the same time, so the form doesn't tell who has an account.
 */
export async function checkPassword(input: unknown, address: string, now = new Date()): Promise<ActionResult<{ memberId: string }>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, password } = parsed.data;
  if (!localAccountsEnabled()) return failure("Stepwise accounts are turned off here: sign in with your identity provider.");
  return guarded("sign you in", async () => {
    const since = windowStart(now);
    const recent = await db.signInFailure.findMany({
      where: { createdAt: { gt: since }, OR: [{ email }, { address }] },
      select: { email: true, address: true, createdAt: true },
    });
    const throttle = signInThrottle(
      { account: recent.filter((f) => f.email === email).map((f) => f.createdAt), address: recent.filter((f) => f.address === address).map((f) => f.createdAt) },
      now,
    );
    if (!throttle.allowed) return failure(`Too many failed sign-ins. Try again in ${minutes(throttle.retryAfterMs)}.`);

    const member = await db.teamMember.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
    const matches = await verifyPassword(password, member?.passwordHash ?? (await decoyHash()));
    if (!member?.passwordHash || !matches) {
      await db.signInFailure.create({ data: { email, address, createdAt: now } });
      return failure(WRONG, { password: [WRONG] });
    }
    await db.signInFailure.deleteMany({ where: { email } });
    return success({ memberId: member.id });
  });
}

/** Whether this Stepwise has nobody yet: its first visitor sets up the lead's account. */
export async function needsFirstLead(): Promise<boolean> {
  return (await db.teamMember.count()) === 0;
}

export async function createFirstLead(input: unknown): Promise<ActionResult<{ memberId: string }>> {
  const parsed = firstLeadSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name, email, password } = parsed.data;
  if (!localAccountsEnabled()) return failure("Stepwise accounts are turned off here: sign in with your identity provider.");
  return guarded("create the lead's account", async () => {
    const passwordHash = await hashPassword(password);
    return db.$transaction(async (tx) => {
      if ((await tx.teamMember.count()) > 0) return failure("This Stepwise already has a team: sign in instead.");
      const lead = await tx.teamMember.create({ data: { name, email: email.toLowerCase(), role: "lead", passwordHash } });
      return success({ memberId: lead.id });
    });
  });
}

/** With OIDC in place a team may turn local accounts off (STEPWISE_LOCAL_ACCOUNTS=off). */
export function localAccountsEnabled(): boolean {
  return process.env.STEPWISE_LOCAL_ACCOUNTS !== "off";
}
