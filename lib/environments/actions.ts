"use server";

import type { AddEnvironmentInput, RenameEnvironmentInput } from "@/lib/campaigns/schemas";
import { withMember } from "@/lib/auth/with-member";
import { addEnvironment, renameEnvironment } from "./mutations";

export async function renameEnvironmentAction(input: RenameEnvironmentInput) {
  return withMember((actor) => renameEnvironment(actor, input));
}

export async function addEnvironmentAction(input: AddEnvironmentInput) {
  return withMember((actor) => addEnvironment(actor, input));
}
