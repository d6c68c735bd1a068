import Link from "next/link";
import { LogOut } from "lucide-react";
import { signOutAction } from "@/lib/auth/actions";
import { StepwiseMark } from "./stepwise-mark";
import type { SignedInMember } from "@/lib/auth/member";
import { ROLE_LABELS } from "@/lib/auth/roles";

const NAVIGATION = [
  { href: "/", label: "Campaigns" },
  { href: "/fleet", label: "Fleet" },
  { href: "/team", label: "Team" },
];

export function AppHeader({ member }: { member: SignedInMember }) {
  return (
    <header className="bg-slate-900 print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-6 px-6">
        <div className="flex items-center gap-8">
          <Link href="/" className="flex items-center gap-2 text-white">
            <StepwiseMark />
            <span className="text-[15px] font-semibold tracking-tight">Stepwise</span>
          </Link>
          <nav className="flex gap-1 text-sm">
            {NAVIGATION.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="rounded-md px-2.5 py-1.5 text-slate-300 hover:bg-slate-800 hover:text-white"
              >
                {item.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <Link
            href="/account"
            className="rounded-md px-2 py-1.5 text-slate-300 hover:bg-slate-800"
            data-testid="signed-in-member"
            title="Your account"
          >
            <span className="font-medium text-white">{member.name}</span> · {ROLE_LABELS[member.role]}
          </Link>
          <form action={signOutAction}>
            <button
              type="submit"
              className="inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-slate-300 hover:bg-slate-800 hover:text-white"
            >
              <LogOut aria-hidden className="size-4" />
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
