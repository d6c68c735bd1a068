import "server-only";
import { failure, type ActionResult } from "@/lib/actions/result";
import type { ActingMember } from "@/lib/campaigns/types";
import { currentMember } from "./session";

/**
 * The door of every mutating server action: the signed-in member is the actor the mutation
 * checks the policy for and records in the activity log.
 */
export async function withMember<T>(work: (actor: ActingMember) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const actor = await currentMember();
  if (!actor) return failure("You are signed out. Sign in again; nothing was saved.");
  return work(actor);
}
