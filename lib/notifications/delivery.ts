import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { isOneOf } from "@/lib/is-one-of";
import { metrics } from "@/lib/observability/metrics";
import { publicUrl } from "@/lib/public-url";
import { MAX_ATTEMPTS, retryDelayMs, WEBHOOK_FORMATS, webhookBody } from "./events";
import { mailSettings } from "./settings";

/** A delivery that takes longer is given up for this attempt (and retried later). */
const SEND_TIMEOUT_MS = 10_000;
/** How long a claimed delivery is someone's: another replica leaves it alone meanwhile. */
const CLAIM_MS = 60_000;

type Due = Awaited<ReturnType<typeof claimDue>>[number];

/** Claims the due deliveries: each by moving its next attempt on, so two replicas never send one twice. */
async function claimDue(now: Date) {
  const due = await db.notification.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: 25,
    include: { member: { select: { email: true, name: true } }, webhook: true },
  });
  const claimed = await Promise.all(
    due.map(async (row) => {
      const { count } = await db.notification.updateMany({
        where: { id: row.id, status: "pending", attempts: row.attempts },
        data: { attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
      });
      return count === 1 ? [{ ...row, attempts: row.attempts + 1 }] : [];
    }),
  );
  return claimed.flat();
}

/** Why a send failed, in words safe to show and log: addresses are cut (a webhook's carries its secret). */
function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  if (error.name === "TimeoutError") return `no answer within ${SEND_TIMEOUT_MS / 1000} s`;
  const cause = (error as Error & { cause?: { code?: string } }).cause;
  const text = cause?.code ? `${error.message}: ${cause.code}` : error.message;
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, "<address>").slice(0, 200);
}

async function send(row: Due, mail: nodemailer.Transporter | null, now: Date): Promise<void> {
  const url = publicUrl(row.link);
  if (row.channel === "email") {
    if (!mail || !row.member) throw new Error("e-mail is not configured (STEPWISE_SMTP_URL)");
    await mail.sendMail({
      from: mailSettings()!.from,
      to: { name: row.member.name, address: row.member.email },
      subject: row.subject,
      text: `${row.text}\n\n${url}\n\n— Stepwise. Choose what you get by e-mail on your account page.`,
    });
    return;
  }
  const webhook = row.webhook;
  if (!webhook) throw new Error("the webhook was removed");
  const format = isOneOf(WEBHOOK_FORMATS, webhook.format) ? webhook.format : "generic";
  const response = await fetch(webhook.url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": "Stepwise" },
    body: JSON.stringify(webhookBody(format, row, url, now)),
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    redirect: "error",
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

/**
 * Sends what is due: each delivery once, a failure retried with back-off, given up after
 * MAX_ATTEMPTS and then shown to the lead. Returns how many were delivered and how many failed.
 */
export async function deliverDue(now = new Date()): Promise<{ delivered: number; failed: number }> {
  const due = await claimDue(now);
  if (due.length === 0) return { delivered: 0, failed: 0 };
  const settings = mailSettings();
  const mail = settings && due.some((row) => row.channel === "email") ? nodemailer.createTransport(settings.url) : null;
  let delivered = 0;
  let failed = 0;
  try {
    await Promise.all(
      due.map(async (row) => {
        try {
          await send(row, mail, now);
          delivered += 1;
          metrics.notifications.inc({ channel: row.channel, outcome: "delivered" });
          await db.notification.update({
            where: { id: row.id },
            data: { status: "delivered", deliveredAt: new Date(), lastError: "" },
          });
        } catch (error) {
          failed += 1;
          const givenUp = row.attempts >= MAX_ATTEMPTS;
          metrics.notifications.inc({ channel: row.channel, outcome: givenUp ? "failed" : "retrying" });
          await db.notification.update({
            where: { id: row.id },
            data: {
              status: givenUp ? "failed" : "pending",
              lastError: failureReason(error),
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
            },
          });
        }
      }),
    );
  } finally {
    mail?.close();
  }
  return { delivered, failed };
}
