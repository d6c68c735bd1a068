import { minorIndexOf, minorLabel } from "@/lib/skew/rules";

/*
 * Which Kubernetes minors each add-on's release lines are supported on, as the projects publish
 * it, shipped with the app and cited per entry (checked on SUPPORT_DATA_CHECKED in
 * ./kubernetes-eol). A release line or a project not in this table is "not listed", never
 * "unsupported": only a cited range says a minor is outside it.
 */

export type AddonLine = {
  /** "1.18": the minor release line. */
  line: string;
  /** The Kubernetes minors the project lists as supported for this line, lowest to highest. */
  kubernetes: { from: string; to: string };
  released: string | null;
  sources: string[];
};

export type AddonCompatibility = {
  project: string;
  /** Which inventory components this is, by name. */
  names: RegExp;
  lines: AddonLine[];
  /** The project stopped: no more releases or security fixes, whatever the minor. */
  retired?: { date: string; sources: string[] };
};

const CERT_MANAGER = "https://cert-manager.io/docs/releases/";
const CERT_MANAGER_TABLE = "https://github.com/cert-manager/website/blob/master/content/docs/releases/README.md";
const INGRESS_NGINX_RETIREMENT = "https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/";

export const ADDON_COMPATIBILITY: AddonCompatibility[] = [
  {
    project: "cert-manager",
    names: /^cert-manager$/i,
    lines: [
      {
        line: "1.18",
        kubernetes: { from: "1.29", to: "1.33" },
        released: "2025-06-10",
        sources: [CERT_MANAGER, CERT_MANAGER_TABLE],
      },
      {
        line: "1.19",
        kubernetes: { from: "1.31", to: "1.35" },
        released: "2025-10-07",
        sources: [CERT_MANAGER, CERT_MANAGER_TABLE],
      },
      {
        line: "1.20",
        kubernetes: { from: "1.32", to: "1.35" },
        released: "2026-03-10",
        sources: [CERT_MANAGER, CERT_MANAGER_TABLE],
      },
    ],
  },
  {
    project: "ingress-nginx",
    names: /^ingress-nginx$/i,
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
  | {
      kind: "outside";
      project: string;
      line: string;
      supported: AddonLine["kubernetes"];
      minors: string[];
      sources: string[];
    }
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
  const [low, high] = [minorIndexOf(found.kubernetes.from)!, minorIndexOf(found.kubernetes.to)!];
  const outside = minors.filter((minor) => {
    const index = minorIndexOf(minor)!;
    return index < low || index > high;
  });
  return outside.length > 0
    ? {
        kind: "outside",
        project: entry.project,
        line: found.line,
        supported: found.kubernetes,
        minors: outside,
        sources: found.sources,
      }
    : { kind: "within", project: entry.project, line: found.line, sources: found.sources };
}
