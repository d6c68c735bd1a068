-- A campaign has a status, and at most one runs: the live view and the skew records follow that
-- one instead of the campaign created last.
ALTER TABLE "Campaign" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'planned';
ALTER TABLE "Campaign" ADD COLUMN "startedAt" DATETIME;
ALTER TABLE "Campaign" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Campaign" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;

-- Existing data: finished campaigns are completed; the newest unfinished one is the one the live
-- view followed until now, so it keeps running.
UPDATE "Campaign" SET "status" = 'completed' WHERE "completedAt" IS NOT NULL;
UPDATE "Campaign" SET "status" = 'running', "startedAt" = "createdAt"
  WHERE "id" = (SELECT "id" FROM "Campaign" WHERE "completedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1);

-- The database, not only the code, keeps "at most one running" (SQLite and PostgreSQL alike).
CREATE UNIQUE INDEX "Campaign_one_running" ON "Campaign"("status") WHERE "status" = 'running';

ALTER TABLE "SkewHighWater" ADD COLUMN "environmentName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SkewHighWater" ADD COLUMN "violation" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "GateOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "GateOverride_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GateOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "GateOverride_campaignId_environmentId_checkId_idx" ON "GateOverride"("campaignId", "environmentId", "checkId");

CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'gate:read',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
