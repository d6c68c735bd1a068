"use client";

import { Button } from "@/components/ui/button";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { removeMemberAction, restoreMemberAction } from "@/lib/team/actions";

const CHANGES = {
  remove: {
    label: "Remove",
    confirm: (name: string) => `Remove ${name} from the team? They are signed out, their components in running campaigns become unassigned, and their name stays on the history.`,
    action: removeMemberAction,
  },
  restore: { label: "Restore", confirm: null, action: restoreMemberAction },
} as const;

/** The lead's way to take someone off the team, and to bring them back. */
export function MembershipButton({ memberId, name, change }: { memberId: string; name: string; change: keyof typeof CHANGES }) {
  const { pending, failure, run, reload } = useServerAction();
  const { label, confirm, action } = CHANGES[change];
  return (
    <span className="flex items-center gap-2">
      <FailureAlert failure={failure} onReload={reload} />
      <Button
        size="sm"
        variant="ghost"
        aria-label={`${label} ${name}`}
        disabled={pending}
        onClick={() => {
          if (confirm === null || window.confirm(confirm(name))) run(() => action(memberId));
        }}
      >
        {label}
      </Button>
    </span>
  );
}
