import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CATALOG_CHECKED } from "@/lib/apis/catalog";
import { addonRemovalsCrossed, manifestVerdict, removedBy, replacementOf } from "@/lib/apis/judge";
import { blocksTheWay, clusterRemovedApis, type LiveFinding } from "@/lib/apis/live";
import { openKubeSource } from "@/lib/kube/connection";
import { scanClusters } from "@/lib/kube/scan";
import { parseManifests, type ManifestObject } from "@/lib/apis/manifests";
import { isValidVersion } from "@/lib/versions/version";
import { argumentsOf } from "./flags";
import { EXIT } from "./skew-report";

export const APIS_USAGE = `stepwise apis PATH... --target VERSION [--addon "PROJECT=VERSION"]... [--json | --sarif]
       stepwise apis --kubeconfig FILE [--context NAME] --target VERSION [--addon "PROJECT=VERSION"]... [--json]
  reads YAML files and directories (every .yaml/.yml below them; "-" reads standard input, e.g. helm template
  output) and names every object whose API version is no longer served at the target Kubernetes version, with
  its replacement and what else changes. Deprecated but still served versions are printed as warnings. An
  add-on's removed custom resource version (cert-manager, External Secrets) is a warning unless --addon says
  the cluster runs that release, e.g. --addon "External Secrets Operator=0.19".
  With --kubeconfig it reads each cluster live instead, as the dashboard does: objects whose last writer (managedFields)
  used a version removed on the way from the cluster's version to the target, add-on CRDs still storing one, and the
  apiserver's count of deprecated requests (a warning; often refused on managed control planes).
  Exit codes: 0 nothing removed at the target, 1 an object uses a removed API, 2 an input or a cluster could not be read.`;

type Finding = ManifestObject & {
  file: string;
  severity: "error" | "warning";
  /** "autoscaling/v2beta2 HorizontalPodAutoscaler is removed in Kubernetes 1.26; use autoscaling/v2". */
  message: string;
  changes: string[];
  source: string;
};

/** Every YAML file under the given paths, in a stable order; the paths that could not be read apart. */
function filesOf(paths: string[]): { files: string[]; unreadable: { file: string; message: string }[] } {
  const files: string[] = [];
  const unreadable: { file: string; message: string }[] = [];
  const visit = (entry: string) => {
    try {
      if (entry === "-" || !statSync(entry).isDirectory()) return void files.push(entry);
      for (const child of readdirSync(entry).sort()) {
        const full = path.join(entry, child);
        if (statSync(full).isDirectory()) visit(full);
        else if (/\.ya?ml$/i.test(child)) files.push(full);
      }
    } catch (error) {
      unreadable.push({ file: entry, message: error instanceof Error ? error.message : String(error) });
    }
  };
  paths.forEach(visit);
  return { files, unreadable };
}

function findingsOf(file: string, objects: ManifestObject[], target: string, addons: Record<string, string>) {
  return objects.flatMap((object): Finding[] => {
    const verdict = manifestVerdict(object, target, addons);
    const at = { ...object, file };
    if (verdict.kind === "removed" || verdict.kind === "removed-by-addon") {
      const { removal } = verdict;
      const removed = `${object.apiVersion} ${object.kind} is removed in ${removedBy(removal)}; use ${replacementOf(removal)}`;
      return [
        {
          ...at,
          severity: verdict.kind === "removed" ? "error" : "warning",
          message: verdict.kind === "removed" ? removed : `${removed} (once the cluster runs it)`,
          changes: removal.changes,
          source: removal.source,
        },
      ];
    }
    if (verdict.kind === "deprecated") {
      const { deprecation } = verdict;
      return [
        {
          ...at,
          severity: "warning",
          message: `${object.apiVersion} ${object.kind} is deprecated since Kubernetes ${deprecation.deprecatedIn}; use ${deprecation.replacement}`,
          changes: [],
          source: deprecation.source,
        },
      ];
    }
    return [];
  });
}

const where = (finding: Finding) =>
  `${finding.file}:${finding.line}${finding.template ? ` (${finding.template})` : ""}`;
const objectName = (finding: Finding) =>
  `${finding.kind} ${finding.namespace ? `${finding.namespace}/` : ""}${finding.name ?? "(unnamed)"}`;

function textReport(findings: Finding[], unreadable: { file: string; message: string }[], target: string): string {
  const errors = findings.filter((finding) => finding.severity === "error");
  const lines = findings.map((finding) =>
    [
      `${finding.severity === "error" ? "REMOVED" : "warning"}  ${where(finding)}  ${objectName(finding)}`,
      `  ${finding.message}`,
      ...finding.changes.map((change) => `  - ${change}`),
      `  ${finding.source}`,
    ].join("\n"),
  );
  lines.push(...unreadable.map(({ file, message }) => `UNREADABLE  ${file}  ${message}`));
  if (unreadable.length > 0)
    lines.push(
      `${unreadable.length} input${unreadable.length === 1 ? "" : "s"} could not be read: the verdict covers the rest only.`,
    );
  lines.push(
    errors.length === 0
      ? `No object uses an API removed by Kubernetes ${target} (catalog checked ${CATALOG_CHECKED}).`
      : `${errors.length} object${errors.length === 1 ? "" : "s"} use${errors.length === 1 ? "s" : ""} an API removed by Kubernetes ${target}.`,
  );
  return lines.join("\n");
}

/** SARIF 2.1.0, as code-scanning tools read it: one rule per removed or deprecated API version and kind. */
function sarifReport(findings: Finding[]) {
  const ruleId = (finding: Finding) => `${finding.apiVersion}/${finding.kind}`;
  const rules = [...new Map(findings.map((finding) => [ruleId(finding), finding])).values()].map((finding) => ({
    id: ruleId(finding),
    shortDescription: { text: finding.message },
    helpUri: finding.source,
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "stepwise apis",
            informationUri: "https://kubernetes.io/docs/reference/using-api/deprecation-guide/",
            rules,
          },
        },
        results: findings.map((finding) => ({
          ruleId: ruleId(finding),
          level: finding.severity,
          message: { text: `${objectName(finding)}: ${finding.message}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.split(path.sep).join("/") },
                region: { startLine: finding.line },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** For CI and tenant repositories: will these manifests still apply at the target? */
export async function apisCommand(rest: string[]): Promise<number> {
  const parsed = argumentsOf(
    rest,
    {
      target: { type: "string" },
      addon: { type: "string", multiple: true },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      json: { type: "boolean", default: false },
      sarif: { type: "boolean", default: false },
    },
    APIS_USAGE,
  );
  if (!parsed) return EXIT.unreadable;
  const { values: options, positionals: paths } = parsed;
  const live = Boolean(options.kubeconfig);
  if (!options.target || !isValidVersion(options.target) || (paths.length === 0 && !live)) {
    console.error(
      `${paths.length === 0 && !live ? "Give at least one file or directory, or --kubeconfig." : "--target must be a version, e.g. 1.34."}\n\n${APIS_USAGE}`,
    );
    return EXIT.unreadable;
  }
  const addons: Record<string, string> = {};
  for (const pair of options.addon ?? []) {
    const [project, version] = pair.split("=");
    if (!project || !version || !isValidVersion(version)) {
      console.error(`--addon "${pair}" is not PROJECT=VERSION, e.g. "External Secrets Operator=0.19".`);
      return EXIT.unreadable;
    }
    addons[project.trim()] = version.trim();
  }
  if (live) return liveCommand(options.kubeconfig!, options.context, options.target, addons, options.json);
  const { files, unreadable } = filesOf(paths);
  const findings: Finding[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch (error) {
      unreadable.push({ file, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const parsed = parseManifests(source);
    for (const error of parsed.errors)
      unreadable.push({ file: `${file}:${error.line}`, message: error.message.split("\n")[0]! });
    findings.push(...findingsOf(file, parsed.objects, options.target, addons));
  }
  if (options.sarif) console.log(JSON.stringify(sarifReport(findings), null, 2));
  else if (options.json)
    console.log(
      JSON.stringify({ target: options.target, catalogChecked: CATALOG_CHECKED, findings, unreadable }, null, 2),
    );
  else console.log(textReport(findings, unreadable, options.target));
  if (unreadable.length > 0) return EXIT.unreadable;
  return findings.some((finding) => finding.severity === "error") ? 1 : 0;
}

const liveLine = (finding: LiveFinding): string => {
  const gone = `removed in ${removedBy(finding.removal)}; use ${replacementOf(finding.removal)}`;
  if (finding.kind === "object" || finding.kind === "unserved") {
    const { use } = finding;
    const where = `${use.kind} ${use.namespace ? `${use.namespace}/` : ""}${use.name}`;
    const evidence =
      use.evidence === "managedFields" ? `written by ${use.manager}` : "per last-applied-configuration only";
    const state = finding.kind === "object" ? "REMOVED" : "unserved";
    return `${state}  ${where}  ${use.apiVersion}, ${gone}; ${evidence}${use.owner ? `; team ${use.owner}` : ""}`;
  }
  if (finding.kind === "stored") return `REMOVED  CRD ${finding.crd} still stores ${finding.version}, ${gone}`;
  const { request } = finding;
  return `warning  requests to ${request.group ? `${request.group}/` : ""}${request.version} ${request.resource} counted by the apiserver, ${gone}`;
};

type LiveCluster =
  | { name: string; error: string }
  | { name: string; serverVersion: string; findings: LiveFinding[]; metrics: "read" | "forbidden"; missing: string[] };

/** The live checks from the command line: each cluster of the kubeconfig read as the dashboard reads it. */
async function liveCommand(
  kubeconfig: string,
  context: string | undefined,
  target: string,
  addons: Record<string, string>,
  json: boolean | undefined,
): Promise<number> {
  const source = { mode: "kubeconfig" as const, path: kubeconfig };
  const chosen = context ? [context] : openKubeSource(source).contexts;
  if (chosen.length === 0) {
    console.error(`No contexts in ${kubeconfig} (or it could not be read).`);
    return EXIT.unreadable;
  }
  const addonRemovals = addonRemovalsCrossed(
    Object.entries(addons).map(([name, version]) => ({ name, currentVersion: null, targetVersion: version })),
  );
  const results = await scanClusters(
    source,
    chosen.map((name) => ({ name, context: name })),
    { timeoutMs: 20_000, concurrency: 16, discovery: { namespaces: null } },
  );
  const clusters = results.map((result): LiveCluster => {
    if (!result.read.ok) return { name: result.name, error: `${result.read.fault.kind}: ${result.read.fault.message}` };
    const { reading } = result.read;
    const usage = reading.discovery?.apiUsage;
    return {
      name: result.name,
      serverVersion: reading.serverVersion,
      findings: usage ? clusterRemovedApis(reading.serverVersion, target, usage, addonRemovals).findings : [],
      metrics: usage?.requested.state ?? "forbidden",
      missing: reading.discovery?.missing.map((entry) => entry.permission) ?? [],
    };
  });
  if (json) console.log(JSON.stringify({ target, catalogChecked: CATALOG_CHECKED, clusters }, null, 2));
  else
    for (const cluster of clusters) {
      if ("error" in cluster) {
        console.log(`✗ ${cluster.name}: could not be read (${cluster.error})`);
        continue;
      }
      console.log(
        `${cluster.findings.some(blocksTheWay) ? "✗" : "✓"} ${cluster.name} (${cluster.serverVersion} → ${target})`,
      );
      for (const finding of cluster.findings) console.log(`  ${liveLine(finding)}`);
      if (cluster.metrics === "forbidden") console.log("  (the apiserver refused /metrics: requests are not counted)");
      for (const permission of cluster.missing) console.log(`  (not allowed to ${permission})`);
    }
  if (clusters.some((cluster) => "error" in cluster)) return EXIT.unreadable;
  const blocked = clusters.some((cluster) => "findings" in cluster && cluster.findings.some(blocksTheWay));
  return blocked ? 1 : 0;
}
