import type { ActionFailure, ActionResult } from "@/lib/mutations/result";

/** A refused server action, carried through react-query so onError can roll back and the UI can say why. */
export class ActionRefused extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}

/** For a mutationFn: the data of a successful result, or an ActionRefused to throw. */
export async function unwrap<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ActionRefused(settled);
  return settled.data;
}

export function refusalMessage(error: unknown): string {
  return error instanceof ActionRefused ? error.failure.message : "The server could not be reached; nothing was saved.";
}
