"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { refusalMessage } from "@/components/forms/action-refused";
import { leadOnly, may, retrospectiveWriteRefusal } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format";
import { addCardAction, closeRetrospectiveAction } from "@/lib/retrospectives/actions";
import { KPT_COLUMNS, KPT_LABELS, type KptColumn } from "@/lib/retrospectives/schemas";
import type { RetrospectiveView } from "@/lib/retrospectives/types";
import { cn } from "@/lib/utils";
import { RetroCard } from "./retro-card";
import { useRetroChange, useRetrospective } from "./use-retrospective";
import type { SignedInMember } from "@/lib/auth/member";
import type { TeamMemberView } from "@/lib/team/types";

const COLUMN_STYLE: Record<KptColumn, string> = {
  keep: "bg-emerald-50/60 ring-emerald-200",
  problem: "bg-red-50/50 ring-red-200",
  try: "bg-sky-50/60 ring-sky-200",
};

export function RetroBoard({
  initial,
  me,
  team,
}: {
  initial: RetrospectiveView;
  me: SignedInMember;
  team: TeamMemberView[];
}) {
  const { data } = useRetrospective(initial.campaignId, initial);
  const retrospective = data ?? initial;
  const change = useRetroChange(initial.campaignId);
  const closed = retrospective.closedAt !== null;
  const run = (action: Parameters<typeof change.mutate>[0], onSuccess?: () => void) =>
    change.mutate(action, { onSuccess });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          {closed
            ? `Closed ${formatDay(retrospective.closedAt)}: read-only.`
            : "Write what to keep, what went wrong, and what to try next time. Cards from others appear as they are written."}
        </p>
        {!closed && may(leadOnly(me, "close the retrospective")) ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              window.confirm("Close the retrospective? It becomes read-only.") &&
              run(() => closeRetrospectiveAction({ campaignId: initial.campaignId }))
            }
          >
            Close the retrospective
          </Button>
        ) : null}
      </div>
      {change.error ? (
        <Alert
          tone="error"
          action={
            <Button size="sm" variant="ghost" onClick={() => change.reset()}>
              Dismiss
            </Button>
          }
        >
          {refusalMessage(change.error)}
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        {KPT_COLUMNS.map((column) => {
          const cards = retrospective.cards.filter((card) => card.column === column);
          return (
            <section
              key={column}
              aria-label={KPT_LABELS[column]}
              className={cn("space-y-3 rounded-xl p-3 ring-1", COLUMN_STYLE[column])}
            >
              <h2 className="flex items-center justify-between text-sm font-semibold text-slate-800">
                {KPT_LABELS[column]} <span className="text-xs font-normal text-slate-500">{cards.length}</span>
              </h2>
              {!closed && may(retrospectiveWriteRefusal(me)) ? (
                <NewCard
                  column={column}
                  onAdd={(body) => run(() => addCardAction({ campaignId: initial.campaignId, column, body }))}
                />
              ) : null}
              <ul className="space-y-2.5">
                {cards.map((card) => (
                  <RetroCard
                    key={`${card.id}-${card.revision}`}
                    card={card}
                    siblings={cards.filter((c) => c.id !== card.id)}
                    me={me}
                    team={team}
                    closed={closed}
                    change={run}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}

function NewCard({ column, onAdd }: { column: KptColumn; onAdd: (body: string) => void }) {
  const [body, setBody] = useState("");
  return (
    <form
      aria-label={`New ${KPT_LABELS[column]} card`}
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === "") return;
        onAdd(body);
        setBody("");
      }}
    >
      <Textarea
        aria-label={`New ${KPT_LABELS[column]} card`}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        placeholder="Markdown welcome"
        className="min-h-14 bg-white font-sans text-sm"
      />
      <Button type="submit" size="sm" disabled={body.trim() === ""}>
        Add card
      </Button>
    </form>
  );
}
