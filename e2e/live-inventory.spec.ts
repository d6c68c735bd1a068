import { expect, test } from "@playwright/test";
import { componentRow, openCurrentCampaign, saved, signIn, tick, verificationCell } from "./journeys";

test("the inventory shows what each environment runs, and flags a tick the clusters contradict", async ({ page }) => {
  await signIn(page, "kenji");
  await openCurrentCampaign(page, "components");
  const containerd = componentRow(page, "containerd");
  // Dev's nodes were moved to the target; Stg's still run last year's containerd.
  await expect(containerd.getByTestId("running-Dev")).toHaveText("runs 2.1.4");
  await expect(containerd.getByTestId("running-Dev")).toHaveAttribute("data-state", "target");
  await expect(containerd.getByTestId("running-Stg")).toContainText("1.7.22");
  await expect(containerd.getByTestId("running-Stg")).not.toHaveAttribute("data-state", "target");
  // Found through images too: cert-manager's controller image, per environment.
  await expect(componentRow(page, "cert-manager").getByTestId("running-Prd")).toHaveText("runs v1.15.3");

  await saved(page, () => tick(page, "containerd", "Stg", "Verified"));
  await expect(verificationCell(page, "containerd", "Stg")).toHaveAttribute("data-status", "verified");
  await expect(containerd.getByRole("img", { name: /Verified 2\.1\.4 on Stg, but Stg runs .*1\.7\.22/ })).toBeVisible();

  // Put the demo back for the journeys after this one.
  await saved(page, () => tick(page, "containerd", "Stg", "Pending"));
  await expect(containerd.getByRole("img", { name: /but Stg runs/ })).toHaveCount(0);
});

test("the environments page puts Dev, Stg and Prd side by side, differences first, and offers what runs unlisted", async ({
  page,
}) => {
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Environments" }).click();
  await expect(page).toHaveTitle(/^Environments · 2026 upgrade/);
  const rows = page.getByTestId("drift-row");
  await expect(rows.first()).toHaveAttribute("data-differs", "true");
  const containerd = rows.filter({ has: page.getByRole("link", { name: "containerd", exact: true }) });
  await expect(containerd.locator('[data-environment="Dev"]')).toHaveText("2.1.4");
  await expect(containerd.locator('[data-environment="Stg"]')).toContainText("1.7.22");

  // kube-proxy runs everywhere but the demo inventory does not list it: one link fills in the new component.
  const unlisted = page.getByRole("region", { name: "Running but not in the inventory" });
  const kubeProxy = unlisted.getByRole("listitem").filter({ hasText: "registry.k8s.io/kube-proxy" });
  await kubeProxy.getByRole("link", { name: "Add to the campaign" }).click();
  const form = page.getByRole("form", { name: "New component" });
  await expect(form.getByLabel("Component", { exact: true })).toHaveValue("kube-proxy");
  await expect(form.getByLabel("Looking for")).toHaveValue("registry.k8s.io/kube-proxy");
  await expect(form.getByLabel("Current version")).toHaveValue(/^v1\.3\d\.\d+/);
});
