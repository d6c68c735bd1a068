import { expect, test } from "@playwright/test";
import { componentRow, openCurrentCampaign, saved, settledCount, signIn, tick, verificationCell } from "./journeys";

test("an engineer ticks a Dev verification, the Dev bar moves and a reload keeps it", async ({ page }) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");

  await page.getByRole("button", { name: /^Mine/ }).click();
  await expect(page).toHaveURL(/filter=mine/);
  const row = componentRow(page, "ingress-nginx");
  await expect(row).toBeVisible();
  const before = Number(await settledCount(page, "Dev").textContent());

  // The bar moves at once (optimistic) and stays once the server has answered.
  await saved(page, async () => {
    await tick(page, "ingress-nginx", "Dev", "Verified");
    await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));
  });

  await page.reload();
  await expect(verificationCell(page, "ingress-nginx", "Dev")).toHaveAttribute("data-status", "verified");
  await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  await expect(settledCount(page, "Dev")).toHaveText(String(before + 1));
  await expect(page.getByRole("list", { name: "Activity" }).getByRole("listitem").first()).toContainText(
    "Kenji Sato changed ingress-nginx on Dev",
  );

  // Who verified, and when, is on the component's page.
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await componentRow(page, "ingress-nginx").getByRole("link", { name: "ingress-nginx", exact: true }).click();
  await expect(page.getByRole("form", { name: "Verification on Dev" })).toContainText("Kenji Sato");
});

test("an engineer fails a verification through the dialog, with a reason that reads as Markdown; the gate says it", async ({
  page,
}) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");
  await verificationCell(page, "ingress-nginx", "Stg").click();
  await page
    .getByRole("menu", { name: "ingress-nginx on Stg" })
    .getByRole("menuitemradio", { name: "Failed…" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Failed: ingress-nginx on Stg" });
  // No reason, no save: the button waits for one.
  await expect(dialog.getByRole("button", { name: "Mark Failed" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(verificationCell(page, "ingress-nginx", "Stg")).toHaveAttribute("data-status", "pending");

  await saved(page, () =>
    tick(
      page,
      "ingress-nginx",
      "Stg",
      "Failed",
      "Admission webhook times out, see https://github.com/kubernetes/ingress-nginx/issues/1",
    ),
  );
  await expect(verificationCell(page, "ingress-nginx", "Stg")).toHaveAttribute("data-status", "failed");

  await componentRow(page, "ingress-nginx").getByRole("link", { name: "ingress-nginx", exact: true }).click();
  const stg = page.getByRole("form", { name: "Verification on Stg" });
  await expect(stg.getByRole("link", { name: "https://github.com/kubernetes/ingress-nginx/issues/1" })).toBeVisible();

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  const failed = page.getByTestId("gate-Prd").locator('[data-check="failed-in-previous"]');
  await expect(failed).toContainText("1 component failed verification on Stg.");
  await expect(failed.getByRole("link", { name: "ingress-nginx" })).toBeVisible();
});
