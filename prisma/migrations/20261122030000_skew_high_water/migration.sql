-- The largest skew the live view saw per cluster and campaign, for the retrospective.
-- CreateTable
CREATE TABLE "SkewHighWater" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "clusterName" TEXT NOT NULL,
    "minors" INTEGER NOT NULL,
    "nodeName" TEXT NOT NULL,
    "kubeletVersion" TEXT NOT NULL,
    "apiserverVersion" TEXT NOT NULL,
    "observedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SkewHighWater_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SkewHighWater_campaignId_clusterName_key" ON "SkewHighWater"("campaignId", "clusterName");
