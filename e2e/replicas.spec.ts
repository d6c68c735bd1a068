import { expect, test } from "@playwright/test";
import { REPLICA_PORTS, REPLICAS_DATABASE } from "../playwright.config";
import { postgresUrlOf, queryPostgres } from "../lib/testing/test-database";
import { DEMO_MEMBERS, fillSignIn, signIn } from "./journeys";

/*
 * Two real app processes on one PostgreSQL database (e2e/replicas-server.ts), as the HA overlay
 * runs them behind one Service: whichever replica answers, it is one Stepwise.
 */

const [a, b] = REPLICA_PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];

test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await request.get(`${b}/readyz`)).status(), { timeout: 60_000 }).toBe(200);
});

test("a session made on one replica is valid on the other, and signing out on either ends it on both", async ({
  browser,
}) => {
  const page = await browser.newPage({ baseURL: a });
  await signIn(page, "kenji");
  await page.goto(`${b}/`);
  await expect(page.getByTestId("signed-in-member")).toContainText(DEMO_MEMBERS.kenji.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`${a}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the sign-in throttle counts the failures made on both replicas", async ({ browser }) => {
  // Five wrong passwords, spread over both replicas as a load balancer would spread them.
  for (const [index, base] of [a, b, a, b, a].entries()) {
    const page = await browser.newPage({ baseURL: base });
    await fillSignIn(page, DEMO_MEMBERS.ryo.email, `wrong-${index}`);
    await expect(page.getByRole("form", { name: "Sign in" }).getByText("Email or password is wrong.")).toBeVisible();
    await page.close();
  }
  const page = await browser.newPage({ baseURL: b });
  await fillSignIn(page, DEMO_MEMBERS.ryo.email, "stepwise-demo");
  await expect(page.getByRole("form", { name: "Sign in" }).getByText(/Too many failed sign-ins/)).toBeVisible();
});

test("both replicas read the same fleet, and their scans keep one skew record per cluster", async ({ browser }) => {
  const versions = [];
  for (const base of [a, b]) {
    const page = await browser.newPage({ baseURL: base });
    await signIn(page, "hana");
    await page.goto("/fleet");
    const card = page.getByTestId("cluster-stg-batch");
    await expect(card.getByTestId("apiserver-version")).toBeVisible();
    versions.push(await card.getByTestId("apiserver-version").textContent());
    await page.close();
  }
  expect(versions[0]).toBe(versions[1]);
  const rows = await queryPostgres<{ clusterName: string; records: string }>(
    `SELECT "clusterName", COUNT(*) AS records FROM "SkewHighWater" GROUP BY "campaignId", "clusterName"`,
    [],
    postgresUrlOf(REPLICAS_DATABASE),
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => Number(row.records) === 1)).toBe(true);
});
