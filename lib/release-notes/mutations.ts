import "server-only";
import { leadOnly } from "@/lib/auth/policy";
import { loadCampaign } from "@/lib/campaigns/load-campaign";
import { conflict, defineMutation } from "@/lib/mutations/define-mutation";
import { saveReleaseNotesSchema } from "./schemas";

/**
 * The lead saves the users' release notes, and publishes them when `publish` is set. A save made
 * from an older draft than the stored one is refused: two leads never overwrite each other.
 */
export const saveReleaseNotes = defineMutation({
  what: "save the release notes",
  schema: saveReleaseNotesSchema,
  load: loadCampaign,
  authorize: (actor) => leadOnly(actor, "edit and publish the users' release notes"),
  async run({ tx, actor, input, subject: campaign, log }) {
    const published = input.publish ? { published: input.draft, publishedAt: new Date(), publishedById: actor.id } : {};
    if (input.revision === 0) {
      // A second "first save" breaks the primary key: onUniqueViolation answers it as a conflict.
      await tx.usersReleaseNotes.create({ data: { campaignId: campaign.id, draft: input.draft, ...published } });
    } else {
      const { count } = await tx.usersReleaseNotes.updateMany({
        where: { campaignId: campaign.id, revision: input.revision },
        data: { draft: input.draft, revision: { increment: 1 }, ...published },
      });
      if (count === 0) throw staleDraft();
    }
    if (input.publish) {
      await log({
        campaignId: campaign.id,
        subjectType: "campaign",
        subjectId: campaign.id,
        subject: campaign.name,
        changes: [{ field: "Users' release notes", before: "", after: "published" }],
      });
    }
    return { revision: input.revision + 1 };
  },
  onUniqueViolation: () => staleDraft().failure,
});

function staleDraft() {
  return conflict("Someone saved these release notes while you were editing. Reload to see their text.");
}
