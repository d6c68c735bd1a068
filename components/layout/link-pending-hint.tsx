"use client";

import { LoaderCircle } from "lucide-react";
import { useLinkStatus } from "next/link";
import { cn } from "@/lib/utils";

/**
 * Inside a Link: a spinner while the navigation it started is on the way, for the moment before
 * the next page's loading state can show (a route not prefetched yet, a slow connection).
 */
export function LinkPendingHint({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  return (
    <LoaderCircle
      aria-hidden
      data-link-pending={pending || undefined}
      className={cn("size-3 animate-spin", pending ? "inline-block" : "hidden", className)}
    />
  );
}
