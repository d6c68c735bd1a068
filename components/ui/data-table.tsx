import { flexRender, type Row, type Table } from "@tanstack/react-table";
import { ArrowDown, ArrowUp } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * Renders a @tanstack/react-table instance: sortable headers as buttons with the direction shown,
 * one row per record. The feature components own the columns and the state.
 */
export function DataTable<T>({
  table,
  rowTestId,
  rowClassName,
  cellClassName,
  headerClassName,
  empty,
}: {
  table: Table<T>;
  rowTestId: string;
  rowClassName?: (row: Row<T>) => string | false | undefined;
  cellClassName?: string;
  headerClassName?: (columnId: string) => string | false | undefined;
  empty?: ReactNode;
}) {
  const rows = table.getRowModel().rows;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50/80 text-left text-xs font-medium text-slate-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={cn("px-3 py-2.5 font-medium", headerClassName?.(header.column.id))}
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
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid={rowTestId} className={cn("align-middle", rowClassName?.(row))}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cn("px-3 py-2", cellClassName)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && empty ? <p className="px-5 py-10 text-center text-sm text-slate-500">{empty}</p> : null}
    </div>
  );
}
