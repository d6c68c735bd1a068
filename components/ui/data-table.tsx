import { flexRender, type Row, type RowData, type Table } from "@tanstack/react-table";
import { ArrowDown, ArrowUp } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface must keep the library's type parameters
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells, e.g. hidden on phones. */
    className?: string;
  }
}

/**
 * Renders a @tanstack/react-table instance: sortable headers as buttons with the direction shown,
 * one row per record. The feature components own the columns and the state.
 *
 * `stacked`: below 768 px each row becomes a card, each cell a line labelled with its column's
 * heading, so a phone never scrolls sideways. `sticky`: columns that stay in view while a wide
 * table scrolls sideways, by column id, each with its Tailwind `left-*` offset.
 */
export function DataTable<T>({
  table,
  rowTestId,
  rowClassName,
  cellClassName,
  headerClassName,
  empty,
  stacked = false,
  sticky = {},
  busy = false,
}: {
  table: Table<T>;
  rowTestId: string;
  rowClassName?: (row: Row<T>) => string | false | undefined;
  cellClassName?: string;
  headerClassName?: (columnId: string) => string | false | undefined;
  empty?: ReactNode;
  stacked?: boolean;
  sticky?: Record<string, string>;
  /** Rows on the way (another page, another sort): the rows shown are the last ones, dimmed. */
  busy?: boolean;
}) {
  const rows = table.getRowModel().rows;
  const stickyClass = (columnId: string) => sticky[columnId] && cn("sticky z-10 bg-inherit", sticky[columnId]);
  return (
    <div
      aria-busy={busy}
      className={cn(
        "overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 transition-opacity",
        busy && "opacity-60",
        stacked && "max-md:overflow-visible max-md:bg-transparent max-md:shadow-none max-md:ring-0",
      )}
    >
      <table className={cn("min-w-full text-sm", stacked && "max-md:block")}>
        <thead
          className={cn(
            "border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500",
            stacked && "max-md:hidden",
          )}
        >
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={cn(
                    "px-3 py-2.5 font-medium",
                    headerClassName?.(header.column.id),
                    header.column.columnDef.meta?.className,
                    stickyClass(header.column.id),
                  )}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 hover:text-slate-800"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {header.column.getIsSorted() === "asc" ? (
                        <ArrowUp className="size-3" aria-label="sorted ascending" />
                      ) : null}
                      {header.column.getIsSorted() === "desc" ? (
                        <ArrowDown className="size-3" aria-label="sorted descending" />
                      ) : null}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          className={cn("divide-y divide-slate-100", stacked && "max-md:block max-md:space-y-3 max-md:divide-y-0")}
        >
          {rows.map((row) => (
            <tr
              key={row.id}
              data-testid={rowTestId}
              className={cn("bg-white align-middle", stacked && "data-row-stacked", rowClassName?.(row))}
            >
              {row.getVisibleCells().map((cell) => {
                const heading = cell.column.columnDef.header;
                return (
                  <td
                    key={cell.id}
                    data-label={typeof heading === "string" ? heading : undefined}
                    className={cn(
                      "data-cell",
                      stacked && "data-cell-stacked",
                      stickyClass(cell.column.id),
                      cell.column.columnDef.meta?.className,
                      cellClassName,
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && empty ? <p className="px-5 py-10 text-center text-sm text-slate-500">{empty}</p> : null}
    </div>
  );
}
