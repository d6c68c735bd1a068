-- A conversation per component: Markdown comments with the pull request and the test run they
-- are about, and @mentions listed on the mentioned member's home page until read.
CREATE TABLE "ComponentComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "componentId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "pullRequestUrl" TEXT NOT NULL DEFAULT '',
    "testRunUrl" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComponentComment_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComponentComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "TeamMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "ComponentComment_componentId_createdAt_idx" ON "ComponentComment"("componentId", "createdAt");

CREATE TABLE "CommentMention" (
    "commentId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "readAt" DATETIME,

    PRIMARY KEY ("commentId", "memberId"),
    CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "ComponentComment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommentMention_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "TeamMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CommentMention_memberId_readAt_idx" ON "CommentMention"("memberId", "readAt");
