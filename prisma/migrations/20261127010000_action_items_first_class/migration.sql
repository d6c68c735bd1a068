-- An action item is one record from its retrospective until it is closed, wherever it is closed:
-- no more per-campaign checklist copies that could disagree with their source.
ALTER TABLE "ActionItem" ADD COLUMN "doneById" TEXT REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A copy ticked in a later campaign closes its source, so nothing ticked is lost.
UPDATE "ActionItem" SET "doneAt" = (
  SELECT MIN("doneAt") FROM "ChecklistItem"
  WHERE "ChecklistItem"."sourceActionItemId" = "ActionItem"."id" AND "ChecklistItem"."doneAt" IS NOT NULL
) WHERE "doneAt" IS NULL AND EXISTS (
  SELECT 1 FROM "ChecklistItem"
  WHERE "ChecklistItem"."sourceActionItemId" = "ActionItem"."id" AND "ChecklistItem"."doneAt" IS NOT NULL
);

DROP TABLE "ChecklistItem";
