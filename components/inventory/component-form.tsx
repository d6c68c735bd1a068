"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useFieldArray } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { OwnerSelect } from "@/components/inventory/owner-select";
import { createComponentAction, updateComponentAction } from "@/lib/campaigns/actions";
import { componentFieldsSchema, type ComponentFields } from "@/lib/campaigns/schemas";
import type { ComponentView } from "@/lib/campaigns/types";
import { CATEGORY_LABELS, COMPATIBILITY, COMPATIBILITY_LABELS, COMPONENT_CATEGORIES } from "@/lib/campaigns/vocabulary";
import { isMajorBump } from "@/lib/versions/version";
import { useActionForm } from "@/components/forms/use-action-form";
import { FailureAlert } from "@/components/forms/failure-alert";
import type { TeamMemberView } from "@/lib/team/types";
import { MATCH_KIND_LABELS, MATCH_KINDS } from "@/lib/discovery/match";
import { compatibilityOf, maintenanceOf, minorsPassedThrough } from "@/lib/support/addon-compatibility";

function toFormValues(component: ComponentView | null): ComponentFields {
  return {
    name: component?.name ?? "",
    category: component?.category ?? "addon-helm",
    currentVersion: component?.currentVersion ?? "",
    targetVersion: component?.targetVersion ?? "",
    ownerId: component?.owner?.id ?? null,
    breakingNotes: component?.breakingNotes ?? "",
    compatibility: component?.compatibility ?? "unknown",
    compatibilitySource: component?.compatibilitySource ?? "",
    userFacing: component?.userFacing ?? false,
    releaseNotes: component?.releaseNotes ?? [],
    matchKind: component?.matchRuleSource === "set" ? (component.matchRule?.kind ?? "") : "",
    matchValue: component?.matchRuleSource === "set" ? (component.matchRule?.value ?? "") : "",
  };
}

/** What the compatibility table shipped with Stepwise says about this target, to fill the answer in from. */
function tableSays(name: string, target: string | null | undefined, kubernetes: string): string | undefined {
  const finding = target ? compatibilityOf(name, target, minorsPassedThrough(kubernetes, kubernetes)) : null;
  if (!finding) return undefined;
  const maintenance = maintenanceOf(name);
  const policy = maintenance ? ` Maintained: ${maintenance.says} (${maintenance.sources[0]}).` : "";
  const says = (() => {
    if (finding.kind === "within")
      return `${finding.project} ${finding.line} lists ${finding.listed} (${finding.sources[0]})`;
    if (finding.kind === "outside")
      return `${finding.project} ${finding.line} supports ${finding.listed}, not ${kubernetes} (${finding.sources[0]})`;
    if (finding.kind === "untested")
      return `${finding.project} ${finding.line} is tested on ${finding.listed}, ${kubernetes} is not listed (${finding.sources[0]})`;
    if (finding.kind === "retired") return `${finding.project} was retired upstream (${finding.date})`;
    if (finding.kind === "unpublished") return `Not judged: ${finding.says} (${finding.sources[0]})`;
    return `${finding.project} ${finding.line ?? target} is not in the table shipped with Stepwise`;
  })();
  return says + policy;
}

type Props = { team: TeamMemberView[]; targetKubernetes: string; canAssignOwner: boolean } & (
  | {
      mode: "create";
      campaignId: string;
      component?: undefined;
      /** From what runs: "Add to the campaign" on the environments page fills these in. */
      prefill?: Partial<Pick<ComponentFields, "name" | "currentVersion" | "matchKind" | "matchValue">>;
    }
  | { mode: "edit"; component: ComponentView; campaignId?: undefined }
);

export function ComponentForm({ team, targetKubernetes, canAssignOwner, ...props }: Props) {
  const router = useRouter();
  const component = props.mode === "edit" ? props.component : null;
  // The revision this form's values are based on: sent with a save, so a lost update is refused.
  const revision = useRef(component?.revision ?? 0);
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState(false);
  const { form, onSubmit, failure, clearFailure } = useActionForm({
    resolver: zodResolver(componentFieldsSchema),
    defaultValues: { ...toFormValues(component), ...(props.mode === "create" ? props.prefill : {}) },
    action: (values: ComponentFields) => {
      setSaved(false);
      return component
        ? updateComponentAction({ ...values, componentId: component.id, revision: revision.current })
        : createComponentAction({ ...values, campaignId: props.campaignId! });
    },
    onSuccess(saved) {
      if (!component) {
        router.push(`/campaigns/${saved.campaignId}/components/${saved.id}`);
        return;
      }
      form.reset(toFormValues(saved));
      revision.current = saved.revision;
      setSaved(true);
      router.refresh();
    },
  });
  const { register, formState, reset, watch, control } = form;
  const links = useFieldArray({ control, name: "releaseNotes" });
  const errors = formState.errors;

  // Someone (or this person, elsewhere on the page) saved a newer revision: take it in unless there are unsaved edits.
  useEffect(() => {
    if (component && component.revision !== revision.current && !formState.isDirty) {
      reset(toFormValues(component));
      revision.current = component.revision;
    }
  }, [component, formState.isDirty, reset]);

  function reloadTheirs() {
    clearFailure();
    reset(toFormValues(component));
    revision.current = component?.revision ?? 0;
    router.refresh();
  }

  const [current, target, notes] = watch(["currentVersion", "targetVersion", "breakingNotes"]);
  const majorBump = isMajorBump(current, target);

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={component ? `Edit ${component.name}` : "New component"}
    >
      <FailureAlert failure={failure} onReload={reloadTheirs} />
      {saved && !formState.isDirty ? <Alert tone="success">Saved.</Alert> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Component" error={errors.name?.message}>
          {(control) => <Input {...control} {...register("name")} placeholder="e.g. Argo CD" />}
        </Field>
        <Field label="Managed as" error={errors.category?.message}>
          {(control) => (
            <Select {...control} {...register("category")}>
              {COMPONENT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {CATEGORY_LABELS[category]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Current version" error={errors.currentVersion?.message} hint="As deployed today, e.g. v2.14.11">
          {(control) => <Input {...control} {...register("currentVersion")} className="font-mono" />}
        </Field>
        <Field
          label="Target version"
          error={errors.targetVersion?.message}
          hint={
            majorBump
              ? "Major version bump: marked as breaking unless someone clears it."
              : "Leave empty until you know it."
          }
        >
          {(control) => <Input {...control} {...register("targetVersion")} className="font-mono" />}
        </Field>
        <Field
          label="Owner"
          error={errors.ownerId?.message}
          hint={canAssignOwner ? undefined : "The team lead assigns owners."}
        >
          {(control) => (
            <OwnerSelect
              team={team}
              label="Owner"
              className="h-9 text-sm"
              value={watch("ownerId")}
              onChange={(ownerId) => form.setValue("ownerId", ownerId, { shouldDirty: true })}
              disabled={!canAssignOwner}
              {...control}
            />
          )}
        </Field>
        <Field
          label={`Works with Kubernetes ${targetKubernetes}?`}
          error={errors.compatibility?.message}
          hint={tableSays(watch("name"), target, targetKubernetes)}
        >
          {(control) => (
            <Select {...control} {...register("compatibility")}>
              {COMPATIBILITY.map((value) => (
                <option key={value} value={value}>
                  {COMPATIBILITY_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Compatibility source"
          error={errors.compatibilitySource?.message}
          hint="The page that says so (support matrix, docs)"
          className="sm:col-span-2"
        >
          {(control) => <Input {...control} {...register("compatibilitySource")} placeholder="https://" />}
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Found running by"
          error={errors.matchKind?.message}
          hint={
            component?.matchRuleSource === "automatic" && component.matchRule
              ? `Automatic: ${MATCH_KIND_LABELS[component.matchRule.kind].toLowerCase()} ${component.matchRule.value}`
              : "How the live inventory finds it in the clusters"
          }
        >
          {(control) => (
            <Select {...control} {...register("matchKind")}>
              <option value="">Automatic (from the name)</option>
              {MATCH_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {MATCH_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          label="Looking for"
          error={errors.matchValue?.message}
          hint="e.g. jetstack/cert-manager-controller, containerd, Ubuntu"
          className="sm:col-span-2"
        >
          {(control) => <Input {...control} {...register("matchValue")} className="font-mono" />}
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-xs font-medium text-slate-700">Release notes</legend>
        {links.fields.map((link, index) => (
          <div key={link.id} className="flex items-start gap-2">
            <Field
              label={<span className="sr-only">Label of link {index + 1}</span>}
              error={errors.releaseNotes?.[index]?.label?.message}
              className="w-56 space-y-0"
            >
              {(control) => (
                <Input {...control} {...register(`releaseNotes.${index}.label`)} placeholder="Label, e.g. v3.0.0" />
              )}
            </Field>
            <Field
              label={<span className="sr-only">Link {index + 1}</span>}
              error={errors.releaseNotes?.[index]?.url?.message}
              className="flex-1 space-y-0"
            >
              {(control) => <Input {...control} {...register(`releaseNotes.${index}.url`)} placeholder="https://" />}
            </Field>
            <Button variant="ghost" aria-label={`Remove link ${index + 1}`} onClick={() => links.remove(index)}>
              <Trash2 className="size-4" />
            </Button>
          </div>
        ))}
        {errors.releaseNotes?.message ? <p className="text-xs text-red-700">{errors.releaseNotes.message}</p> : null}
        <Button variant="secondary" size="sm" onClick={() => links.append({ label: "", url: "" })}>
          <Plus className="size-3.5" /> Add link
        </Button>
      </fieldset>

      <div className="space-y-1">
        <div className="flex items-center justify-between">
          <span className="text-xs font-medium text-slate-700">Breaking changes and upgrade notes (Markdown)</span>
          <div className="flex gap-1 text-xs" role="group" aria-label="Notes view">
            <Button
              size="sm"
              variant={preview ? "ghost" : "secondary"}
              aria-pressed={!preview}
              onClick={() => setPreview(false)}
            >
              Write
            </Button>
            <Button
              size="sm"
              variant={preview ? "secondary" : "ghost"}
              aria-pressed={preview}
              onClick={() => setPreview(true)}
            >
              Preview
            </Button>
          </div>
        </div>
        {preview ? (
          <div className="min-h-40 rounded-md bg-slate-50 px-4 py-3 ring-1 ring-slate-200">
            {notes.trim() ? (
              <Markdown>{notes}</Markdown>
            ) : (
              <p className="text-sm text-slate-500">Nothing written yet.</p>
            )}
          </div>
        ) : (
          <Field label={<span className="sr-only">Breaking-change notes</span>} error={errors.breakingNotes?.message}>
            {(control) => (
              <Textarea
                {...control}
                {...register("breakingNotes")}
                rows={8}
                placeholder="What changes, what to do before and after, links to the PRs…"
              />
            )}
          </Field>
        )}
        <label className="flex items-center gap-2 pt-1 text-xs text-slate-700">
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300 accent-indigo-600"
            {...register("userFacing")}
          />
          These notes concern the clusters&apos; users: put them in the users&apos; release notes
        </label>
      </div>

      <div className="flex items-center gap-3">
        <Button type="submit" pending={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : component ? "Save changes" : "Add component"}
        </Button>
        {component && formState.isDirty ? <span className="text-xs text-amber-700">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
