import { ApiException } from "@kubernetes/client-node";
import type { ClusterFault } from "./types";

const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_SIGNATURE_FAILURE",
  "EPROTO",
]);
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
]);

/** Thrown by the reader when an answer parses but is not what the API promises. */
export class MalformedResponse extends Error {}

function codeOf(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // node-fetch wraps the socket error; the code may sit one or two levels down.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code ?? (current as { errno?: unknown }).errno;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns whatever a read threw into a sentence for the UI and the logs. The sentences are ours:
 * raw errors can carry headers, and headers can carry tokens.
 */
export function classifyFault(error: unknown, context: { cluster: string; timeoutMs: number }): ClusterFault {
  if (error instanceof ApiException) {
    const code = Number(error.code);
    if (code === 401)
      return {
        kind: "unauthorized",
        message: `${context.cluster} refused the credentials (401 Unauthorized): the token or certificate in the kubeconfig is wrong or expired.`,
      };
    if (code === 403)
      return {
        kind: "forbidden",
        message: `${context.cluster} answered 403 Forbidden: the account may not list nodes or kube-system pods. Apply the read-only RBAC in lib/kube/rbac/stepwise-reader.yaml.`,
      };
    if (code >= 200 && code < 300)
      return { kind: "malformed", message: `${context.cluster} answered with a body that is not a Kubernetes object.` };
    return { kind: "error", message: `${context.cluster} answered HTTP ${code}.` };
  }
  if (error instanceof MalformedResponse || error instanceof SyntaxError) {
    return {
      kind: "malformed",
      message: `${context.cluster} answered with a malformed body (${error instanceof MalformedResponse ? error.message : "not valid JSON"}).`,
    };
  }
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return { kind: "timeout", message: `${context.cluster} did not answer within ${context.timeoutMs / 1000} s.` };
  }
  const code = codeOf(error);
  if (code && TLS_CODES.has(code))
    return {
      kind: "tls",
      message: `${context.cluster}: the TLS certificate could not be verified (${code}). Check certificate-authority-data in the kubeconfig.`,
    };
  if (code && UNREACHABLE_CODES.has(code))
    return { kind: "unreachable", message: `${context.cluster} could not be reached (${code}).` };
  return {
    kind: "error",
    message: `${context.cluster} could not be read (${code ?? (error instanceof Error ? error.name : "unknown error")}).`,
  };
}
