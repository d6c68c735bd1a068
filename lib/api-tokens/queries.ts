import "server-only";
import { db } from "@/lib/db";
import type { ApiTokenScope } from "./schemas";
import { bearerToken, hashApiToken } from "./token";

export type ApiTokenView = {
  id: string;
  name: string;
  scope: string;
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The Team page's list: names and dates, never a token or its hash. */
export async function listApiTokens(): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({
    orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }],
    include: { createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdBy: row.createdBy?.name ?? null,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  }));
}

export type TokenCheck = { ok: true; name: string } | { ok: false; status: 401 | 403; message: string };

/** Whether a request's bearer token may do `scope`; marks the token as used. */
export async function authenticateApiToken(authorization: string | null, scope: ApiTokenScope): Promise<TokenCheck> {
  const token = bearerToken(authorization);
  if (!token) return { ok: false, status: 401, message: "Send a Stepwise API token: Authorization: Bearer swp_…" };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row || row.revokedAt) return { ok: false, status: 401, message: "This API token is unknown or revoked." };
  if (row.scope !== scope) return { ok: false, status: 403, message: `This API token may not ${scope}.` };
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { ok: true, name: row.name };
}
