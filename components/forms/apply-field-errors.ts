import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/mutations/result";

/** Puts the server's field errors next to their fields; returns the ones no field on the form owns. */
export function applyFieldErrors<T extends FieldValues>(
  failure: ActionFailure,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): string[] {
  const unplaced: string[] = [];
  for (const [name, messages] of Object.entries(failure.fieldErrors ?? {})) {
    const message = messages[0] ?? "Invalid value.";
    if (fields.includes(name.split(".")[0] ?? ""))
      setError(name as Path<T>, { type: "server", message }, { shouldFocus: true });
    else unplaced.push(message);
  }
  return unplaced;
}

/**
 * What is left to say above a form once the field errors are beside their fields: the failure's
 * message and the errors no field owns, or nothing when every error found its field.
 */
export function messageAboveFields(failure: ActionFailure, unplaced: string[]): string | null {
  return failure.fieldErrors && unplaced.length === 0 ? null : [failure.message, ...unplaced].join(" ");
}
