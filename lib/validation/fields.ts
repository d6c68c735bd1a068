import { z } from "zod";

/*
 * The building blocks every input schema shares, so the same kind of field is checked, bounded
 * and worded the same way in every form and server action.
 */

export const id = z.string().min(1).max(64);

/** The revision the person saw; a save against another one is a lost update and is refused. */
export const revision = z.number().int().min(0);

/**
 * Control characters (NUL, newlines) and bidirectional overrides make a name print as something
 * else than it is ("gpu-operator" shown while "rotarepo-upg" is stored): names are plain text.
 */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

export const name = (what: string, max = 120) =>
  z
    .string()
    .trim()
    .min(1, `Enter a ${what}.`)
    .max(max, `Keep the ${what} under ${max} characters.`)
    .refine((value) => !HIDDEN_CHARACTERS.test(value), {
      error: `Remove the invisible or control characters from the ${what}.`,
    });

/** Names that differ only in case name the same thing to a person: "Cilium" and "cilium". */
export const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
