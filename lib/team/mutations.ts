import "server-only";
import { db } from "@/lib/db";
import { guarded, refusingDuplicates } from "@/lib/actions/guard";
import { failure, invalidInput, success, type ActionResult } from "@/lib/actions/result";
import { teamMemberSchema } from "@/lib/campaigns/schemas";

export async function addTeamMember(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = teamMemberSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return guarded("add the team member", () =>
    refusingDuplicates(
      () => failure("Some fields need attention; nothing was saved.", { email: ["Someone on the team already has this email."] }),
      async () => {
        const member = await db.teamMember.create({ data: { ...parsed.data, email: parsed.data.email.toLowerCase() } });
        return success({ id: member.id });
      },
    ),
  );
}
