import { differenceInCalendarDays, parseISO } from "date-fns";
import type { Preflight } from "@/lib/kube/types";
import { formatMoment } from "@/lib/format";
import { count } from "./compose";
import type { GateCheck } from "./types";

/*
 * What the next hop's drains and restarts run into, from what discovery read (pure). Each check
 * is left out when the preflight was not read: the removed-API check then says discovery is off.
 */

export type PreflightInput = {
  clusterHref: string;
  preflight: Preflight | null;
  /** The end of the campaign's maintenance window for this environment, when one is set. */
  windowEnd?: Date | null;
  today: string;
};

const link = (clusterHref: string) => ({ href: `${clusterHref}#pre-upgrade`, label: "Pre-upgrade checks" });

/** Budgets that will stall a drain: none may go now, or two select the same pods (the eviction API refuses those). */
export function drainBlockersCheck({ clusterHref, preflight }: PreflightInput): GateCheck | null {
  if (!preflight) return null;
  const stuck = preflight.budgets.filter((budget) => budget.expectedPods > 0 && budget.disruptionsAllowed === 0);
  const groups = new Map<string, typeof preflight.budgets>();
  for (const budget of preflight.budgets) {
    const key = `${budget.namespace}\n${budget.selector}`;
    groups.set(key, [...(groups.get(key) ?? []), budget]);
  }
  const overlapping = [...groups.values()].filter((group) => group.length > 1);
  const items = [
    ...stuck.map((budget) => ({
      label: `PodDisruptionBudget ${budget.namespace}/${budget.name}`,
      href: `${clusterHref}#pre-upgrade`,
      detail: `allows 0 disruptions of ${budget.expectedPods} pods: a drain waits on it forever`,
    })),
    ...overlapping.map((group) => ({
      label: group.map((budget) => `${budget.namespace}/${budget.name}`).join(" + "),
      href: `${clusterHref}#pre-upgrade`,
      detail: "select the same pods: the eviction API refuses a pod with more than one budget",
    })),
  ];
  const base = { id: "drain-blockers", name: "Drains can evict", link: link(clusterHref) };
  if (items.length === 0)
    return {
      ...base,
      verdict: "pass",
      sentence: `${count(preflight.budgets.length, "budget")}, none stalls a drain.`,
      items,
    };
  return {
    ...base,
    verdict: "block",
    sentence: `${count(items.length, "disruption budget problem")} would stall the node drains.`,
    items,
  };
}

/** A fail-closed admission webhook whose service has no ready endpoint refuses every request it matches. */
export function webhooksServedCheck({ clusterHref, preflight }: PreflightInput): GateCheck | null {
  if (!preflight) return null;
  const down = preflight.webhooks.filter((hook) => hook.failurePolicy === "Fail" && hook.readyEndpoints === 0);
  const base = { id: "webhooks-served", name: "Fail-closed webhooks are served", link: link(clusterHref) };
  const items = down.map((hook) => ({
    label: `${hook.configuration} (${hook.name})`,
    href: `${clusterHref}#pre-upgrade`,
    detail: `failurePolicy Fail, service ${hook.service} has no ready endpoint: the requests it matches are refused`,
  }));
  if (items.length === 0)
    return {
      ...base,
      verdict: "pass",
      sentence: `Every fail-closed webhook's service has a ready endpoint (${count(preflight.webhooks.length, "webhook")}).`,
      items,
    };
  return {
    ...base,
    verdict: "block",
    sentence: `${count(items.length, "fail-closed webhook")} without a ready endpoint.`,
    items,
  };
}

/**
 * A CRD converted by a webhook whose service has no ready endpoint: every request for its objects
 * through another version than the stored one fails, and so do the garbage collector's and the
 * namespace controller's lists; a hop that restarts the apiservers runs into it at once.
 */
export function conversionWebhooksCheck({ clusterHref, preflight }: PreflightInput): GateCheck | null {
  if (!preflight) return null;
  const base = { id: "conversion-webhooks", name: "CRD conversion webhooks are served", link: link(clusterHref) };
  const items = preflight.conversionWebhooks
    .filter((conversion) => conversion.readyEndpoints === 0)
    .map((conversion) => ({
      label: `CRD ${conversion.crd}`,
      href: `${clusterHref}#pre-upgrade`,
      detail: `converted by service ${conversion.service}, which has no ready endpoint: its objects cannot be read or written through any other version`,
    }));
  if (items.length === 0)
    return {
      ...base,
      verdict: "pass",
      sentence:
        preflight.conversionWebhooks.length === 0
          ? "No CRD is converted by a webhook."
          : `Every conversion webhook's service has a ready endpoint (${count(preflight.conversionWebhooks.length, "CRD")}).`,
      items,
    };
  return {
    ...base,
    verdict: "block",
    sentence: `${count(items.length, "CRD")} converted by a webhook without a ready endpoint.`,
    items,
  };
}

/** An unavailable aggregated API breaks discovery for every client and namespace deletion. */
export function aggregatedApisCheck({ clusterHref, preflight }: PreflightInput): GateCheck | null {
  if (!preflight) return null;
  const base = { id: "aggregated-apis", name: "Aggregated APIs available", link: link(clusterHref) };
  const items = preflight.unavailableApiServices.map((service) => ({
    label: `APIService ${service.name}`,
    href: `${clusterHref}#pre-upgrade`,
    detail: service.reason,
  }));
  if (items.length === 0) return { ...base, verdict: "pass", sentence: "Every aggregated API is Available.", items };
  return { ...base, verdict: "block", sentence: `${count(items.length, "aggregated API")} not Available.`, items };
}

/** kube-system pods not Ready: a warning (a node being upgraded takes its pods down for a while). */
export function kubeSystemReadyCheck({ clusterHref, preflight }: PreflightInput): GateCheck | null {
  if (!preflight) return null;
  const base = { id: "kube-system-ready", name: "kube-system Ready", link: link(clusterHref) };
  const href = `${clusterHref}#pre-upgrade`;
  const items = [
    ...preflight.unreadySystemPods.map((pod) => ({
      label: pod.name,
      href,
      detail: `${pod.reason}${pod.node ? ` on ${pod.node}` : ""}`,
    })),
    ...(preflight.unreadySystemWorkloads ?? []).map((workload) => ({
      label: `${workload.kind} kube-system/${workload.name}`,
      href,
      detail: `${workload.ready} of ${workload.desired} pods Ready`,
    })),
  ];
  const scope =
    preflight.unreadySystemWorkloads === null
      ? "kube-proxy and the control plane (discovery's namespaces leave kube-system's workloads out)"
      : "kube-proxy, the control plane and every kube-system workload";
  if (items.length === 0) return { ...base, verdict: "pass", sentence: `Every pod Ready: ${scope}.`, items };
  return {
    ...base,
    verdict: "warn",
    sentence: `${count(items.length, "part")} of kube-system not fully Ready.`,
    items,
  };
}

const CERTIFICATE_WARNING_DAYS = 30;

/** The apiserver's serving certificate must outlast the maintenance window (a restart mid-hop presents it again). */
export function servingCertificateCheck({
  clusterHref,
  preflight,
  windowEnd,
  today,
}: PreflightInput): GateCheck | null {
  const notAfter = preflight?.servingCertificateNotAfter;
  if (!notAfter) return null;
  const base = { id: "serving-certificate", name: "Apiserver certificate valid", link: link(clusterHref), items: [] };
  const days = differenceInCalendarDays(parseISO(notAfter), parseISO(today));
  const expires = formatMoment(new Date(notAfter));
  if (windowEnd && new Date(notAfter) < windowEnd)
    return {
      ...base,
      verdict: "block",
      sentence: `The apiserver's serving certificate expires ${expires}, before the maintenance window ends (${formatMoment(windowEnd)}): renew it first.`,
    };
  if (days <= CERTIFICATE_WARNING_DAYS)
    return {
      ...base,
      verdict: "warn",
      sentence: `The apiserver's serving certificate expires ${expires}, in ${days} days.`,
    };
  return { ...base, verdict: "pass", sentence: `The apiserver's serving certificate is valid until ${expires}.` };
}

export const PREFLIGHT_CHECK_IDS = [
  "drain-blockers",
  "webhooks-served",
  "conversion-webhooks",
  "aggregated-apis",
  "kube-system-ready",
  "serving-certificate",
] as const;

export const PREFLIGHT_CHECKS = [
  drainBlockersCheck,
  webhooksServedCheck,
  conversionWebhooksCheck,
  aggregatedApisCheck,
  kubeSystemReadyCheck,
  servingCertificateCheck,
];
