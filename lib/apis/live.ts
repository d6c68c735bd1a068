import { minorIndexOf } from "@/lib/skew/rules";
import type { ApiUse, ApiUsage, DeprecatedRequests } from "@/lib/kube/types";
import { REMOVED_APIS, type RemovedApi } from "./catalog";

/*
 * What a live cluster says about removed API versions, judged without I/O: which lists to read,
 * who last wrote each object and through which version, what the apiserver's counter says, and
 * which of that the campaign's way runs into.
 */

const IRREGULAR_PLURALS: Record<string, string> = { Endpoints: "endpoints" };

/** "NetworkPolicy" -> "networkpolicies", "Ingress" -> "ingresses": the resource name in an API path. */
export function resourceOf(kind: string): string {
  const lower = kind.toLowerCase();
  if (IRREGULAR_PLURALS[kind]) return IRREGULAR_PLURALS[kind]!;
  if (lower.endsWith("y")) return `${lower.slice(0, -1)}ies`;
  if (lower.endsWith("s")) return `${lower}es`;
  return `${lower}s`;
}

const groupOf = (apiVersion: string) => (apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");
const pathOf = (apiVersion: string, resource: string) =>
  apiVersion.includes("/") ? `/apis/${apiVersion}/${resource}` : `/api/${apiVersion}/${resource}`;

/**
 * One list per kind that a removal still ahead of this cluster (or behind it, after `since`) concerns: read through the version
 * that replaces it (the apiserver serves every object in every served version), else through the
 * old version where the replacement is not served yet (an add-on not upgraded).
 */
export type UsageList = { kind: string; resource: string; paths: string[]; removed: string[] };

export function usageListsFor(serverVersion: string, since: string = serverVersion): UsageList[] {
  // From the campaign's starting minor: an object written through a version a past hop removed is still found.
  const from = Math.min(minorIndexOf(serverVersion) ?? 0, minorIndexOf(since) ?? Infinity);
  const ahead = REMOVED_APIS.filter(
    (removal) => !("kubernetes" in removal.removedIn) || (minorIndexOf(removal.removedIn.kubernetes) ?? 0) > from,
  );
  const lists = new Map<string, UsageList>();
  for (const removal of ahead)
    for (const kind of removal.kinds) {
      const via = removal.replacement?.apiVersion ?? removal.apiVersion;
      const key = `${groupOf(via)}/${kind}`;
      const resource = resourceOf(kind);
      const list = lists.get(key) ?? { kind, resource, paths: [pathOf(via, resource)], removed: [] };
      list.removed.push(removal.apiVersion);
      const old = pathOf(removal.apiVersion, resource);
      if (!list.paths.includes(old)) list.paths.push(old);
      lists.set(key, list);
    }
  return [...lists.values()];
}

/** The custom resource definitions of the catalog's add-on removals: whose stored versions to look at. */
export function addonCrds(): { name: string; group: string }[] {
  const crds = REMOVED_APIS.filter((removal) => "project" in removal.removedIn).flatMap((removal) =>
    removal.kinds.map((kind) => ({
      name: `${resourceOf(kind)}.${groupOf(removal.apiVersion)}`,
      group: groupOf(removal.apiVersion),
    })),
  );
  return [...new Map(crds.map((crd) => [crd.name, crd])).values()];
}

type ManagedField = { manager?: string; operation?: string; apiVersion?: string; time?: string; subresource?: string };
export type ObjectMeta = {
  name?: string;
  namespace?: string;
  managedFields?: ManagedField[];
  annotations?: Record<string, string>;
};

const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

/**
 * Who last wrote the object and through which version: the newest write in managedFields (status
 * writes left out: they are a controller reporting, not the owner's manifest), else kubectl's
 * last-applied-configuration. Not the version an object is read through: the apiserver converts.
 */
export function lastWriter(
  metadata: ObjectMeta | undefined,
): Pick<ApiUse, "apiVersion" | "manager" | "evidence"> | null {
  const writes = (metadata?.managedFields ?? []).filter(
    (entry) => !entry.subresource && entry.apiVersion && (entry.operation === "Update" || entry.operation === "Apply"),
  );
  const newest = writes.reduce<ManagedField | null>(
    (latest, entry) => (!latest || (entry.time ?? "") > (latest.time ?? "") ? entry : latest),
    null,
  );
  if (newest)
    return {
      apiVersion: newest.apiVersion!,
      manager: newest.manager ?? "(unnamed manager)",
      evidence: "managedFields",
    };
  const applied = metadata?.annotations?.[LAST_APPLIED];
  if (!applied) return null;
  try {
    const apiVersion = (JSON.parse(applied) as { apiVersion?: unknown }).apiVersion;
    return typeof apiVersion === "string" ? { apiVersion, manager: "kubectl apply", evidence: "last-applied" } : null;
  } catch {
    return null;
  }
}

/** The object as a finding when its last writer used one of `removed`; null otherwise. */
export function removedUse(
  kind: string,
  metadata: ObjectMeta | undefined,
  removed: string[],
): Omit<ApiUse, "owner"> | null {
  const writer = lastWriter(metadata);
  if (!writer || !removed.includes(writer.apiVersion)) return null;
  return { kind, namespace: metadata?.namespace ?? null, name: metadata?.name ?? "(unnamed)", ...writer };
}

/**
 * The apiserver's `apiserver_requested_deprecated_apis` gauge from its /metrics text: every
 * deprecated version requested since that apiserver started (one replica's view).
 */
export function parseDeprecatedRequests(
  metricsText: string,
): Extract<DeprecatedRequests, { state: "read" }>["requests"] {
  const requests = [];
  for (const match of metricsText.matchAll(/^apiserver_requested_deprecated_apis\{([^}]*)\}\s+(\S+)/gm)) {
    if (Number(match[2]) === 0) continue;
    const labels = Object.fromEntries(
      [...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!]),
    );
    requests.push({
      group: labels.group ?? "",
      version: labels.version ?? "",
      resource: labels.resource ?? "",
      removedRelease: labels.removed_release ?? "",
    });
  }
  return requests;
}

/** The removals the cluster meets on its way: Kubernetes minors after its own up to the target, and the campaign's add-on upgrades. */
export function removalsAhead(serverVersion: string, target: string, addonRemovals: RemovedApi[]): RemovedApi[] {
  return [...kubernetesRemovalsBetween(serverVersion, target), ...addonRemovals];
}

/** Kubernetes removals after `from`'s minor, up to and including `to`'s. */
function kubernetesRemovalsBetween(from: string, to: string): RemovedApi[] {
  const [after, upTo] = [minorIndexOf(from) ?? 0, minorIndexOf(to) ?? 0];
  return REMOVED_APIS.filter((removal) => {
    if (!("kubernetes" in removal.removedIn)) return false;
    const at = minorIndexOf(removal.removedIn.kubernetes) ?? 0;
    return at > after && at <= upTo;
  });
}

export type LiveFinding =
  | { kind: "object"; use: ApiUse; removal: RemovedApi }
  /** Written through a version a hop already made (since the campaign began) removed here: the next apply of the same manifest is refused. */
  | { kind: "unserved"; use: ApiUse; removal: RemovedApi }
  | { kind: "stored"; crd: string; version: string; removal: RemovedApi }
  | {
      kind: "requested";
      request: Extract<DeprecatedRequests, { state: "read" }>["requests"][number];
      removal: RemovedApi;
    };

/** An object or a stored version the way ahead removes: what holds the hop (requests and unserved objects warn). */
export const blocksTheWay = (finding: LiveFinding) => finding.kind === "object" || finding.kind === "stored";

const removalOfUse = (use: ApiUse, removals: RemovedApi[]) =>
  removals.find((entry) => entry.apiVersion === use.apiVersion && entry.kinds.includes(use.kind));

/** What of a cluster's API usage the way ahead runs into: objects, CRD storage versions, requests. */
export function liveFindings(usage: ApiUsage, ahead: RemovedApi[]): LiveFinding[] {
  const objects = usage.objects.flatMap((use): LiveFinding[] => {
    const removal = removalOfUse(use, ahead);
    return removal ? [{ kind: "object", use, removal }] : [];
  });
  const stored = usage.crds.flatMap((crd) =>
    crd.storedVersions.flatMap((version): LiveFinding[] => {
      const removal = ahead.find(
        (entry) =>
          entry.apiVersion === `${crd.group}/${version}` &&
          entry.kinds.some((kind) => `${resourceOf(kind)}.${crd.group}` === crd.name),
      );
      return removal ? [{ kind: "stored", crd: crd.name, version, removal }] : [];
    }),
  );
  const requested =
    usage.requested.state === "read"
      ? usage.requested.requests.flatMap((request): LiveFinding[] => {
          const apiVersion = request.group ? `${request.group}/${request.version}` : request.version;
          const removal = ahead.find(
            (entry) =>
              entry.apiVersion === apiVersion && entry.kinds.some((kind) => resourceOf(kind) === request.resource),
          );
          return removal ? [{ kind: "requested", request, removal }] : [];
        })
      : [];
  return [...objects, ...stored, ...requested];
}

/**
 * A cluster's removed-API findings: on its way from its own version to `target`, and objects still
 * last written through a version a hop since `since` (the campaign's starting version) removed.
 */
export function clusterRemovedApis(
  serverVersion: string,
  target: string,
  usage: ApiUsage,
  addonRemovals: RemovedApi[],
  since: string = serverVersion,
): { ahead: RemovedApi[]; findings: LiveFinding[] } {
  const ahead = removalsAhead(serverVersion, target, addonRemovals);
  const passed = kubernetesRemovalsBetween(since, serverVersion);
  const unserved = usage.objects.flatMap((use): LiveFinding[] => {
    const removal = removalOfUse(use, passed);
    return removal ? [{ kind: "unserved", use, removal }] : [];
  });
  return { ahead, findings: [...liveFindings(usage, ahead), ...unserved] };
}
