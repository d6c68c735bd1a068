/** E-mail delivery, from the environment: none without `STEPWISE_SMTP_URL` (the e-mail choices then say so). */
export type MailSettings = { url: string; from: string };

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.STEPWISE_SMTP_URL) return null;
  return { url: env.STEPWISE_SMTP_URL, from: env.STEPWISE_MAIL_FROM || "Stepwise <stepwise@localhost>" };
}

/** How often the background delivery looks for due messages (ms). */
export function deliveryIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.STEPWISE_NOTIFY_INTERVAL_MS);
  return Number.isFinite(value) && value > 0 ? value : 5_000;
}
