import "server-only";
import { log } from "@/lib/observability/log";
import type { z } from "zod";
import type { SignedInMember } from "@/lib/auth/member";
import type { Refusal } from "@/lib/auth/policy";
import { recordActivity, type ActivityEntry } from "@/lib/campaigns/activity-log";
import { prismaErrorCode, serializable, type Transaction } from "@/lib/db";
import {
  failure,
  fieldFailure,
  invalidInput,
  success,
  type ActionFailure,
  type ActionResult,
  type FieldErrors,
} from "./result";

/*
 * The one way a change is written. A mutation declares its schema, what it loads, which policy
 * answers for it and its write; this helper runs them in that order, the policy and the write in
 * one transaction, and turns every outcome into an ActionResult. Inside a mutation there is one
 * way to say no: `throw refuse(...)` (or `throw conflict(...)` when someone saved first).
 */

/** A refusal thrown inside a mutation: it rolls the transaction back and is the answer. */
export class Refused extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}

/** A plain refusal, or field errors placed beside their fields when `fieldErrors` is given. */
export function refuse(message: string, fieldErrors?: FieldErrors): Refused {
  return new Refused(failure(message, fieldErrors));
}

export function refuseField(field: string, message: string): Refused {
  return new Refused(fieldFailure(field, message));
}

/** Someone else saved first: the UI offers to reload. */
export function conflict(message: string): Refused {
  return new Refused({ ok: false, conflict: true, message });
}

function isUniqueViolation(error: unknown): boolean {
  return prismaErrorCode(error) === "P2002";
}

/**
 * Runs work that answers with an ActionResult, turning refusals into their answer and anything
 * unexpected into a plain sentence (logged on the server, never shown raw).
 */
export async function settle<T>(what: string, work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return error.failure;
    log.error("mutation.failed", { what, error: error instanceof Error ? error : String(error) });
    return failure(`Could not ${what}. Nothing was saved; please try again.`);
  }
}

export type LoggedChange = Omit<ActivityEntry, "actorId">;

export type MutationContext<Input, Subject, Prepared> = {
  tx: Transaction;
  actor: SignedInMember;
  input: Input;
  subject: Subject;
  prepared: Prepared;
  /** Writes to the campaign's activity log, as the actor, in the same transaction. */
  log: (changes: LoggedChange | LoggedChange[]) => Promise<void>;
};

type MutationSpec<S extends z.ZodType, Subject, Prepared, T> = {
  /** Ends the sentence "Could not …" shown when something unexpected fails. */
  what: string;
  schema: S;
  /** Slow work that must not hold the transaction (a password hash), done after validation. */
  prepare?: (input: z.output<S>) => Promise<Prepared>;
  /** Reads what the policy is asked about, inside the transaction; refuses when it is gone. */
  load?: (tx: Transaction, input: z.output<S>) => Promise<Subject>;
  /** The policy's answer (lib/auth/policy) for this member, asked before anything is written. */
  authorize: (actor: SignedInMember, subject: Subject, input: z.output<S>) => Refusal | Promise<Refusal>;
  run: (context: MutationContext<z.output<S>, Subject, Prepared>) => Promise<T>;
  /** The write broke a unique key (two people, one name): the answer to give instead. */
  onUniqueViolation?: (input: z.output<S>, actor: SignedInMember) => ActionResult<T> | Promise<ActionResult<T>>;
};

export type Mutation<Input, T> = (actor: SignedInMember, input: Input) => Promise<ActionResult<T>>;

export function defineMutation<S extends z.ZodType, T, Subject = undefined, Prepared = undefined>(
  spec: MutationSpec<S, Subject, Prepared, T>,
): Mutation<z.input<S>, T> {
  return async (actor, raw) => {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return invalidInput(parsed.error);
    const input = parsed.data;
    return settle(spec.what, async () => {
      try {
        const prepared = (spec.prepare ? await spec.prepare(input) : undefined) as Prepared;
        const data = await serializable(async (tx) => {
          const subject = (spec.load ? await spec.load(tx, input) : undefined) as Subject;
          const refusal = await spec.authorize(actor, subject, input);
          if (refusal) throw refuse(refusal);
          const log = (changes: LoggedChange | LoggedChange[]) =>
            recordActivity(
              tx,
              [changes].flat().map((change) => ({ ...change, actorId: actor.id })),
            );
          return spec.run({ tx, actor, input, subject, prepared, log });
        });
        return success(data);
      } catch (error) {
        if (spec.onUniqueViolation && isUniqueViolation(error)) return spec.onUniqueViolation(input, actor);
        throw error;
      }
    });
  };
}
