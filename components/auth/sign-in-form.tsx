"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";
import type { DemoAccount } from "@/lib/demo";
import { ROLE_TONES } from "@/components/team/role-tones";
import { useActionForm } from "@/components/forms/use-action-form";
import { ROLE_LABELS } from "@/lib/auth/roles";

export function SignInForm({ demoAccounts }: { demoAccounts: DemoAccount[] }) {
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    action: signInAction,
    // A new session: a full page load, so every part of the page is rendered for the member.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    onSuccess: () => window.location.assign("/"),
  });
  const { register, formState, setValue, clearErrors } = form;
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
        {failure ? <Alert tone="error">{failure.message}</Alert> : null}
        <Field label="Email" error={formState.errors.email?.message}>
          {(control) => <Input {...control} type="email" autoComplete="username" autoFocus {...register("email")} />}
        </Field>
        <Field label="Password" error={formState.errors.password?.message}>
          {(control) => (
            <Input {...control} type="password" autoComplete="current-password" {...register("password")} />
          )}
        </Field>
        <Button type="submit" className="w-full" pending={formState.isSubmitting}>
          {formState.isSubmitting ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {demoAccounts.length > 0 ? (
        <section aria-label="Demo accounts" className="rounded-md bg-slate-50 p-3.5 ring-1 ring-slate-200 ring-inset">
          <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Demo accounts</h2>
          <p className="mt-1 text-xs text-slate-500">
            One per role, each with the password{" "}
            <code className="rounded bg-white px-1 py-0.5 font-mono text-slate-700 ring-1 ring-slate-200">
              {demoAccounts[0]?.password}
            </code>
            . Pick one to fill in the form.
          </p>
          <ul className="mt-2.5 space-y-1.5">
            {demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="flex w-full items-center gap-3 rounded-md bg-white px-3 py-2 text-left ring-1 ring-slate-200 hover:ring-indigo-300"
                  onClick={() => {
                    setValue("email", account.email);
                    setValue("password", account.password);
                    clearErrors();
                  }}
                >
                  <Badge tone={ROLE_TONES[account.role]} className="w-20 justify-center">
                    {ROLE_LABELS[account.role]}
                  </Badge>
                  <span className="min-w-0">
                    <span className="block text-sm font-medium">{account.name}</span>
                    <span className="block truncate font-mono text-xs text-slate-500">{account.email}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
