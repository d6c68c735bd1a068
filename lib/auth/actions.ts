"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/mutations/result";
import { changePassword, checkPassword, createFirstLead } from "./local-accounts";
import type { ChangePasswordInput, FirstLeadInput, SignInInput } from "./schemas";
import { endOtherSessions, endSession, startSession } from "./session";
import { withMember } from "./with-member";

/** The address the rate limit counts by: the first hop a proxy reports, else the connection's. */
async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || "direct";
}

export async function signInAction(input: SignInInput): Promise<ActionResult> {
  const checked = await checkPassword(input, await clientAddress());
  if (!checked.ok) return checked;
  await startSession(checked.data.memberId);
  return { ok: true, data: null };
}

export async function createFirstLeadAction(input: FirstLeadInput): Promise<ActionResult> {
  const created = await createFirstLead(input);
  if (!created.ok) return created;
  await startSession(created.data.memberId);
  return { ok: true, data: null };
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in");
}

export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult> {
  const address = await clientAddress();
  return withMember(async (actor) => {
    const changed = await changePassword(actor, input, address);
    if (changed.ok) await endOtherSessions(actor.id);
    return changed;
  });
}
