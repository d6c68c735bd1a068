// Two replicas of Stepwise on one PostgreSQL database, for e2e/replicas.spec.ts: both prepare the
// database at once (as two pods' init containers would), then serve the standalone build on their
// own ports, reading one shared simulated fleet (a separate process, as real clusters are).
//   npx tsx e2e/replicas-server.ts DATABASE PORT_A PORT_B
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { promisify } from "node:util";
import { onPostgresServer, postgresUrlOf } from "../lib/testing/test-database";

const [database, ...ports] = process.argv.slice(2) as [string, ...string[]];
const kubeconfig = ".e2e/replicas-kubeconfig";

// One name per machine: a run killed before its cleanup leaves nothing the next run does not drop first.
await onPostgresServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`, `CREATE DATABASE "${database}"`);
mkdirSync(".e2e", { recursive: true });
const children = [
  spawn(
    "npx",
    ["tsx", "--tsconfig", "tsconfig.json", "scripts/simulate.ts", "--kubeconfig", kubeconfig, "--tick-ms", "3600000"],
    { stdio: ["ignore", "ignore", "inherit"] },
  ),
];
while (!existsSync(kubeconfig)) await new Promise((resolve) => setTimeout(resolve, 200));

const env = {
  ...process.env,
  DATABASE_URL: postgresUrlOf(database),
  STEPWISE_KUBECONFIG: kubeconfig,
  STEPWISE_FLEET_REFRESH_SECONDS: "2",
};
const prepare = () => promisify(execFile)("npm", ["run", "--silent", "db:prepare"], { env });
const prepared = await Promise.all([prepare(), prepare()]);
process.stderr.write(prepared.map((result) => result.stdout).join(""));

for (const port of ports)
  children.push(
    spawn(process.execPath, ["scripts/serve.mjs", "--port", port], { env, stdio: ["ignore", "ignore", "inherit"] }),
  );

const stop = async () => {
  for (const child of children) child.kill("SIGTERM");
  await onPostgresServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
