import { expect, test, type Browser } from "@playwright/test";
import { openCurrentCampaign, signIn, type DEMO_MEMBERS } from "./journeys";

/** One person in their own browser, signed in and at the running campaign's retrospective. */
async function atTheRetrospective(browser: Browser, member: keyof typeof DEMO_MEMBERS) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, member);
  await openCurrentCampaign(page);
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Retrospective" }).click();
  await expect(page.getByRole("heading", { name: /Keep \/ Problem \/ Try/ })).toBeVisible();
  return page;
}

test("two team members write and vote in the retrospective, each sees the other's cards without reloading", async ({
  browser,
}) => {
  const [kenji, mei] = await Promise.all([atTheRetrospective(browser, "kenji"), atTheRetrospective(browser, "mei")]);

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

test("two people merge two cards that say the same, undo it, and vote within their budget", async ({ browser }) => {
  const [kenji, mei] = await Promise.all([atTheRetrospective(browser, "kenji"), atTheRetrospective(browser, "mei")]);
  const add = async (page: typeof mei, column: string, body: string) => {
    const region = page.getByRole("region", { name: column });
    await region.getByRole("textbox", { name: `New ${column} card` }).fill(body);
    await region.getByRole("button", { name: "Add card" }).click();
    await expect(region.getByTestId("retro-card").filter({ hasText: body })).toBeVisible();
  };
  await add(mei, "Try", "Run pluto in CI.");
  await add(kenji, "Try", "Automate the pluto scan.");

  const kenjisCard = kenji
    .getByRole("region", { name: "Try" })
    .getByTestId("retro-card")
    .filter({ hasText: "Automate" });
  await kenjisCard.getByRole("button", { name: "Merge…" }).click();
  const merge = kenjisCard.getByRole("form", { name: "Merge this card" });
  await expect(merge.getByRole("button", { name: "Merge" })).toBeDisabled();
  await merge.getByLabel("Merge into").selectOption({ label: "Run pluto in CI." });
  await merge.getByRole("button", { name: "Merge" }).click();

  const meisCard = mei.getByRole("region", { name: "Try" }).getByTestId("retro-card").filter({ hasText: "Run pluto" });
  await expect(meisCard.getByRole("list", { name: "Merged into this card" })).toContainText("Automate the pluto scan.");
  await meisCard.getByRole("button", { name: /^Undo the merge/ }).click();
  await expect(
    mei.getByRole("region", { name: "Try" }).getByTestId("retro-card").filter({ hasText: "Automate the pluto scan." }),
  ).toHaveCount(1);
  await expect(meisCard.getByRole("list", { name: "Merged into this card" })).toHaveCount(0);

  // Three votes each: the fourth is refused with the reason.
  const tryCards = kenji.getByRole("region", { name: "Try" }).getByTestId("retro-card");
  await add(kenji, "Try", "Write the users' release notes a month ahead.");
  await add(kenji, "Try", "Take an etcd snapshot before each hop.");
  for (let index = 0; index < 3; index += 1) {
    await tryCards
      .nth(index)
      .getByRole("button", { name: /Vote for this card/ })
      .click();
    await expect(kenji.getByTestId("my-votes")).toHaveText(`You have used ${index + 1} of your 3 votes.`);
  }
  await tryCards
    .nth(3)
    .getByRole("button", { name: /Vote for this card/ })
    .click();
  await expect(kenji.getByRole("alert").filter({ hasText: "You have used all 3 of your votes" })).toBeVisible();
  await expect(kenji.getByTestId("my-votes")).toHaveText("You have used 3 of your 3 votes.");
});

test("an action item from two campaigns ago is on the newest overview and its owner's home page, and closing it closes it at its source", async ({
  page,
  browser,
}) => {
  await signIn(page, "aiko");
  await page.goto("/campaigns/new");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Campaign name").fill("2027 upgrade: 1.34 → 1.37");
  await form.getByLabel("Kubernetes from").fill("1.34");
  await form.getByLabel("Kubernetes to").fill("1.37");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2027 upgrade");
  const carried = page.getByRole("region", { name: "Open action items from earlier retrospectives" });
  await expect(carried).toContainText("Add a pluto scan of all tenant repos to CI");
  await expect(carried.getByRole("link", { name: /2025 upgrade/ })).toBeVisible();

  const ryo = await (await browser.newContext()).newPage();
  await signIn(ryo, "ryo");
  const mine = ryo.getByRole("region", { name: "Your open action items" });
  await expect(mine).toContainText("Add a pluto scan of all tenant repos to CI");
  await mine.getByRole("button", { name: "Close Add a pluto scan of all tenant repos to CI" }).click();
  await expect(ryo.getByRole("region", { name: "Your open action items" })).toHaveCount(0);

  await ryo
    .getByRole("link", { name: /1\.28 → 1\.31/ })
    .first()
    .click();
  await ryo.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Retrospective" }).click();
  await expect(ryo.getByText(/Add a pluto scan of all tenant repos to CI.*closed .* by Ryo Nakamura/)).toBeVisible();
  // The overview where the lead saw it no longer lists it.
  await page.reload();
  await expect(page.getByRole("region", { name: "Open action items from earlier retrospectives" })).toHaveCount(0);
});
