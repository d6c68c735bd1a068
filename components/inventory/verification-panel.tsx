"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { VERIFICATION_TONES } from "@/components/campaigns/verification-tones";
import { setVerificationAction } from "@/lib/campaigns/actions";
import { verificationOf } from "@/lib/campaigns/progress";
import type { ComponentView, VerificationView } from "@/lib/campaigns/types";
import { VERIFICATION_LABELS, VERIFICATION_STATUSES, type VerificationStatus } from "@/lib/campaigns/vocabulary";
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
  return (
    <ul className="divide-y divide-slate-100">
      {environments.map((environment) => (
        <li key={environment.id} className="py-3 first:pt-0 last:pb-0">
          {canVerify ? (
            <EnvironmentVerification
              key={`${environment.id}-${verificationOf(component, environment.id).revision}`}
              component={component}
              environment={environment}
            />
          ) : (
            <RecordedVerification environment={environment} verification={verificationOf(component, environment.id)} />
          )}
        </li>
      ))}
    </ul>
  );
}

function VerificationSummary({
  environment,
  verification,
}: {
  environment: EnvironmentView;
  verification: VerificationView;
}) {
  return (
    <>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium">{environment.name}</span>
        <Badge tone={VERIFICATION_TONES[verification.status]}>{VERIFICATION_LABELS[verification.status]}</Badge>
      </div>
      <p className="text-xs text-slate-500">
        {verification.verifiedBy && verification.updatedAt
          ? `${verification.verifiedBy.name}, ${formatMoment(verification.updatedAt)}`
          : "Nobody has recorded anything here yet."}
      </p>
    </>
  );
}

/** For those who may not tick it: what was recorded, and nothing to press. */
function RecordedVerification({
  environment,
  verification,
}: {
  environment: EnvironmentView;
  verification: VerificationView;
}) {
  return (
    <div role="group" aria-label={`Verification on ${environment.name}`} className="space-y-2">
      <VerificationSummary environment={environment} verification={verification} />
      {verification.note ? <p className="text-xs whitespace-pre-wrap text-slate-700">{verification.note}</p> : null}
    </div>
  );
}

function EnvironmentVerification({
  component,
  environment,
}: {
  component: ComponentView;
  environment: EnvironmentView;
}) {
  const verification = verificationOf(component, environment.id);
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
      <VerificationSummary environment={environment} verification={verification} />
      <FailureAlert failure={failure} onReload={reload} />
      <div className="flex gap-2">
        <Select
          aria-label={`Status on ${environment.name}`}
          value={status}
          onChange={(e) => setStatus(e.target.value as VerificationStatus)}
          className="h-8 text-xs"
        >
          {VERIFICATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {VERIFICATION_LABELS[value]}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm" disabled={pending || !changed}>
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
            placeholder="What was checked, links to the PR or the test run"
            className="min-h-14 font-sans text-xs"
          />
        )}
      </Field>
    </form>
  );
}
