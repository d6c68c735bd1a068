"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { FailureAlert } from "@/components/forms/failure-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { updateCampaignPlanAction } from "@/lib/campaigns/actions";
import { campaignPlanSchema, type CampaignPlanInput } from "@/lib/campaigns/schemas";
import type { CampaignSummary, PhaseView } from "@/lib/campaigns/types";
import { PRD_STRATEGIES, PRD_STRATEGY_LABELS } from "@/lib/campaigns/vocabulary";

/** A calendar day as the date inputs hold it. */
const dayInput = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export function CampaignPlanForm({ campaign, phases }: { campaign: CampaignSummary; phases: PhaseView[] }) {
  const router = useRouter();
  const { form, onSubmit, failure, clearFailure } = useActionForm({
    resolver: zodResolver(campaignPlanSchema),
    defaultValues: {
      campaignId: campaign.id,
      revision: campaign.revision,
      name: campaign.name,
      kubernetesFrom: campaign.kubernetesFrom,
      kubernetesTo: campaign.kubernetesTo,
      maintenanceStart: dayInput(campaign.maintenanceStart),
      maintenanceEnd: dayInput(campaign.maintenanceEnd),
      prdStrategy: campaign.prdStrategy,
      steps: phases.map((phase) => ({
        step: phase.step,
        plannedStart: dayInput(phase.plannedStart),
        plannedEnd: dayInput(phase.plannedEnd),
      })),
    } satisfies CampaignPlanInput,
    action: updateCampaignPlanAction,
    onSuccess: () => {
      router.push(`/campaigns/${campaign.id}`);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Campaign plan">
      <FailureAlert
        failure={failure}
        onReload={() => {
          clearFailure();
          router.refresh();
        }}
      />
      <Field label="Campaign name" error={errors.name?.message}>
        {(control) => <Input {...control} {...register("name")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kubernetes from" error={errors.kubernetesFrom?.message}>
          {(control) => <Input {...control} {...register("kubernetesFrom")} className="font-mono" />}
        </Field>
        <Field label="Kubernetes to" error={errors.kubernetesTo?.message} hint="The fleet plans towards it.">
          {(control) => <Input {...control} {...register("kubernetesTo")} className="font-mono" />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Prd maintenance from" error={errors.maintenanceStart?.message}>
          {(control) => <Input {...control} type="date" {...register("maintenanceStart")} />}
        </Field>
        <Field label="Prd maintenance until" error={errors.maintenanceEnd?.message}>
          {(control) => <Input {...control} type="date" {...register("maintenanceEnd")} />}
        </Field>
      </div>
      <Field
        label="How Prd's workers are upgraded"
        error={errors.prdStrategy?.message}
        hint="The clusters' users' release notes say what it means for their workloads."
      >
        {(control) => (
          <Select {...control} {...register("prdStrategy")}>
            {PRD_STRATEGIES.map((strategy) => (
              <option key={strategy} value={strategy}>
                {PRD_STRATEGY_LABELS[strategy]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">Steps</legend>
        {errors.steps?.message ? <p className="text-xs text-red-700">{errors.steps.message}</p> : null}
        {phases.map((phase, index) => (
          <div key={phase.step} className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_10rem]">
            <p className="pt-7 text-sm text-slate-700">
              {phase.step}. {phase.title}
            </p>
            <Field label="Starts" error={errors.steps?.[index]?.plannedStart?.message}>
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  aria-label={`${phase.title} starts`}
                  {...register(`steps.${index}.plannedStart`)}
                />
              )}
            </Field>
            <Field label="Ends" error={errors.steps?.[index]?.plannedEnd?.message}>
              {(control) => (
                <Input
                  {...control}
                  type="date"
                  aria-label={`${phase.title} ends`}
                  {...register(`steps.${index}.plannedEnd`)}
                />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" pending={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save the plan"}
        </Button>
        <Button variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
