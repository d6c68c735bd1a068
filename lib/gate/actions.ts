"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { overrideGateCheck, withdrawOverride } from "./mutations";

export const overrideGateCheckAction = asServerAction(overrideGateCheck);
export const withdrawOverrideAction = asServerAction(withdrawOverride);
