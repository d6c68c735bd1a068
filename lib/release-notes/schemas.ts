import { z } from "zod";
import { id, revision } from "@/lib/validation/fields";

export const saveReleaseNotesSchema = z.object({
  campaignId: id,
  /** 0 before the first save. */
  revision,
  draft: z
    .string()
    .trim()
    .min(1, "Write the notes first: an empty page tells the users nothing.")
    .max(50_000, "Keep the notes under 50,000 characters."),
  /** Saving and publishing at once: readers see this text from now on. */
  publish: z.boolean(),
});
export type SaveReleaseNotesInput = z.input<typeof saveReleaseNotesSchema>;
