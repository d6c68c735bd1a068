"use client";

import Link from "next/link";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { SignedInMember } from "@/lib/auth/member";
import { actionItemRefusal, may } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format";
import { closeActionItemAction } from "@/lib/retrospectives/actions";
import type { ActionItemView } from "@/lib/retrospectives/types";

/**
 * Open action items with where they came from, due date first: a Try is not forgotten for a
 * year. Closing one here closes it at its retrospective and in its exports (it is one record).
 */
export function ActionItemsCard({
  title,
  description,
  items,
  member,
  now = new Date(),
}: {
  title: string;
  description: string;
  items: ActionItemView[];
  member: SignedInMember;
  now?: Date;
}) {
  const { pending, failure, run, reload } = useServerAction();
  return (
    <Card aria-label={title}>
      <CardHeader title={title} description={description} />
      <CardBody className="space-y-2">
        <FailureAlert failure={failure} onReload={reload} />
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Open action items">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <span>
                <span className="font-medium text-slate-800">{item.title}</span>
                <span className="block text-xs text-slate-500">
                  {item.owner?.name ?? "no owner"}
                  {item.dueDate ? ` · due ${formatDay(item.dueDate)}` : ""} · from{" "}
                  <Link
                    href={`/campaigns/${item.source.campaignId}/retrospective`}
                    className="text-indigo-700 hover:underline"
                  >
                    {item.source.campaignName}
                  </Link>
                </span>
              </span>
              <span className="flex items-center gap-2">
                {item.dueDate && item.dueDate < now ? <Badge tone="danger">Overdue</Badge> : null}
                {may(actionItemRefusal(member, item.owner?.id ?? null)) ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    pending={pending}
                    aria-label={`Close ${item.title}`}
                    onClick={() => run(() => closeActionItemAction({ actionItemId: item.id, done: true }))}
                  >
                    Close
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
