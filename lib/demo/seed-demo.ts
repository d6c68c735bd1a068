import "server-only";
import { addDays, addMonths, subDays, subMonths } from "date-fns";
import { serializable, type Transaction } from "@/lib/db";
import { planPhases } from "@/lib/campaigns/phase-plan";
import { demoFleet } from "@/lib/demo/simulator/fleet-model";
import type { FieldChange } from "@/lib/campaigns/types";
import { subjectIdOf } from "@/lib/campaigns/verification-mutations";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import { hashPassword } from "@/lib/auth/password";
import { ensureEnvironments } from "@/lib/environments/defaults";
import { DEMO_PASSWORD } from "./demo-accounts";
import { stgBatchBeforeItsHop } from "./demo-check-readings";
import { DEMO_COMPONENTS, DEMO_RETROSPECTIVE, DEMO_TEAM, type DemoComponent } from "./demo-inventory";

export type SeedOutcome = "seeded" | "skipped: database has data";

/**
 * Writes the demo team and campaigns, only into a database with no team and no campaigns,
 * so a real team's data is never touched. All or nothing, in one transaction.
 */
export async function seedDemoIfEmpty(now = new Date()): Promise<SeedOutcome> {
  await ensureEnvironments();
  // Hashed outside the transaction: a deliberately slow hash should not hold the write lock.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return serializable(async (tx) => {
    const [members, campaigns] = await Promise.all([tx.teamMember.count(), tx.campaign.count()]);
    if (members > 0 || campaigns > 0) return "skipped: database has data";
    await writeDemo(tx, now, passwordHash);
    return "seeded";
  });
}

async function writeDemo(tx: Transaction, now: Date, passwordHash: string) {
  const environments = await tx.environment.findMany({ orderBy: { position: "asc" } });
  const [dev, stg, prd] = environments;
  if (!dev || !stg || !prd) throw new Error("the demo needs three environments");

  // The clusters of the simulated fleet, reached through contexts named after them.
  await tx.cluster.createMany({
    data: demoFleet(now).map((cluster) => ({
      name: cluster.name,
      context: cluster.name,
      environmentId: environments.find((e) => e.name === cluster.environment)?.id ?? dev.id,
    })),
  });

  const memberIds = new Map<string, string>();
  for (const { key, ...member } of DEMO_TEAM) {
    memberIds.set(key, (await tx.teamMember.create({ data: { ...member, passwordHash } })).id);
  }
  await tx.teamSettings.upsert({
    where: { id: 1 },
    create: { id: 1, demoAccounts: true },
    update: { demoAccounts: true },
  });
  const idOf = (key: string | null) => (key ? (memberIds.get(key) ?? null) : null);
  const lead = idOf("aiko");

  // Last year's campaign: finished, every component verified everywhere.
  const lastStart = subMonths(now, 13);
  const lastWindow = addDays(lastStart, 45);
  const previous = await tx.campaign.create({
    data: {
      name: `${lastStart.getUTCFullYear()} upgrade: 1.28 → 1.31`,
      kubernetesFrom: "1.28",
      kubernetesTo: "1.31",
      maintenanceStart: lastWindow,
      maintenanceEnd: addDays(lastWindow, 1),
      status: "completed",
      startedAt: lastStart,
      completedAt: addDays(lastWindow, 8),
      createdAt: lastStart,
      phases: {
        create: planPhases(lastStart, lastWindow, addDays(lastWindow, 1)).map((phase) => ({
          ...phase,
          startedAt: phase.plannedStart,
          completedAt: phase.plannedEnd,
        })),
      },
    },
  });
  for (const component of DEMO_COMPONENTS) {
    await createDemoComponent(tx, previous.id, component, {
      current: component.previous,
      target: component.current,
      owner: idOf(component.owner ?? "aiko"),
      verifications: [dev, stg, prd].map((environment, index) => ({
        environmentId: environment.id,
        status: "verified",
        note: "",
        verifiedById: idOf(component.owner ?? "aiko"),
        updatedAt: addDays(lastStart, 20 + index * 12),
      })),
    });
  }

  await writeDemoRetrospective(tx, previous.id, addDays(lastWindow, 6), idOf);
  // Three old GPU nodes stayed on 1.29 through last year's Prd window: the skew the live view saw.
  await tx.skewHighWater.create({
    data: {
      campaignId: previous.id,
      clusterName: "prd-gpu",
      environmentName: "Prd",
      minors: 2,
      nodeName: "prd-gpu-w-10",
      kubeletVersion: "v1.29.15",
      apiserverVersion: "v1.31.13",
      observedAt: addDays(lastWindow, 1),
    },
  });

  // This year's campaign: Dev platform done, owners verifying their components on Dev.
  const start = subDays(now, 35);
  const window = addDays(now, 20);
  const current = await tx.campaign.create({
    data: {
      name: `${start.getUTCFullYear()} upgrade: 1.31 → 1.34`,
      kubernetesFrom: "1.31",
      kubernetesTo: "1.34",
      maintenanceStart: window,
      maintenanceEnd: addDays(window, 1),
      previousCampaignId: previous.id,
      status: "running",
      startedAt: start,
      createdAt: start,
      phases: {
        create: planPhases(start, window, addDays(window, 1)).map((phase) => ({
          ...phase,
          startedAt: phase.step <= 5 ? phase.plannedStart : null,
          completedAt: phase.step <= 4 ? phase.plannedEnd : null,
        })),
      },
    },
  });

  const activity: {
    actorId: string | null;
    subjectType: string;
    subjectId: string;
    subject: string;
    changes: FieldChange[];
    createdAt: Date;
  }[] = [
    {
      actorId: lead,
      subjectType: "campaign",
      subjectId: current.id,
      subject: current.name,
      changes: [
        { field: "Campaign", before: "—", after: "created, Kubernetes 1.31 → 1.34" },
        { field: "Inventory", before: "—", after: `${DEMO_COMPONENTS.length} components from ${previous.name}` },
      ],
      createdAt: start,
    },
  ];
  let minutes = 0;
  for (const component of DEMO_COMPONENTS) {
    const verifications = (
      [
        [dev, component.dev],
        [stg, component.stg],
      ] as const
    ).flatMap(([environment, verification]) => {
      if (!verification) return [];
      minutes += 331;
      return [
        { environment, ...verification, at: subDays(now, 10 - environment.position * 6).getTime() + minutes * 60_000 },
      ];
    });
    const id = await createDemoComponent(tx, current.id, component, {
      current: component.current,
      target: component.target,
      owner: idOf(component.owner),
      verifications: verifications.map((v) => ({
        environmentId: v.environment.id,
        status: v.status,
        note: v.note ?? "",
        verifiedById: idOf(v.by),
        updatedAt: new Date(v.at),
      })),
    });
    for (const v of verifications) {
      activity.push({
        actorId: idOf(v.by),
        subjectType: "verification",
        subjectId: subjectIdOf(id, v.environment.id),
        subject: `${component.name} on ${v.environment.name}`,
        changes: [{ field: "Verification", before: "Pending", after: VERIFICATION_LABELS[v.status] }],
        createdAt: new Date(v.at),
      });
    }
  }
  await tx.activity.createMany({
    data: activity.map(({ changes, ...entry }) => ({
      ...entry,
      campaignId: current.id,
      changes: JSON.stringify(changes),
    })),
  });
  // stg-batch's checks as the scan read them before Stg's first hop: its page shows what the hop changed.
  const beforeStgHop = subDays(now, 9);
  await tx.clusterCheckReading.create({
    data: {
      campaignId: current.id,
      clusterName: "stg-batch",
      minor: "1.31",
      findings: JSON.stringify(stgBatchBeforeItsHop(beforeStgHop, DEMO_COMPONENTS)),
      since: subDays(now, 12),
      readAt: beforeStgHop,
    },
  });
  // Dev's checks no API shows are done; on Stg the snapshot and the kubeadm review so far.
  const tick = (environmentId: string, item: string, evidence: string, daysAgo: number) => ({
    campaignId: current.id,
    environmentId,
    item,
    evidence,
    tickedById: idOf("aiko"),
    tickedAt: subDays(now, daysAgo),
  });
  await tx.manualCheck.createMany({
    data: [
      tick(
        dev.id,
        "etcd-snapshot",
        "Snapshot in s3://platform-backups/dev-gpu/2026-11-09; restored into dev-restore, etcdctl endpoint health green.",
        18,
      ),
      tick(
        dev.id,
        "kubeadm-config",
        "ClusterConfiguration migrated to v1beta4 with kubeadm config migrate (PLAT-2291).",
        17,
      ),
      tick(dev.id, "feature-gates", "No gate set beyond the defaults; none removed on the way to 1.34.", 17),
      tick(dev.id, "conformance", "Sonobuoy on dev-gpu at 1.34.1: 0 failures (PLAT-2302).", 12),
      tick(
        stg.id,
        "etcd-snapshot",
        "Snapshot in s3://platform-backups/stg-gpu/2026-11-20; restore tested on stg-restore.",
        7,
      ),
      tick(
        stg.id,
        "kubeadm-config",
        "Same v1beta4 configuration as Dev, reviewed against the 1.33 and 1.34 changelogs.",
        6,
      ),
    ],
  });
}

async function writeDemoRetrospective(
  tx: Transaction,
  campaignId: string,
  heldAt: Date,
  idOf: (key: string | null) => string | null,
) {
  const retrospective = await tx.retrospective.create({
    data: { campaignId, createdAt: heldAt, closedAt: addDays(heldAt, 1) },
  });
  // Each voter's votes take their budget slots in order, as votes cast in the app do.
  const slots = new Map<string, number>();
  const vote = (memberId: string) => {
    const slot = (slots.get(memberId) ?? 0) + 1;
    slots.set(memberId, slot);
    return { memberId, retrospectiveId: retrospective.id, slot };
  };
  for (const card of DEMO_RETROSPECTIVE) {
    const created = await tx.retroCard.create({
      data: {
        retrospectiveId: retrospective.id,
        column: card.column,
        body: card.body,
        authorId: idOf(card.author),
        createdAt: heldAt,
        votes: { create: card.voters.flatMap((voter) => (idOf(voter) ? [vote(idOf(voter)!)] : [])) },
      },
    });
    if (card.action) {
      await tx.actionItem.create({
        data: {
          retrospectiveId: retrospective.id,
          cardId: created.id,
          title: card.action.title,
          ownerId: idOf(card.action.owner),
          dueDate: addMonths(heldAt, 12 + card.action.dueInMonths),
          doneAt: card.action.done ? addMonths(heldAt, 3) : null,
        },
      });
    }
  }
}

type DemoRevision = {
  current: string;
  target: string;
  owner: string | null;
  verifications: {
    environmentId: string;
    status: string;
    note: string;
    verifiedById: string | null;
    updatedAt: Date;
  }[];
};

async function createDemoComponent(
  tx: Transaction,
  campaignId: string,
  component: DemoComponent,
  at: DemoRevision,
): Promise<string> {
  const created = await tx.component.create({
    data: {
      campaignId,
      name: component.name,
      category: component.category,
      currentVersion: at.current,
      targetVersion: at.target,
      ownerId: at.owner,
      breakingNotes: component.breakingNotes ?? "",
      breakingOverride: component.breaking?.override ?? null,
      breakingReason: component.breaking?.reason ?? "",
      compatibility: component.compatibility,
      compatibilitySource: component.compatibilitySource ?? "",
      userFacing: component.userFacing ?? false,
      releaseNotes: { create: component.releaseNotes.map((link, position) => ({ ...link, position })) },
      verifications: { create: at.verifications.map((v) => ({ ...v, verifiedVersion: at.target, revision: 1 })) },
    },
  });
  return created.id;
}
