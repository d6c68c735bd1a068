import { expect, test } from "@playwright/test";
import { componentRow, openCurrentCampaign, saved, settledCount, signIn } from "./journeys";

test("an engineer ticks a Dev verification, the Dev bar moves and a reload keeps it", async ({ page }) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");

  await page.getByRole("button", { name: /^Mine/ }).click();
  const row = componentRow(page, "ingress-nginx");
  await expect(row).toBeVisible();
  const before = Number(await settledCount(page, "Dev").textContent());

  // The bar moves at once (optimistic) and stays once the server has answered.
  await saved(page, async () => {
    await row.getByRole("combobox", { name: "ingress-nginx on Dev" }).selectOption("verified");
    await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));
  });

  await page.reload();
  await expect(componentRow(page, "ingress-nginx").getByRole("combobox", { name: "ingress-nginx on Dev" })).toHaveValue(
    "verified",
  );
  await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));
  await expect(page.getByRole("list", { name: "Activity" }).getByRole("listitem").first()).toContainText(
    "Kenji Sato changed ingress-nginx on Dev",
  );

  // Who verified, and when, is on the component's page.
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await page.getByRole("link", { name: "ingress-nginx", exact: true }).click();
  await expect(page.getByRole("form", { name: "Verification on Dev" })).toContainText("Kenji Sato");
});
