import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * Migrates one real SQLite file with the project's own migrations, once per run.
 * Each test file then works on its own copy (setup-database.ts).
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-test-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  project.provide("databaseTemplate", template);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}
