"use server";

import type { AddEnvironmentInput, RenameEnvironmentInput } from "@/lib/campaigns/schemas";
import { addEnvironment, renameEnvironment } from "./mutations";

export async function renameEnvironmentAction(input: RenameEnvironmentInput) {
  return renameEnvironment(input);
}

export async function addEnvironmentAction(input: AddEnvironmentInput) {
  return addEnvironment(input);
}
