"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { addClusterAction } from "@/lib/fleet/actions";
import { addClusterSchema, type AddClusterInput } from "@/lib/fleet/schemas";
import type { EnvironmentView } from "@/lib/environments/types";

export function AddClusterForm({ environments, contexts }: { environments: EnvironmentView[]; contexts: string[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(addClusterSchema),
    defaultValues: { name: "", context: "", environmentId: environments[0]?.id ?? "" } satisfies AddClusterInput,
    action: addClusterAction,
    async onSuccess(_, { reset }) {
      reset();
      await queryClient.invalidateQueries({ queryKey: ["fleet"] });
      router.refresh();
    },
  });
  const { register, formState, setValue } = form;
  if (contexts.length === 0)
    return (
      <p className="text-sm text-slate-600">
        Every context of the server&apos;s kubeconfig is registered. Add contexts to the kubeconfig
        (STEPWISE_KUBECONFIG) to register more clusters.
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a cluster">
      <p className="text-sm font-medium">Add a cluster</p>
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <Field label="Kubeconfig context" error={formState.errors.context?.message}>
        {(control) => (
          <Select
            {...control}
            {...register("context", {
              onChange: (event: { target: { value: string } }) => setValue("name", event.target.value),
            })}
          >
            <option value="">Choose a context</option>
            {contexts.map((context) => (
              <option key={context} value={context}>
                {context}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Name" error={formState.errors.name?.message}>
          {(control) => <Input {...control} {...register("name")} />}
        </Field>
        <Field label="Environment" error={formState.errors.environmentId?.message}>
          {(control) => (
            <Select {...control} {...register("environmentId")}>
              {environments.map((environment) => (
                <option key={environment.id} value={environment.id}>
                  {environment.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" size="sm" pending={formState.isSubmitting}>
        Add cluster
      </Button>
    </form>
  );
}
