import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { leadOnly } from "@/lib/auth/policy";
import { loadCampaign } from "@/lib/campaigns/load-campaign";
import { defineMutation } from "@/lib/mutations/define-mutation";
import { id } from "@/lib/validation/fields";

/**
 * Gives the campaign's calendar feed a new secret address: the old one stops answering at once,
 * for when it was shared too widely.
 */
export const rotateCalendarFeed = defineMutation({
  what: "create the calendar address",
  schema: z.object({ campaignId: id }),
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "create or rotate the calendar address"),
  async run({ tx, subject: campaign, log }) {
    const calendarToken = randomBytes(24).toString("base64url");
    await tx.campaign.update({ where: { id: campaign.id }, data: { calendarToken } });
    await log({
      campaignId: campaign.id,
      subjectType: "campaign",
      subjectId: campaign.id,
      subject: campaign.name,
      changes: [{ field: "Calendar address", before: "", after: "new secret address" }],
    });
    return { path: `/calendar/${calendarToken}` };
  },
});
