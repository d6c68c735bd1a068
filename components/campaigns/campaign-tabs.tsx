"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LinkPendingHint } from "@/components/layout/link-pending-hint";
import { cn } from "@/lib/utils";

export function CampaignTabs({ campaignId }: { campaignId: string }) {
  const pathname = usePathname();
  const base = `/campaigns/${campaignId}`;
  const tabs = [
    { href: base, label: "Overview", active: pathname === base },
    { href: `${base}/components`, label: "Components", active: pathname.startsWith(`${base}/components`) },
    {
      href: `${base}/environments`,
      label: "Environments",
      active: pathname.startsWith(`${base}/environments`),
    },
    { href: `${base}/retrospective`, label: "Retrospective", active: pathname.startsWith(`${base}/retrospective`) },
    { href: `${base}/summary`, label: "Summary", active: pathname.startsWith(`${base}/summary`) },
    {
      href: `${base}/release-notes`,
      label: "Users' release notes",
      active: pathname.startsWith(`${base}/release-notes`),
    },
  ];
  return (
    // On a phone the tabs scroll sideways inside their bar; the page itself never does.
    <nav
      className="-mx-6 flex gap-6 overflow-x-auto border-b border-slate-200 px-6 text-sm whitespace-nowrap print:hidden md:mx-0 md:px-0"
      aria-label="Campaign"
    >
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-0.5 pb-2.5 font-medium",
            tab.active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-500 hover:text-slate-800",
          )}
        >
          {tab.label}
          <LinkPendingHint className="ml-1.5" />
        </Link>
      ))}
    </nav>
  );
}
