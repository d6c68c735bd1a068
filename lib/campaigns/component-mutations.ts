import "server-only";
import { notify } from "@/lib/notifications/outbox";
import { componentEditRefusal, leadOnly, ownerChangeRefusal } from "@/lib/auth/policy";
import type { Transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  defineMutation,
  refuse,
  refuseField,
  type LoggedChange,
  type MutationContext,
} from "@/lib/mutations/define-mutation";
import { sameName } from "@/lib/validation/fields";
import { fieldFailure } from "@/lib/mutations/result";
import { assertOnTeam } from "@/lib/team/membership";
import { diffFields } from "./activity-diff";
import { conflictFor } from "./conflict";
import { assertOpenForChanges } from "./open-for-changes";
import { componentInclude, toComponentView, type ComponentRow } from "./queries";
import {
  assignOwnerSchema,
  breakingDecisionSchema,
  createComponentSchema,
  deleteComponentSchema,
  updateComponentSchema,
} from "./schemas";
import type { FieldChange } from "./types";
import { CATEGORY_LABELS, type ComponentCategory } from "./vocabulary";

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
    matchRule: row.matchKind ? `${row.matchKind}: ${row.matchValue}` : "automatic",
    breakingNotes:
      row.breakingNotes.length > NOTES_PREVIEW ? `${row.breakingNotes.slice(0, NOTES_PREVIEW)}…` : row.breakingNotes,
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
  matchRule: "Found running by",
  breakingNotes: "Breaking-change notes",
  releaseNotes: "Release notes",
};

const duplicateName = ({ name }: { name: string }) =>
  fieldFailure("name", `This campaign already has a component named "${name}".`);

/** "cilium" beside "Cilium" is the same component to a person: refused like an exact duplicate. */
async function refuseNameTaken(tx: Transaction, campaignId: string, name: string, exceptId: string | null) {
  const others = await tx.component.findMany({
    where: { campaignId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  const clash = others.find((other) => sameName(other.name, name));
  if (clash) throw refuseField("name", `This campaign already has a component named "${clash.name}".`);
}

/** The component as it is now, or the sentence for someone who opened a removed one. */
async function loadComponent(tx: Transaction, componentId: string) {
  const row = await tx.component.findUnique({ where: { id: componentId }, include: componentInclude });
  if (!row) throw refuse("This component was removed by someone else.");
  await assertOpenForChanges(tx, [row.campaignId]);
  return row;
}

/**
 * Writes `data` only if the component is still at the revision the person saw (anything else
 * is a lost update, refused as a conflict naming who saved), runs `alongside` in the same
 * transaction, and reads the component back.
 */
async function writeAtRevision(
  tx: Transaction,
  before: ComponentRow,
  revision: number,
  data: Prisma.ComponentUpdateManyMutationInput,
  alongside?: () => Promise<unknown>,
): Promise<ComponentRow> {
  const { count } = await tx.component.updateMany({
    where: { id: before.id, revision },
    data: { ...data, revision: { increment: 1 } },
  });
  if (count === 0) throw await conflictFor(tx, before.id, before.name);
  await alongside?.();
  return tx.component.findUniqueOrThrow({ where: { id: before.id }, include: componentInclude });
}

const componentChange = (component: ComponentRow, changes: FieldChange[]): LoggedChange => ({
  campaignId: component.campaignId,
  subjectType: "component",
  subjectId: component.id,
  subject: component.name,
  changes,
});

export const createComponent = defineMutation({
  what: "add the component",
  schema: createComponentSchema,
  authorize: (actor) => leadOnly(actor, "add components"),
  onUniqueViolation: duplicateName,
  async run({ tx, input, log }) {
    const { campaignId, releaseNotes, targetVersion, ...fields } = input;
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
    if (!campaign) throw refuse("This campaign no longer exists.");
    await assertOpenForChanges(tx, [campaignId]);
    await refuseNameTaken(tx, campaignId, fields.name, null);
    await assertOnTeam(tx, fields.ownerId);
    const row = await tx.component.create({
      data: {
        ...fields,
        campaignId,
        targetVersion: targetVersion || null,
        releaseNotes: { create: releaseNotes.map((link, position) => ({ ...link, position })) },
      },
      include: componentInclude,
    });
    await log({
      campaignId,
      subjectType: "component",
      subjectId: row.id,
      subject: row.name,
      changes: [{ field: "Component", before: "—", after: `added at ${row.currentVersion}` }],
    });
    return toComponentView(row);
  },
});

export const updateComponent = defineMutation({
  what: "save the component",
  schema: updateComponentSchema,
  load: (tx, input) => loadComponent(tx, input.componentId),
  authorize: (actor, before, input) =>
    componentEditRefusal(actor, before.ownerId) ?? ownerChangeRefusal(actor, before.ownerId, input.ownerId),
  onUniqueViolation: duplicateName,
  async run({ tx, input, subject: before, log }) {
    const { componentId, revision, releaseNotes, targetVersion, ...fields } = input;
    await refuseNameTaken(tx, before.campaignId, fields.name, componentId);
    await assertOnTeam(tx, fields.ownerId);
    const after = await writeAtRevision(tx, before, revision, { ...fields, targetVersion: targetVersion || null }, () =>
      tx.releaseNoteLink.deleteMany({ where: { componentId } }).then(() =>
        tx.releaseNoteLink.createMany({
          data: releaseNotes.map((link, position) => ({ ...link, position, componentId })),
        }),
      ),
    );
    await log(componentChange(after, diffFields(loggedFields(before), loggedFields(after), FIELD_LABELS)));
    return toComponentView(after);
  },
});

function describeBreaking(row: ComponentRow) {
  const view = toComponentView(row).breaking;
  const source = view.override === null ? "automatic" : `decided: ${view.reason}`;
  return `${view.effective ? "breaking" : "not breaking"} (${source})`;
}

export const decideBreaking = defineMutation({
  what: "record the breaking-change decision",
  schema: breakingDecisionSchema,
  load: (tx, input) => loadComponent(tx, input.componentId),
  authorize: (actor, component) => componentEditRefusal(actor, component.ownerId),
  async run({ tx, input, subject: before, log }) {
    const { revision, breaking, reason } = input;
    const after = await writeAtRevision(tx, before, revision, {
      breakingOverride: breaking,
      breakingReason: breaking === null ? "" : reason,
    });
    await log(
      componentChange(after, [
        { field: "Breaking change", before: describeBreaking(before), after: describeBreaking(after) },
      ]),
    );
    return toComponentView(after);
  },
});

export const deleteComponent = defineMutation({
  what: "remove the component",
  schema: deleteComponentSchema,
  authorize: (actor) => leadOnly(actor, "remove components"),
  async run({ tx, input: { componentId, revision }, log }) {
    const before = await tx.component.findUnique({ where: { id: componentId } });
    if (!before) return { id: componentId };
    await assertOpenForChanges(tx, [before.campaignId]);
    const { count } = await tx.component.deleteMany({ where: { id: componentId, revision } });
    if (count === 0) throw await conflictFor(tx, componentId, before.name);
    await log({
      campaignId: before.campaignId,
      subjectType: "component",
      subjectId: componentId,
      subject: before.name,
      changes: [{ field: "Component", before: before.currentVersion, after: "removed" }],
    });
    return { id: componentId };
  },
});

type OwnedComponent = {
  id: string;
  name: string;
  campaignId: string;
  ownerId: string | null;
  owner: { name: string } | null;
};

/**
 * Gives components a new owner (or none), inside the caller's transaction, with one log entry
 * per component that changed hands. Returns how many did.
 */
export async function handOver(
  { tx, log }: Pick<MutationContext<unknown, unknown, unknown>, "tx" | "log">,
  components: OwnedComponent[],
  owner: { id: string; name: string } | null,
): Promise<number> {
  const changing = components.filter((c) => c.ownerId !== (owner?.id ?? null));
  await tx.component.updateMany({
    where: { id: { in: changing.map((c) => c.id) } },
    data: { ownerId: owner?.id ?? null, revision: { increment: 1 } },
  });
  await log(
    changing.map((c) => ({
      campaignId: c.campaignId,
      subjectType: "component" as const,
      subjectId: c.id,
      subject: c.name,
      changes: [{ field: "Owner", before: c.owner?.name ?? "—", after: owner?.name ?? "—" }],
    })),
  );
  return changing.length;
}

/** Assigns one owner (or none) to several components at once: all of them or none. */
export const assignOwner = defineMutation({
  what: "assign the owner",
  schema: assignOwnerSchema,
  authorize: (actor) => leadOnly(actor, "assign owners"),
  async run({ tx, log, actor, input: { componentIds, ownerId } }) {
    const owner = await assertOnTeam(tx, ownerId);
    const components = await tx.component.findMany({
      where: { id: { in: componentIds } },
      include: { owner: { select: { name: true } } },
    });
    if (components.length !== new Set(componentIds).size) {
      throw refuse("Some of these components were removed by someone else; reload and try again.");
    }
    await assertOpenForChanges(
      tx,
      components.map((c) => c.campaignId),
    );
    const count = await handOver({ tx, log }, components, owner);
    const handed = components.filter((c) => c.ownerId !== owner?.id);
    if (owner && owner.id !== actor.id && handed.length > 0) {
      const first = handed[0]!;
      const names = handed.map((c) => c.name).join(", ");
      await notify(
        tx,
        {
          event: "assigned",
          key: handed.map((c) => `${c.id}@${c.revision + 1}`).join("+"),
          subject: handed.length === 1 ? `You own ${first.name} now` : `You own ${handed.length} more components`,
          text: `${actor.name} made you the owner of ${names}: find its target, read its release notes, and verify it on each environment.`,
          link:
            handed.length === 1
              ? `/campaigns/${first.campaignId}/components/${first.id}`
              : `/campaigns/${first.campaignId}/components?filter=mine`,
        },
        [owner.id],
      );
    }
    return { count };
  },
});
