"use client";

import Link from "next/link";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { readMentionAction } from "@/lib/comments/actions";
import type { MentionView } from "@/lib/comments/queries";
import { timeAgo } from "@/lib/format";

/** Where someone asked for this member by name: listed until read. */
export function MentionsCard({ mentions }: { mentions: MentionView[] }) {
  const { pending, failure, run, reload } = useServerAction();
  return (
    <Card aria-label="Mentions">
      <CardHeader title="Mentions" description="Comments that name you, until you mark them read." />
      <CardBody className="space-y-2">
        <FailureAlert failure={failure} onReload={reload} />
        <ul className="divide-y divide-slate-100 text-sm">
          {mentions.map((mention) => (
            <li key={mention.commentId} className="flex items-start justify-between gap-3 py-2">
              <span>
                <span className="text-xs text-slate-500">
                  {mention.by?.name ?? "Someone"} on{" "}
                  <Link
                    href={`/campaigns/${mention.component.campaignId}/components/${mention.component.id}`}
                    className="font-medium text-indigo-700 hover:underline"
                  >
                    {mention.component.name}
                  </Link>
                  , {timeAgo(mention.createdAt)}
                </span>
                <span className="block text-slate-700">{mention.excerpt}</span>
              </span>
              <Button
                size="sm"
                variant="ghost"
                pending={pending}
                onClick={() => run(() => readMentionAction({ commentId: mention.commentId }))}
              >
                Mark read
              </Button>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
