/** Where PostgreSQL records the migrations Stepwise applied (lib/database/postgres-migrations.ts). */
export const POSTGRES_MIGRATIONS_TABLE = "_stepwise_migrations";
