"use server";

import { asServerAction } from "@/lib/auth/with-member";
import { saveReleaseNotes } from "./mutations";

export const saveReleaseNotesAction = asServerAction(saveReleaseNotes);
