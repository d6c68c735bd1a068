"use client";

import { AlertTriangle } from "lucide-react";
import { useState } from "react";
import { Markdown } from "@/components/ui/markdown";
import { useVerificationWarnings } from "./use-inventory";
import { staleText } from "./verification-menu";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { VERIFICATION_TONES } from "@/components/campaigns/verification-tones";
import { setVerificationAction } from "@/lib/campaigns/actions";
import { verificationOf } from "@/lib/campaigns/progress";
import type { ComponentView, VerificationView } from "@/lib/campaigns/types";
import {
  NEEDS_REASON,
  VERIFICATION_LABELS,
  VERIFICATION_STATUSES,
  type VerificationStatus,
} from "@/lib/campaigns/vocabulary";
import { formatMoment } from "@/lib/format";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import type { EnvironmentView } from "@/lib/environments/types";

export function VerificationPanel({
  component,
  environments,
  canVerify,
}: {
  component: ComponentView;
  environments: EnvironmentView[];
  canVerify: boolean;
}) {
  const warnings = useVerificationWarnings(component, environments);
  return (
    <ul className="divide-y divide-slate-100">
      {environments.map((environment) => {
        const verification = verificationOf(component, environment.id);
        const summary = {
          environment,
          verification,
          target: component.targetVersion,
          warnings: warnings[environment.id] ?? [],
        };
        return (
          <li key={environment.id} className="py-3 first:pt-0 last:pb-0">
            {canVerify ? (
              <EnvironmentVerification
                key={`${environment.id}-${verification.revision}`}
                component={component}
                summary={summary}
              />
            ) : (
              <RecordedVerification summary={summary} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

type SummaryProps = {
  environment: EnvironmentView;
  verification: VerificationView;
  target: string | null;
  warnings: string[];
};

function VerificationSummary({
  environment,
  verification,
  target,
  warnings,
}: {
  environment: EnvironmentView;
  verification: VerificationView;
  target: string | null;
  warnings: string[];
}) {
  const stale = staleText(verification, target);
  return (
    <>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">{environment.name}</span>
        <Badge tone={stale ? "warning" : VERIFICATION_TONES[verification.status]}>
          {VERIFICATION_LABELS[verification.status]}
          {stale ? " · stale" : ""}
        </Badge>
      </div>
      <p className="text-xs text-slate-500">
        {verification.verifiedBy && verification.updatedAt
          ? `${verification.verifiedBy.name}, ${formatMoment(verification.updatedAt)}`
          : "Nobody has recorded anything here yet."}
        {verification.verifiedVersion && !stale ? ` · for ${verification.verifiedVersion}` : ""}
      </p>
      {stale ? <p className="text-xs text-amber-800">{stale}: it no longer counts as settled.</p> : null}
      {warnings.map((warning) => (
        <p key={warning} className="flex gap-1 text-xs text-amber-800">
          <AlertTriangle className="mt-px size-3.5 shrink-0" aria-hidden /> {warning}
        </p>
      ))}
      {verification.note ? <Markdown className="text-xs text-slate-700">{verification.note}</Markdown> : null}
    </>
  );
}

/** For those who may not tick it: what was recorded, and nothing to press. */
function RecordedVerification({ summary }: { summary: SummaryProps }) {
  const { environment } = summary;
  return (
    <div role="group" aria-label={`Verification on ${environment.name}`} className="space-y-2">
      <VerificationSummary {...summary} />
    </div>
  );
}

function EnvironmentVerification({ component, summary }: { component: ComponentView; summary: SummaryProps }) {
  const { environment, verification } = summary;
  const [status, setStatus] = useState<VerificationStatus>(verification.status);
  const [note, setNote] = useState(verification.note);
  const { pending, failure, run, reload, fieldError } = useServerAction();
  const changed = status !== verification.status || note !== verification.note;

  return (
    <form
      aria-label={`Verification on ${environment.name}`}
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(() =>
          setVerificationAction({
            componentId: component.id,
            environmentId: environment.id,
            status,
            note,
            revision: verification.revision,
          }),
        );
      }}
    >
      <VerificationSummary {...summary} />
      <FailureAlert failure={failure} onReload={reload} />
      <div className="flex gap-2">
        <Select
          aria-label={`Status on ${environment.name}`}
          value={status}
          onChange={(e) => {
            const next = e.target.value as VerificationStatus;
            setStatus(next);
            // The note described the old status: start afresh, or take the saved one back with it.
            setNote(next === verification.status ? verification.note : "");
          }}
          className="h-8 text-xs"
        >
          {VERIFICATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {VERIFICATION_LABELS[value]}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm" pending={pending} disabled={!changed}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <Field label={<span className="sr-only">Note on {environment.name}</span>} error={fieldError("note")}>
        {(control) => (
          <Textarea
            {...control}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            placeholder={
              NEEDS_REASON.includes(status)
                ? `Why ${status === "failed" ? "it failed" : "it is skipped"} (needed), in Markdown`
                : "What was checked, links to the PR or the test run (Markdown)"
            }
            className="min-h-14 font-sans text-xs"
          />
        )}
      </Field>
    </form>
  );
}
