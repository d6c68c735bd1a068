import { z } from "zod";
import { id } from "@/lib/validation/fields";

/**
 * The checks a lead may let pass for a while, with a reason: the maintenance window, and removed
 * APIs (a finding the team has accepted, e.g. the object is deleted in the window). The others are
 * facts about the clusters or the record, fixed where they are.
 */
export const OVERRIDABLE_CHECKS = ["maintenance-window", "removed-apis"] as const;

export const OVERRIDE_HOURS = [1, 2, 4, 8, 12, 24] as const;

export const overrideGateCheckSchema = z.object({
  campaignId: id,
  environmentId: id,
  checkId: z.enum(OVERRIDABLE_CHECKS, { error: "Only the maintenance window and removed APIs can be overridden." }),
  reason: z
    .string()
    .trim()
    .min(10, "Say why, in a sentence: it goes into the activity log.")
    .max(500, "Keep the reason under 500 characters."),
  hours: z.coerce
    .number()
    .refine((hours) => (OVERRIDE_HOURS as readonly number[]).includes(hours), "Choose how long it lets the gate pass."),
});

export const withdrawOverrideSchema = z.object({ overrideId: id });
