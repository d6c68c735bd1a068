"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/field";
import { refusalMessage } from "@/components/forms/action-refused";
import { leadOnly, may, teamWriteRefusal } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format";
import {
  addCardAction,
  closeRetrospectiveAction,
  noteDraftAction,
  revealVotesAction,
  setVotingRulesAction,
} from "@/lib/retrospectives/actions";
import type { ActionResult } from "@/lib/mutations/result";
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
              run(async () => {
                const campaignId = initial.campaignId;
                const first = await closeRetrospectiveAction({ campaignId, force: false });
                const warning = first.ok ? undefined : first.fieldErrors?.force?.[0];
                if (first.ok || !warning) return first;
                // Someone is still typing: say who, and close only if the lead still wants to.
                return window.confirm(`${first.message} ${warning}`)
                  ? closeRetrospectiveAction({ campaignId, force: true })
                  : { ok: true as const, data: null };
              })
            }
          >
            Close the retrospective
          </Button>
        ) : null}
      </div>
      {!closed ? <VotingBar retrospective={retrospective} me={me} run={run} /> : null}
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
              {may(teamWriteRefusal(me)) ? (
                <NewCard
                  campaignId={initial.campaignId}
                  column={column}
                  closed={closed}
                  onAdd={(body, onSuccess) =>
                    run(() => addCardAction({ campaignId: initial.campaignId, column, body }), onSuccess)
                  }
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

const DRAFT_PING_MS = 8_000;

/**
 * A card being written. While it holds text the lead is told someone is writing (so closing
 * warns); if the retrospective closes meanwhile, the draft stays here to copy, never wiped.
 */
function NewCard({
  campaignId,
  column,
  closed,
  onAdd,
}: {
  campaignId: string;
  column: KptColumn;
  closed: boolean;
  onAdd: (body: string, onSuccess: () => void) => void;
}) {
  const [body, setBody] = useState("");
  const drafting = body.trim() !== "" && !closed;
  useEffect(() => {
    if (!drafting) return;
    const ping = () => void noteDraftAction({ campaignId, drafting: true });
    ping();
    const timer = setInterval(ping, DRAFT_PING_MS);
    return () => {
      clearInterval(timer);
      void noteDraftAction({ campaignId, drafting: false });
    };
  }, [campaignId, drafting]);
  if (closed && body.trim() === "") return null;
  return (
    <form
      aria-label={`New ${KPT_LABELS[column]} card`}
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === "" || closed) return;
        onAdd(body, () => setBody(""));
      }}
    >
      {closed ? (
        <p className="text-xs text-amber-800" role="status">
          The retrospective was closed while you wrote this: it is kept here for you to copy.
        </p>
      ) : null}
      <Textarea
        aria-label={`New ${KPT_LABELS[column]} card`}
        value={body}
        readOnly={closed}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        placeholder="Markdown welcome"
        className="min-h-14 bg-white font-sans text-sm"
      />
      {closed ? null : (
        <Button type="submit" size="sm" disabled={body.trim() === ""}>
          Add card
        </Button>
      )}
    </form>
  );
}

/** How many votes the viewer has left, and the lead's rules: the budget, hidden counts, the reveal. */
function VotingBar({
  retrospective,
  me,
  run,
}: {
  retrospective: RetrospectiveView;
  me: SignedInMember;
  run: (action: () => Promise<ActionResult<unknown>>) => void;
}) {
  const [budget, setBudget] = useState(String(retrospective.voteBudget));
  const [hidden, setHidden] = useState(retrospective.votesHidden);
  const campaignId = retrospective.campaignId;
  const isLead = may(leadOnly(me, "set the voting rules"));
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-white px-4 py-2 text-xs text-slate-600 ring-1 ring-slate-200">
      {may(teamWriteRefusal(me)) ? (
        <span data-testid="my-votes">
          You have used {retrospective.myVotes} of your {retrospective.voteBudget} votes.
        </span>
      ) : null}
      <span>
        {retrospective.votesVisible
          ? "Counts are shown; cards sort by votes."
          : "Counts are hidden until the lead reveals them."}
      </span>
      {isLead ? (
        <form
          aria-label="Voting rules"
          className="ml-auto flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => setVotingRulesAction({ campaignId, voteBudget: budget, votesHidden: hidden }));
          }}
        >
          <label className="flex items-center gap-1">
            Votes each
            <Input
              type="number"
              min={1}
              max={20}
              value={budget}
              onChange={(e) => setBudget(e.target.value)}
              className="h-7 w-16 text-xs"
            />
          </label>
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={hidden}
              onChange={(e) => setHidden(e.target.checked)}
              className="size-4 accent-indigo-600"
            />
            Hide counts
          </label>
          <Button type="submit" size="sm" variant="secondary">
            Save rules
          </Button>
          {retrospective.votesHidden && !retrospective.votesVisible ? (
            <Button size="sm" onClick={() => run(() => revealVotesAction({ campaignId }))}>
              Reveal the votes
            </Button>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
