-- CreateTable
CREATE TABLE "ClusterCheckReading" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "clusterName" TEXT NOT NULL,
    "minor" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "since" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClusterCheckReading_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ClusterCheckReading_campaignId_clusterName_minor_key" ON "ClusterCheckReading"("campaignId", "clusterName", "minor");

