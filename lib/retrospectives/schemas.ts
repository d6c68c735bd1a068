import { z } from "zod";
import { id, revision } from "@/lib/validation/fields";

export const KPT_COLUMNS = ["keep", "problem", "try"] as const;
export type KptColumn = (typeof KPT_COLUMNS)[number];
export const KPT_LABELS: Record<KptColumn, string> = { keep: "Keep", problem: "Problem", try: "Try" };

const body = z.string().trim().min(1, "Write something first.").max(5_000, "Keep a card under 5,000 characters.");

export const addCardSchema = z.object({ campaignId: id, column: z.enum(KPT_COLUMNS), body });
export type AddCardInput = z.input<typeof addCardSchema>;

export const editCardSchema = z.object({ cardId: id, body, revision });
export type EditCardInput = z.input<typeof editCardSchema>;

export const cardSchema = z.object({ cardId: id });

export const mergeCardsSchema = z
  .object({ sourceId: id, targetId: id })
  .refine((input) => input.sourceId !== input.targetId, {
    path: ["targetId"],
    error: "Choose another card to merge into.",
  });
export type MergeCardsInput = z.input<typeof mergeCardsSchema>;

export const actionItemSchema = z.object({
  cardId: id,
  title: z.string().trim().min(3, "Say what will be done.").max(200, "Keep it under 200 characters."),
  ownerId: z.string().max(64).nullable(),
  dueDate: z.union([z.literal(""), z.iso.date({ error: "Enter a date as YYYY-MM-DD." })]),
});
export type ActionItemInput = z.input<typeof actionItemSchema>;

export const closeSchema = z.object({ campaignId: id });
export const closeRetrospectiveSchema = z.object({ campaignId: id, force: z.boolean().default(false) });
export const draftSchema = z.object({ campaignId: id, drafting: z.boolean() });

export const votingRulesSchema = z.object({
  campaignId: id,
  voteBudget: z.coerce
    .number({ error: "Give a number of votes." })
    .int("Give a whole number of votes.")
    .min(1, "Everyone needs at least one vote.")
    .max(20, "Keep it to 20 votes or fewer: the point is to choose."),
  votesHidden: z.boolean(),
});
export const closeActionItemSchema = z.object({ actionItemId: id, done: z.boolean() });
