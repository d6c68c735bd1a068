import { beforeEach, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { createMember, createScenario, expectOk, type Scenario } from "@/lib/testing/scenario";
import { addComment, readMention } from "./mutations";
import { listComments, unreadMentions } from "./queries";

let world: Scenario;
beforeEach(async () => {
  world = await createScenario();
});

describe("a component's conversation", () => {
  it("keeps the comment with its links, logs it, and lists the mention on the mentioned member's home page until read", async () => {
    const engineerHandle = (await db.teamMember.findUniqueOrThrow({ where: { id: world.engineer.id } })).email.split(
      "@",
    )[0];
    const { mentioned } = expectOk(
      await addComment(world.lead, {
        componentId: world.argocd.id,
        body: `@${engineerHandle} the **sync waves** broke on Dev, see the run`,
        pullRequestUrl: "https://github.com/example/platform/pull/42",
        testRunUrl: "https://ci.example.com/runs/7",
      }),
    );
    expect(mentioned).toEqual(["Ren Engineer"]);
    const [comment] = await listComments(world.argocd.id);
    expect(comment).toMatchObject({
      author: { name: "Haruka Lead" },
      pullRequestUrl: "https://github.com/example/platform/pull/42",
      mentioned: [{ name: "Ren Engineer" }],
    });
    const [entry] = await listActivity(world.campaignId, { take: 1 });
    expect(entry).toMatchObject({ subject: "ArgoCD", changes: [{ field: "Comment" }] });

    const [mention] = await unreadMentions(world.engineer.id);
    expect(mention).toMatchObject({ by: { name: "Haruka Lead" }, component: { id: world.argocd.id } });
    // Only the mentioned member's own read counts.
    expectOk(await readMention(world.lead, { commentId: mention!.commentId }));
    expect(await unreadMentions(world.engineer.id)).toHaveLength(1);
    expectOk(await readMention(world.engineer, { commentId: mention!.commentId }));
    expect(await unreadMentions(world.engineer.id)).toEqual([]);
  });

  it("refuses a viewer, an empty comment and a link that is not http(s), changing nothing", async () => {
    const viewer = await createMember("viewer");
    const base = { componentId: world.argocd.id, body: "ok", pullRequestUrl: "", testRunUrl: "" };
    const refused = await addComment(viewer, base);
    expect(!refused.ok && refused.message).toBe("Viewers can read everything but change nothing.");
    const empty = await addComment(world.engineer, { ...base, body: "  " });
    expect(!empty.ok && empty.fieldErrors?.body).toEqual(["Write something first."]);
    const badLink = await addComment(world.engineer, { ...base, pullRequestUrl: "javascript:alert(1)" });
    expect(!badLink.ok && badLink.fieldErrors?.pullRequestUrl).toEqual([
      "Enter the pull request as a full http(s) link.",
    ]);
    expect(await listComments(world.argocd.id)).toEqual([]);
  });

  it("does not mention the author to themselves", async () => {
    const { email } = await db.teamMember.findUniqueOrThrow({ where: { id: world.lead.id } });
    const { mentioned } = expectOk(
      await addComment(world.lead, {
        componentId: world.argocd.id,
        body: `note to self @${email.split("@")[0]}`,
        pullRequestUrl: "",
        testRunUrl: "",
      }),
    );
    expect(mentioned).toEqual([]);
  });
});
