"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createCampaignAction } from "@/lib/campaigns/actions";
import { createCampaignSchema, type CreateCampaignInput } from "@/lib/campaigns/schemas";
import type { CampaignSummary } from "@/lib/campaigns/types";
import type { RunningComponent } from "@/lib/discovery/well-known";

export function NewCampaignForm({
  campaigns,
  running,
  today,
}: {
  campaigns: CampaignSummary[];
  /** Well-known components the clusters run, offered beside the carried-over inventory. */
  running: RunningComponent[];
  today: string;
}) {
  const router = useRouter();
  const latest = campaigns[0];
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(createCampaignSchema),
    defaultValues: {
      name: "",
      kubernetesFrom: latest?.kubernetesTo ?? "",
      kubernetesTo: "",
      startDate: today,
      maintenanceStart: "",
      maintenanceEnd: "",
      previousCampaignId: latest?.id ?? "",
      addRunning: [],
    } satisfies CreateCampaignInput,
    action: createCampaignAction,
    onSuccess: ({ id }) => router.push(`/campaigns/${id}`),
  });
  const { register, formState, setValue } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="New campaign">
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <Field label="Campaign name" error={errors.name?.message}>
        {(control) => <Input {...control} {...register("name")} placeholder="e.g. 2026 upgrade: 1.34 → 1.37" />}
      </Field>
      <Field
        label="Start from"
        error={errors.previousCampaignId?.message}
        hint="The inventory and owners are copied; last campaign's targets become current versions, and targets are cleared."
      >
        {(control) => (
          <Select
            {...control}
            {...register("previousCampaignId", {
              onChange: (event: { target: { value: string } }) => {
                const previous = campaigns.find((c) => c.id === event.target.value);
                if (previous) setValue("kubernetesFrom", previous.kubernetesTo);
              },
            })}
          >
            <option value="">An empty inventory</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name} ({campaign.componentCount} components)
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kubernetes from" error={errors.kubernetesFrom?.message}>
          {(control) => (
            <Input {...control} {...register("kubernetesFrom")} className="font-mono" placeholder="e.g. 1.31" />
          )}
        </Field>
        <Field
          label="Kubernetes to"
          error={errors.kubernetesTo?.message}
          hint="The control plane goes one minor at a time."
        >
          {(control) => (
            <Input {...control} {...register("kubernetesTo")} className="font-mono" placeholder="e.g. 1.34" />
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Campaign starts" error={errors.startDate?.message}>
          {(control) => <Input {...control} type="date" {...register("startDate")} />}
        </Field>
        <Field label="Prd maintenance from" error={errors.maintenanceStart?.message}>
          {(control) => <Input {...control} type="date" {...register("maintenanceStart")} />}
        </Field>
        <Field label="Prd maintenance until" error={errors.maintenanceEnd?.message}>
          {(control) => <Input {...control} type="date" {...register("maintenanceEnd")} />}
        </Field>
      </div>
      {running.length > 0 ? (
        <fieldset className="space-y-1.5">
          <legend className="text-xs font-medium text-slate-700">Found running in the clusters</legend>
          <p className="text-xs text-slate-500">
            Added to the inventory at the version most clusters run, each found by its own rule. One already in the
            inventory you start from is kept once.
          </p>
          {running.map((component) => (
            <label key={component.name} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                value={component.name}
                className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600"
                {...register("addRunning")}
              />
              <span>
                {component.name} <span className="font-mono text-xs break-all text-slate-500">{component.running}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" pending={formState.isSubmitting}>
        {formState.isSubmitting ? "Creating…" : "Create campaign"}
      </Button>
    </form>
  );
}
