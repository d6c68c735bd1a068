"use client";

import { ThumbsUp } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { OwnerSelect } from "@/components/inventory/owner-select";
import type { ActionResult } from "@/lib/mutations/result";
import { actionItemRefusal, leadOnly, may, teamWriteRefusal } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format";
import {
  closeActionItemAction,
  deleteCardAction,
  editCardAction,
  makeActionItemAction,
  mergeCardsAction,
  removeCardAction,
  toggleVoteAction,
  unmergeCardAction,
} from "@/lib/retrospectives/actions";
import type { ActionItemView, RetroCardView } from "@/lib/retrospectives/types";
import { cn } from "@/lib/utils";
import type { SignedInMember } from "@/lib/auth/member";
import type { TeamMemberView } from "@/lib/team/types";

/** Sends a change; `onSuccess` runs only once the server took it, so a refused form keeps what was typed. */
type Change = (run: () => Promise<ActionResult<unknown>>, onSuccess?: () => void) => void;

export function RetroCard({
  card,
  siblings,
  me,
  team,
  closed,
  change,
}: {
  card: RetroCardView;
  siblings: RetroCardView[];
  me: SignedInMember;
  team: TeamMemberView[];
  closed: boolean;
  change: Change;
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(card.body);
  const [planning, setPlanning] = useState(false);
  const [merging, setMerging] = useState(false);
  const [mergeTarget, setMergeTarget] = useState("");
  const [title, setTitle] = useState(card.body.split("\n")[0]?.slice(0, 200) ?? "");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState("");
  const mine = card.author?.id === me.id;
  const writable = !closed && may(teamWriteRefusal(me));

  return (
    <li className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="retro-card">
      {editing ? (
        <div className="space-y-2">
          <Textarea
            aria-label="Card text"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={4}
            className="font-sans text-sm"
          />
          <div className="flex gap-2">
            <Button
              size="sm"
              onClick={() => {
                change(() => editCardAction({ cardId: card.id, body, revision: card.revision }));
                setEditing(false);
              }}
            >
              Save
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Markdown className="text-sm">{card.body}</Markdown>
      )}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>{card.author?.name ?? "someone"}</span>
        <button
          type="button"
          aria-pressed={card.votedByMe}
          aria-label={
            card.votes === null
              ? `Vote for this card (counts hidden${card.votedByMe ? "; you voted" : ""})`
              : `Vote for this card (${card.votes} vote${card.votes === 1 ? "" : "s"})`
          }
          disabled={!writable}
          onClick={() => change(() => toggleVoteAction({ cardId: card.id }))}
          className={cn(
            "inline-flex items-center gap-1 rounded-full px-2 py-0.5 font-medium ring-1 ring-inset disabled:opacity-60",
            card.votedByMe
              ? "bg-indigo-600 text-white ring-indigo-600"
              : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
          )}
        >
          <ThumbsUp className="size-3" aria-hidden /> <span data-testid="votes">{card.votes ?? "?"}</span>
        </button>
      </div>
      {card.mergedCards.length > 0 ? (
        <ul className="mt-2 space-y-1.5 border-l-2 border-slate-200 pl-2" aria-label="Merged into this card">
          {card.mergedCards.map((merged) => (
            <li key={merged.id} className="text-xs text-slate-600">
              <Markdown className="text-xs text-slate-600">{merged.body}</Markdown>
              <span className="flex items-center justify-between gap-2 text-slate-500">
                {merged.author?.name ?? "someone"}
                {writable ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Undo the merge of ${merged.body.slice(0, 40)}`}
                    onClick={() => change(() => unmergeCardAction({ cardId: merged.id }))}
                  >
                    Undo merge
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {card.actionItem ? <ActionItemLine item={card.actionItem} me={me} change={change} /> : null}
      {writable ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5 border-t border-slate-100 pt-2">
          {mine && !editing ? (
            <>
              <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() =>
                  window.confirm("Delete this card?") && change(() => deleteCardAction({ cardId: card.id }))
                }
              >
                Delete
              </Button>
            </>
          ) : null}
          {siblings.length > 0 && !merging ? (
            <Button size="sm" variant="ghost" onClick={() => setMerging(true)}>
              Merge…
            </Button>
          ) : null}
          {may(leadOnly(me, "remove cards")) ? (
            <Button
              size="sm"
              variant="ghost"
              onClick={() =>
                window.confirm("Remove this card from the board? It is logged, with its text.") &&
                change(() => removeCardAction({ cardId: card.id }))
              }
            >
              Remove
            </Button>
          ) : null}
          {may(leadOnly(me, "turn a Try into an action item")) && card.column === "try" ? (
            <Button size="sm" variant="secondary" onClick={() => setPlanning((open) => !open)}>
              {card.actionItem ? "Edit action" : "Make action item"}
            </Button>
          ) : null}
        </div>
      ) : null}
      {merging ? (
        <form
          className="mt-2 space-y-2 rounded-md bg-slate-50 p-2"
          aria-label="Merge this card"
          onSubmit={(event) => {
            event.preventDefault();
            if (!mergeTarget) return;
            change(
              () => mergeCardsAction({ sourceId: card.id, targetId: mergeTarget }),
              () => setMerging(false),
            );
          }}
        >
          <Select
            aria-label="Merge into"
            className="h-8 text-xs"
            value={mergeTarget}
            onChange={(e) => setMergeTarget(e.target.value)}
          >
            <option value="">Choose the card that says the same…</option>
            {siblings.map((sibling) => (
              <option key={sibling.id} value={sibling.id}>
                {sibling.body.slice(0, 60)}
              </option>
            ))}
          </Select>
          <p className="text-xs text-slate-500">
            This card shows under the one you choose; its votes count there. Undo any time.
          </p>
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={!mergeTarget}>
              Merge
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMerging(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {planning ? (
        <form
          className="mt-2 space-y-2"
          aria-label="Action item"
          onSubmit={(event) => {
            event.preventDefault();
            change(
              () => makeActionItemAction({ cardId: card.id, title, ownerId, dueDate }),
              () => setPlanning(false),
            );
          }}
        >
          <Input
            aria-label="What will be done"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            className="h-8 text-xs"
          />
          <div className="flex gap-2">
            <OwnerSelect
              team={team}
              value={ownerId}
              onChange={setOwnerId}
              label="Action owner"
              className="h-8 text-xs"
            />
            <Input
              aria-label="Due date"
              type="date"
              value={dueDate}
              onChange={(e) => setDueDate(e.target.value)}
              className="h-8 text-xs"
            />
          </div>
          <Button type="submit" size="sm">
            Save action item
          </Button>
        </form>
      ) : null}
    </li>
  );
}

/** The action item a Try became: open or closed (by whom, when), closable by its owner or the lead even after the meeting. */
function ActionItemLine({ item, me, change }: { item: ActionItemView; me: SignedInMember; change: Change }) {
  const done = item.doneAt !== null;
  return (
    <div
      className={cn(
        "mt-2 flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-1.5 text-xs ring-1",
        done ? "bg-slate-50 text-slate-600 ring-slate-200" : "bg-emerald-50 text-emerald-900 ring-emerald-200",
      )}
    >
      <span>
        <Badge tone={done ? "neutral" : "success"}>{done ? "Done" : "Action"}</Badge>{" "}
        <span className={done ? "line-through" : undefined}>{item.title}</span>
        {item.owner ? ` · ${item.owner.name}` : ""}
        {item.dueDate ? ` · due ${formatDay(item.dueDate)}` : ""}
        {done ? ` · closed ${formatDay(item.doneAt)}${item.doneBy ? ` by ${item.doneBy.name}` : ""}` : ""}
      </span>
      {may(actionItemRefusal(me, item.owner?.id ?? null)) ? (
        <Button
          size="sm"
          variant="ghost"
          aria-label={`${done ? "Reopen" : "Close"} ${item.title}`}
          onClick={() => change(() => closeActionItemAction({ actionItemId: item.id, done: !done }))}
        >
          {done ? "Reopen" : "Close"}
        </Button>
      ) : null}
    </div>
  );
}
