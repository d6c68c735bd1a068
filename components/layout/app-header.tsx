import Link from "next/link";
import { LogOut, Menu } from "lucide-react";
import { signOutAction } from "@/lib/auth/actions";
import { LinkPendingHint } from "./link-pending-hint";
import { StepwiseMark } from "./stepwise-mark";
import type { SignedInMember } from "@/lib/auth/member";
import { ROLE_LABELS } from "@/lib/auth/roles";

const NAVIGATION = [
  { href: "/", label: "Campaigns" },
  { href: "/fleet", label: "Fleet" },
  { href: "/team", label: "Team" },
];

const LINK = "rounded-md px-2.5 py-1.5 text-slate-300 hover:bg-slate-800 hover:text-white";

function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={`inline-flex items-center gap-1.5 ${LINK}`}>
        <LogOut aria-hidden className="size-4" />
        Sign out
      </button>
    </form>
  );
}

/**
 * The navigation and the signed-in member. On a phone (a maintenance night) it folds into a
 * menu, a native disclosure that needs no script, so sign out stays reachable at 390 px.
 */
export function AppHeader({ member }: { member: SignedInMember }) {
  return (
    <header className="bg-slate-900 print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-6 px-4 md:px-6">
        <div className="flex items-center gap-8">
          <Link href="/" className="flex items-center gap-2 text-white">
            <StepwiseMark />
            <span className="text-[15px] font-semibold tracking-tight">Stepwise</span>
          </Link>
          <nav className="hidden gap-1 text-sm md:flex" aria-label="Main">
            {NAVIGATION.map((item) => (
              <Link key={item.href} href={item.href} className={`inline-flex items-center gap-1.5 ${LINK}`}>
                {item.label}
                <LinkPendingHint />
              </Link>
            ))}
          </nav>
        </div>
        <div className="hidden items-center gap-3 text-sm md:flex">
          <Link
            href="/account"
            className="rounded-md px-2 py-1.5 text-slate-300 hover:bg-slate-800"
            data-testid="signed-in-member"
            title="Your account"
          >
            <span className="font-medium text-white">{member.name}</span> · {ROLE_LABELS[member.role]}
          </Link>
          <SignOutButton />
        </div>
        <details className="relative md:hidden">
          <summary className={`flex cursor-pointer list-none items-center gap-1.5 text-sm ${LINK}`}>
            <Menu aria-hidden className="size-4" />
            Menu
          </summary>
          <div className="absolute right-0 z-50 mt-2 w-60 space-y-1 rounded-lg bg-slate-900 p-2 text-sm shadow-xl ring-1 ring-slate-700">
            <nav className="flex flex-col" aria-label="Main">
              {NAVIGATION.map((item) => (
                <Link key={item.href} href={item.href} className={LINK}>
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="border-t border-slate-700 pt-1">
              <Link href="/account" className={`block ${LINK}`}>
                <span className="font-medium text-white">{member.name}</span> · {ROLE_LABELS[member.role]}
              </Link>
              <SignOutButton />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
