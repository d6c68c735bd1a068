import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";
import pLimit from "p-limit";

/**
 * Local account passwords, hashed with scrypt (node:crypto) at OWASP's recommended cost
 * (N=2^17, r=8, p=1). The parameters travel inside the stored hash, so raising them later
 * leaves existing passwords readable.
 */

const COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 64;
const PREFIX = "scrypt";

/**
 * scrypt is deliberately expensive: a burst of anonymous sign-ins would take every CPU (and
 * libuv's thread pool, which file and DNS work share). Hashes run a few at a time; beyond a
 * queue of MAX_WAITING the answer is "busy" at once instead of a growing wait.
 */
const hashing = pLimit(Math.max(1, Math.min(2, availableParallelism() - 1)));
export const MAX_WAITING = 32;

/** Too many password checks are waiting already: refused without hashing. */
export class HashingBusy extends Error {
  constructor() {
    super("Too many sign-ins at once: try again in a moment.");
  }
}

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  if (hashing.pendingCount >= MAX_WAITING) return Promise.reject(new HashingBusy());
  // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is below OWASP's cost.
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return hashing(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, scryptOptions, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return [PREFIX, COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [prefix, n, r, p, salt, key] = stored.split("$");
  if (prefix !== PREFIX || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Checked against when the email matches nobody, so a wrong email takes as long as a wrong
 * password and the form doesn't reveal who has an account. A fixed hash of a random password
 * nobody kept: computing one lazily would make the first unknown email twice as slow.
 */
export const DECOY_HASH =
  "scrypt$131072$8$1$7jbD1rghTfQkQ8CXtjdhxQ$wHDu43GSYGppffQD5thcNLhs9AcNYmiRnhSo0XF0nwyvMbc7FivQfsp1sAkLbQhcgKxjqIVVxTAodkb4ofsZ4Q";
