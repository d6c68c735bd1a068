import "server-only";
import { log } from "@/lib/observability/log";
import { leadOnly } from "@/lib/auth/policy";
import { defineMutation, refuse } from "@/lib/mutations/define-mutation";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";
import { newApiToken } from "./token";

/** The lead makes a read-only token for a pipeline; the answer is the only time the token is seen. */
export const createApiToken = defineMutation({
  what: "create the token",
  schema: createApiTokenSchema,
  authorize: (actor) => leadOnly(actor, "manage API tokens"),
  async run({ tx, actor, input }) {
    const { token, tokenHash } = newApiToken();
    const row = await tx.apiToken.create({
      data: { name: input.name, tokenHash, scope: "gate:read", createdById: actor.id },
    });
    log.info("api-token.created", { tokenId: row.id, name: row.name, by: actor.name });
    return { id: row.id, name: row.name, token };
  },
});

export const revokeApiToken = defineMutation({
  what: "revoke the token",
  schema: revokeApiTokenSchema,
  async load(tx, { tokenId }) {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    if (!token) throw refuse("This token no longer exists.");
    return token;
  },
  authorize: (actor) => leadOnly(actor, "manage API tokens"),
  async run({ tx, actor, subject: token }) {
    if (!token.revokedAt) await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    log.info("api-token.revoked", { tokenId: token.id, name: token.name, by: actor.name });
    return { id: token.id };
  },
});
