import "server-only";
import { failure, type ActionResult } from "@/lib/mutations/result";
import { currentMember } from "./session";
import type { SignedInMember } from "@/lib/auth/member";

/**
 * The door of every mutating server action: the signed-in member is the actor the mutation
 * checks the policy for and records in the activity log.
 */
export async function withMember<T>(work: (actor: SignedInMember) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const actor = await currentMember();
  if (!actor) return failure("You are signed out. Sign in again; nothing was saved.");
  return work(actor);
}
