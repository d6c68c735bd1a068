"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { OwnerSelect } from "./owner-select";
import type { TeamMemberView } from "@/lib/team/types";

/** Hands several components to one owner in one all-or-nothing change. */
export function BulkAssignBar({
  team,
  count,
  pending,
  onAssign,
  onClear,
}: {
  team: TeamMemberView[];
  count: number;
  pending: boolean;
  onAssign: (ownerId: string | null) => void;
  onClear: () => void;
}) {
  const [ownerId, setOwnerId] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg bg-indigo-50 px-4 py-2.5 ring-1 ring-indigo-200">
      <span className="text-sm font-medium text-indigo-900">{count} selected</span>
      <span className="text-sm text-indigo-900">Assign to</span>
      <OwnerSelect team={team} value={ownerId} onChange={setOwnerId} label="Assign selected to" className="w-56" />
      <Button size="sm" pending={pending} onClick={() => onAssign(ownerId)}>
        {pending ? "Assigning…" : "Assign"}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
