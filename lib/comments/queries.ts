import "server-only";
import { db } from "@/lib/db";
import type { MemberRef } from "@/lib/auth/member";

export type CommentView = {
  id: string;
  body: string;
  author: MemberRef | null;
  pullRequestUrl: string;
  testRunUrl: string;
  mentioned: MemberRef[];
  createdAt: Date;
};

export async function listComments(componentId: string): Promise<CommentView[]> {
  const rows = await db.componentComment.findMany({
    where: { componentId },
    orderBy: { createdAt: "asc" },
    include: {
      author: { select: { id: true, name: true } },
      mentions: { include: { member: { select: { id: true, name: true } } } },
    },
  });
  return rows.map(({ mentions, componentId: _componentId, authorId: _authorId, ...row }) => ({
    ...row,
    mentioned: mentions.map((mention) => mention.member),
  }));
}

export type MentionView = {
  commentId: string;
  by: MemberRef | null;
  excerpt: string;
  createdAt: Date;
  component: { id: string; name: string; campaignId: string };
};

/** A member's unread mentions, newest first: their home page lists them until read. */
export async function unreadMentions(memberId: string): Promise<MentionView[]> {
  const rows = await db.commentMention.findMany({
    where: { memberId, readAt: null },
    include: {
      comment: {
        include: {
          author: { select: { id: true, name: true } },
          component: { select: { id: true, name: true, campaignId: true } },
        },
      },
    },
    orderBy: { comment: { createdAt: "desc" } },
  });
  return rows.map(({ comment }) => ({
    commentId: comment.id,
    by: comment.author,
    excerpt: comment.body.length > 140 ? `${comment.body.slice(0, 139)}…` : comment.body,
    createdAt: comment.createdAt,
    component: comment.component,
  }));
}
