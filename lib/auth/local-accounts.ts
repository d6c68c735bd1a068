import "server-only";
import { metrics } from "@/lib/observability/metrics";
import { db, serializable, type Transaction } from "@/lib/db";
import type { SignedInMember } from "./member";
import { refuse, refuseField, settle } from "@/lib/mutations/define-mutation";
import { failure, invalidInput, success, type ActionFailure, type ActionResult } from "@/lib/mutations/result";
import { DECOY_HASH, HashingBusy, hashPassword, verifyPassword } from "./password";
import { REMOVED_FROM_TEAM } from "./policy";
import { changePasswordSchema, firstLeadSchema, signInSchema } from "./schemas";
import { signInThrottle, windowStart } from "./sign-in-throttle";

const WRONG = "Email or password is wrong.";
const LOCAL_ACCOUNTS_OFF = "Stepwise accounts are turned off here: sign in with your identity provider.";

function minutes(ms: number) {
  const n = Math.ceil(ms / 60_000);
  return n === 1 ? "a minute" : `${n} minutes`;
}

/** The rate limit's answer for this account and address, or null to go ahead. */
async function pausedSignIn(tx: Transaction, email: string, address: string, now: Date): Promise<ActionFailure | null> {
  const recent = await tx.signInFailure.findMany({
    where: { createdAt: { gt: windowStart(now) }, OR: [{ email }, { address }] },
    select: { email: true, address: true, createdAt: true },
  });
  const throttle = signInThrottle(
    {
      account: recent.filter((f) => f.email === email).map((f) => f.createdAt),
      address: recent.filter((f) => f.address === address).map((f) => f.createdAt),
    },
    now,
  );
  return throttle.allowed ? null : failure(`Too many failed sign-ins. Try again in ${minutes(throttle.retryAfterMs)}.`);
}

/**
 * Counts an attempt before the slow hash, in one transaction with the check: parallel guesses
 * cannot all pass a check that none of them has been counted in yet. A wrong password keeps the
 * row as its failure; a right one deletes only its own row.
 */
async function reserveAttempt(email: string, address: string, now: Date): Promise<ActionFailure | { id: string }> {
  return serializable(async (tx) => {
    const paused = await pausedSignIn(tx, email, address, now);
    if (paused) return paused;
    return tx.signInFailure.create({ data: { email, address, createdAt: now }, select: { id: true } });
  });
}

const PURGE_EVERY_MS = 60_000;
let lastPurge = 0;

/**
 * Drops what no longer counts: sign-in failures older than the throttle's window and expired
 * sessions. At most once a minute per process, on the sign-in path that adds to them.
 */
export async function purgeStale(now = new Date()): Promise<void> {
  if (Math.abs(now.getTime() - lastPurge) < PURGE_EVERY_MS) return;
  lastPurge = now.getTime();
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: windowStart(now) } } });
  await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
}

/**
 * Checks a local account's password under the rate limit. Wrong emails and wrong passwords get
 * the same answer in the same time, so the form doesn't tell who has an account.
 */
export async function checkPassword(
  input: unknown,
  address: string,
  now = new Date(),
): Promise<ActionResult<{ memberId: string }>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, password } = parsed.data;
  if (!localAccountsEnabled()) return failure(LOCAL_ACCOUNTS_OFF);
  return settle("sign you in", async () => {
    await purgeStale(now);
    const reservation = await reserveAttempt(email, address, now);
    if ("ok" in reservation) return reservation;

    const member = await db.teamMember.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, deactivatedAt: true },
    });
    let matches: boolean;
    try {
      matches = await verifyPassword(password, member?.passwordHash ?? DECOY_HASH);
    } catch (error) {
      if (!(error instanceof HashingBusy)) throw error;
      // Not a wrong guess: nothing was checked, so it does not count against the account.
      await db.signInFailure.deleteMany({ where: { id: reservation.id } });
      return failure(error.message);
    }
    // A wrong guess keeps its counted attempt; the failures age out of the window, and a correct
    // password never erases them (or one right guess would reset a running attack).
    if (!member?.passwordHash || !matches) {
      metrics.signInFailures.inc();
      throw refuse(WRONG, { password: [WRONG] });
    }
    await db.signInFailure.deleteMany({ where: { id: reservation.id } });
    // Said only to someone who knows the password: it tells nobody else the account exists.
    if (member.deactivatedAt) throw refuse(REMOVED_FROM_TEAM);
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
  if (!localAccountsEnabled()) return failure(LOCAL_ACCOUNTS_OFF);
  return settle("create the lead's account", async () => {
    const passwordHash = await hashPassword(password);
    return serializable(async (tx) => {
      if ((await tx.teamMember.count()) > 0) throw refuse("This Stepwise already has a team: sign in instead.");
      const lead = await tx.teamMember.create({
        data: { name, email: email.toLowerCase(), role: "lead", passwordHash },
      });
      return success({ memberId: lead.id });
    });
  });
}

/** With OIDC in place a team may turn local accounts off (STEPWISE_LOCAL_ACCOUNTS=off). */
export function localAccountsEnabled(): boolean {
  return process.env.STEPWISE_LOCAL_ACCOUNTS !== "off";
}

/**
 * A member changes their own password. A wrong current password counts towards the rate limit,
 * so a borrowed session cannot be used to guess it. Like signing in, it is not a defineMutation:
 * the failure it records must outlive the refusal, which a transaction would roll back.
 */
export async function changePassword(
  actor: SignedInMember,
  input: unknown,
  address: string,
  now = new Date(),
): Promise<ActionResult> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  return settle("change your password", async () => {
    const member = await db.teamMember.findUniqueOrThrow({
      where: { id: actor.id },
      select: { email: true, passwordHash: true },
    });
    if (!member.passwordHash) throw refuse("You sign in through your identity provider: change your password there.");
    const reservation = await reserveAttempt(member.email, address, now);
    if ("ok" in reservation) return reservation;
    if (!(await verifyPassword(currentPassword, member.passwordHash)))
      throw refuseField("currentPassword", "That is not your current password.");
    await db.signInFailure.deleteMany({ where: { id: reservation.id } });
    await db.teamMember.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(newPassword) } });
    return success(null);
  });
}
