import { GateCheckList } from "@/components/gate/gate-check-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PREFLIGHT_CHECK_IDS } from "@/lib/gate/preflight-checks";
import type { GateCheck } from "@/lib/gate/types";

/** What the next hop's drains and restarts run into, every item named: budgets, webhooks, aggregated APIs, kube-system, the certificate. */
export function PreUpgradeChecks({ checks }: { checks: GateCheck[] }) {
  const preflight = checks.filter((check) => (PREFLIGHT_CHECK_IDS as readonly string[]).includes(check.id));
  if (preflight.length === 0) return null;
  return (
    <Card id="pre-upgrade">
      <CardHeader
        title="Pre-upgrade checks"
        description="Read live before the hop: what would stall a drain or refuse requests while nodes restart."
      />
      <CardBody>
        <GateCheckList checks={preflight} items passes />
      </CardBody>
    </Card>
  );
}
