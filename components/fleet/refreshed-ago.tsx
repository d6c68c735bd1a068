"use client";

import { useSyncExternalStore } from "react";

/** The browser's clock in whole seconds, as a store: every "refreshed N s ago" on the page ticks together. */
function subscribeToClock(onTick: () => void) {
  const timer = setInterval(onTick, 1_000);
  return () => clearInterval(timer);
}
const clockSeconds = () => Math.floor(Date.now() / 1_000);
// Rendered on the server without a clock, so the first paint cannot disagree with the browser's.
const noClock = () => null;

/** "refreshed 4 s ago", ticking every second; turns amber when a refresh is overdue. */
export function RefreshedAgo({
  at,
  refreshSeconds,
  fetching,
}: {
  at: string;
  refreshSeconds: number;
  fetching: boolean;
}) {
  const now = useSyncExternalStore(subscribeToClock, clockSeconds, noClock);
  const seconds = now === null ? 0 : Math.max(0, Math.round(now - new Date(at).getTime() / 1_000));
  const stale = seconds > refreshSeconds * 3;
  return (
    <span className={stale ? "text-amber-700" : "text-slate-500"} data-testid="refreshed-ago">
      {fetching ? "refreshing…" : `refreshed ${seconds} s ago`}
    </span>
  );
}
