import { expect, test } from "@playwright/test";
import { openCurrentCampaign, signIn } from "./journeys";

test("a bad version is refused with a message next to the field and nothing is saved", async ({ page }) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page, "components");
  await page.getByRole("link", { name: "Loki", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit Loki" });
  const target = form.getByLabel("Target version");
  await expect(target).toHaveValue("3.5.3");

  await target.fill("3.x");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText('"3.x" is not a version')).toBeVisible();
  await expect(target).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Link 1", { exact: true }).fill("not a link");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Enter a full http(s) link")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("form", { name: "Edit Loki" }).getByLabel("Target version")).toHaveValue("3.5.3");
});

test("Markdown notes are rendered, scripts and javascript: links are not", async ({ page }) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page, "components");
  await page.getByRole("link", { name: "metrics-server", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit metrics-server" });
  await form
    .getByLabel("Breaking-change notes")
    .fill("**Heads up**\n\n<script>window.pwned = true</script>\n\n[click](javascript:window.pwned=true)");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  const notes = page.locator("section", {
    has: page.getByRole("heading", { name: "Release notes and breaking changes" }),
  });
  await expect(notes.locator("strong")).toHaveText("Heads up");
  await expect(notes.locator("script")).toHaveCount(0);
  await expect(notes.getByText("click")).toBeVisible();
  expect(await notes.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
});
