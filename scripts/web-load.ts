// What the web benchmarks share: a signed-in session made in the database, the standalone server
// started on a database, and a server action called as the browser calls it.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";

export const run = promisify(execFile);

/** A session for the member, as signing in makes one: the cookie's token (only its hash is stored). */
export async function sessionFor(memberId: string): Promise<string> {
  const { db } = await import("@/lib/db");
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      memberId,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return token;
}

export const cookieOf = (token: string) => ({ cookie: `stepwise_session=${token}` });

/**
 * Runs `script seed ...args` in a child (DATABASE_URL given, server-only code allowed) after
 * preparing the database, and returns what it printed after "SEEDED ".
 */
export async function seedIn<T>(script: string, env: NodeJS.ProcessEnv, args: string[]): Promise<T> {
  await run("npm", ["run", "--silent", "db:prepare"], { env });
  const { stdout } = await run(
    "npx",
    ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", script, "seed", ...args],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  const line = stdout.split("\n").find((text) => text.startsWith("SEEDED "));
  if (!line) throw new Error(`${script} seed printed nothing to use:\n${stdout}`);
  return JSON.parse(line.slice("SEEDED ".length)) as T;
}

/** The standalone server on `port`, once /readyz says the database is migrated. */
export async function startServer(
  port: string,
  env: Record<string, string>,
): Promise<{ base: string; server: ChildProcess }> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", port], {
    env: { ...process.env, ...env, STEPWISE_LISTEN: "127.0.0.1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i += 1) {
    if ((await fetch(`${base}/readyz`).catch(() => null))?.status === 200) return { base, server };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill("SIGTERM");
  throw new Error("The server did not become ready.");
}

/** The id Next gave the server action `exportedName`: what a browser sends in its Next-Action header. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in the build: run npm run build first.`);
  return found[0];
}

/** A server action called as the browser does (its arguments as a JSON array), with the time it took. */
export async function callAction(
  base: string,
  page: string,
  action: string,
  token: string,
  args: unknown[],
): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`${base}${page}`, {
    method: "POST",
    headers: {
      ...cookieOf(token),
      "Next-Action": action,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: base,
    },
    body: JSON.stringify(args),
  }).catch(() => null);
  // A server that dies mid-answer is a failed call (status 0), not a crash of the benchmark.
  const body = response ? await response.text().catch(() => null) : null;
  return { ms: performance.now() - started, status: body === null ? 0 : response!.status, body: body ?? "" };
}
