"use client";

import { ConfirmedActionButton } from "@/components/forms/confirmed-action-button";
import { removeMemberAction, restoreMemberAction } from "@/lib/team/actions";

/** The lead's way to take someone off the team, and to bring them back. */
export function MembershipButton({
  memberId,
  name,
  change,
}: {
  memberId: string;
  name: string;
  change: "remove" | "restore";
}) {
  return change === "remove" ? (
    <ConfirmedActionButton
      label={`Remove ${name}`}
      confirm={`Remove ${name} from the team? They are signed out, their components in running campaigns become unassigned, and their name stays on the history.`}
      action={() => removeMemberAction({ memberId: memberId })}
    >
      Remove
    </ConfirmedActionButton>
  ) : (
    <ConfirmedActionButton
      label={`Restore ${name}`}
      confirm={null}
      action={() => restoreMemberAction({ memberId: memberId })}
    >
      Restore
    </ConfirmedActionButton>
  );
}
