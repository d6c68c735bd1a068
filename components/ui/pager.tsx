import type { Table } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";

/** "51–100 of 300" with Previous and Next, for a paged @tanstack/react-table (paged here or on the server); nothing when one page holds all. */
export function Pager<T>({ table, label }: { table: Table<T>; label: string }) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getRowCount();
  if (table.getPageCount() <= 1) return null;
  const first = pageIndex * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-xs text-slate-600">
      <p aria-live="polite">
        <span className="tabular-nums">
          {first}–{last}
        </span>{" "}
        of <span className="tabular-nums">{total}</span>
      </p>
      <div className="flex gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          Previous
        </Button>
        <Button size="sm" variant="secondary" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          Next
        </Button>
      </div>
    </nav>
  );
}
