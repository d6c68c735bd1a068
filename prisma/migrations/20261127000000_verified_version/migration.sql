-- Each verification records the version it verified: the component's target at that moment. A
-- later change of target makes the tick stale instead of silently settled.
ALTER TABLE "Verification" ADD COLUMN "verifiedVersion" TEXT;

-- Existing ticks were made against the target they show today.
UPDATE "Verification" SET "verifiedVersion" = (
  SELECT "targetVersion" FROM "Component" WHERE "Component"."id" = "Verification"."componentId"
) WHERE "status" <> 'pending';
