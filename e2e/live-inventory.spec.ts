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
