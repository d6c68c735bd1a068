import { addDays } from "date-fns";
import ical, { ICalCalendarMethod } from "ical-generator";
import type { CampaignSummary, PhaseView } from "@/lib/campaigns/types";
import { PRD_STRATEGY_LABELS } from "@/lib/campaigns/vocabulary";

/**
 * A campaign as a calendar: each planned step and the Prd maintenance window as all-day events
 * (campaign dates are calendar days). UIDs are stable, so a re-planned step moves in the
 * subscriber's calendar instead of appearing twice.
 */
export function campaignCalendar(campaign: CampaignSummary, phases: PhaseView[], campaignUrl: string): string {
  const calendar = ical({
    name: `${campaign.name} · Stepwise`,
    method: ICalCalendarMethod.PUBLISH,
    prodId: "//Stepwise//Campaign calendar//EN",
  });
  for (const phase of phases) {
    if (!phase.plannedStart) continue;
    calendar.createEvent({
      id: `${campaign.id}-step-${phase.step}@stepwise`,
      allDay: true,
      start: phase.plannedStart,
      // All-day ends are exclusive: the day after the last planned day.
      end: addDays(phase.plannedEnd ?? phase.plannedStart, 1),
      summary: `${phase.step}. ${phase.title} · ${campaign.name}`,
      description: phase.detail,
      url: campaignUrl,
    });
  }
  if (campaign.maintenanceStart) {
    calendar.createEvent({
      id: `${campaign.id}-prd-window@stepwise`,
      allDay: true,
      start: campaign.maintenanceStart,
      end: addDays(campaign.maintenanceEnd ?? campaign.maintenanceStart, 1),
      summary: `Prd maintenance window · ${campaign.name}`,
      description: `Kubernetes ${campaign.kubernetesFrom} → ${campaign.kubernetesTo}. ${PRD_STRATEGY_LABELS[campaign.prdStrategy]}.`,
      url: campaignUrl,
    });
  }
  return calendar.toString();
}
