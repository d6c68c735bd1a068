import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newPassword } from "@/lib/auth/schemas";

/** `stepwise set-password EMAIL`: a new password for one member, every session of theirs ended. */
export async function setPassword(email: string, password: string): Promise<number> {
  const checked = newPassword.safeParse(password);
  if (!checked.success) {
    console.error(`The password was refused: ${checked.error.issues.map((i) => i.message).join(" ")}`);
    return 2;
  }
  const normalized = email.trim().toLowerCase();
  const member = await db.teamMember.findUnique({ where: { email: normalized }, select: { id: true, name: true } });
  if (!member) {
    console.error(`Nobody on the team has the email ${email}.`);
    return 2;
  }
  const passwordHash = await hashPassword(checked.data);
  await db.$transaction([
    db.teamMember.update({ where: { id: member.id }, data: { passwordHash } }),
    db.session.deleteMany({ where: { memberId: member.id } }),
    db.signInFailure.deleteMany({ where: { email: normalized } }),
  ]);
  console.log(`New password set for ${member.name}; they were signed out everywhere.`);
  return 0;
}
