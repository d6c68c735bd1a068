import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

const TONES = {
  error: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  info: "bg-sky-50 text-sky-900 ring-sky-200",
} as const;

export function Alert({
  tone,
  children,
  action,
  className,
}: {
  tone: keyof typeof TONES;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "error" || tone === "warning" ? "alert" : "status"}
      className={cn(
        "flex items-center justify-between gap-3 rounded-md px-3.5 py-2.5 text-sm ring-1 ring-inset",
        TONES[tone],
        className,
      )}
    >
      <div>{children}</div>
      {action}
    </div>
  );
}
