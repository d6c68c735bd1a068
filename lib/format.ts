import { formatDistanceStrict } from "date-fns";

// Campaign dates are calendar days stored at midnight UTC: print them in UTC so every reader sees the same day.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatDay(date: Date | null | undefined, options: { short?: boolean } = {}): string {
  if (!date) return "—";
  return (options.short ? DAY_SHORT : DAY).format(date);
}

export function formatMoment(date: Date): string {
  return `${MOMENT.format(date)} UTC`;
}

export function timeAgo(date: Date, now: Date = new Date()): string {
  return `${formatDistanceStrict(date, now)} ago`;
}

export function formatRange(start: Date | null, end: Date | null): string {
  if (!start) return "not scheduled";
  if (!end || end.getTime() === start.getTime()) return formatDay(start);
  return `${formatDay(start, { short: true })} – ${formatDay(end)}`;
}
