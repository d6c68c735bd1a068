import { isOneOf } from "@/lib/is-one-of";

/** What Stepwise tells people about. Each member picks theirs for e-mail; each webhook lists its own. */
export const NOTIFICATION_EVENTS = [
  "assigned",
  "verification-failed",
  "step-due",
  "gate-changed",
  "retrospective-open",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_EVENT_LABELS: Record<NotificationEvent, string> = {
  assigned: "A component is assigned to me",
  "verification-failed": "A verification fails on a component I own",
  "step-due": "A campaign step is due tomorrow",
  "gate-changed": "An environment's gate turns open or blocked",
  "retrospective-open": "The retrospective opens",
};

/** The same events as a team channel hears them. */
export const NOTIFICATION_EVENT_TEAM_LABELS: Record<NotificationEvent, string> = {
  assigned: "A component gets an owner",
  "verification-failed": "A verification fails",
  "step-due": "A campaign step is due tomorrow",
  "gate-changed": "An environment's gate turns open or blocked",
  "retrospective-open": "The retrospective opens",
};

/** The stored comma-separated list read back; unknown keys (from a newer version) are dropped. */
export function parseEvents(stored: string): NotificationEvent[] {
  return stored
    .split(",")
    .map((key) => key.trim())
    .filter((key): key is NotificationEvent => isOneOf(NOTIFICATION_EVENTS, key));
}

export const WEBHOOK_FORMATS = ["slack", "generic"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
export const WEBHOOK_FORMAT_LABELS: Record<WebhookFormat, string> = {
  slack: "Slack-compatible ({ text })",
  generic: "Generic JSON",
};

/** One message, before it is addressed: the same words go to e-mail and to webhooks. */
export type NotificationMessage = {
  event: NotificationEvent;
  /** What makes this message this one (e.g. the verification's revision): repeats are sent once. */
  key: string;
  subject: string;
  text: string;
  /** The page it is about, relative to Stepwise's address. */
  link: string;
};

/** A webhook's request body: Slack's incoming-webhook shape, or a plain record for any receiver. */
export function webhookBody(
  format: WebhookFormat,
  message: { event: string; subject: string; text: string },
  url: string,
  sentAt: Date,
): unknown {
  if (format === "slack")
    return { text: `*${slackEscape(message.subject)}*\n${slackEscape(message.text)}\n<${url}|Open in Stepwise>` };
  return { event: message.event, subject: message.subject, text: message.text, url, sentAt: sentAt.toISOString() };
}

/** Slack reads &, < and > as markup: names people typed must not become links or mentions. */
function slackEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Tries before a delivery is given up and shown to the lead as failed. */
export const MAX_ATTEMPTS = 5;

/** How long to wait after the given failed attempt: 30 s, 2 min, 8 min, 32 min, … */
export function retryDelayMs(attempts: number): number {
  return 30_000 * 4 ** Math.max(0, attempts - 1);
}
