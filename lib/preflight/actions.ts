"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { tickManualCheck, untickManualCheck } from "./mutations";

export const tickManualCheckAction = asServerAction(tickManualCheck);
export const untickManualCheckAction = asServerAction(untickManualCheck);
