"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { addComment, readMention } from "./mutations";

export const addCommentAction = asServerAction(addComment);
export const readMentionAction = asServerAction(readMention);
