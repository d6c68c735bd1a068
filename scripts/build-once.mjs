// `npm start` builds the app only when there is no build yet or the sources changed since,
// so the README's one command works on a fresh clone and restarts stay fast.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "package.json",
  "next.config.ts",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
];
const BUILD_MARK = path.join(".next", "BUILD_ID");

function newestChange(entry) {
  if (!existsSync(entry) || entry.endsWith("generated")) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

// The standalone server is what runs: a build without it (an older layout) is no build.
const built = existsSync(BUILD_MARK) && existsSync(".next/standalone/server.js") ? statSync(BUILD_MARK).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestChange))) {
  console.log("[stepwise] building the app (first start or sources changed) ...");
  execSync("npm run build", { stdio: "inherit" });
} else {
  console.log("[stepwise] build is up to date");
}
