// Serves the standalone build (.next/standalone/server.js) as the container image does: `npm start`
// and the end-to-end tests run this same server. `node scripts/serve.mjs [--port N]`.
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string" } } });
const root = process.cwd();
const absoluteFile = (url) => (url.startsWith("file:") ? `file:${path.resolve(root, url.slice("file:".length))}` : url);

// The server runs in .next/standalone: paths given relative to the project are made absolute first.
const env = {
  ...process.env,
  DATABASE_URL: absoluteFile(process.env.DATABASE_URL || `file:${path.join(root, "data", "stepwise.db")}`),
  PORT: values.port ?? process.env.PORT ?? "3000",
  // Not the shell's HOSTNAME (the machine's name): every interface, as `next start` listens.
  HOSTNAME: process.env.STEPWISE_LISTEN ?? "0.0.0.0",
  ...(process.env.STEPWISE_KUBECONFIG
    ? { STEPWISE_KUBECONFIG: path.resolve(root, process.env.STEPWISE_KUBECONFIG) }
    : {}),
};
const server = spawn(process.execPath, [path.join(root, ".next", "standalone", "server.js")], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
