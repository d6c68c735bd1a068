/** The route loading state: each page segment re-exports it, below the layouts that look their record up (so an unknown id still answers 404). */
export function PageLoading() {
  return (
    <div role="status" className="animate-pulse space-y-4">
      <div className="h-7 w-64 rounded bg-slate-200" />
      <div className="h-40 rounded-lg bg-slate-200/70" />
      <span className="sr-only">Loading…</span>
    </div>
  );
}
