import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnvironmentSettings } from "@/components/environments/environment-settings";
import { leadOnly, may } from "@/lib/auth/policy";
import { AddMemberForm } from "./add-member-form";
import { MemberRoleSelect } from "./member-role-select";
import { MembershipButton } from "./membership-button";
import { ROLE_TONES } from "./role-tones";
import { TeamPolicyToggle } from "./team-policy-toggle";
import type { TeamPage } from "@/lib/team/queries";
import type { SignedInMember } from "@/lib/auth/member";
import { ROLE_LABELS } from "@/lib/auth/roles";

/** The team and the promotion path: the settings every campaign shares. */
export function TeamList({
  member,
  page: { team, formerMembers, environments, policy },
  below,
}: {
  member: SignedInMember;
  page: TeamPage;
  /** More of the lead's settings under the team, e.g. the API tokens. */
  below?: ReactNode;
}) {
  const canManage = may(leadOnly(member, "manage the team"));
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 self-start lg:col-span-2">
        <Card>
          <CardHeader title="Team" description="Leads assign owners, engineers verify, viewers follow along." />
          <ul className="divide-y divide-slate-100">
            {team.map((teamMember) => (
              <li key={teamMember.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-medium">{teamMember.name}</p>
                  <p className="text-xs break-all text-slate-500">{teamMember.email}</p>
                </div>
                {canManage ? (
                  <div className="flex items-start gap-1">
                    <MemberRoleSelect memberId={teamMember.id} name={teamMember.name} role={teamMember.role} />
                    <div className="flex w-20 justify-end">
                      {teamMember.id !== member.id ? (
                        <MembershipButton memberId={teamMember.id} name={teamMember.name} change="remove" />
                      ) : null}
                    </div>
                  </div>
                ) : (
                  <Badge tone={ROLE_TONES[teamMember.role]}>{ROLE_LABELS[teamMember.role]}</Badge>
                )}
              </li>
            ))}
            {team.length === 0 ? (
              <li className="px-5 py-6 text-sm text-slate-500">Nobody yet: add the team lead first.</li>
            ) : null}
          </ul>
        </Card>
        {formerMembers.length > 0 ? (
          <Card>
            <CardHeader
              title="Former members"
              description="Removed by the lead: they can't sign in; their names stay on the history."
            />
            <ul className="divide-y divide-slate-100" aria-label="Former members">
              {formerMembers.map((former) => (
                <li key={former.id} className="flex items-center justify-between px-5 py-2.5 text-sm text-slate-600">
                  {former.name}
                  {canManage ? <MembershipButton memberId={former.id} name={former.name} change="restore" /> : null}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {below}
      </div>
      <div className="space-y-6">
        {canManage ? (
          <Card>
            <CardHeader
              title="Add a team member"
              description="With a first password for a Stepwise account; leave it empty for members who sign in through your identity provider."
            />
            <CardBody>
              <AddMemberForm />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader title="Verification" />
          <CardBody>
            <TeamPolicyToggle policy={policy} canChange={canManage} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title="Environments"
            description="Verified in this order: a component moves on once it is settled."
          />
          <CardBody>
            <EnvironmentSettings environments={environments} canManage={canManage} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
