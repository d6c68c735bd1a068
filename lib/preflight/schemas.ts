import { z } from "zod";
import { id } from "@/lib/validation/fields";
import { MANUAL_CHECK_IDS } from "./manual";

export const tickManualCheckSchema = z.object({
  campaignId: id,
  environmentId: id,
  item: z.enum(MANUAL_CHECK_IDS, { error: "Choose one of the listed checks." }),
  evidence: z
    .string()
    .trim()
    .min(8, "Give the evidence: a link to the log or ticket, or a sentence on what was done.")
    .max(1000, "Keep the evidence under 1,000 characters: link to the rest."),
});

export const untickManualCheckSchema = z.object({ campaignId: id, environmentId: id, item: z.enum(MANUAL_CHECK_IDS) });
