import { expect, type Page } from "@playwright/test";

/** Opens the demo's running campaign (1.31 → 1.34) on the given tab. */
export async function openCurrentCampaign(page: Page, tab: "overview" | "components" = "overview") {
  await page.goto("/");
  await page.getByRole("link", { name: /1\.31 → 1\.34/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /1\.31 → 1\.34/ })).toBeVisible();
  if (tab === "components") {
    await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
    await expect(page.getByRole("table")).toBeVisible();
  }
}

export async function actAs(page: Page, name: string) {
  const switcher = page.getByRole("combobox", { name: "Acting as" });
  const option = switcher.locator("option", { hasText: name });
  await switcher.selectOption({ label: (await option.textContent()) ?? name });
  await expect(switcher.locator("option:checked")).toHaveText(new RegExp(name));
  await page.waitForLoadState("networkidle");
}

export function settledCount(page: Page, environment: string) {
  return page.getByTestId(`progress-${environment}`).getByTestId("settled");
}

export function componentRow(page: Page, name: string) {
  return page.getByTestId("component-row").filter({ has: page.getByRole("link", { name, exact: true }) });
}
