import Link from "next/link";
import { listTeam } from "@/lib/campaigns/queries";
import { getActingMember } from "@/lib/session/acting-member";
import { ActingMemberSwitcher } from "./acting-member-switcher";

const NAVIGATION = [
  { href: "/", label: "Campaigns" },
  { href: "/fleet", label: "Fleet" },
  { href: "/team", label: "Team" },
];

export async function AppHeader() {
  const [actingMember, team] = await Promise.all([getActingMember(), listTeam()]);
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
              <Link key={item.href} href={item.href} className="rounded-md px-2.5 py-1.5 text-slate-300 hover:bg-slate-800 hover:text-white">
                {item.label}
              </Link>
            ))}
          </nav>
        </div>
        <ActingMemberSwitcher actingMember={actingMember} team={team} />
      </div>
    </header>
  );
}

function StepwiseMark() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6">
      <rect width="24" height="24" rx="6" className="fill-indigo-500" />
      <path d="M5 17h4v-4h4V9h4V5" fill="none" stroke="white" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
