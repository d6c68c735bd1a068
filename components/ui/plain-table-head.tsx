import { cn } from "@/lib/utils";

/** The header row of a small static table (no sorting): one column heading per string. */
export function PlainTableHead({ headings, className }: { headings: string[]; className?: string }) {
  return (
    <thead className={cn("text-left text-xs text-slate-500", className)}>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col" className="py-1.5 pr-4 font-medium">
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
