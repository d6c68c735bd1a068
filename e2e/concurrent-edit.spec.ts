import { expect, test } from "@playwright/test";
import { openCurrentCampaign, saved, signIn, tick, verificationCell } from "./journeys";

test("two people edit the same component: the second is told, nothing is overwritten", async ({ browser }) => {
  const ryo = await (await browser.newContext()).newPage();
  const aiko = await (await browser.newContext()).newPage();
  await signIn(ryo, "ryo");
  await signIn(aiko, "aiko");
  for (const page of [ryo, aiko]) {
    await openCurrentCampaign(page, "components");
    await page.getByRole("link", { name: "external-dns", exact: true }).click();
  }

  const ryoForm = ryo.getByRole("form", { name: "Edit external-dns" });
  await ryoForm.getByLabel("Target version").fill("v0.18.1");
  await ryoForm.getByRole("button", { name: "Save changes" }).click();
  await expect(ryo.getByText("Saved.")).toBeVisible();

  const aikoForm = aiko.getByRole("form", { name: "Edit external-dns" });
  await aikoForm.getByLabel("Target version").fill("v0.19.0");
  await aikoForm.getByRole("button", { name: "Save changes" }).click();
  const warning = aiko.getByRole("alert").filter({ hasText: "Ryo Nakamura saved external-dns" });
  await expect(warning).toBeVisible();

  await warning.getByRole("button", { name: "Reload" }).click();
  await expect(aikoForm.getByLabel("Target version")).toHaveValue("v0.18.1");
});

test("a verification ticked from a stale table rolls back and says who got there first", async ({ browser }) => {
  const mei = await (await browser.newContext()).newPage();
  const aiko = await (await browser.newContext()).newPage();
  // Both may tick it: Mei owns it, Aiko leads the team.
  await signIn(mei, "mei");
  await signIn(aiko, "aiko");
  for (const page of [mei, aiko]) await openCurrentCampaign(page, "components");
  const cell = (page: typeof mei) => verificationCell(page, "Rook Ceph operator", "Dev");

  await saved(mei, () => tick(mei, "Rook Ceph operator", "Dev", "In progress"));
  await expect(cell(mei)).toHaveAttribute("data-status", "in-progress");

  // Aiko's table still shows "Pending": his change is based on what he saw.
  await expect(cell(aiko)).toHaveAttribute("data-status", "pending");
  await tick(aiko, "Rook Ceph operator", "Dev", "Verified");
  await expect(aiko.getByRole("alert").filter({ hasText: "Mei Suzuki saved Rook Ceph operator on Dev" })).toBeVisible();
  await expect(cell(aiko)).toHaveAttribute("data-status", "in-progress");
});
