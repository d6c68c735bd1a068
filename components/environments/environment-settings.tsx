"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useServerAction } from "@/components/forms/use-server-action";
import { addEnvironmentAction, renameEnvironmentAction } from "@/lib/environments/actions";
import type { EnvironmentView } from "@/lib/environments/types";

/** The promotion path, in order. Renaming keeps every verification; a new environment goes last. */
export function EnvironmentSettings({ environments, canManage }: { environments: EnvironmentView[]; canManage: boolean }) {
  return (
    <div className="space-y-4">
      <ol className="space-y-2">
        {environments.map((environment, index) => (
          <li key={`${environment.id}-${environment.name}`} className="flex items-start gap-2">
            <span className="mt-2 w-5 text-xs text-slate-400 tabular-nums">{index + 1}.</span>
            {canManage ? <EnvironmentName environment={environment} /> : <span className="mt-1.5 text-sm">{environment.name}</span>}
          </li>
        ))}
      </ol>
      {canManage ? <NewEnvironment /> : null}
    </div>
  );
}

function EnvironmentName({ environment }: { environment: EnvironmentView }) {
  const [name, setName] = useState(environment.name);
  const { pending, failure, run, reload, fieldError } = useServerAction();
  return (
    <form
      className="flex-1 space-y-1"
      aria-label={`Rename ${environment.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        run(() => renameEnvironmentAction({ environmentId: environment.id, name }));
      }}
    >
      <div className="flex items-start gap-2">
        <Field label={<span className="sr-only">Name of {environment.name}</span>} error={fieldError("name")} className="flex-1">
          {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} className="h-8" />}
        </Field>
        <Button type="submit" size="sm" variant="secondary" disabled={pending || name.trim() === environment.name}>
          Rename
        </Button>
      </div>
      {failure && !failure.fieldErrors ? <FailureAlert failure={failure} onReload={reload} /> : null}
    </form>
  );
}

function NewEnvironment() {
  const [name, setName] = useState("");
  const { pending, failure, run, reload, fieldError } = useServerAction();
  return (
    <form
      aria-label="Add an environment"
      className="space-y-1 border-t border-slate-100 pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => addEnvironmentAction({ name }), () => setName(""));
      }}
    >
      <div className="flex items-end gap-2">
        <Field label="New environment (goes last)" error={fieldError("name")} className="flex-1">
          {(control) => <Input {...control} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Prd-EU" className="h-8" />}
        </Field>
        <Button type="submit" size="sm" disabled={pending}>
          Add
        </Button>
      </div>
      {failure && !failure.fieldErrors ? <FailureAlert failure={failure} onReload={reload} /> : null}
    </form>
  );
}
