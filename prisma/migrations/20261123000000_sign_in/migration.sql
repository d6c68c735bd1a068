-- Sign-in: local passwords, OIDC subjects, sessions, the sign-in rate limit and team settings.
ALTER TABLE "TeamMember" ADD COLUMN "passwordHash" TEXT;
ALTER TABLE "TeamMember" ADD COLUMN "oidcSubject" TEXT;
CREATE UNIQUE INDEX "TeamMember_oidcSubject_key" ON "TeamMember"("oidcSubject");

CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");
CREATE INDEX "Session_memberId_idx" ON "Session"("memberId");

CREATE TABLE "SignInFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "SignInFailure_email_createdAt_idx" ON "SignInFailure"("email", "createdAt");
CREATE INDEX "SignInFailure_address_createdAt_idx" ON "SignInFailure"("address", "createdAt");

CREATE TABLE "TeamSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY DEFAULT 1,
    "engineersVerifyOthers" BOOLEAN NOT NULL DEFAULT false,
    "demoAccounts" BOOLEAN NOT NULL DEFAULT false
);
