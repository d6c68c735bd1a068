import { expect, test } from "@playwright/test";
import { openCurrentCampaign, saved, signIn } from "./journeys";

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

  test("the inventory is a list of cards: an engineer ticks a verification with a full-width control", async ({
    page,
  }) => {
    await signIn(page, "mei");
    await openCurrentCampaign(page, "components");
    await page.getByRole("button", { name: /^Mine/ }).click();
    // The address follows the server's answer: until then the rows shown are the last page's.
    await expect(page).toHaveURL(/filter=mine/);
    const card = page.getByTestId("component-row").first();
    const name = (await card.getByRole("link").first().textContent())!;
    const stg = card.getByRole("button", { name: `${name} on Stg`, exact: true });
    const [control, row] = [await stg.boundingBox(), await card.boundingBox()];
    // The control takes the card's width beside its label, not a cramped table cell.
    expect(control!.width).toBeGreaterThan(row!.width * 0.55);
    expect(control!.height).toBeGreaterThanOrEqual(36);
    await stg.click();
    await saved(page, () =>
      page
        .getByRole("menu", { name: `${name} on Stg` })
        .getByRole("menuitemradio", { name: "In progress" })
        .click(),
    );
    await expect(stg).toHaveAttribute("data-status", "in-progress");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("no campaign page scrolls sideways", async ({ page }) => {
    await signIn(page, "aiko");
    await openCurrentCampaign(page);
    const campaignPath = new URL(page.url()).pathname;
    for (const path of [
      "/",
      campaignPath,
      `${campaignPath}/components`,
      `${campaignPath}/environments`,
      `${campaignPath}/summary`,
      `${campaignPath}/release-notes`,
      "/team",
      "/fleet",
    ]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });
});

test("the home page lists what I own, and the team page's load table agrees", async ({ page }) => {
  await signIn(page, "kenji");
  const mine = page.getByRole("region", { name: /^Your components in 2026 upgrade/ });
  await expect(mine.getByRole("link", { name: "containerd", exact: true })).toBeVisible();
  const owned = await mine.getByRole("listitem").count();
  await expect(mine.getByTestId("my-work-summary")).toContainText(`${owned} owned`);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" }).click();
  const kenji = page.getByTestId("load-row").filter({ has: page.getByRole("rowheader", { name: "Kenji Sato" }) });
  await expect(kenji.getByRole("cell").first()).toHaveText(String(owned));
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

test("an unknown campaign, component or cluster answers 404 with the not-found page", async ({ page }) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");
  const campaignPath = new URL(page.url()).pathname.replace(/\/components$/, "");
  for (const path of [
    "/campaigns/no-such-campaign",
    "/campaigns/no-such-campaign/components",
    `${campaignPath}/components/no-such-component`,
    "/fleet/no-such-cluster",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});

test("with a 1.5 s round trip nothing looks frozen: pages show their loading state, buttons their pending one", async ({
  page,
}) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  const slow = () => new Promise((resolve) => setTimeout(resolve, 1_500));
  await page.route("**/*", async (route) => {
    const headers = route.request().headers();
    if (headers["next-action"] || headers["rsc"]) await slow();
    await route.continue();
  });

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Summary" }).click();
  // The next page's loading state, or, before it can show, the tab's own spinner.
  await expect(
    page.getByRole("status").filter({ hasText: "Loading…" }).or(page.locator("[data-link-pending]")).first(),
  ).toBeAttached();
  await expect(page.getByRole("heading", { name: "Campaign summary" })).toBeVisible();

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await page.getByRole("link", { name: "Ubuntu", exact: true }).click();
  const form = page.getByRole("form", { name: "New comment" });
  await form.getByLabel("Comment").fill("Kernel 6.8 boots fine on the GPU nodes.");
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("button", { name: "Posting…" })).toHaveAttribute("aria-busy", "true");
  await expect(form.getByRole("button", { name: "Post comment" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Kernel 6.8 boots fine");
});

test("the lead publishes the users' release notes; a viewer reads them, with no editor", async ({ page, browser }) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Users' release notes" }).click();
  await expect(page).toHaveTitle(/^Users' release notes · 2026 upgrade/);
  const editor = page.getByRole("textbox", { name: "Markdown" });
  await expect(editor).toHaveValue(/## During the window/);
  await editor.fill(
    "# Kubernetes 1.34\n\nYour namespace `payments` still uses `flowcontrol.apiserver.k8s.io/v1beta3`.",
  );
  await saved(page, () => page.getByRole("button", { name: "Save and publish" }).click());
  await expect(page.getByText(/^Published /)).toBeVisible();

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, "hana");
  await viewer.goto(page.url());
  await expect(
    viewer.getByRole("region", { name: "Release notes" }).getByRole("heading", { name: "Kubernetes 1.34" }),
  ).toBeVisible();
  await expect(viewer.getByRole("region", { name: "Release notes" })).toContainText("payments");
  await expect(viewer.getByRole("textbox", { name: "Markdown" })).toHaveCount(0);
  await openCurrentCampaign(viewer, "components");
  await expect(viewer.getByRole("button", { name: /^Mine/ })).toHaveCount(0);
});
