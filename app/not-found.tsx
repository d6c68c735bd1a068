import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-lg rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">It may have been removed by someone on the team.</p>
      <Link href="/" className={cn(buttonClasses({ variant: "secondary" }), "mt-5")}>
        Back to campaigns
      </Link>
    </div>
  );
}
