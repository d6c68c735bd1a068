-- Voting rules per retrospective: a budget of votes per person, and counts optionally hidden until
-- the lead reveals them.
ALTER TABLE "Retrospective" ADD COLUMN "voteBudget" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Retrospective" ADD COLUMN "votesHidden" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Retrospective" ADD COLUMN "votesRevealedAt" DATETIME;

-- Each vote takes one of its voter's numbered slots (1..budget) in the retrospective: a unique key
-- on the slot keeps the budget in the database, even for votes sent in parallel.
ALTER TABLE "RetroVote" ADD COLUMN "retrospectiveId" TEXT NOT NULL DEFAULT '';
ALTER TABLE "RetroVote" ADD COLUMN "slot" INTEGER NOT NULL DEFAULT 0;
UPDATE "RetroVote" SET "retrospectiveId" = (
  SELECT "retrospectiveId" FROM "RetroCard" WHERE "RetroCard"."id" = "RetroVote"."cardId"
);
UPDATE "RetroVote" SET "slot" = (
  SELECT COUNT(*) FROM "RetroVote" AS earlier
  WHERE earlier."retrospectiveId" = "RetroVote"."retrospectiveId"
    AND earlier."memberId" = "RetroVote"."memberId"
    AND (earlier."createdAt" < "RetroVote"."createdAt"
      OR (earlier."createdAt" = "RetroVote"."createdAt" AND earlier."id" <= "RetroVote"."id"))
);
-- Votes cast before budgets existed may exceed one: they are kept (over budget) rather than lost.
CREATE UNIQUE INDEX "RetroVote_retrospectiveId_memberId_slot_key" ON "RetroVote"("retrospectiveId", "memberId", "slot");

-- Who is typing a card right now (refreshed every few seconds while a draft is open), so the lead
-- is warned before closing the retrospective under someone's hands.
CREATE TABLE "RetroDraft" (
    "retrospectiveId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("retrospectiveId", "memberId"),
    CONSTRAINT "RetroDraft_retrospectiveId_fkey" FOREIGN KEY ("retrospectiveId") REFERENCES "Retrospective" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RetroDraft_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
