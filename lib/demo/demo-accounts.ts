import { DEMO_TEAM } from "./demo-inventory";
import { ROLES, type Role } from "@/lib/auth/roles";

/** Every demo member signs in with this password; the demo's sign-in page and the README show it. */
export const DEMO_PASSWORD = "stepwise-demo";

export type DemoAccount = { name: string; email: string; role: Role; password: string };

/** One account per role, the first of the demo team who has it. */
export const DEMO_ACCOUNTS: DemoAccount[] = ROLES.flatMap((role) => {
  const member = DEMO_TEAM.find((m) => m.role === role);
  return member ? [{ name: member.name, email: member.email, role, password: DEMO_PASSWORD }] : [];
});
