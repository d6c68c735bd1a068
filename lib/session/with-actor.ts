import "server-only";
import { failure, type ActionResult } from "@/lib/actions/result";
import type { ActingMember } from "@/lib/campaigns/types";
import { getActingMember } from "./acting-member";

/** Every change is recorded with who made it, so a mutation needs an acting member. */
export async function withActor<T>(work: (actor: ActingMember) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const actor = await getActingMember();
  if (!actor) return failure("Add a team member first: every change is recorded with who made it.");
  return work(actor);
}
