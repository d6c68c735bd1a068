"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { createApiToken, revokeApiToken } from "./mutations";

export const createApiTokenAction = asServerAction(createApiToken);
export const revokeApiTokenAction = asServerAction(revokeApiToken);
