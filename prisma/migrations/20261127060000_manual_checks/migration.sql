-- CreateTable
CREATE TABLE "ManualCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "tickedById" TEXT,
    "tickedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ManualCheck_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ManualCheck_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ManualCheck_tickedById_fkey" FOREIGN KEY ("tickedById") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ManualCheck_campaignId_environmentId_item_key" ON "ManualCheck"("campaignId", "environmentId", "item");

