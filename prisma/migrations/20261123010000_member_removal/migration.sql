-- Members the lead removed from the team keep their name on the history but can no longer sign in.
ALTER TABLE "TeamMember" ADD COLUMN "deactivatedAt" DATETIME;
