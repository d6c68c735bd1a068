// `npm run db:schemas`: writes PostgreSQL's Prisma schema from prisma/schema.prisma (see lib/database/postgres-schema.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { POSTGRES_SCHEMA_PATH, postgresSchemaOf } from "../lib/database/postgres-schema";

writeFileSync(POSTGRES_SCHEMA_PATH, postgresSchemaOf(readFileSync("prisma/schema.prisma", "utf8")));
console.log(`wrote ${POSTGRES_SCHEMA_PATH}`);
