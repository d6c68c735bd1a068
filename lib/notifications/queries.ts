import "server-only";
import { db } from "@/lib/db";
import { parseEvents, WEBHOOK_FORMATS, type NotificationEvent, type WebhookFormat } from "./events";
import { isOneOf } from "@/lib/is-one-of";
import { mailSettings } from "./settings";

export type WebhookView = {
  id: string;
  name: string;
  /** Only the host: the whole address is a secret once saved. */
  host: string;
  format: WebhookFormat;
  events: NotificationEvent[];
};

export type FailedDeliveryView = {
  id: string;
  subject: string;
  /** A member's name or a webhook's, never an address. */
  recipient: string;
  attempts: number;
  lastError: string;
  createdAt: Date;
};

/** The lead's view of the team's notifications: webhooks, and what could not be delivered. */
export async function getNotificationSettings() {
  const [webhooks, failed, pending] = await Promise.all([
    db.webhook.findMany({ orderBy: { createdAt: "asc" } }),
    db.notification.findMany({
      where: { status: "failed" },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { member: { select: { name: true } }, webhook: { select: { name: true } } },
    }),
    db.notification.count({ where: { status: "pending" } }),
  ]);
  return {
    mail: mailSettings() !== null,
    pending,
    webhooks: webhooks.map((webhook): WebhookView => ({
      id: webhook.id,
      name: webhook.name,
      host: URL.canParse(webhook.url) ? new URL(webhook.url).host : "invalid address",
      format: isOneOf(WEBHOOK_FORMATS, webhook.format) ? webhook.format : "generic",
      events: parseEvents(webhook.events),
    })),
    failed: failed.map((row): FailedDeliveryView => ({
      id: row.id,
      subject: row.subject,
      recipient: row.member ? `${row.member.name} (e-mail)` : `${row.webhook?.name ?? "a removed webhook"} (webhook)`,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
    })),
  };
}
export type NotificationSettings = Awaited<ReturnType<typeof getNotificationSettings>>;

/** What the member gets by e-mail, and whether e-mail is set up at all. */
export async function getEmailChoices(memberId: string) {
  const member = await db.teamMember.findUniqueOrThrow({ where: { id: memberId }, select: { emailEvents: true } });
  return { mail: mailSettings() !== null, events: parseEvents(member.emailEvents) };
}
export type EmailChoices = Awaited<ReturnType<typeof getEmailChoices>>;
