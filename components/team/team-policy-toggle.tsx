"use client";

import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TeamPolicy } from "@/lib/auth/policy";
import { setTeamPolicyAction } from "@/lib/team/actions";

/** The lead's choice whether engineers may tick verifications of components they don't own. */
export function TeamPolicyToggle({ policy, canChange }: { policy: TeamPolicy; canChange: boolean }) {
  const { pending, failure, run, reload } = useServerAction();
  // Only the lead decides: everyone else reads the rule, without a checkbox they cannot use.
  if (!canChange)
    return (
      <p className="text-sm">
        {policy.engineersVerifyOthers
          ? "Any engineer may verify any component."
          : "Only a component's owner and the lead tick its Dev/Stg/Prd verification."}
      </p>
    );
  return (
    <div className="space-y-2">
      <label className="flex items-start gap-2.5 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600"
          checked={policy.engineersVerifyOthers}
          disabled={pending}
          onChange={(event) => run(() => setTeamPolicyAction({ engineersVerifyOthers: event.target.checked }))}
        />
        <span>
          Engineers may verify components they don&apos;t own
          <span className="block text-xs text-slate-500">
            Off: only a component&apos;s owner and the lead tick its Dev/Stg/Prd verification.
          </span>
        </span>
      </label>
      <FailureAlert failure={failure} onReload={reload} />
    </div>
  );
}
