import { createHash, randomBytes } from "node:crypto";

/*
 * An API token is "swp_" and 32 random bytes; only its SHA-256 is stored, so a database leak does
 * not hand out working tokens and the token is shown once, when it is made.
 */

const PREFIX = "swp_";

export function newApiToken(): { token: string; tokenHash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token) };
}

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The token of an `Authorization: Bearer …` header; null when there is none or it is not ours. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "");
  return match && match[1]!.startsWith(PREFIX) ? match[1]! : null;
}
