"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createFirstLeadAction } from "@/lib/auth/actions";
import { firstLeadSchema, MIN_PASSWORD_LENGTH } from "@/lib/auth/schemas";
import { useSignInForm } from "./use-sign-in-form";

/** The first start: whoever sets Stepwise up becomes the team lead and adds the others. */
export function FirstLeadForm() {
  const { form, onSubmit, message } = useSignInForm({
    resolver: zodResolver(firstLeadSchema),
    defaultValues: { name: "", email: "", password: "" },
    action: createFirstLeadAction,
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create the lead's account">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Your name" error={formState.errors.name?.message}>
        {(control) => <Input {...control} autoComplete="name" autoFocus {...register("name")} />}
      </Field>
      <Field label="Email" error={formState.errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="username" {...register("email")} />}
      </Field>
      <Field label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={formState.errors.password?.message}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" {...register("password")} />}
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        Create the lead&apos;s account
      </Button>
    </form>
  );
}
