"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { applyFieldErrors, messageAboveFields } from "@/components/forms/apply-field-errors";
import { changePasswordAction } from "@/lib/auth/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";
import { NewPasswordField } from "@/components/auth/new-password-field";

const FIELDS = ["currentPassword", "newPassword"];

export function ChangePasswordForm() {
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await changePasswordAction(values);
    if (result.ok) {
      reset();
      setOutcome({ tone: "success", message: "Password changed. Other browsers signed in as you were signed out." });
      return;
    }
    const message = messageAboveFields(result, applyFieldErrors(result, FIELDS, setError));
    setOutcome(message === null ? null : { tone: "error", message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change your password">
      {outcome ? <Alert tone={outcome.tone}>{outcome.message}</Alert> : null}
      <Field label="Current password" error={formState.errors.currentPassword?.message}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" {...register("currentPassword")} />}
      </Field>
      <NewPasswordField label="New password" registration={register("newPassword")} error={formState.errors.newPassword?.message} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Change password
      </Button>
    </form>
  );
}
