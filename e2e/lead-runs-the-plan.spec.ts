import { expect, test } from "@playwright/test";
import { addDays, subDays } from "date-fns";
import { formatDay, formatRange } from "../lib/format";
import { openCurrentCampaign, signIn } from "./journeys";

test("the lead moves the Prd window: the change is logged before → after, and a bad date is refused beside its field", async ({
  page,
}) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  await page.getByRole("link", { name: "Edit plan" }).click();
  const plan = page.getByRole("form", { name: "Campaign plan" });

  // The demo's window is set from today: the dates here are read from the form.
  const day = async (label: string) => new Date(`${await plan.getByLabel(label).inputValue()}T00:00:00Z`);
  const [start, end] = [await day("Prd maintenance from"), await day("Prd maintenance until")];
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);

  // The window cannot end before it starts: said next to the field, nothing saved.
  await plan.getByLabel("Prd maintenance until").fill(isoDay(subDays(start, 1)));
  await plan.getByRole("button", { name: "Save the plan" }).click();
  await expect(plan.getByText("The window must end on or after its start.")).toBeVisible();

  const later = addDays(end, 1);
  await plan.getByLabel("Prd maintenance until").fill(isoDay(later));
  await plan.getByRole("button", { name: "Save the plan" }).click();
  await expect(page.getByText(`Prd maintenance ${formatRange(start, later)}`)).toBeVisible();
  const latest = page.getByRole("list", { name: "Activity" }).getByRole("listitem").first();
  await expect(latest).toContainText("Aiko Tanaka changed 2026 upgrade: 1.31 → 1.34");
  await expect(latest).toContainText(`Prd window end: ${formatDay(end)} → ${formatDay(later)}`);
});

test("'Mark done' asks first and names what is still open; cancelling changes nothing", async ({ page }) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  await page.getByRole("button", { name: /^Mark “Dev components” done/ }).click();
  const dialog = page.getByRole("dialog", { name: "Mark “Dev components” done" });
  await expect(dialog).toContainText("Failed on Dev (1): NVIDIA GPU Operator");
  await expect(dialog.getByRole("link", { name: "Argo CD" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator('[aria-current="step"]')).toContainText("Dev components");
});

test("an engineer sees the campaign's status but none of the lead's controls, and cannot open the plan", async ({
  page,
}) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page);
  await expect(page.getByTestId("campaign-status")).toHaveText("Running");
  await expect(page.getByRole("link", { name: "Edit plan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await page.goto(`${page.url()}/plan`);
  await expect(page.getByText("Only the team lead can change the campaign's plan.")).toBeVisible();
});
