import { expect, test } from "@playwright/test";
import { openCurrentCampaign, signIn } from "./journeys";

test("two team members write and vote in the retrospective, each sees the other's cards without reloading", async ({
  browser,
}) => {
  const kenji = await (await browser.newContext()).newPage();
  const mei = await (await browser.newContext()).newPage();
  for (const [page, member] of [
    [kenji, "kenji"],
    [mei, "mei"],
  ] as const) {
    await signIn(page, member);
    await openCurrentCampaign(page);
    await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Retrospective" }).click();
    await expect(page.getByRole("heading", { name: /Keep \/ Problem \/ Try/ })).toBeVisible();
  }

  const keep = kenji.getByRole("region", { name: "Keep" });
  await keep.getByRole("textbox", { name: "New Keep card" }).fill("A week of **soak** on Stg before Prd.");
  await keep.getByRole("button", { name: "Add card" }).click();
  await expect(keep.getByTestId("retro-card").filter({ hasText: "A week of soak on Stg" })).toBeVisible();

  const problem = mei.getByRole("region", { name: "Problem" });
  await problem
    .getByRole("textbox", { name: "New Problem card" })
    .fill("GPU Operator chart defaults changed under us.");
  await problem.getByRole("button", { name: "Add card" }).click();

  // Each sees the other's card, no reload.
  const kenjisCardOnMei = mei
    .getByRole("region", { name: "Keep" })
    .getByTestId("retro-card")
    .filter({ hasText: "A week of soak on Stg" });
  await expect(kenjisCardOnMei).toBeVisible();
  await expect(
    kenji
      .getByRole("region", { name: "Problem" })
      .getByTestId("retro-card")
      .filter({ hasText: "GPU Operator chart defaults" }),
  ).toBeVisible();

  await kenjisCardOnMei.getByRole("button", { name: /Vote for this card/ }).click();
  await expect(kenjisCardOnMei.getByTestId("votes")).toHaveText("1");
  await expect(
    kenji
      .getByRole("region", { name: "Keep" })
      .getByTestId("retro-card")
      .filter({ hasText: "soak" })
      .getByTestId("votes"),
  ).toHaveText("1");

  const exportUrl = await kenji.getByRole("link", { name: "Export Markdown" }).getAttribute("href");
  const markdown = await (await kenji.request.get(exportUrl!)).text();
  expect(markdown).toContain("A week of **soak** on Stg before Prd.");
  expect(markdown).toContain("GPU Operator chart defaults changed under us.");
  expect(markdown).toMatch(/\*\*1 vote\*\* · Kenji Sato/);
});

test("last year's closed retrospective is read-only", async ({ page }) => {
  await signIn(page, "aiko");
  await page.goto("/");
  await page
    .getByRole("link", { name: /1\.28 → 1\.31/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Retrospective" }).click();
  await expect(page.getByText(/Closed .*: read-only\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add card" })).toHaveCount(0);
  await expect(page.getByTestId("largest-skew")).toContainText(
    "prd-gpu: 2 minors behind the apiserver (kubelet on prd-gpu-w-10 v1.29.15",
  );
  // Most votes first.
  await expect(page.getByRole("region", { name: "Problem" }).getByTestId("retro-card").first()).toContainText(
    "Tenants learned about removed APIs",
  );
});
