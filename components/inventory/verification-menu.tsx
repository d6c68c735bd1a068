"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { TONES } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { VERIFICATION_TONES } from "@/components/campaigns/verification-tones";
import type { VerificationView } from "@/lib/campaigns/types";
import {
  NEEDS_REASON,
  VERIFICATION_LABELS,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from "@/lib/campaigns/vocabulary";
import { formatMoment } from "@/lib/format";
import { cn } from "@/lib/utils";

/** "Verified 2.1.3, target now 2.1.4": why a tick no longer counts. */
export function staleText(verification: VerificationView, target: string | null): string | null {
  if (!verification.stale) return null;
  return `${VERIFICATION_LABELS[verification.status]} ${verification.verifiedVersion ?? "without a target"}, target now ${target ?? "none"}`;
}

/**
 * A verification ticked from the table. A status is saved only when a person picks it from the
 * menu (a native select saved on one arrow key); Failed and Skipped first ask why, in a dialog.
 * The menu is a popover in the top layer, so the table's scrolling never clips it. Its items and
 * the dialog are rendered once asked for: a table of 300 components would otherwise carry 900
 * menus and dialogs nobody opened.
 */
export function VerificationMenu({
  label,
  verification,
  target,
  warnings,
  onChoose,
}: {
  label: string;
  verification: VerificationView;
  target: string | null;
  /** Shown beside the button: what does not add up about this tick. */
  warnings?: ReactNode;
  onChoose: (status: VerificationStatus, note?: string) => void;
}) {
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [menuOpened, setMenuOpened] = useState(false);
  const [asking, setAsking] = useState<VerificationStatus | null>(null);
  const [reason, setReason] = useState("");
  const stale = staleText(verification, target);
  const who = verification.verifiedBy
    ? `${verification.verifiedBy.name}, ${verification.updatedAt ? formatMoment(verification.updatedAt) : ""}`
    : "Nobody yet";

  function choose(status: VerificationStatus) {
    menu.current?.hidePopover();
    if (NEEDS_REASON.includes(status)) {
      setAsking(status);
      setReason(status === verification.status ? verification.note : "");
      return;
    }
    if (status !== verification.status || verification.stale) onChoose(status);
  }

  // The dialog exists only while it asks: opened once it is in the page.
  useEffect(() => {
    if (asking && !dialog.current?.open) dialog.current?.showModal();
  }, [asking]);

  return (
    <div className="flex items-center gap-1">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        popoverTarget={menuId}
        onClick={() => setMenuOpened(true)}
        data-status={verification.status}
        title={[who, stale, verification.note].filter(Boolean).join("\n")}
        className={cn("menu-chip", TONES[stale ? "warning" : VERIFICATION_TONES[verification.status]])}
      >
        <span>
          {VERIFICATION_LABELS[verification.status]}
          {stale ? " · stale" : ""}
        </span>
      </button>
      {warnings}
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={label}
        className="m-0 w-40 rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200"
        onToggle={(event) => {
          // Placed under the button: popovers open in the top layer, not inside the cell.
          if ((event as unknown as ToggleEvent).newState !== "open" || !button.current || !menu.current) return;
          const rect = button.current.getBoundingClientRect();
          menu.current.style.position = "fixed";
          menu.current.style.top = `${Math.min(rect.bottom + 4, window.innerHeight - 200)}px`;
          menu.current.style.left = `${Math.min(rect.left, window.innerWidth - 170)}px`;
          menu.current.querySelector<HTMLButtonElement>('[aria-checked="true"]')?.focus();
        }}
      >
        {menuOpened
          ? VERIFICATION_STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                role="menuitemradio"
                aria-checked={status === verification.status}
                onClick={() => choose(status)}
                className={cn(
                  "block w-full rounded px-2 py-1.5 text-left text-xs hover:bg-slate-100 focus:bg-slate-100 focus:outline-none",
                  status === verification.status && "font-semibold",
                )}
              >
                {VERIFICATION_LABELS[status]}
                {NEEDS_REASON.includes(status) ? "…" : ""}
              </button>
            ))
          : null}
      </div>
      {asking ? (
        <dialog
          ref={dialog}
          aria-label={`${VERIFICATION_LABELS[asking]}: ${label}`}
          className="m-auto w-full max-w-sm rounded-lg p-0 shadow-xl backdrop:bg-slate-900/30"
          onClose={() => setAsking(null)}
        >
          <form
            method="dialog"
            className="space-y-3 p-4"
            onSubmit={(event) => {
              if (!reason.trim()) {
                event.preventDefault();
                return;
              }
              onChoose(asking, reason.trim());
            }}
          >
            <p className="text-sm font-semibold text-slate-900">
              {asking === "failed" ? "What failed" : "Why skip"}: {label}
            </p>
            <Field
              label={asking === "failed" ? "What failed" : "Why it is skipped"}
              hint="Needed: others act on it. Say what you saw, with a link to the run or the PR (Markdown)."
            >
              {(control) => (
                <Textarea
                  {...control}
                  autoFocus
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  className="min-h-20 font-sans"
                />
              )}
            </Field>
            <div className="flex justify-end gap-2">
              <Button variant="ghost" size="sm" onClick={() => dialog.current?.close()}>
                Cancel
              </Button>
              <Button
                type="submit"
                size="sm"
                variant={asking === "failed" ? "danger" : "primary"}
                disabled={!reason.trim()}
              >
                Mark {VERIFICATION_LABELS[asking]}
              </Button>
            </div>
          </form>
        </dialog>
      ) : null}
    </div>
  );
}
