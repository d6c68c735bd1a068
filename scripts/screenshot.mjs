// Takes screenshots of a running Stepwise in Debian's Chromium: `node scripts/screenshot.mjs [baseUrl] [outDir]`.
// Used to look at the pages as a user would and to refresh the README's screenshot.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
// SCREENSHOT_WIDTH=390 to look at the pages as a phone shows them.
const page = await browser.newPage({ viewport: { width: Number(process.env.SCREENSHOT_WIDTH ?? 1440), height: 1000 } });

async function shoot(name, url, options = {}) {
  await page.goto(new URL(url, base).toString(), { waitUntil: "networkidle" });
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: options.fullPage ?? true });
  console.log(`${name}: ${page.url()}`);
}

// Signed out first: the sign-in page with the demo's accounts. Then in as the given demo member.
await shoot("sign-in", "/sign-in");
await page.getByLabel("Email").fill(process.env.SCREENSHOT_AS ?? "aiko.tanaka@example.com");
await page.getByLabel("Password").fill("stepwise-demo");
await page.getByRole("button", { name: "Sign in", exact: true }).click();
await page.getByTestId("signed-in-member").waitFor({ state: "attached" });

await shoot("campaigns", "/");
const lastCampaignUrl = await page
  .getByRole("link", { name: /1\.28 → 1\.31/ })
  .first()
  .getAttribute("href");
const campaignLink = page.getByRole("link", { name: /1\.31 → 1\.34/ }).first();
const campaignUrl = await campaignLink.getAttribute("href");
await shoot("overview", campaignUrl);
await shoot("inventory", `${campaignUrl}/components`);
await page.getByRole("link", { name: "Argo CD" }).first().click();
await page.waitForURL(/\/components\/[a-z0-9]+$/);
await page.waitForLoadState("networkidle");
await page.screenshot({ path: path.join(out, "component.png"), fullPage: true });
console.log(`component: ${page.url()}`);
await shoot("new-campaign", "/campaigns/new");
await shoot("team", "/team");
await shoot("fleet", "/fleet");
await shoot("retrospective", `${lastCampaignUrl}/retrospective`, { fullPage: false });
await browser.close();
