import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { listTeam } from "@/lib/campaigns/queries";
import { AddMemberForm } from "./add-member-form";

const ROLE_TONES = { lead: "info", engineer: "neutral", viewer: "muted" } as const;

export async function TeamList() {
  const team = await listTeam();
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
      <Card className="self-start">
        <CardHeader title="Add a team member" />
        <CardBody>
          <AddMemberForm />
        </CardBody>
      </Card>
    </div>
  );
}
