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

const built = existsSync(BUILD_MARK) ? statSync(BUILD_MARK).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestChange))) {
  console.log("[stepwise] building the app (first start or sources changed) ...");
  execSync("npx next build", { stdio: "inherit" });
} else {
  console.log("[stepwise] build is up to date");
}
