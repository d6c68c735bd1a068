"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { advancePhaseAction } from "@/lib/campaigns/actions";

export function AdvancePhaseButton({ campaignId, step, title }: { campaignId: string; step: number; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await advancePhaseAction({ campaignId, step });
            setError(result.ok ? null : result.message);
            router.refresh();
          })
        }
      >
        {pending ? "Saving…" : `Mark “${title}” done`}
      </Button>
      {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
