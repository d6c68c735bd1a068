import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { failure, type ActionFailure, type ActionResult } from "./result";

/** Thrown inside a transaction to roll it back and answer with a conflict. */
export class ConflictError extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

/** Thrown inside a transaction to roll it back and answer with field errors. */
export class RejectedError extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}

/** Refuses a mutation the policy forbids, before it writes anything (see lib/auth/policy). */
export function enforce(refusal: string | null): void {
  if (refusal) throw new RejectedError(failure(refusal));
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Runs `work`, answering with `refusal` when it breaks a unique key: two people creating the same
 * name at once get past any check made before the write, so the database is the one to notice.
 */
export async function refusingDuplicates<T>(refusal: () => ActionFailure, work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) return refusal();
    throw error;
  }
}

/**
 * Runs a mutation and turns anything it throws into a result the UI can show.
 * Unexpected errors are logged server-side; the UI gets a plain sentence.
 */
export async function guarded<T>(what: string, work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, conflict: true, message: error.userMessage };
    if (error instanceof RejectedError) return error.failure;
    console.error(`[stepwise] could not ${what}:`, error instanceof Error ? error.message : error);
    return failure(`Could not ${what}. Nothing was saved; please try again.`);
  }
}
