import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { PlainTableHead } from "@/components/ui/plain-table-head";
import type { CampaignLoad } from "@/lib/campaigns/queries";
import { cn } from "@/lib/utils";

/** A count that asks for attention is coloured; zero stays quiet so the eye finds the work. */
function Count({ value, tone }: { value: number; tone: string }) {
  return <td className={cn("py-2 pr-4 tabular-nums", value > 0 ? tone : "text-slate-400")}>{value}</td>;
}

/** Per person, what the running campaign still asks: the lead balances the load at a glance. */
export function TeamLoad({ load: { campaign, environments, rows } }: { load: CampaignLoad }) {
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  return (
    <Card aria-label="Load per person">
      <CardHeader
        title={`Load per person · ${campaign.name}`}
        description="Owned components, what is still pending per environment, failures and breaking changes nobody decided."
      />
      <div className="overflow-x-auto px-5 py-3">
        <table className="w-full text-sm">
          <PlainTableHead
            headings={[
              "Person",
              "Owned",
              ...ordered.map((environment) => `Pending on ${environment.name}`),
              "Failed",
              "Breaking undecided",
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {rows.map(({ owner, load }) => (
              <tr key={owner?.id ?? "unassigned"} data-testid="load-row">
                <th scope="row" className="py-2 pr-4 text-left font-medium whitespace-nowrap">
                  {owner ? (
                    owner.name
                  ) : (
                    <Link
                      href={`/campaigns/${campaign.id}/components?filter=unassigned`}
                      className="text-amber-800 hover:underline"
                    >
                      Unassigned
                    </Link>
                  )}
                </th>
                <td className="py-2 pr-4 tabular-nums">{load.owned}</td>
                {load.pending.map(({ environment, count }) => (
                  <Count key={environment.id} value={count} tone="text-sky-800" />
                ))}
                <Count value={load.failed} tone="font-semibold text-red-700" />
                <Count value={load.undecidedBreaking} tone="font-semibold text-amber-800" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
