"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { addTeamMemberAction } from "@/lib/team/actions";
import { teamMemberSchema, type TeamMemberInput } from "@/lib/team/schemas";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

const NEW_MEMBER: TeamMemberInput = { name: "", email: "", role: "engineer", password: "" };

export function AddMemberForm() {
  const router = useRouter();
  const { form, onSubmit, failure } = useActionForm({
    resolver: zodResolver(teamMemberSchema),
    defaultValues: NEW_MEMBER,
    action: addTeamMemberAction,
    onSuccess(_, { reset }) {
      reset();
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Add a team member">
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
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
      <NewPasswordField
        label="First password"
        advice="tell it to them in person"
        registration={register("password")}
        error={formState.errors.password?.message}
      />
      <Button type="submit" pending={formState.isSubmitting}>
        Add member
      </Button>
    </form>
  );
}
