"use client";

import { Select } from "@/components/ui/field";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { changeMemberRoleAction } from "@/lib/team/actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

export function MemberRoleSelect({ memberId, name, role }: { memberId: string; name: string; role: Role }) {
  const { pending, failure, run, reload } = useServerAction();
  return (
    <div className="flex flex-col items-end gap-1.5">
      <Select
        aria-label={`Role of ${name}`}
        className="h-8 w-36 text-xs"
        value={role}
        disabled={pending}
        onChange={(event) => run(() => changeMemberRoleAction({ memberId, role: event.target.value as Role }))}
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      <FailureAlert failure={failure} onReload={reload} />
    </div>
  );
}
