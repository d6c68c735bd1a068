import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A page whose whole purpose is a change the member may not make. */
export function NotAllowed({ reason, back }: { reason: string; back: string }) {
  return (
    <div className="mx-auto max-w-lg rounded-lg bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-lg font-semibold">Not something your role can do</h1>
      <p className="mt-2 text-sm text-slate-600">{reason}</p>
      <Link href={back} className={cn(buttonClasses({ variant: "secondary" }), "mt-5")}>
        Go back
      </Link>
    </div>
  );
}
