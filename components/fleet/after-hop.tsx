import { VERDICT_ICONS, VERDICT_TONES } from "@/components/gate/gate-check-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { AfterHop as AfterHopData, HopDiff, HopFinding } from "@/lib/gate/after-hop";
import { formatMoment } from "@/lib/format";
import { cn } from "@/lib/utils";

type Shown = HopFinding & { verdictBefore?: HopFinding["verdict"] };

/** One column of the diff. `brief`: what carried over is named, its sentence kept for the tooltip. */
function Findings({
  title,
  findings,
  empty,
  brief = false,
}: {
  title: string;
  findings: Shown[];
  empty: string;
  brief?: boolean;
}) {
  return (
    // min-w-0: a grid column may shrink below its longest word; long URLs and names then wrap instead of running out of the card.
    <section aria-label={title} className="min-w-0">
      <h3 className="text-sm font-medium text-slate-800">
        {title} <span className="text-slate-500 tabular-nums">({findings.length})</span>
      </h3>
      {findings.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1.5">
          {findings.map((finding) => {
            const Icon = VERDICT_ICONS[finding.verdict];
            const changed = finding.verdictBefore && finding.verdictBefore !== finding.verdict;
            return (
              <li
                key={`${finding.check}/${finding.label}`}
                className="flex gap-1.5 text-xs"
                title={brief ? finding.detail : undefined}
              >
                <Icon
                  className={cn("mt-px size-3.5 shrink-0", VERDICT_TONES[finding.verdict])}
                  aria-label={finding.verdict}
                />
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span className="font-medium">{finding.label}</span>{" "}
                  {finding.label === finding.checkName ? null : (
                    <span className="text-slate-500">({finding.checkName})</span>
                  )}
                  {brief ? null : <span className="block text-slate-600">{finding.detail}</span>}
                  {changed ? (
                    <span className="block text-slate-500">
                      {finding.verdictBefore === "block" ? "blocked" : "warned"} before the hop
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const COLUMNS: { key: keyof HopDiff; title: string; empty: string }[] = [
  { key: "new", title: "New", empty: "Nothing the hop brought." },
  { key: "resolved", title: "Resolved", empty: "Nothing cleared by the hop." },
  { key: "unchanged", title: "Unchanged", empty: "Nothing carried over." },
];

/** After a hop, the same checks read again against the last reading before it: what the hop brought, cleared and left. */
export function AfterHop({ afterHop }: { afterHop: AfterHopData | null }) {
  if (!afterHop) return null;
  const { from, to, before, diff } = afterHop;
  return (
    <Card id="after-hop">
      <CardHeader
        title={`After the hop ${from} → ${to}`}
        description={`The same checks now, against the last reading at ${from} (${formatMoment(new Date(before.readAt))}).`}
      />
      <CardBody className="grid gap-4 sm:grid-cols-3">
        {COLUMNS.map(({ key, title, empty }) => (
          <Findings key={key} title={title} findings={diff[key]} empty={empty} brief={key === "unchanged"} />
        ))}
      </CardBody>
    </Card>
  );
}
