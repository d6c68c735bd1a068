import { minorIndexOf, minorLabel } from "@/lib/skew/rules";

/*
 * Which Kubernetes minors each add-on's release lines are supported on, as the projects publish
 * it, shipped with the app and cited per entry (checked on SUPPORT_DATA_CHECKED in
 * ./kubernetes-eol). A release line or a project not in this table is "not listed", never
 * "unsupported": only a cited range says a minor is outside it.
 */

export type AddonLine = {
  /** "1.18": the minor release line (or "0.19" for a 0.x project). */
  line: string;
  /** The Kubernetes minors the project lists for this line. */
  minors: string[];
  released: string | null;
  sources: string[];
};

export type AddonCompatibility = {
  project: string;
  /** Which inventory components this is, by name. */
  names: RegExp;
  /**
   * What the project's list means: "supported" (outside it is unsupported, by the project's own
   * word: blocks) or "tested" (outside it is only untested, the project says nothing more: warns).
   */
  claim: "supported" | "tested";
  lines: AddonLine[];
  /** The project stopped: no more releases or security fixes, whatever the minor. */
  retired?: { date: string; sources: string[] };
};

/** "1.29" to "1.33" -> every minor between, inclusive. */
function minorsFrom(from: string, to: string): string[] {
  const [low, high] = [minorIndexOf(from)!, minorIndexOf(to)!];
  return Array.from({ length: high - low + 1 }, (_, index) => minorLabel(low + index));
}

const CERT_MANAGER = [
  "https://cert-manager.io/docs/releases/",
  "https://github.com/cert-manager/website/blob/master/content/docs/releases/README.md",
];
const CILIUM_1_18 = [
  "https://docs.cilium.io/en/v1.18/network/kubernetes/compatibility/",
  "https://github.com/cilium/cilium/blob/v1.18.14/Documentation/network/kubernetes/compatibility.rst",
];
const CALICO_3_29 = [
  "https://docs.tigera.io/calico/3.29/getting-started/kubernetes/requirements",
  "https://github.com/orgs/projectcalico/discussions/11717",
];
const EXTERNAL_SECRETS = ["https://external-secrets.io/latest/introduction/stability-support/"];
const CONTAINERD = [
  "https://containerd.io/releases/#kubernetes-support",
  "https://github.com/containerd/containerd/blob/main/RELEASES.md",
];
const INGRESS_NGINX_RETIREMENT = "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/";

const line = (name: string, from: string, to: string, released: string | null, sources: string[]): AddonLine => ({
  line: name,
  minors: minorsFrom(from, to),
  released,
  sources,
});

export const ADDON_COMPATIBILITY: AddonCompatibility[] = [
  {
    project: "cert-manager",
    names: /^cert-manager$/i,
    claim: "supported",
    lines: [
      line("1.18", "1.29", "1.33", "2025-06-10", CERT_MANAGER),
      line("1.19", "1.31", "1.35", "2025-10-07", CERT_MANAGER),
      line("1.20", "1.32", "1.35", "2026-03-10", CERT_MANAGER),
    ],
  },
  {
    project: "Cilium",
    names: /^cilium$/i,
    claim: "tested",
    lines: [line("1.18", "1.30", "1.33", null, CILIUM_1_18)],
  },
  {
    project: "Calico",
    names: /^calico$/i,
    claim: "tested",
    lines: [line("3.29", "1.29", "1.32", null, CALICO_3_29)],
  },
  {
    project: "External Secrets Operator",
    names: /^external secrets( operator)?$/i,
    claim: "tested",
    lines: [
      ...["0.10", "0.11", "0.12", "0.13"].map((name) => line(name, "1.19", "1.31", null, EXTERNAL_SECRETS)),
      ...["0.14", "0.15", "0.16"].map((name) => line(name, "1.32", "1.32", null, EXTERNAL_SECRETS)),
      ...["0.17", "0.18", "0.19"].map((name) => line(name, "1.33", "1.33", null, EXTERNAL_SECRETS)),
      ...["0.20", "1.0", "1.1", "1.2", "1.3"].map((name) => line(name, "1.34", "1.34", null, EXTERNAL_SECRETS)),
      ...["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"].map((name) =>
        line(name, "1.34", "1.35", null, EXTERNAL_SECRETS),
      ),
      line("2.7", "1.35", "1.35", "2026-06-26", EXTERNAL_SECRETS),
    ],
  },
  {
    project: "containerd",
    names: /^containerd$/i,
    claim: "tested",
    lines: [line("1.7", "1.26", "1.31", "2023-03-10", CONTAINERD)],
  },
  {
    project: "ingress-nginx",
    names: /^ingress-nginx$/i,
    claim: "supported",
    lines: [],
    retired: { date: "March 2026", sources: [INGRESS_NGINX_RETIREMENT] },
  },
];

/** "v1.18.2" -> "1.18". */
function lineOf(version: string): string | null {
  const match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  return match ? `${match[1]}.${match[2]}` : null;
}

/** Every minor the clusters run during the campaign: the one it starts from, each hop, the target. */
export function minorsPassedThrough(from: string, to: string): string[] {
  const [start, end] = [minorIndexOf(from), minorIndexOf(to)];
  if (start === null || end === null || end < start) return [];
  return Array.from({ length: end - start + 1 }, (_, index) => minorLabel(start + index));
}

export type CompatibilityFinding =
  | { kind: "outside"; project: string; line: string; listed: string[]; minors: string[]; sources: string[] }
  | { kind: "untested"; project: string; line: string; listed: string[]; minors: string[]; sources: string[] }
  | { kind: "retired"; project: string; date: string; sources: string[] }
  | { kind: "within"; project: string; line: string; sources: string[] }
  | { kind: "not-listed"; project: string; line: string | null };

/** What the shipped table says about one component at one version over the campaign's minors; null when the project is not in it. */
export function compatibilityOf(name: string, version: string, minors: string[]): CompatibilityFinding | null {
  const entry = ADDON_COMPATIBILITY.find((candidate) => candidate.names.test(name.trim()));
  if (!entry) return null;
  if (entry.retired)
    return { kind: "retired", project: entry.project, date: entry.retired.date, sources: entry.retired.sources };
  const line = lineOf(version);
  const found = entry.lines.find((candidate) => candidate.line === line);
  if (!found) return { kind: "not-listed", project: entry.project, line };
  const outside = minors.filter((minor) => !found.minors.includes(minor));
  if (outside.length === 0) return { kind: "within", project: entry.project, line: found.line, sources: found.sources };
  return {
    kind: entry.claim === "supported" ? "outside" : "untested",
    project: entry.project,
    line: found.line,
    listed: found.minors,
    minors: outside,
    sources: found.sources,
  };
}
