import "server-only";
import { db, type Transaction } from "@/lib/db";
import { enforce, guarded, refusingDuplicates, RejectedError } from "@/lib/mutations/guard";
import { componentEditRefusal, leadOnly, ownerChangeRefusal } from "@/lib/auth/policy";
import { failure, invalidInput, success, type ActionResult } from "@/lib/mutations/result";
import { diffFields } from "./activity-diff";
import { recordActivity } from "./activity-log";
import { conflictFor } from "./conflict";
import { componentInclude, toComponentView, type ComponentRow } from "./queries";
import { assignOwnerSchema, breakingDecisionSchema, createComponentSchema, deleteComponentSchema, updateComponentSchema } from "./schemas";
import type { ComponentView } from "./types";
import { CATEGORY_LABELS, type ComponentCategory } from "./vocabulary";
import type { SignedInMember } from "@/lib/auth/member";

const NOTES_PREVIEW = 80;

/** The fields the activity log compares, flattened to text. */
function loggedFields(row: ComponentRow) {
  return {
    name: row.name,
    category: CATEGORY_LABELS[row.category as ComponentCategory] ?? row.category,
    currentVersion: row.currentVersion,
    targetVersion: row.targetVersion,
    owner: row.owner?.name ?? null,
    compatibility: row.compatibility,
    compatibilitySource: row.compatibilitySource,
    userFacing: row.userFacing ? "yes" : "no",
    breakingNotes: row.breakingNotes.length > NOTES_PREVIEW ? `${row.breakingNotes.slice(0, NOTES_PREVIEW)}…` : row.breakingNotes,
    releaseNotes: row.releaseNotes.map((link) => link.label).join(", "),
  };
}

const FIELD_LABELS = {
  name: "Name",
  category: "Managed by",
  currentVersion: "Current version",
  targetVersion: "Target version",
  owner: "Owner",
  compatibility: "Compatibility",
  compatibilitySource: "Compatibility source",
  userFacing: "Concerns cluster users",
  breakingNotes: "Breaking-change notes",
  releaseNotes: "Release notes",
};

const duplicateName = (name: string) => () =>
  failure("Some fields need attention; nothing was saved.", { name: [`This campaign already has a component named "${name}".`] });

async function assertOwnerExists(tx: Transaction, ownerId: string | null) {
  if (ownerId === null) return;
  const owner = await tx.teamMember.findUnique({ where: { id: ownerId }, select: { deactivatedAt: true } });
  if (!owner || owner.deactivatedAt) throw new RejectedError(failure("Some fields need attention; nothing was saved.", { ownerId: ["Choose a member of the team."] }));
}

export async function createComponent(actor: SignedInMember, input: unknown): Promise<ActionResult<ComponentView>> {
  const parsed = createComponentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { campaignId, releaseNotes, targetVersion, ...fields } = parsed.data;

  return guarded("add the component", () =>
    refusingDuplicates(duplicateName(fields.name), () =>
      db.$transaction(async (tx) => {
        enforce(leadOnly(actor, "add components"));
        const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
        if (!campaign) return failure("This campaign no longer exists.");
        await assertOwnerExists(tx, fields.ownerId);
        const row = await tx.component.create({
          data: {
            ...fields,
            campaignId,
            targetVersion: targetVersion || null,
            releaseNotes: { create: releaseNotes.map((link, position) => ({ ...link, position })) },
          },
          include: componentInclude,
        });
        await recordActivity(tx, {
          campaignId,
          actorId: actor.id,
          subjectType: "component",
          subjectId: row.id,
          subject: row.name,
          changes: [{ field: "Component", before: "—", after: `added at ${row.currentVersion}` }],
        });
        return success(toComponentView(row));
      }),
    ),
  );
}

export async function updateComponent(actor: SignedInMember, input: unknown): Promise<ActionResult<ComponentView>> {
  const parsed = updateComponentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { componentId, revision, releaseNotes, targetVersion, ...fields } = parsed.data;

  return guarded("save the component", () =>
    refusingDuplicates(duplicateName(fields.name), () =>
      db.$transaction(async (tx) => {
        const before = await tx.component.findUnique({ where: { id: componentId }, include: componentInclude });
        if (!before) return failure("This component was removed by someone else.");
        enforce(componentEditRefusal(actor, before.ownerId));
        enforce(ownerChangeRefusal(actor, before.ownerId, fields.ownerId));
        await assertOwnerExists(tx, fields.ownerId);
        const { count } = await tx.component.updateMany({
          where: { id: componentId, revision },
          data: { ...fields, targetVersion: targetVersion || null, revision: { increment: 1 } },
        });
        if (count === 0) throw await conflictFor(tx, componentId, before.name);
        await tx.releaseNoteLink.deleteMany({ where: { componentId } });
        await tx.releaseNoteLink.createMany({ data: releaseNotes.map((link, position) => ({ ...link, position, componentId })) });
        const after = await tx.component.findUniqueOrThrow({ where: { id: componentId }, include: componentInclude });
        await recordActivity(tx, {
          campaignId: after.campaignId,
          actorId: actor.id,
          subjectType: "component",
          subjectId: componentId,
          subject: after.name,
          changes: diffFields(loggedFields(before), loggedFields(after), FIELD_LABELS),
        });
        return success(toComponentView(after));
      }),
    ),
  );
}

export async function decideBreaking(actor: SignedInMember, input: unknown): Promise<ActionResult<ComponentView>> {
  const parsed = breakingDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { componentId, revision, breaking, reason } = parsed.data;

  return guarded("record the breaking-change decision", () =>
    db.$transaction(async (tx) => {
      const before = await tx.component.findUnique({ where: { id: componentId }, include: componentInclude });
      if (!before) return failure("This component was removed by someone else.");
      enforce(componentEditRefusal(actor, before.ownerId));
      const { count } = await tx.component.updateMany({
        where: { id: componentId, revision },
        data: { breakingOverride: breaking, breakingReason: breaking === null ? "" : reason, revision: { increment: 1 } },
      });
      if (count === 0) throw await conflictFor(tx, componentId, before.name);
      const after = await tx.component.findUniqueOrThrow({ where: { id: componentId }, include: componentInclude });
      const describe = (row: ComponentRow) => {
        const view = toComponentView(row).breaking;
        const source = view.override === null ? "automatic" : `decided: ${view.reason}`;
        return `${view.effective ? "breaking" : "not breaking"} (${source})`;
      };
      await recordActivity(tx, {
        campaignId: after.campaignId,
        actorId: actor.id,
        subjectType: "component",
        subjectId: componentId,
        subject: after.name,
        changes: [{ field: "Breaking change", before: describe(before), after: describe(after) }],
      });
      return success(toComponentView(after));
    }),
  );
}

export async function deleteComponent(actor: SignedInMember, input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = deleteComponentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { componentId, revision } = parsed.data;

  return guarded("remove the component", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, "remove components"));
      const before = await tx.component.findUnique({ where: { id: componentId } });
      if (!before) return success({ id: componentId });
      const { count } = await tx.component.deleteMany({ where: { id: componentId, revision } });
      if (count === 0) throw await conflictFor(tx, componentId, before.name);
      await recordActivity(tx, {
        campaignId: before.campaignId,
        actorId: actor.id,
        subjectType: "component",
        subjectId: componentId,
        subject: before.name,
        changes: [{ field: "Component", before: before.currentVersion, after: "removed" }],
      });
      return success({ id: componentId });
    }),
  );
}

type OwnedComponent = { id: string; name: string; campaignId: string; ownerId: string | null; owner: { name: string } | null };

/**
 * Gives components a new owner (or none), inside the caller's transaction, with one log entry
 * per component that changed hands. Returns how many did.
 */
export async function handOver(tx: Transaction, actor: SignedInMember, components: OwnedComponent[], owner: { id: string; name: string } | null): Promise<number> {
  const changing = components.filter((c) => c.ownerId !== (owner?.id ?? null));
  await tx.component.updateMany({ where: { id: { in: changing.map((c) => c.id) } }, data: { ownerId: owner?.id ?? null, revision: { increment: 1 } } });
  await recordActivity(
    tx,
    changing.map((c) => ({
      campaignId: c.campaignId,
      actorId: actor.id,
      subjectType: "component" as const,
      subjectId: c.id,
      subject: c.name,
      changes: [{ field: "Owner", before: c.owner?.name ?? "—", after: owner?.name ?? "—" }],
    })),
  );
  return changing.length;
}

/** Assigns one owner (or none) to several components at once: all of them or none. */
export async function assignOwner(actor: SignedInMember, input: unknown): Promise<ActionResult<{ count: number }>> {
  const parsed = assignOwnerSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { componentIds, ownerId } = parsed.data;

  return guarded("assign the owner", () =>
    db.$transaction(async (tx) => {
      enforce(leadOnly(actor, "assign owners"));
      await assertOwnerExists(tx, ownerId);
      const owner = ownerId ? await tx.teamMember.findUniqueOrThrow({ where: { id: ownerId } }) : null;
      const components = await tx.component.findMany({
        where: { id: { in: componentIds } },
        include: { owner: { select: { name: true } } },
      });
      if (components.length !== new Set(componentIds).size) {
        return failure("Some of these components were removed by someone else; reload and try again.");
      }
      return success({ count: await handOver(tx, actor, components, owner) });
    }),
  );
}
