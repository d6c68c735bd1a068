"use server";

import { withMember } from "@/lib/auth/with-member";
import { addEnvironment, renameEnvironment } from "./mutations";
import type { AddEnvironmentInput, RenameEnvironmentInput } from "@/lib/environments/schemas";

export async function renameEnvironmentAction(input: RenameEnvironmentInput) {
  return withMember((actor) => renameEnvironment(actor, input));
}

export async function addEnvironmentAction(input: AddEnvironmentInput) {
  return withMember((actor) => addEnvironment(actor, input));
}
