import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/*
 * The layout's rules (README, "Layout") are ESLint rules: each wrong import below must be refused
 * where it is wrong, and allowed where it belongs. Linted as if the file stood at that path.
 */

const eslint = new ESLint();

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", { timeout: 60_000 }, () => {
  it.each([
    ["lib/skew/example.ts", 'import { db as x } from "@/lib/db";', "pure domain logic"],
    ["lib/versions/example.ts", 'import { getFleet as x } from "@/lib/fleet/queries";', "pure domain logic"],
    [
      "lib/fleet/example.ts",
      'import { KubeConfig as x } from "@kubernetes/client-node";',
      "Only lib/kube talks to Kubernetes",
    ],
    ["components/fleet/example.tsx", 'import { db as x } from "@/lib/db";', "render what their page loaded"],
    [
      "components/campaigns/example.tsx",
      'import { listCampaigns as x } from "@/lib/campaigns/queries";',
      "render what their page loaded",
    ],
    [
      "app/(signed-in)/example/page.tsx",
      'import { createCampaign as x } from "@/lib/campaigns/campaign-mutations";',
      "call the server action",
    ],
    [
      "lib/fleet/example.ts",
      'import { startSimulatedApiServer as x } from "@/lib/demo/simulator/api-server";',
      "through its seam",
    ],
    ["lib/auth/example.ts", 'import { createScenario as x } from "@/lib/testing/scenario";', "for tests only"],
  ])("%s: %s is refused", async (filePath, code, reason) => {
    expect((await refusals(filePath, code)).join("\n")).toContain(reason);
  });

  it.each([
    ["lib/kube/example.ts", 'import { KubeConfig as x } from "@kubernetes/client-node";'],
    ["app/(signed-in)/example/page.tsx", 'import { listCampaigns as x } from "@/lib/campaigns/queries";'],
    ["components/campaigns/example.tsx", 'import type { CampaignCard as x } from "@/lib/campaigns/queries";'],
    ["components/campaigns/example.tsx", 'import { createCampaignAction as x } from "@/lib/campaigns/actions";'],
    ["lib/auth/example.ts", 'import { DEMO_ACCOUNTS as x } from "@/lib/demo";'],
    ["lib/fleet/example.test.ts", 'import { createScenario as x } from "@/lib/testing/scenario";'],
  ])("%s: %s is allowed", async (filePath, code) => {
    expect(await refusals(filePath, code)).toEqual([]);
  });
});
