import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireMember } from "@/lib/auth/session";

/** Everything but the sign-in page. Each page checks again: layouts are not re-run on navigation. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  return (
    <>
      <AppHeader member={member} />
      <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
    </>
  );
}
