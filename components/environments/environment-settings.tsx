"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { addEnvironmentAction, renameEnvironmentAction } from "@/lib/environments/actions";
import {
  addEnvironmentSchema,
  renameEnvironmentSchema,
  type AddEnvironmentInput,
  type RenameEnvironmentInput,
} from "@/lib/environments/schemas";
import type { EnvironmentView } from "@/lib/environments/types";

/** The promotion path, in order. Renaming keeps every verification; a new environment goes last. */
export function EnvironmentSettings({
  environments,
  canManage,
}: {
  environments: EnvironmentView[];
  canManage: boolean;
}) {
  return (
    <div className="space-y-4">
      <ol className="space-y-2">
        {environments.map((environment, index) => (
          <li key={`${environment.id}-${environment.name}`} className="flex items-start gap-2">
            <span className="mt-2 w-5 text-xs text-slate-400 tabular-nums">{index + 1}.</span>
            {canManage ? (
              <EnvironmentName environment={environment} />
            ) : (
              <span className="mt-1.5 text-sm">{environment.name}</span>
            )}
          </li>
        ))}
      </ol>
      {canManage ? <NewEnvironment /> : null}
    </div>
  );
}

function EnvironmentName({ environment }: { environment: EnvironmentView }) {
  const router = useRouter();
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(renameEnvironmentSchema),
    defaultValues: { environmentId: environment.id, name: environment.name } satisfies RenameEnvironmentInput,
    action: renameEnvironmentAction,
    onSuccess: () => router.refresh(),
  });
  const { register, formState, watch } = form;
  return (
    <form className="flex-1 space-y-1" aria-label={`Rename ${environment.name}`} onSubmit={onSubmit} noValidate>
      <div className="flex items-start gap-2">
        <Field
          label={<span className="sr-only">Name of {environment.name}</span>}
          error={formState.errors.name?.message}
          className="flex-1"
        >
          {(control) => <Input {...control} {...register("name")} className="h-8" />}
        </Field>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={formState.isSubmitting || watch("name").trim() === environment.name}
        >
          Rename
        </Button>
      </div>
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
    </form>
  );
}

function NewEnvironment() {
  const router = useRouter();
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(addEnvironmentSchema),
    defaultValues: { name: "" } satisfies AddEnvironmentInput,
    action: addEnvironmentAction,
    onSuccess(_, { reset }) {
      reset();
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form
      aria-label="Add an environment"
      className="space-y-1 border-t border-slate-100 pt-4"
      onSubmit={onSubmit}
      noValidate
    >
      <div className="flex items-end gap-2">
        <Field label="New environment (goes last)" error={formState.errors.name?.message} className="flex-1">
          {(control) => <Input {...control} {...register("name")} placeholder="e.g. Prd-EU" className="h-8" />}
        </Field>
        <Button type="submit" size="sm" pending={formState.isSubmitting}>
          Add
        </Button>
      </div>
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
    </form>
  );
}
