import { z } from "zod";

/*
 * The building blocks every input schema shares, so the same kind of field is checked, bounded
 * and worded the same way in every form and server action.
 */

export const id = z.string().min(1).max(64);

/** The revision the person saw; a save against another one is a lost update and is refused. */
export const revision = z.number().int().min(0);

export const name = (what: string, max = 120) =>
  z.string().trim().min(1, `Enter a ${what}.`).max(max, `Keep the ${what} under ${max} characters.`);
