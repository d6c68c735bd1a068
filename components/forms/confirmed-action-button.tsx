"use client";

import type { ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ActionResult } from "@/lib/mutations/result";
import { FailureAlert } from "./failure-alert";
import { useServerAction } from "./use-server-action";

/** A button for one server action, asked about first when `confirm` says what will happen; a refusal shows beside it. */
export function ConfirmedActionButton<T>({
  children,
  confirm,
  action,
  onDone,
  variant = "ghost",
  label,
}: {
  children: ReactNode;
  confirm: string | null;
  action: () => Promise<ActionResult<T>>;
  onDone?: (data: T) => void;
  variant?: ButtonProps["variant"];
  label?: string;
}) {
  const { pending, failure, run, reload } = useServerAction();
  return (
    <span className="flex items-center gap-2">
      <FailureAlert failure={failure} onReload={reload} />
      <Button
        size="sm"
        variant={variant}
        aria-label={label}
        pending={pending}
        onClick={() => {
          if (confirm === null || window.confirm(confirm)) run(action, onDone);
        }}
      >
        {children}
      </Button>
    </span>
  );
}
