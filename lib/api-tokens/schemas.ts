import { z } from "zod";
import { id, name } from "@/lib/validation/fields";

/** What a token may do; pipelines only ever read the gate. */
export const API_TOKEN_SCOPES = ["gate:read"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const createApiTokenSchema = z.object({ name: name("token name", 80) });

export const revokeApiTokenSchema = z.object({ tokenId: id });
