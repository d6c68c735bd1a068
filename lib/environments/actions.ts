"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { addEnvironment, renameEnvironment } from "./mutations";

export const renameEnvironmentAction = asServerAction(renameEnvironment);
export const addEnvironmentAction = asServerAction(addEnvironment);
