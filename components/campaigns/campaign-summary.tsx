import { FactsPanel } from "@/components/retrospective/facts-panel";
import { PlainTableHead } from "@/components/ui/plain-table-head";
import { verificationOf } from "@/lib/campaigns/progress";
import { VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import type { CampaignReport } from "@/lib/reports/campaign-report";
import { PrintButton } from "./print-button";

/** One page to print or paste: the campaign's facts and every component with its verification. */
export function CampaignSummaryView({ report: { inventory, facts } }: { report: CampaignReport }) {
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Campaign summary</h2>
        <PrintButton />
      </div>
      <FactsPanel facts={facts} />
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <PlainTableHead
            className="border-b border-slate-300"
            headings={[
              "Component",
              "Current → target",
              "Owner",
              "Breaking",
              ...inventory.environments.map((e) => e.name),
            ]}
          />
          <tbody className="divide-y divide-slate-200">
            {inventory.components.map((component) => (
              <tr key={component.id} className="break-inside-avoid">
                <td className="py-1.5 pr-4 font-medium">{component.name}</td>
                <td className="py-1.5 pr-4 font-mono text-xs">
                  {component.currentVersion} → {component.targetVersion ?? "—"}
                </td>
                <td className="py-1.5 pr-4">{component.owner?.name ?? "—"}</td>
                <td className="py-1.5 pr-4">{component.breaking.effective ? "yes" : ""}</td>
                {inventory.environments.map((environment) => (
                  <td key={environment.id} className="py-1.5 pr-4 text-xs">
                    {VERIFICATION_LABELS[verificationOf(component, environment.id).status]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
