import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EnvironmentSettings } from "@/components/environments/environment-settings";
import { listEnvironments, listTeam } from "@/lib/campaigns/queries";
import { AddMemberForm } from "./add-member-form";

const ROLE_TONES = { lead: "info", engineer: "neutral", viewer: "muted" } as const;

/** The team and the promotion path: the settings every campaign shares. */
export async function TeamList() {
  const [team, environments] = await Promise.all([listTeam(), listEnvironments()]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader title="Team" description="Leads assign owners, engineers verify, viewers follow along." />
        <ul className="divide-y divide-slate-100">
          {team.map((member) => (
            <li key={member.id} className="flex items-center justify-between px-5 py-3 text-sm">
              <div>
                <p className="font-medium">{member.name}</p>
                <p className="text-xs text-slate-500">{member.email}</p>
              </div>
              <Badge tone={ROLE_TONES[member.role]}>{member.role}</Badge>
            </li>
          ))}
          {team.length === 0 ? <li className="px-5 py-6 text-sm text-slate-500">Nobody yet: add the team lead first.</li> : null}
        </ul>
      </Card>
      <div className="space-y-6">
        <Card>
          <CardHeader title="Add a team member" />
          <CardBody>
            <AddMemberForm />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Environments" description="Verified in this order: a component moves on once it is settled." />
          <CardBody>
            <EnvironmentSettings environments={environments} />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
