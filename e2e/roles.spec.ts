import { expect, test, type Page, type Request } from "@playwright/test";
import { DEMO_MEMBERS, componentRow, fillSignIn, openCurrentCampaign, saved, signIn, tick } from "./journeys";

/** The lead hands metrics-server to Ryo; the server action's request is kept for the forgery below. */
async function leadAssignsMetricsServer(page: Page): Promise<Request> {
  await signIn(page, "aiko");
  await openCurrentCampaign(page, "components");
  const owner = componentRow(page, "metrics-server").getByRole("combobox", { name: "Owner of metrics-server" });
  // The assignment's own action (the table's reads are server actions too).
  const assignment = page.waitForRequest(
    (request) =>
      request.method() === "POST" &&
      request.headers()["next-action"] !== undefined &&
      (request.postData() ?? "").includes('"componentIds"'),
  );
  await owner.selectOption({
    label: (await owner.locator("option", { hasText: DEMO_MEMBERS.ryo.name }).textContent())!,
  });
  const request = await assignment;
  await (await request.response())?.finished();
  await expect(owner.locator("option:checked")).toContainText(DEMO_MEMBERS.ryo.name);
  return request;
}

test("the lead assigns an owner, the owner verifies, a viewer sees no controls and a forged change is refused", async ({
  browser,
}) => {
  // Three people in three browsers, a dozen pages between them.
  test.setTimeout(60_000);
  const aiko = await (await browser.newContext()).newPage();
  const assignment = await leadAssignsMetricsServer(aiko);

  // Ryo may tick the verification of what he owns, and only that.
  const ryo = await (await browser.newContext()).newPage();
  await signIn(ryo, "ryo");
  await openCurrentCampaign(ryo, "components");
  await saved(ryo, () => tick(ryo, "metrics-server", "Dev", "Verified"));
  await expect(componentRow(ryo, "ingress-nginx").getByRole("combobox")).toHaveCount(0);
  await expect(componentRow(ryo, "ingress-nginx").getByRole("button", { name: /on (Dev|Stg|Prd)$/ })).toHaveCount(0);
  await expect(componentRow(ryo, "ingress-nginx")).toContainText(DEMO_MEMBERS.kenji.name);
  await ryo.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  await expect(ryo.getByRole("list", { name: "Activity" }).getByRole("listitem").first()).toContainText(
    "Ryo Nakamura changed metrics-server on Dev",
  );

  // Hana reads everything and finds nothing to change.
  const hana = await (await browser.newContext()).newPage();
  await signIn(hana, "hana");
  await openCurrentCampaign(hana, "components");
  await expect(hana.getByTestId("component-row").first()).toBeVisible();
  await expect(hana.getByRole("table").getByRole("combobox")).toHaveCount(0);
  await expect(hana.getByRole("table").getByRole("button", { name: /on (Dev|Stg|Prd)$/ })).toHaveCount(0);
  await expect(hana.getByRole("table").getByRole("checkbox")).toHaveCount(0);
  await expect(hana.getByRole("link", { name: "Add component" })).toHaveCount(0);
  await expect(componentRow(hana, "metrics-server")).toContainText("Verified");
  await hana.getByRole("link", { name: "metrics-server", exact: true }).click();
  await expect(hana.getByLabel("Component details")).toContainText(DEMO_MEMBERS.ryo.name);
  await expect(hana.getByRole("group", { name: "Verification on Dev" })).toContainText("Ryo Nakamura");
  await expect(hana.getByRole("form")).toHaveCount(0);
  await expect(hana.getByRole("button", { name: /Remove component|Confirm breaking|Save/ })).toHaveCount(0);
  await hana.goto("/team");
  await expect(hana.getByRole("form", { name: "Add a team member" })).toHaveCount(0);
  await expect(hana.getByRole("combobox")).toHaveCount(0);
  await expect(hana.getByRole("button", { name: /^Remove / })).toHaveCount(0);

  // The lead's request, replayed with Hana's session and a new owner: refused, nothing changes.
  const forged = JSON.parse(assignment.postData()!) as [{ componentIds: string[]; ownerId: string | null }];
  const response = await hana.request.post(assignment.url(), {
    headers: {
      ...assignment.headers(),
      cookie: (await hana.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; "),
    },
    data: JSON.stringify([{ ...forged[0], ownerId: null }]),
  });
  expect(await response.text()).toContain("Viewers can read everything but change nothing.");
  await aiko.reload();
  await expect(
    componentRow(aiko, "metrics-server")
      .getByRole("combobox", { name: "Owner of metrics-server" })
      .locator("option:checked"),
  ).toContainText(DEMO_MEMBERS.ryo.name);
});

test("wrong passwords are refused beside the field, then the account is paused, even for the right one", async ({
  browser,
}) => {
  // The lead gives Sora a Stepwise account.
  const aiko = await (await browser.newContext()).newPage();
  await signIn(aiko, "aiko");
  await aiko.goto("/team");
  const add = aiko.getByRole("form", { name: "Add a team member" });
  await add.getByLabel("Name").fill("Sora Ito");
  await add.getByLabel("Email").fill("sora.ito@example.com");
  await add.getByLabel("First password").fill("sora-first-password");
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(aiko.getByText("sora.ito@example.com")).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await fillSignIn(page, "sora.ito@example.com", `not-it-${attempt}-at-all`);
    await expect(page.getByRole("form", { name: "Sign in" }).getByText("Email or password is wrong.")).toBeVisible();
  }
  await fillSignIn(page, "sora.ito@example.com", "sora-first-password");
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText(
    "Too many failed sign-ins. Try again in 15 minutes.",
  );
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);

  // Sora leaves the team: the lead removes them, and they are listed as a former member.
  aiko.once("dialog", (dialog) => void dialog.accept());
  await aiko.getByRole("button", { name: "Remove Sora Ito" }).click();
  await expect(aiko.getByRole("list", { name: "Former members" })).toContainText("Sora Ito");
  await expect(aiko.getByRole("combobox", { name: "Role of Sora Ito" })).toHaveCount(0);
});

test("a visitor who is not signed in sees the sign-in page and no campaign data; signing out ends the session", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("1.31 → 1.34")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Demo accounts" })).toContainText(DEMO_MEMBERS.hana.email);

  await signIn(page, "kenji");
  await openCurrentCampaign(page);
  const campaignUrl = page.url();
  const download = await page.request.get(`${campaignUrl}/release-notes/download`);
  expect(download.status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(campaignUrl);
  await expect(page).toHaveURL(/\/sign-in$/);
  const refused = await page.request.get(`${campaignUrl}/release-notes/download`);
  expect(refused.status()).toBe(401);
  expect(await refused.text()).not.toContain("Kubernetes");
});
