"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/mutations/result";
import { messageAboveFields } from "./apply-field-errors";

/**
 * Runs a server action from a small form or button: pending state, the refusal to show
 * (with its field errors), and a refresh of the server-rendered page when it worked.
 */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      onSuccess?.(result.data);
      router.refresh();
    });
  }

  function reload() {
    setFailure(null);
    router.refresh();
  }

  /**
   * The refusal to show above a small form whose `fields` show their own errors: none when every
   * field error sits beside its field, as useActionForm decides for the larger forms.
   */
  function failureAbove(...fields: string[]): ActionFailure | null {
    if (!failure) return null;
    const unplaced = Object.entries(failure.fieldErrors ?? {})
      .filter(([name]) => !fields.includes(name))
      .map(([, messages]) => messages[0] ?? "Invalid value.");
    const message = messageAboveFields(failure, unplaced);
    return message === null ? null : { ...failure, message };
  }

  return {
    pending,
    failure,
    run,
    reload,
    failureAbove,
    fieldError: (name: string) => failure?.fieldErrors?.[name]?.[0],
  };
}
