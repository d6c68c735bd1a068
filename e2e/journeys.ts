import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/demo";

/** Opens the demo's running campaign (1.31 → 1.34) on the given tab. */
export async function openCurrentCampaign(page: Page, tab: "overview" | "components" = "overview") {
  await page.goto("/");
  await page
    .getByRole("link", { name: /1\.31 → 1\.34/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /1\.31 → 1\.34/ })).toBeVisible();
  if (tab === "components") {
    await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
    await expect(page.getByRole("table")).toBeVisible();
  }
}

/** The demo's accounts; every one signs in with the demo password. */
export const DEMO_MEMBERS = {
  aiko: { name: "Aiko Tanaka", email: "aiko.tanaka@example.com" },
  kenji: { name: "Kenji Sato", email: "kenji.sato@example.com" },
  mei: { name: "Mei Suzuki", email: "mei.suzuki@example.com" },
  ryo: { name: "Ryo Nakamura", email: "ryo.nakamura@example.com" },
  hana: { name: "Hana Kobayashi", email: "hana.kobayashi@example.com" },
} as const;

export async function fillSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form, as a person would, and waits for the header to name them. */
export async function signIn(page: Page, member: keyof typeof DEMO_MEMBERS) {
  await fillSignIn(page, DEMO_MEMBERS[member].email, DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in-member")).toContainText(DEMO_MEMBERS[member].name);
}

export function settledCount(page: Page, environment: string) {
  return page.getByTestId(`progress-${environment}`).getByTestId("settled");
}

export function componentRow(page: Page, name: string) {
  return page.getByTestId("component-row").filter({ has: page.getByRole("link", { name, exact: true }) });
}

/**
 * Does what `change` does and waits until the server has answered the save it sends: what a
 * person waits for before trusting that a tick or an assignment stuck.
 */
export async function saved(page: Page, change: () => Promise<unknown>) {
  const answered = page.waitForResponse((response) => {
    const request = response.request();
    return request.method() === "POST" && request.headers()["next-action"] !== undefined;
  });
  await change();
  await answered;
}

/** The verification button of a component's row in one environment; its data-status is what is recorded. */
export function verificationCell(page: Page, component: string, environment: string) {
  return componentRow(page, component).getByRole("button", { name: `${component} on ${environment}`, exact: true });
}

/** Ticks a verification from the table as a person does: open the menu, pick, and give a reason where one is needed. */
export async function tick(
  page: Page,
  component: string,
  environment: string,
  status: "Pending" | "In progress" | "Verified" | "Failed" | "Skipped",
  reason?: string,
) {
  await verificationCell(page, component, environment).click();
  await page
    .getByRole("menu", { name: `${component} on ${environment}` })
    .getByRole("menuitemradio", { name: new RegExp(`^${status}`) })
    .click();
  if (reason === undefined) return;
  const dialog = page.getByRole("dialog", { name: `${status}: ${component} on ${environment}` });
  await dialog.getByRole("textbox").fill(reason);
  await dialog.getByRole("button", { name: `Mark ${status}` }).click();
}
