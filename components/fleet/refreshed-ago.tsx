"use client";

import { useEffect, useState } from "react";

/** "refreshed 4 s ago", ticking every second; turns amber when a refresh is overdue. */
export function RefreshedAgo({ at, refreshSeconds, fetching }: { at: string; refreshSeconds: number; fetching: boolean }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  // Rendered on the server without a clock, so the first paint cannot disagree with the browser's.
  const seconds = now === null ? 0 : Math.max(0, Math.round((now - new Date(at).getTime()) / 1_000));
  const stale = seconds > refreshSeconds * 3;
  return (
    <span className={stale ? "text-amber-700" : "text-slate-500"} data-testid="refreshed-ago">
      {fetching ? "refreshing…" : `refreshed ${seconds} s ago`}
    </span>
  );
}
