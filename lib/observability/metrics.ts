import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/*
 * What Prometheus scrapes at /metrics, every name prefixed `stepwise_`. One registry per process
 * (kept on globalThis so a reloaded module does not register twice). Labels are cluster names,
 * fault classes and environments, never a credential or a person.
 */

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "stepwise_" });
  return {
    registry,
    scanDuration: new Histogram({
      name: "stepwise_cluster_scan_duration_seconds",
      help: "How long one cluster's read took in a fleet scan.",
      labelNames: ["cluster"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    readFailures: new Counter({
      name: "stepwise_cluster_read_failures_total",
      help: "Cluster reads that failed, by fault class (unreachable, timeout, unauthorized, forbidden, tls, malformed, …).",
      labelNames: ["cluster", "fault"],
      registers: [registry],
    }),
    gateOpen: new Gauge({
      name: "stepwise_gate_open",
      help: "1 when the running campaign's gate for the environment is open, 0 when blocked.",
      labelNames: ["environment"],
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: "stepwise_sign_in_failures_total",
      help: "Sign-ins refused for a wrong email or password.",
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "stepwise_http_request_duration_seconds",
      help: "How long the server took to answer an HTTP request, by method, route (ids replaced by :id) and status.",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    notifications: new Counter({
      name: "stepwise_notifications_total",
      help: "Notification deliveries, by channel and outcome (delivered, retrying, failed).",
      labelNames: ["channel", "outcome"],
      registers: [registry],
    }),
  };
}

const slot = globalThis as unknown as { stepwiseMetrics?: ReturnType<typeof create> };
export const metrics = (slot.stepwiseMetrics ??= create());
