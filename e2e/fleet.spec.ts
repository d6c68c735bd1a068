import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { FLEET_PORT } from "../playwright.config";
import { openCurrentCampaign, saved, signIn, tick, verificationCell } from "./journeys";

// Against the second instance: its simulated fleet starts when this journey first looks at it.
test.use({ baseURL: `http://127.0.0.1:${FLEET_PORT}` });

test("the fleet shows a kubelet newer than its apiserver, and a control plane that settles as the rollout advances", async ({
  page,
}) => {
  // The lead replays the demo's rollout first, so the journey sees it from its start however long the server has run.
  await signIn(page, "aiko");
  await page.goto("/fleet");
  await expect(page.getByText("Simulated fleet")).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await saved(page, () => page.getByRole("button", { name: "Replay the rollout" }).click());

  const batch = page.getByTestId("cluster-stg-batch");
  await expect(batch.getByTestId("skew-status")).toContainText(
    "kubelet on stg-batch-w-3 (1.33) is newer than kube-apiserver on stg-batch-cp-1 (1.32)",
  );
  await expect(batch).toContainText("no kube-proxy (replaced by the CNI)");
  // The next hop brings the control plane up to the node: the skew check warns, it does not block that hop.
  const skewCheck = batch.getByTestId("gate").locator('[data-check="skew-policy"]');
  await expect(skewCheck).toHaveAttribute("data-verdict", "warn");
  await expect(skewCheck).toContainText("brings the control plane up to it");
  await expect(batch.getByTestId("next-step")).toHaveText("Control plane 1.32 → 1.33");

  // stg-gpu is mid-hop (1.32 -> 1.33): its own check blocks until every apiserver and controller is through.
  const rolling = page.getByTestId("cluster-stg-gpu");
  await expect(rolling.getByTestId("apiserver-version")).toContainText("v1.33.5 ×1, v1.32.9 ×2");
  const settled = rolling.locator('[data-check="control-plane-settled"]');
  await expect(settled).toHaveAttribute("data-verdict", "block");
  await expect(settled).toContainText("mid-rollout");
  await expect(settled).toHaveCount(0, { timeout: 20_000 });
  await expect(rolling.getByTestId("next-step")).toHaveText("Control plane 1.33 → 1.34");
  await expect(page.getByTestId("refreshed-ago")).toContainText(/refresh/);

  // Every other cluster still renders beside them.
  for (const name of ["dev-gpu", "prd-gpu", "prd-eks"])
    await expect(page.getByTestId(`cluster-${name}`).getByTestId("apiserver-version")).toBeVisible();
  // Discovery: a cluster whose role may not list workloads says which permission it lacks; the rest still shows.
  await expect(page.getByTestId("cluster-prd-eks").getByTestId("discovery-status")).toContainText(
    "needs list deployments.apps (all namespaces)",
  );
  await expect(page.getByTestId("cluster-stg-batch").getByTestId("discovery-status")).toHaveText(
    "No Argo CD · Flux: 2 HelmReleases",
  );
  await expect(page.getByTestId("cluster-dev-gpu").getByTestId("discovery-status")).toContainText(
    /Argo CD: \d+ Applications/,
  );
  // Each cluster's support calendar, in its gate: upstream for kubeadm clusters, EKS's own for the EKS one.
  const support = (name: string) =>
    page.getByTestId(`cluster-${name}`).getByTestId("gate").locator('[data-check="support-window"]');
  await expect(support("stg-batch")).toContainText("Kubernetes 1.32 (upstream end of life)");
  await expect(support("prd-eks")).toContainText(/Kubernetes 1\.31 \((standard|extended) support\)/);
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

test("a cluster page lists what the way removes, with writer and team, and the users' release notes tell each namespace", async ({
  page,
}) => {
  await signIn(page, "hana");
  await page.goto("/fleet");
  await page.getByRole("link", { name: "prd-gpu", exact: true }).first().click();
  const removed = page.locator("#removed-apis");
  await expect(removed.getByRole("heading", { name: "Removed APIs on the way to 1.34" })).toBeVisible();
  const flowSchema = removed.getByRole("row").filter({ hasText: "batch-jobs" });
  await expect(flowSchema).toContainText("flowcontrol.apiserver.k8s.io/v1beta3");
  await expect(flowSchema).toContainText("Kubernetes 1.32");
  await expect(flowSchema).toContainText("helm");
  // Known only from kubectl's annotation: shown, and marked as weaker evidence; the namespace's team owns it.
  const stripe = removed.getByRole("row").filter({ hasText: "stripe-keys" });
  await expect(stripe).toContainText("weaker evidence");
  await expect(stripe).toContainText("payments");
  await expect(removed).toContainText("still stores v1beta1");

  await openCurrentCampaign(page);
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Release notes" }).click();
  const notes = page.getByRole("region", { name: "Release notes" });
  await expect(notes.getByRole("heading", { name: "Still on removed APIs in the clusters today" })).toBeVisible();
  await expect(notes).toContainText("(team storefront)");
  await expect(notes).toContainText("uses flowcontrol.apiserver.k8s.io/v1beta3, removed in Kubernetes 1.32");
});

test("after a hop, a cluster's page shows the same checks against the last reading before it", async ({ page }) => {
  await signIn(page, "hana");
  await page.goto("/fleet");
  await page.getByRole("link", { name: "stg-batch", exact: true }).first().click();
  const hop = page.locator("#after-hop");
  await expect(hop.getByRole("heading", { name: "After the hop 1.31 → 1.32" })).toBeVisible();
  // The hop brought the unavailable metrics APIService and the node that went ahead; the restarted
  // apiserver no longer counts requests to flowcontrol v1beta3; the tenant's FlowSchema is still written through it.
  await expect(hop.getByRole("region", { name: "New" })).toContainText("APIService v1beta1.metrics.k8s.io");
  await expect(hop.getByRole("region", { name: "New" })).toContainText("node stg-batch-w-3");
  // External Secrets' webhook was turned off while its CRDs still convert through it.
  await expect(hop.getByRole("region", { name: "New" })).toContainText("CRD externalsecrets.external-secrets.io");
  await expect(page.locator("#pre-upgrade")).toContainText("3 CRDs converted by a webhook without a ready endpoint");
  await expect(hop.getByRole("region", { name: "Resolved" })).toContainText(
    "Requests to flowcontrol.apiserver.k8s.io/v1beta3 flowschemas",
  );
  await expect(hop.getByRole("region", { name: "Unchanged" })).toContainText("FlowSchema batch-jobs");
  const flowSchema = page.locator("#removed-apis").getByRole("row").filter({ hasText: "batch-jobs" });
  await expect(flowSchema).toContainText("not served here");
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

test("creating next year's campaign leaves the fleet's target alone; the picker only looks", async ({ page }) => {
  await signIn(page, "aiko");
  await page.goto("/campaigns/new");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Campaign name").fill("2027 upgrade: 1.34 → 1.37");
  await form.getByLabel("Start from").selectOption("");
  await form.getByLabel("Kubernetes from").fill("1.34");
  await form.getByLabel("Kubernetes to").fill("1.37");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2027 upgrade");
  await expect(page.getByTestId("campaign-status")).toHaveText("Planned");

  await page.goto("/fleet");
  await expect(page.getByText("Planned towards Kubernetes 1.34 (2026 upgrade: 1.31 → 1.34).")).toBeVisible();
  await page.getByLabel("Plan towards").selectOption({ label: "2027 upgrade: 1.34 → 1.37 · planned" });
  await expect(page).toHaveURL(/\/fleet\?campaign=/);
  await expect(page.getByTestId("looking-at")).toContainText("nothing is recorded from this view");
  await expect(page.getByText("Planned towards Kubernetes 1.37")).toBeVisible();

  await page.goto("/fleet");
  await expect(page.getByText("Planned towards Kubernetes 1.34 (2026 upgrade: 1.31 → 1.34).")).toBeVisible();
  await expect(page.getByTestId("looking-at")).toHaveCount(0);
});

test("in the demo the Prd gate is blocked while Stg is unverified, says why, and the reason goes once the lead settles Stg", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "aiko");
  await openCurrentCampaign(page);
  const prd = page.getByTestId("gate-Prd");
  await expect(prd).toHaveAttribute("data-gate", "blocked");
  const stgCheck = prd.locator('[data-check="settled-in-previous"]');
  await expect(stgCheck).toContainText("not yet verified or skipped on Stg");
  // Every component it is about is named and linked, nothing behind "and N more".
  await expect(stgCheck.getByRole("link", { name: "Cilium", exact: true })).toBeVisible();
  const unsettled = await stgCheck.locator("li").count();
  expect(unsettled).toBeGreaterThan(10);

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await expect(page.getByRole("table")).toBeVisible();
  const rows = await page.getByTestId("component-row").all();
  const names = await Promise.all(rows.map(async (row) => (await row.getByRole("link").first().textContent())!));
  for (const name of names) {
    const status = await verificationCell(page, name, "Stg").getAttribute("data-status");
    if (status === "verified" || status === "skipped") continue;
    await saved(page, () => tick(page, name, "Stg", "Skipped", "Not deployed on Stg this year."));
  }

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  await expect(prd.locator('[data-check="settled-in-previous"]')).toHaveCount(0);
  await expect(prd.locator('[data-check="failed-in-previous"]')).toHaveCount(0);
  // The other reasons stay, each still said.
  await expect(prd.locator('[data-check="maintenance-window"]')).toHaveAttribute("data-verdict", "block");
  await expect(prd).toHaveAttribute("data-gate", "blocked");
});

const run = promisify(execFile);

async function stepwiseGate(token: string, environment: string) {
  try {
    const { stdout } = await run(
      process.execPath,
      ["scripts/stepwise.mjs", "gate", "--server", `http://127.0.0.1:${FLEET_PORT}`, "--environment", environment],
      { env: { ...process.env, STEPWISE_TOKEN: token }, timeout: 60_000 },
    );
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "" };
  }
}

test("`stepwise gate` gets the page's answer: exit 1 while Stg is unverified or a removed API is on the way, 0 once the lead accepts it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "aiko");
  await page.goto("/team");
  const tokens = page.getByRole("form", { name: "New API token" });
  await tokens.getByLabel("Token name").fill("Kubespray pipeline");
  await tokens.getByRole("button", { name: "Make token" }).click();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^swp_/);

  // A campaign of one component, run inside its Prd window from today: only Stg's verification is left.
  const today = new Date().toISOString().slice(0, 10);
  await openCurrentCampaign(page);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByTestId("campaign-status")).toHaveText("Archived");
  await page.goto("/campaigns/new");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Campaign name").fill("Hotfix 1.31 → 1.32");
  await form.getByLabel("Start from").selectOption("");
  await form.getByLabel("Kubernetes from").fill("1.31");
  await form.getByLabel("Kubernetes to").fill("1.32");
  await form.getByLabel("Campaign starts").fill(today);
  await form.getByLabel("Prd maintenance from").fill(today);
  await form.getByLabel("Prd maintenance until").fill(today);
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hotfix");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Start campaign" }).click();
  await expect(page.getByTestId("campaign-status")).toHaveText("Running");

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await page.getByRole("link", { name: "Add component" }).first().click();
  const component = page.getByRole("form", { name: "New component" });
  await component.getByLabel("Component").fill("CoreDNS");
  await component.getByLabel("Current version").fill("1.11.3");
  await component.getByLabel("Target version").fill("1.11.4");
  await component.getByLabel("Works with Kubernetes 1.32?").selectOption("compatible");
  await component.getByRole("button", { name: "Add component" }).click();
  await expect(page.getByRole("heading", { name: "CoreDNS" })).toBeVisible();

  const blocked = await stepwiseGate(token, "Prd");
  expect(blocked.stdout).toContain("✗ BLOCKED: Prd (Hotfix 1.31 → 1.32, target 1.32)");
  expect(blocked.stdout).toContain("- Verified on Stg: 1 component not yet verified or skipped on Stg.");
  expect(blocked.stdout).toContain("CoreDNS");
  expect(blocked.code).toBe(1);

  // Prd's clusters still hold a tenant's FlowSchema written through flowcontrol v1beta3, which 1.32 removes.
  expect(blocked.stdout).toContain("No removed APIs on the way");
  expect(blocked.stdout).toContain("FlowSchema batch-jobs");

  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Components" }).click();
  await saved(page, () => tick(page, "CoreDNS", "Stg", "Verified"));
  const stillBlocked = await stepwiseGate(token, "Prd");
  expect(stillBlocked.stdout).not.toContain("Verified on Stg");
  expect(stillBlocked.stdout).toContain("FlowSchema batch-jobs");
  expect(stillBlocked.code).toBe(1);

  // What no API shows is ticked on Prd, each with its evidence.
  expect(stillBlocked.stdout).toContain("Checks no API shows: 4 checks not yet ticked on Prd");
  await page.getByRole("navigation", { name: "Campaign" }).getByRole("link", { name: "Overview" }).click();
  const manual = page.getByRole("region", { name: "Checks no API shows on Prd" });
  for (const item of ["etcd-snapshot", "kubeadm-config", "feature-gates", "conformance"]) {
    const row = manual.getByTestId(`manual-${item}`);
    await row.getByRole("button", { name: "Tick…" }).click();
    await row.getByLabel("Evidence").fill(`Done for the hotfix, see PLAT-${item.length}.`);
    await row.getByRole("button", { name: "Tick", exact: true }).click();
    await expect(row).toHaveAttribute("data-ticked", "true");
  }
  await expect(manual.getByTestId("manual-etcd-snapshot")).toContainText("Aiko Tanaka");

  // The tenant deletes it in the window: the lead accepts the finding with that reason, for a few hours.
  await page.getByRole("button", { name: "Accept the removed APIs on Prd…" }).click();
  const accept = page.getByRole("form", { name: "Accept the removed APIs" });
  await accept.getByLabel("Why").fill("Tenant batch deletes the FlowSchema in the window; its chart is retired.");
  await accept.getByRole("button", { name: "Override" }).click();
  await expect(page.getByTestId("gate-Prd")).toContainText("let it pass until");

  const open = await stepwiseGate(token, "Prd");
  expect(open.stdout).toContain("✓ OPEN: Prd");
  expect(open.stdout).toContain("Tenant batch deletes the FlowSchema");
  expect(open.code).toBe(0);
});
