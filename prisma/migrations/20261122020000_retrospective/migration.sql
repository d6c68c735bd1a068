-- The KPT retrospective, its votes and action items, and the checklist carried into the next campaign.
ALTER TABLE "Component" ADD COLUMN "userFacing" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Retrospective" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Retrospective_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RetroCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "retrospectiveId" TEXT NOT NULL,
    "column" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "mergedIntoId" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RetroCard_retrospectiveId_fkey" FOREIGN KEY ("retrospectiveId") REFERENCES "Retrospective" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RetroCard_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RetroVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cardId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RetroVote_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "RetroCard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RetroVote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "retrospectiveId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" TEXT,
    "dueDate" DATETIME,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActionItem_retrospectiveId_fkey" FOREIGN KEY ("retrospectiveId") REFERENCES "Retrospective" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "RetroCard" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "dueDate" DATETIME,
    "doneAt" DATETIME,
    "sourceActionItemId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChecklistItem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Retrospective_campaignId_key" ON "Retrospective"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "RetroVote_cardId_memberId_key" ON "RetroVote"("cardId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_cardId_key" ON "ActionItem"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_campaignId_sourceActionItemId_key" ON "ChecklistItem"("campaignId", "sourceActionItemId");
