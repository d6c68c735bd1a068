import "server-only";
import type { Mutation } from "@/lib/mutations/define-mutation";
import { failure, type ActionResult } from "@/lib/mutations/result";
import type { SignedInMember } from "./member";
import { currentMember } from "./session";

const SIGNED_OUT = "You are signed out. Sign in again; nothing was saved.";

/**
 * The door of every mutating server action: the signed-in member is the actor the mutation
 * checks the policy for and records in the activity log; without one, nothing runs.
 */
export async function withMember<T>(
  work: (actor: SignedInMember) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const actor = await currentMember();
  if (!actor) return failure(SIGNED_OUT);
  return work(actor);
}

/** A mutation as a server action: `export const addCardAction = asServerAction(addCard)`. */
export function asServerAction<Input, T>(mutation: Mutation<Input, T>): (input: Input) => Promise<ActionResult<T>> {
  return async (input) => withMember((actor) => mutation(actor, input));
}
