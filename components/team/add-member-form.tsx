"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { addTeamMemberAction } from "@/lib/team/actions";
import { teamMemberSchema, type TeamMemberInput } from "@/lib/team/schemas";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

export function AddMemberForm() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<TeamMemberInput>({
    resolver: zodResolver(teamMemberSchema),
    defaultValues: { name: "", email: "", role: "engineer", password: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await addTeamMemberAction(values);
    if (!result.ok) {
      setMessage([result.message, ...applyFieldErrors(result, ["name", "email", "role", "password"], setError)].join(" "));
      return;
    }
    setMessage(null);
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a team member">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <Field label="Name" error={formState.errors.name?.message}>
        {(control) => <Input {...control} {...register("name")} />}
      </Field>
      <Field label="Email" error={formState.errors.email?.message}>
        {(control) => <Input {...control} type="email" {...register("email")} />}
      </Field>
      <Field label="Role" error={formState.errors.role?.message}>
        {(control) => (
          <Select {...control} {...register("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <NewPasswordField label="First password" advice="tell it to them in person" registration={register("password")} error={formState.errors.password?.message} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Add member
      </Button>
    </form>
  );
}
