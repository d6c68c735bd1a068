import type { GateApiAnswer } from "@/lib/gate/queries";
import { flagsOf } from "./flags";
import { EXIT } from "./skew-report";

type GateBody = Extract<GateApiAnswer, { status: 200 }>["body"];

export const GATE_USAGE = `stepwise gate --server URL --environment NAME [--cluster NAME] [--json] [--timeout SECONDS]
  asks a running Stepwise whether the next step may start (token from STEPWISE_TOKEN, made on the Team page).
  Exit codes: 0 open, 1 blocked (each reason printed), 2 unreachable, refused or unknown.`;

/** What a person reads in the pipeline log: the verdict, then every check that does not pass and what it is about. */
export function formatGate(body: GateBody): string {
  const where = body.cluster ? `${body.environment} / ${body.cluster}` : body.environment;
  const lines = [
    `${body.open ? "✓ OPEN" : "✗ BLOCKED"}: ${where} (${body.campaign.name}, target ${body.campaign.target})`,
  ];
  const describe = (check: GateBody["checks"][number], indent: string) => {
    lines.push(`${indent}${check.verdict === "block" ? "-" : "!"} ${check.name}: ${check.sentence}`);
    if (check.items.length > 0) lines.push(`${indent}    ${check.items.map((item) => item.label).join(", ")}`);
  };
  for (const check of body.checks.filter((c) => c.verdict !== "pass")) describe(check, "  ");
  const shown = new Set(body.checks.map((check) => check.id));
  for (const cluster of body.clusters) {
    lines.push(`  ${cluster.open ? "✓" : "✗"} ${cluster.name}: ${cluster.step ?? cluster.note ?? "no plan"}`);
    for (const check of cluster.checks.filter((c) => c.verdict !== "pass" && !shown.has(c.id)))
      describe(check, "      ");
  }
  return lines.join("\n");
}

/** `stepwise gate`: what a team runs before its Ansible or Kubespray play. */
export async function gateCommand(rest: string[]): Promise<number> {
  const options = flagsOf(
    rest,
    {
      server: { type: "string" },
      environment: { type: "string" },
      cluster: { type: "string" },
      json: { type: "boolean", default: false },
      timeout: { type: "string", default: "30" },
    },
    GATE_USAGE,
  );
  if (!options) return EXIT.unreadable;
  const token = process.env.STEPWISE_TOKEN;
  if (!options.server || !options.environment || !token) {
    console.error(
      `${token ? "" : "Set STEPWISE_TOKEN to an API token (Team page). "}--server and --environment are required.\n\n${GATE_USAGE}`,
    );
    return EXIT.unreadable;
  }
  const url = new URL("/api/gate", options.server);
  url.searchParams.set("environment", options.environment);
  if (options.cluster) url.searchParams.set("cluster", options.cluster);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      signal: AbortSignal.timeout(Math.max(1, Number(options.timeout) || 30) * 1_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    console.error(`Could not reach ${url.origin}: ${cause}`);
    return EXIT.unreadable;
  }
  const body = (await response.json().catch(() => null)) as GateBody | { error?: string } | null;
  if (!response.ok || !body || !("open" in body)) {
    const message = body && "error" in body && body.error ? body.error : `HTTP ${response.status}`;
    console.error(`${url.origin} refused: ${message}`);
    return EXIT.unreadable;
  }
  console.log(options.json ? JSON.stringify(body, null, 2) : formatGate(body));
  return body.open ? EXIT.clean : EXIT.blocked;
}
