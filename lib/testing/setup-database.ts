import { copyFileSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

// A fresh copy of the migrated template for every test file, set before lib/db.ts is imported.
const template = inject("databaseTemplate");
const file = path.join(path.dirname(template), `${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
