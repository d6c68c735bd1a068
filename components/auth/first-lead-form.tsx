"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createFirstLeadAction } from "@/lib/auth/actions";
import { firstLeadSchema } from "@/lib/auth/schemas";
import { NewPasswordField } from "./new-password-field";
import { useActionForm } from "@/components/forms/use-action-form";

/** The first start: whoever sets Stepwise up becomes the team lead and adds the others. */
export function FirstLeadForm() {
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(firstLeadSchema),
    defaultValues: { name: "", email: "", password: "" },
    action: createFirstLeadAction,
    // A new session: a full page load, so every part of the page is rendered for the member.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    onSuccess: () => window.location.assign("/"),
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create the lead's account">
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      <Field label="Your name" error={formState.errors.name?.message}>
        {(control) => <Input {...control} autoComplete="name" autoFocus {...register("name")} />}
      </Field>
      <Field label="Email" error={formState.errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="username" {...register("email")} />}
      </Field>
      <NewPasswordField
        label="Password"
        registration={register("password")}
        error={formState.errors.password?.message}
      />
      <Button type="submit" className="w-full" pending={formState.isSubmitting}>
        Create the lead&apos;s account
      </Button>
    </form>
  );
}
