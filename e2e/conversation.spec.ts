import { expect, test } from "@playwright/test";
import { openCurrentCampaign, signIn } from "./journeys";

test("the lead asks an engineer by @mention on a component; it waits on the engineer's home page until read", async ({
  page,
  browser,
}) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page, "components");
  await page.getByRole("link", { name: "Cilium", exact: true }).click();
  const form = page.getByRole("form", { name: "New comment" });
  await form.getByLabel("Comment").fill("@kenji.sato did the **connectivity test** pass after the second hop?");
  await form.getByLabel("Pull request (optional)").fill("not a link");
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByText("Enter the pull request as a full http(s) link.")).toBeVisible();
  await form.getByLabel("Pull request (optional)").fill("https://github.com/example/platform/pull/318");
  await form.getByRole("button", { name: "Post comment" }).click();
  const comments = page.getByRole("list", { name: "Comments" });
  await expect(comments).toContainText("did the connectivity test pass");
  await expect(comments).toContainText("to Kenji Sato");
  await expect(comments.getByRole("link", { name: "Pull request" })).toHaveAttribute(
    "href",
    "https://github.com/example/platform/pull/318",
  );

  const kenji = await (await browser.newContext()).newPage();
  await signIn(kenji, "kenji");
  const mentions = kenji.getByRole("region", { name: "Mentions" });
  await expect(mentions).toContainText("Aiko Tanaka on Cilium");
  await mentions.getByRole("button", { name: "Mark read" }).click();
  await expect(kenji.getByRole("region", { name: "Mentions" })).toHaveCount(0);
});
