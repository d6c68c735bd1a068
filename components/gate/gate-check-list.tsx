import { AlertTriangle, CheckCircle2, XCircle } from "lucide-react";
import Link from "next/link";
import type { GateCheck, Verdict } from "@/lib/gate/types";
import { cn } from "@/lib/utils";

export const VERDICT_ICONS: Record<Verdict, typeof XCircle> = {
  block: XCircle,
  warn: AlertTriangle,
  pass: CheckCircle2,
};
export const VERDICT_TONES: Record<Verdict, string> = {
  block: "text-red-800",
  warn: "text-amber-800",
  pass: "text-emerald-800",
};

/**
 * A gate's checks, blocking first. With `items`, every component or node a check is about is
 * listed and linked (nothing hidden behind "and N more"); without, each check links to where it
 * is fixed.
 */
export function GateCheckList({
  checks,
  items = false,
  passes = false,
  className,
}: {
  checks: GateCheck[];
  items?: boolean;
  passes?: boolean;
  className?: string;
}) {
  const shown = passes ? checks : checks.filter((check) => check.verdict !== "pass");
  if (shown.length === 0) return null;
  return (
    <ul className={cn("space-y-1.5", className)} aria-label="Gate checks">
      {shown.map((check) => {
        const Icon = VERDICT_ICONS[check.verdict];
        return (
          <li key={check.id} data-check={check.id} data-verdict={check.verdict} className="text-xs">
            <p className={cn("flex gap-1.5", VERDICT_TONES[check.verdict])}>
              <Icon className="mt-px size-3.5 shrink-0" aria-label={check.verdict} />
              <span>
                <span className="font-medium">{check.name}:</span> {check.sentence}
                {check.link ? (
                  <>
                    {" "}
                    <Link href={check.link.href} className="whitespace-nowrap text-indigo-700 hover:underline">
                      {check.link.label} →
                    </Link>
                  </>
                ) : null}
              </span>
            </p>
            {items && check.items.length > 0 && check.verdict !== "pass" ? (
              // Styled from the list and not prefetched: a blocked gate can list hundreds of components.
              <ul className="mt-1 ml-5 flex flex-wrap gap-x-3 gap-y-0.5 text-slate-700 [&_a]:underline [&_a]:decoration-slate-300 [&_a]:hover:text-indigo-700 [&_span]:text-slate-500">
                {check.items.map((item) => (
                  <li key={item.label} title={item.detail}>
                    {item.href ? (
                      <Link href={item.href} prefetch={false}>
                        {item.label}
                      </Link>
                    ) : (
                      item.label
                    )}
                    {item.detail && item.detail.length < 40 ? <span>{` (${item.detail})`}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
