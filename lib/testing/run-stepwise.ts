import { execFile } from "node:child_process";

/** `npx stepwise ...args` as a real process (tsx compiles it: seconds), with standard input when given. */
export function runStepwise(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["scripts/stepwise.mjs", ...args],
      { timeout: 30_000, env: options.env ?? process.env },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? -1) : 0;
        resolve({ code: typeof code === "number" ? code : -1, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}
