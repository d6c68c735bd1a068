import { createInterface } from "node:readline";
import { clusterView } from "@/lib/fleet/cluster-view";
import { openKubeSource } from "@/lib/kube/connection";
import { scanClusters } from "@/lib/kube/scan";
import { minorIndexOf, minorLabel } from "@/lib/skew/rules";
import { isValidVersion } from "@/lib/versions/version";
import { APIS_USAGE, apisCommand } from "./apis-command";
import { GATE_USAGE, gateCommand } from "./gate-command";
import { INVENTORY_USAGE, inventoryCommand } from "./inventory-command";
import { exportCommand, importCommand } from "./backup";
import { setPassword } from "./set-password";
import { flagsOf } from "./flags";
import { EXIT, exitCodeOf, formatReport, jsonReport } from "./skew-report";

const USAGE = `Usage: stepwise skew --kubeconfig FILE [--context NAME] [--target VERSION] [--json] [--timeout SECONDS]
       stepwise set-password EMAIL   (reads the new password from standard input)
       ${GATE_USAGE}
       ${INVENTORY_USAGE}
       ${APIS_USAGE}
       stepwise export > backup.json   every table as one versioned JSON document (DATABASE_URL's database)
       stepwise import backup.json     into an empty database (migrated), in one transaction

skew: reads each cluster of the kubeconfig (or only --context) and prints every version skew violation
and the next hop. Without --target it judges the skew policy only (the next minor's hop is shown as
information); with --target, the gate of the hop towards it decides (skew, control plane, nodes).
Exit codes: 0 within policy / gate open, 1 a skew rule broken / gate blocked, 2 a cluster could not be read.

set-password: gives a member of the team (the lead who forgot theirs, say) a new Stepwise password
and signs them out everywhere. Run it where the server's database is (same DATABASE_URL).`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "skew") return skew(rest);
  if (command === "gate") return gateCommand(rest);
  if (command === "inventory") return inventoryCommand(rest);
  if (command === "apis") return apisCommand(rest);
  if (command === "export" && rest.length === 0) return exportCommand();
  if (command === "import" && rest.length <= 1) return importCommand(rest[0]);
  if (command === "set-password" && rest.length === 1) return setPassword(rest[0]!, await readFirstLine());
  console.error(USAGE);
  return command === "--help" || command === "-h" ? 0 : EXIT.unreadable;
}

/** The first line of standard input: typed at the prompt, or piped from a secret store. */
async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("New password (shown as you type; press Enter): ");
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

/** The command teams put in front of their Ansible / Kubespray runs. Same engine as the dashboard. */
async function skew(rest: string[]): Promise<number> {
  const options = flagsOf(
    rest,
    {
      kubeconfig: { type: "string" },
      context: { type: "string" },
      target: { type: "string" },
      json: { type: "boolean", default: false },
      timeout: { type: "string", default: "10" },
    },
    USAGE,
  );
  if (!options) return EXIT.unreadable;
  if (!options.kubeconfig) {
    console.error(`--kubeconfig is required.\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  if (options.target && !isValidVersion(options.target)) {
    console.error(`--target "${options.target}" is not a version, e.g. 1.34.`);
    return EXIT.unreadable;
  }
  const source = { mode: "kubeconfig" as const, path: options.kubeconfig };
  const { contexts } = openKubeSource(source);
  const chosen = options.context ? [options.context] : contexts;
  if (chosen.length === 0) {
    console.error(`No contexts in ${options.kubeconfig} (or it could not be read).`);
    return EXIT.unreadable;
  }
  const timeoutMs = Math.max(1, Number(options.timeout) || 10) * 1_000;
  const results = await scanClusters(
    source,
    chosen.map((context) => ({ name: context, context })),
    { timeoutMs, concurrency: 16 },
  );
  const views = results.map((result) => {
    const ref = { id: result.context, name: result.name, context: result.context, environment: { id: "", name: "" } };
    const current = result.read.ok ? minorIndexOf(result.read.reading.serverVersion) : null;
    const target = options.target ?? (current === null ? null : minorLabel(current + 1));
    return clusterView(ref, result.read, result, target);
  });
  const judged = options.target ? "gate" : "policy";
  console.log(options.json ? JSON.stringify(jsonReport(views, judged), null, 2) : formatReport(views, judged));
  return exitCodeOf(views, judged);
}

process.exitCode = await main(process.argv.slice(2));
