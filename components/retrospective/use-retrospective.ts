"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/mutations/result";
import { loadRetrospective } from "@/lib/retrospectives/actions";
import type { RetrospectiveView } from "@/lib/retrospectives/types";
import { unwrap } from "@/components/forms/action-refused";

const key = (campaignId: string) => ["retrospective", campaignId] as const;

/** The board, polled every few seconds while the meeting runs so everyone sees new cards without reloading. */
export function useRetrospective(campaignId: string, initialData: RetrospectiveView) {
  return useQuery({
    queryKey: key(campaignId),
    queryFn: async () => {
      const view = await loadRetrospective(campaignId);
      if (!view) throw new Error("This campaign was deleted.");
      return view;
    },
    initialData,
    refetchInterval: 3_000,
  });
}

/** Any change to the board: refused results become errors to show, success refreshes the board. */
export function useRetroChange(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: () => Promise<ActionResult<unknown>>) => unwrap(change()),
    onSettled: () => client.invalidateQueries({ queryKey: key(campaignId) }),
  });
}
