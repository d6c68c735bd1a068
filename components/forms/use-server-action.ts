"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/mutations/result";

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

  return { pending, failure, run, reload, fieldError: (name: string) => failure?.fieldErrors?.[name]?.[0] };
}
