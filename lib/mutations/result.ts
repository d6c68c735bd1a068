import type { ZodError } from "zod";

/** Field name (dotted for nested fields, e.g. "releaseNotes.0.url") to its messages. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors?: FieldErrors;
  /** Someone else saved first; the UI offers to reload. */
  conflict?: boolean;
};

/** What every server action returns: the UI never sees a thrown error. */
export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export function success<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function failure(message: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

const NEEDS_ATTENTION = "Some fields need attention; nothing was saved.";

/** One field's error, to be shown beside that field. */
export function fieldFailure(field: string, message: string): ActionFailure {
  return failure(NEEDS_ATTENTION, { [field]: [message] });
}

export function invalidInput(error: ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure(NEEDS_ATTENTION, fieldErrors);
}
