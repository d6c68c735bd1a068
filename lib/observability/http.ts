import "server-only";
import { randomUUID } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { requestContext } from "./log";
import { metrics } from "./metrics";

/*
 * Every HTTP request the server answers: a request id (the caller's X-Request-Id when it sends a
 * sane one, else a new one), returned in the response and put on every log line written while
 * serving it, and the time to answer in stepwise_http_request_duration_seconds. Node publishes
 * each request's start and finish on diagnostics channels, so this sees what Next serves without
 * wrapping its server.
 */

type Exchange = { request: IncomingMessage; response: ServerResponse };

const ID = /^[A-Za-z0-9._-]{1,64}$/;
/** A path segment that names one record or carries a token: a cuid, a number, a UUID, a calendar secret. */
const RECORD = /^(?=[^.]*\d)[A-Za-z0-9_-]{16,}(\.[a-z]+)?$|^\d+$/;

/** "/campaigns/cmx…/components?tab=x" -> "/campaigns/:id/components": a label with few values, no secret. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0]!;
  if (path.startsWith("/_next/static/")) return "/_next/static";
  return (
    path
      .split("/")
      .map((segment) => (RECORD.test(segment) ? `:id${segment.match(/\.[a-z]+$/)?.[0] ?? ""}` : segment))
      .join("/") || "/"
  );
}

let watching = false;

export function watchHttpRequests(): void {
  if (watching) return;
  watching = true;
  const started = new WeakMap<IncomingMessage, bigint>();
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, response } = message as Exchange;
    // The simulated fleet's API server (HTTPS, in this process) is not Stepwise answering people.
    if ((request.socket as TLSSocket).encrypted) return;
    const sent = request.headers["x-request-id"];
    const requestId = typeof sent === "string" && ID.test(sent) ? sent : randomUUID();
    response.setHeader("X-Request-Id", requestId);
    started.set(request, process.hrtime.bigint());
    requestContext.enterWith({ requestId });
  });
  diagnostics.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as Exchange;
    const start = started.get(request);
    if (start === undefined) return;
    metrics.httpDuration.observe(
      { method: request.method ?? "GET", route: routeOf(request.url), status: String(response.statusCode) },
      Number(process.hrtime.bigint() - start) / 1e9,
    );
  });
}
