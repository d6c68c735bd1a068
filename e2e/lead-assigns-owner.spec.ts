import { expect, test } from "@playwright/test";
import { componentRow, openCurrentCampaign, signIn } from "./journeys";

test("the lead assigns an unassigned component to an engineer, and it sticks", async ({ page }) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page, "components");
  const unassigned = page.getByRole("button", { name: /^Unassigned/ });
  await expect(unassigned).toContainText("2");

  // Unassigned components come first, so the lead starts at the top.
  await expect(
    page
      .getByTestId("component-row")
      .first()
      .getByRole("combobox", { name: /^Owner of/ }),
  ).toHaveValue("");

  await unassigned.click();
  await expect(page.getByTestId("component-row")).toHaveCount(2);
  await componentRow(page, "descheduler").getByRole("checkbox").check();
  const bulk = page.getByRole("combobox", { name: "Assign selected to" });
  await expect(bulk.locator("option", { hasText: "Mei Suzuki" })).toHaveText("Mei Suzuki (4 owned)");
  await bulk.selectOption({ label: "Mei Suzuki (4 owned)" });
  await page.getByRole("button", { name: "Assign", exact: true }).click();

  await expect(page.getByTestId("component-row")).toHaveCount(1);
  await expect(unassigned).toContainText("1");

  await page.reload();
  await page.getByRole("button", { name: /^All/ }).click();
  const owner = componentRow(page, "descheduler").getByRole("combobox", { name: "Owner of descheduler" });
  await expect(owner.locator("option:checked")).toHaveText("Mei Suzuki (5 owned)");

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("attention-unassigned")).toHaveText("1");
  const feed = page.getByRole("list", { name: "Activity" });
  await expect(feed.getByRole("listitem").first()).toContainText("Aiko Tanaka changed descheduler");
  await expect(feed.getByRole("listitem").first()).toContainText("Owner: — → Mei Suzuki");
});
