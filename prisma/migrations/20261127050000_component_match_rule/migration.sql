-- How discovery finds a component running: a rule the team sets, or "" to follow the one its name suggests.
ALTER TABLE "Component" ADD COLUMN "matchKind" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Component" ADD COLUMN "matchValue" TEXT NOT NULL DEFAULT '';
