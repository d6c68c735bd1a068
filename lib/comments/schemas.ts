import { z } from "zod";
import { id } from "@/lib/validation/fields";

const optionalLink = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, "Keep links under 2,000 characters.")
    .refine((value) => value === "" || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)), {
      error: `Enter the ${what} as a full http(s) link.`,
    });

export const addCommentSchema = z.object({
  componentId: id,
  body: z.string().trim().min(1, "Write something first.").max(5_000, "Keep a comment under 5,000 characters."),
  pullRequestUrl: optionalLink("pull request"),
  testRunUrl: optionalLink("test run"),
});

export const readMentionSchema = z.object({ commentId: id });
