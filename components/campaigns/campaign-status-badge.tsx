import { Badge, type Tone } from "@/components/ui/badge";
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from "@/lib/campaigns/vocabulary";

const TONES: Record<CampaignStatus, Tone> = {
  planned: "info",
  running: "success",
  completed: "neutral",
  archived: "muted",
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <Badge tone={TONES[status]} data-testid="campaign-status">
      {CAMPAIGN_STATUS_LABELS[status]}
    </Badge>
  );
}
