import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { getCampaignSummary, getPhases } from "@/lib/campaigns/queries";
import { createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { campaignCalendar } from "./feed";
import { calendarByToken } from "./queries";
import { rotateCalendarFeed } from "./mutations";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

/** The feed as a calendar app reads it: parsed back with ical.js. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString() };
  });
}

describe("the campaign calendar feed", () => {
  it("has every planned step and the Prd window as all-day events on their calendar days", async () => {
    const [campaign, phases] = await Promise.all([getCampaignSummary(world.campaignId), getPhases(world.campaignId)]);
    const events = eventsOf(campaignCalendar(campaign!, phases, "https://stepwise.example/campaigns/x"));
    const planned = phases.filter((phase) => phase.plannedStart);
    expect(events).toHaveLength(planned.length + 1);
    const prd = events.find((event) => event.summary.startsWith("Prd maintenance window"));
    // 27–28 Oct: an all-day event ends (exclusively) on the 29th, whatever the server's time zone.
    expect(prd).toMatchObject({ start: "2026-10-27", end: "2026-10-29" });
    const first = planned[0]!;
    expect(events.find((event) => event.uid === `${world.campaignId}-step-${first.step}@stepwise`)).toMatchObject({
      start: first.plannedStart!.toISOString().slice(0, 10),
      summary: `${first.step}. ${first.title} · ${campaign!.name}`,
    });
  });

  it("answers at the address the lead created, and no longer at the old one once rotated", async () => {
    expect(await rotateCalendarFeed(world.engineer, { campaignId: world.campaignId })).toMatchObject({ ok: false });
    const { path: first } = expectOk(await rotateCalendarFeed(world.lead, { campaignId: world.campaignId }));
    const token = first.split("/").pop()!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect((await calendarByToken(token))?.campaign.id).toBe(world.campaignId);
    const { path: second } = expectOk(await rotateCalendarFeed(world.lead, { campaignId: world.campaignId }));
    expect(second).not.toBe(first);
    expect(await calendarByToken(token)).toBeNull();
  });
});
