import { z } from "zod";
import { MATCH_KINDS } from "@/lib/discovery/match";
import { isValidVersion, parseVersion } from "@/lib/versions/version";
import { id, name, revision } from "@/lib/validation/fields";
import { COMPATIBILITY, COMPONENT_CATEGORIES, NEEDS_REASON, PRD_STRATEGIES, VERIFICATION_STATUSES } from "./vocabulary";

/**
 * Input schemas shared by the forms (instant feedback) and the server actions (the real check).
 * Field names match the form fields so errors land next to them.
 */

const version = (what: string) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .max(64, `Keep the ${what} under 64 characters.`)
    .superRefine((value, ctx) => {
      const parsed = parseVersion(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.reason });
    });

const optionalVersion = (what: string) =>
  z
    .string()
    .trim()
    .max(64)
    .refine((value) => value === "" || isValidVersion(value), {
      error: (issue) => parseVersionReason(String(issue.input), what),
    });

function parseVersionReason(value: string, what: string): string {
  const parsed = parseVersion(value);
  return parsed.ok ? `Invalid ${what}.` : parsed.reason;
}

const httpUrl = z
  .string()
  .trim()
  .max(2000, "Keep links under 2,000 characters.")
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: "Enter a full http(s) link, e.g. https://github.com/argoproj/argo-cd/releases.",
  });

const optionalHttpUrl = z.union([z.literal(""), httpUrl]);

const MARKDOWN_LIMIT = 20_000;

export const releaseNoteLinkSchema = z.object({
  label: name("label", 80),
  url: httpUrl,
});

export const componentFieldsSchema = z.object({
  name: name("component name", 80),
  category: z.enum(COMPONENT_CATEGORIES, { error: "Choose how the component is managed." }),
  currentVersion: version("current version"),
  targetVersion: optionalVersion("target version"),
  ownerId: z.string().max(64).nullable(),
  breakingNotes: z.string().max(MARKDOWN_LIMIT, "Keep the notes under 20,000 characters."),
  compatibility: z.enum(COMPATIBILITY),
  compatibilitySource: optionalHttpUrl,
  userFacing: z.boolean().default(false),
  releaseNotes: z.array(releaseNoteLinkSchema).max(20, "At most 20 links."),
  /** "": the rule the name suggests (lib/discovery/well-known.ts). */
  matchKind: z.union([z.literal(""), z.enum(MATCH_KINDS)]).default(""),
  matchValue: z.string().trim().max(200, "Keep it under 200 characters.").default(""),
});
export type ComponentFields = z.input<typeof componentFieldsSchema>;

/** A chosen match rule needs what to look for. */
function checkMatchRule(input: { matchKind?: string; matchValue?: string }, ctx: z.RefinementCtx) {
  if (input.matchKind && !input.matchValue)
    ctx.addIssue({
      code: "custom",
      path: ["matchValue"],
      message: "Say what to look for, e.g. the image repository jetstack/cert-manager-controller.",
    });
}
export const createComponentSchema = componentFieldsSchema.extend({ campaignId: id }).superRefine(checkMatchRule);
export type CreateComponentInput = z.input<typeof createComponentSchema>;

export const updateComponentSchema = componentFieldsSchema
  .extend({ componentId: id, revision })
  .superRefine(checkMatchRule);
export type UpdateComponentInput = z.input<typeof updateComponentSchema>;

export const breakingDecisionSchema = z
  .object({
    componentId: id,
    revision,
    /** true: confirmed breaking; false: cleared; null: back to the automatic rule. */
    breaking: z.boolean().nullable(),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters."),
  })
  .refine((input) => input.breaking === null || input.reason.length >= 3, {
    path: ["reason"],
    error: "Say why, in a few words.",
  });
export type BreakingDecisionInput = z.input<typeof breakingDecisionSchema>;

export const assignOwnerSchema = z.object({
  componentIds: z.array(id).min(1, "Select at least one component.").max(500),
  ownerId: id.nullable(),
});
export type AssignOwnerInput = z.input<typeof assignOwnerSchema>;

export const setVerificationSchema = z
  .object({
    componentId: id,
    environmentId: id,
    status: z.enum(VERIFICATION_STATUSES),
    /**
     * Given when the person wrote or confirmed it. Left out, a changed status starts with no note:
     * the old one described another status.
     */
    note: z.string().trim().max(2000, "Keep the note under 2,000 characters.").optional(),
    /** The revision the person saw; 0 when the verification was never touched. */
    revision,
  })
  .superRefine((input, ctx) => {
    if (NEEDS_REASON.includes(input.status) && !input.note)
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: input.status === "failed" ? "Say what failed: others act on it." : "Say why it is skipped here.",
      });
  });
export type SetVerificationInput = z.input<typeof setVerificationSchema>;

const optionalDate = z.union([z.literal(""), z.iso.date({ error: "Enter a date as YYYY-MM-DD." })]);
const day = (what: string) => z.iso.date({ error: `Enter the ${what} as YYYY-MM-DD.` });

type WindowFields = { maintenanceStart: string; maintenanceEnd: string };

/** The Prd window: both ends or none, the end on or after the start. Shared by creating and editing. */
function checkWindow(input: WindowFields, ctx: z.RefinementCtx) {
  if (input.maintenanceEnd && !input.maintenanceStart) {
    ctx.addIssue({
      code: "custom",
      path: ["maintenanceStart"],
      message: "Give the start of the maintenance window too.",
    });
  }
  if (input.maintenanceStart && input.maintenanceEnd && input.maintenanceEnd < input.maintenanceStart) {
    ctx.addIssue({ code: "custom", path: ["maintenanceEnd"], message: "The window must end on or after its start." });
  }
}

function checkTarget(input: { kubernetesFrom: string; kubernetesTo: string }, ctx: z.RefinementCtx) {
  const from = parseVersion(input.kubernetesFrom);
  const to = parseVersion(input.kubernetesTo);
  if (from.ok && to.ok && to.version.semver.compare(from.version.semver) <= 0) {
    ctx.addIssue({
      code: "custom",
      path: ["kubernetesTo"],
      message: "The target must be newer than the version you upgrade from.",
    });
  }
}

export const createCampaignSchema = z
  .object({
    name: name("campaign name"),
    kubernetesFrom: version("Kubernetes version you upgrade from"),
    kubernetesTo: version("Kubernetes version you upgrade to"),
    startDate: z.iso.date({ error: "Enter the start date." }),
    maintenanceStart: optionalDate,
    maintenanceEnd: optionalDate,
    previousCampaignId: z.string().max(64),
    /** Well-known components the clusters run, by name, to add beside the carried-over inventory. */
    addRunning: z.array(z.string().max(80)).max(50).default([]),
  })
  .superRefine((input, ctx) => {
    checkTarget(input, ctx);
    if (input.maintenanceStart && input.maintenanceStart < input.startDate) {
      ctx.addIssue({
        code: "custom",
        path: ["maintenanceStart"],
        message: "The Prd maintenance cannot start before the campaign does.",
      });
    }
    checkWindow(input, ctx);
  });
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;

export const advancePhaseSchema = z.object({ campaignId: id, step: z.number().int().min(1).max(8) });
export type AdvancePhaseInput = z.input<typeof advancePhaseSchema>;

export const deleteComponentSchema = z.object({ componentId: id, revision });

const campaignRef = z.object({ campaignId: id });
export const startCampaignSchema = campaignRef;
export const archiveCampaignSchema = campaignRef;
export const restoreCampaignSchema = campaignRef;

export const deleteCampaignSchema = z.object({
  campaignId: id,
  /** The campaign's name, typed out: deleting cannot be undone. */
  confirmation: z.string().trim().max(200),
});

export const reopenPhaseSchema = z.object({ campaignId: id, step: z.number().int().min(1).max(8) });

export const stepDatesSchema = z
  .object({ step: z.number().int().min(1).max(8), plannedStart: day("step's start"), plannedEnd: day("step's end") })
  .refine((dates) => dates.plannedEnd >= dates.plannedStart, {
    path: ["plannedEnd"],
    error: "A step must end on or after its start.",
  });

/** What the lead can change of a campaign after creating it; field names match the plan form. */
export const campaignPlanSchema = z
  .object({
    campaignId: id,
    revision,
    name: name("campaign name"),
    kubernetesFrom: version("Kubernetes version you upgrade from"),
    kubernetesTo: version("Kubernetes version you upgrade to"),
    maintenanceStart: optionalDate,
    maintenanceEnd: optionalDate,
    prdStrategy: z.enum(PRD_STRATEGIES, { error: "Choose how Prd's workers are upgraded." }),
    steps: z.array(stepDatesSchema).length(8, "Give the dates of all eight steps."),
  })
  .superRefine((input, ctx) => {
    checkTarget(input, ctx);
    checkWindow(input, ctx);
  });
export type CampaignPlanInput = z.input<typeof campaignPlanSchema>;
