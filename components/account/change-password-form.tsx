"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { NewPasswordField } from "@/components/auth/new-password-field";

export function ChangePasswordForm() {
  const [changed, setChanged] = useState(false);
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" } satisfies ChangePasswordInput,
    action: async (values) => {
      setChanged(false);
      return changePasswordAction(values);
    },
    onSuccess(_, { reset }) {
      reset();
      setChanged(true);
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change your password">
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      {changed ? (
        <Alert tone="success">Password changed. Other browsers signed in as you were signed out.</Alert>
      ) : null}
      <Field label="Current password" error={formState.errors.currentPassword?.message}>
        {(control) => (
          <Input {...control} type="password" autoComplete="current-password" {...register("currentPassword")} />
        )}
      </Field>
      <NewPasswordField
        label="New password"
        registration={register("newPassword")}
        error={formState.errors.newPassword?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Change password
      </Button>
    </form>
  );
}
