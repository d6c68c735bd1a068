"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { rotateCalendarFeed } from "./mutations";

export const rotateCalendarFeedAction = asServerAction(rotateCalendarFeed);
