/*
 * Structured logs: one JSON line per event on stdout (errors on stderr), for a log pipeline to
 * parse. Fields named like a secret are replaced before anything is written, so a careless call
 * cannot leak a token, a password or a cookie.
 */

import { AsyncLocalStorage } from "node:async_hooks";

type Fields = Record<string, unknown>;

/** The HTTP request being served (lib/observability/http.ts): its id goes on every line written meanwhile. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();
type Level = "info" | "warn" | "error";

const SECRET_KEYS = /^(token|secret|password|passwordhash|cookie|authorization|kubeconfig|clientsecret)$/i;

/** The fields as written: secrets replaced, errors reduced to their message. */
export function redacted(fields: Fields): Fields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      SECRET_KEYS.test(key) ? "[redacted]" : value instanceof Error ? value.message : value,
    ]),
  );
}

/** One log line: `{"time","level","event",...fields}`. */
export function line(level: Level, event: string, fields: Fields = {}, now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), level, event, ...redacted(fields) });
}

function write(level: Level, event: string, fields?: Fields) {
  const request = requestContext.getStore();
  const text = `${line(level, event, request ? { requestId: request.requestId, ...fields } : fields)}\n`;
  if (level === "error") process.stderr.write(text);
  else process.stdout.write(text);
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
