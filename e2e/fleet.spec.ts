import { expect, test } from "@playwright/test";
import { FLEET_PORT } from "../playwright.config";
import { signIn } from "./journeys";

// Against the second instance: its simulated fleet starts when this journey first looks at it.
test.use({ baseURL: `http://127.0.0.1:${FLEET_PORT}` });

test("the fleet shows a kubelet newer than its apiserver, and a gate that opens as the rollout advances", async ({
  page,
}) => {
  await signIn(page, "hana");
  await page.goto("/fleet");
  await expect(page.getByText("Simulated fleet")).toBeVisible();

  const batch = page.getByTestId("cluster-stg-batch");
  await expect(batch.getByTestId("skew-status")).toContainText(
    "kubelet on stg-batch-w-3 (1.33) is newer than kube-apiserver on stg-batch-cp-1 (1.32)",
  );
  await expect(batch.getByTestId("gate")).toHaveAttribute("data-gate", "blocked");
  await expect(batch.getByTestId("gate")).toContainText("A kubelet is newer than the apiserver");

  // stg-gpu is mid-hop (1.32 -> 1.33): blocked until every apiserver and controller is through.
  const rolling = page.getByTestId("cluster-stg-gpu").getByTestId("gate");
  await expect(rolling).toHaveAttribute("data-gate", "blocked");
  await expect(rolling).toContainText("mid-rollout");
  await expect(rolling).toHaveAttribute("data-gate", "open", { timeout: 20_000 });
  await expect(rolling).toContainText("Control plane 1.33 → 1.34");
  await expect(page.getByTestId("refreshed-ago")).toContainText(/refresh/);

  // Every other cluster still renders beside them.
  for (const name of ["dev-gpu", "prd-gpu", "prd-eks"])
    await expect(page.getByTestId(`cluster-${name}`).getByTestId("apiserver-version")).toBeVisible();
});

test("a cluster's nodes can be filtered by version to find the one that went ahead", async ({ page }) => {
  await signIn(page, "hana");
  await page.goto("/fleet");
  await page.getByRole("link", { name: "stg-batch", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("stg-batch");
  await expect(page.getByRole("list", { name: "Findings" })).toContainText("newer than kube-apiserver");
  await page.getByRole("combobox", { name: "Filter by kubelet version" }).selectOption("v1.33.5");
  await expect(page.getByTestId("node-row")).toHaveCount(1);
  await expect(page.getByTestId("node-row")).toContainText("stg-batch-w-3");
});

test("nothing of the kubeconfig reaches the browser: no token, no certificate, in pages or polls", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/text|json|x-component/.test(type)) bodies.push(await response.text().catch(() => ""));
  });
  // As the lead, who also sees the registered contexts.
  await signIn(page, "aiko");
  await page.goto("/fleet");
  await page.getByRole("link", { name: "prd-gpu", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("prd-gpu");
  // A few polls through the server actions, each checked below.
  await expect.poll(() => bodies.length).toBeGreaterThan(3);
  for (const body of bodies) {
    expect(body).not.toMatch(/sim-[a-z-]+-[a-z0-9]{8,}/);
    expect(body).not.toContain("BEGIN CERTIFICATE");
    expect(body).not.toContain("certificate-authority-data");
  }
});
