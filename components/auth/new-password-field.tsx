import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/schemas";

/** A password being chosen: the length rule under it, and a hint to password managers. */
export function NewPasswordField({
  label,
  registration,
  error,
  advice,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  advice?: string;
}) {
  return (
    <Field
      label={label}
      hint={`At least ${MIN_PASSWORD_LENGTH} characters${advice ? `; ${advice}` : ""}.`}
      error={error}
    >
      {(control) => <Input {...control} type="password" autoComplete="new-password" {...registration} />}
    </Field>
  );
}
