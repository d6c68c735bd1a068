import { expect, test, type Page } from "@playwright/test";
import { actionId } from "../scripts/web-load";
import { signIn } from "./journeys";

/** A planned campaign of `count` components, added through the same server action the form calls. */
async function campaignOf(page: Page, count: number): Promise<string> {
  await page.goto("/campaigns/new");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Campaign name").fill("Paging: 60 components");
  await form.getByLabel("Start from").selectOption("");
  await form.getByLabel("Kubernetes from").fill("1.31");
  await form.getByLabel("Kubernetes to").fill("1.34");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Paging: 60 components");
  const campaignId = new URL(page.url()).pathname.split("/")[2]!;
  const create = actionId("createComponentAction");
  const origin = new URL(page.url()).origin;
  for (let i = 1; i <= count; i += 1) {
    const response = await page.request.post(`/campaigns/${campaignId}/components/new`, {
      headers: { "Next-Action": create, "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: JSON.stringify([
        {
          campaignId,
          name: `paged-${String(i).padStart(2, "0")}`,
          category: "addon-helm",
          currentVersion: "1.0.0",
          targetVersion: "1.1.0",
          ownerId: null,
          breakingNotes: "",
          compatibility: "unknown",
          compatibilitySource: "",
          releaseNotes: [],
        },
      ]),
    });
    expect(await response.text()).toContain('"ok":true');
  }
  return campaignId;
}

const names = (page: Page) => page.getByTestId("component-row").locator("td a").first();

test("an inventory of 60 is read 50 at a time: the page lives in the address, search and sort span every page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "aiko");
  const campaignId = await campaignOf(page, 60);
  await page.goto(`/campaigns/${campaignId}/components?sort=name`);
  const pages = page.getByRole("navigation", { name: "Inventory pages" });
  await expect(page.getByTestId("component-row")).toHaveCount(50);
  await expect(pages).toContainText("1–50 of 60");
  await expect(names(page)).toHaveText("paged-01");

  await pages.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("component-row")).toHaveCount(10);
  await expect(pages).toContainText("51–60 of 60");
  await expect(names(page)).toHaveText("paged-51");
  await expect(pages.getByRole("button", { name: "Next" })).toBeDisabled();

  // A reload (or a shared link) opens the same page.
  await page.reload();
  await expect(page.getByTestId("component-row")).toHaveCount(10);
  await expect(names(page)).toHaveText("paged-51");

  // The search spans every page and starts again at the first.
  await page.getByLabel("Search components").fill("paged-0");
  await expect(page.getByTestId("component-row")).toHaveCount(9);
  await expect(page).not.toHaveURL(/page=/);
  await expect(pages).toHaveCount(0);

  // Sorted by name, descending: the last component heads the first page.
  await page.getByLabel("Search components").fill("");
  await expect(page.getByTestId("component-row")).toHaveCount(50);
  await page
    .getByRole("columnheader", { name: /Component/ })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(names(page)).toHaveText("paged-60");
  // Every filter counts the whole campaign, not the page.
  await expect(page.getByRole("button", { name: /^Unassigned/ })).toContainText("60");
});
