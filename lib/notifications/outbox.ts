import "server-only";
import type { Transaction } from "@/lib/db";
import { parseEvents, type NotificationMessage } from "./events";
import { mailSettings } from "./settings";

/**
 * Addresses a message, inside the transaction of what caused it (so it is sent only if that
 * was saved, and is never lost): one outbox row per member who chose it for e-mail and per
 * webhook that lists it. Delivery happens later, in the background: the action never waits for it.
 */
export async function notify(tx: Transaction, message: NotificationMessage, memberIds: string[]): Promise<void> {
  const [members, webhooks] = await Promise.all([
    mailSettings() && memberIds.length > 0
      ? tx.teamMember.findMany({ where: { id: { in: memberIds }, deactivatedAt: null } })
      : Promise.resolve([]),
    tx.webhook.findMany(),
  ]);
  const { event, key, subject, text, link } = message;
  const rows = [
    ...members
      .filter((member) => parseEvents(member.emailEvents).includes(event))
      .map((member) => ({ channel: "email", memberId: member.id, dedupKey: `${event}:${key}:email:${member.id}` })),
    ...webhooks
      .filter((webhook) => parseEvents(webhook.events).includes(event))
      .map((webhook) => ({
        channel: "webhook",
        webhookId: webhook.id,
        dedupKey: `${event}:${key}:webhook:${webhook.id}`,
      })),
  ];
  if (rows.length === 0) return;
  // A repeat (two replicas, a second scan) finds its rows already there and adds nothing.
  const existing = await tx.notification.findMany({
    where: { dedupKey: { in: rows.map((row) => row.dedupKey) } },
    select: { dedupKey: true },
  });
  const sent = new Set(existing.map((row) => row.dedupKey));
  await tx.notification.createMany({
    data: rows.filter((row) => !sent.has(row.dedupKey)).map((row) => ({ ...row, event, subject, text, link })),
  });
}
