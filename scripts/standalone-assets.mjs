// After `next build`: the standalone server serves the static assets and public files it is given
// beside it (Next leaves copying them to the deployer), so `npm run build` copies them.
import { cpSync, rmSync } from "node:fs";

for (const [from, to] of [
  [".next/static", ".next/standalone/.next/static"],
  ["public", ".next/standalone/public"],
]) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
console.log("[stepwise] standalone build ready: .next/standalone/server.js");
