import { expect, test } from "@playwright/test";
import { openCurrentCampaign, signIn } from "./journeys";

test("every page says where it is in its title", async ({ page }) => {
  await signIn(page, "kenji");
  await expect(page).toHaveTitle("Campaigns · Stepwise");
  await openCurrentCampaign(page, "components");
  await expect(page).toHaveTitle("Inventory · 2026 upgrade: 1.31 → 1.34 · Stepwise");
  await page.getByRole("link", { name: "Cilium", exact: true }).click();
  await expect(page).toHaveTitle("Cilium · 2026 upgrade: 1.31 → 1.34 · Stepwise");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header folds into a menu, sign out stays reachable and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/sign-in");
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("Email").fill("hana.kobayashi@example.com");
    await form.getByLabel("Password").fill("stepwise-demo");
    await form.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Menu").click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Fleet" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  });
});

test("the inventory's filter, search and sort live in the address: a shared link opens the same view", async ({
  page,
  browser,
}) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");
  await page.getByRole("button", { name: /^Breaking/ }).click();
  await page.getByPlaceholder("Search name, owner, version").fill("nvidia");
  await page
    .getByRole("columnheader", { name: /Component/ })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/filter=breaking/);
  await expect(page).toHaveURL(/q=nvidia/);
  await expect(page).toHaveURL(/sort=name/);
  const shared = page.url();
  const names = await page.getByTestId("component-row").locator("td a").first().textContent();

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "mei");
  await other.goto(shared);
  await expect(other.getByRole("button", { name: /^Breaking/ })).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByPlaceholder("Search name, owner, version")).toHaveValue("nvidia");
  await expect(other.getByTestId("component-row").locator("td a").first()).toHaveText(names!);
});
