"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { ActingMember, TeamMemberView } from "@/lib/campaigns/types";
import { actAsAction } from "@/lib/team/actions";

/** Until sign-in exists, the person at the keyboard says who they are; changes are logged under that name. */
export function ActingMemberSwitcher({ actingMember, team }: { actingMember: ActingMember | null; team: TeamMemberView[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  if (team.length === 0) return null;
  return (
    <label className="flex items-center gap-2 text-xs text-slate-300">
      <span>Acting as</span>
      <select
        aria-label="Acting as"
        className="h-8 rounded-md border-0 bg-slate-800 px-2 pr-7 text-sm text-white ring-1 ring-slate-600 focus:ring-2 focus:ring-indigo-400"
        value={actingMember?.id ?? ""}
        disabled={pending}
        onChange={(event) => {
          const memberId = event.target.value;
          startTransition(async () => {
            await actAsAction(memberId);
            await queryClient.invalidateQueries();
            router.refresh();
          });
        }}
      >
        {team.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name} ({member.role})
          </option>
        ))}
      </select>
    </label>
  );
}
