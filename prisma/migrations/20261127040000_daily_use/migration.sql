-- Daily use: the users' release notes as a published page, the Prd strategy they describe, a
-- calendar feed per campaign, and notifications (an outbox per recipient, webhooks, each
-- member's e-mail choices, and the gate verdicts last seen so a change is told once).
-- Columns are added in place: redefining Campaign would drop the "one running campaign" index.
ALTER TABLE "TeamMember" ADD COLUMN "emailEvents" TEXT NOT NULL DEFAULT 'assigned,verification-failed,step-due,gate-changed,retrospective-open';
ALTER TABLE "Campaign" ADD COLUMN "prdStrategy" TEXT NOT NULL DEFAULT 'in-place';
ALTER TABLE "Campaign" ADD COLUMN "calendarToken" TEXT;
CREATE UNIQUE INDEX "Campaign_calendarToken_key" ON "Campaign"("calendarToken");

-- CreateTable
CREATE TABLE "UsersReleaseNotes" (
    "campaignId" TEXT NOT NULL PRIMARY KEY,
    "draft" TEXT NOT NULL,
    "published" TEXT,
    "publishedAt" DATETIME,
    "publishedById" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsersReleaseNotes_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "UsersReleaseNotes_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GateState" (
    "campaignId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("campaignId", "environmentId"),
    CONSTRAINT "GateState_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "events" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "event" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "memberId" TEXT,
    "webhookId" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "Notification_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupKey_key" ON "Notification"("dedupKey");
CREATE INDEX "Notification_status_nextAttemptAt_idx" ON "Notification"("status", "nextAttemptAt");
