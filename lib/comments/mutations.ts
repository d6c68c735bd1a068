import "server-only";
import { teamWriteRefusal } from "@/lib/auth/policy";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { assertOpenForChanges } from "@/lib/campaigns/open-for-changes";
import { mentionedMembers } from "./mentions";
import { addCommentSchema, readMentionSchema } from "./schemas";

/** Anyone on the team but a viewer joins a component's conversation; mentions reach the named members. */
export const addComment = defineMutation({
  what: "post the comment",
  schema: addCommentSchema,
  async load(tx, { componentId }) {
    const component = await tx.component.findUnique({
      where: { id: componentId },
      select: { id: true, name: true, campaignId: true },
    });
    if (!component) throw refuse("This component was removed by someone else.");
    await assertOpenForChanges(tx, [component.campaignId]);
    return component;
  },
  // The same rule as retrospective cards: the whole team writes, viewers read.
  authorize: (actor) => teamWriteRefusal(actor),
  async run({ tx, actor, input, subject: component, log }) {
    const team = await tx.teamMember.findMany({
      where: { deactivatedAt: null },
      select: { id: true, name: true, email: true },
    });
    const mentioned = mentionedMembers(input.body, team).filter((member) => member.id !== actor.id);
    const comment = await tx.componentComment.create({
      data: {
        componentId: component.id,
        authorId: actor.id,
        body: input.body,
        pullRequestUrl: input.pullRequestUrl,
        testRunUrl: input.testRunUrl,
        mentions: { create: mentioned.map((member) => ({ memberId: member.id })) },
      },
    });
    const excerpt = input.body.length > 80 ? `${input.body.slice(0, 79)}…` : input.body;
    await log({
      campaignId: component.campaignId,
      subjectType: "component",
      subjectId: component.id,
      subject: component.name,
      changes: [{ field: "Comment", before: "", after: excerpt }],
    });
    return { id: comment.id, mentioned: mentioned.map((member) => member.name) };
  },
});

/** The mentioned member has seen it: it leaves their home page. */
export const readMention = defineMutation({
  what: "mark the mention read",
  schema: readMentionSchema,
  authorize: () => null,
  async run({ tx, actor, input: { commentId } }) {
    await tx.commentMention.updateMany({
      where: { commentId, memberId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    return null;
  },
});
