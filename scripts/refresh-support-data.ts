// `npm run support:refresh`: with network, reads the public sources the shipped support tables cite
// and prints every date that differs from lib/support (or is missing there), so a maintainer updates
// the table with its source. The app itself never needs the network. Exit 0: in step; 1: differences; 2: unreachable.
import { loadAllYaml } from "@kubernetes/client-node";
import { ADDON_COMPATIBILITY, listedMinors } from "../lib/support/addon-compatibility";
import { KUBERNETES_RELEASES, type Platform } from "../lib/support/kubernetes-eol";
import {
  parseArgoCdTestedVersions,
  parseKubePrometheusCompatibility,
  type PublishedLine,
} from "../lib/support/published-tables";

type EolEntry = { cycle: string; releaseDate?: string; eol?: string | boolean; extendedSupport?: string | boolean };

const UPSTREAM = "https://raw.githubusercontent.com/kubernetes/website/main/data/releases/eol.yaml";
const PROVIDERS: Record<Exclude<Platform, "upstream">, string> = {
  eks: "https://endoflife.date/api/amazon-eks.json",
  gke: "https://endoflife.date/api/google-kubernetes-engine.json",
  aks: "https://endoflife.date/api/azure-kubernetes-service.json",
};

// The add-on tables published as Markdown in their repositories; the others are web pages a person reads.
const ADDON_TABLES: { project: string; url: string; parse: (markdown: string) => PublishedLine[] }[] = [
  {
    project: "Argo CD",
    url: "https://raw.githubusercontent.com/argoproj/argo-cd/master/docs/operator-manual/tested-kubernetes-versions.md",
    parse: parseArgoCdTestedVersions,
  },
  {
    project: "kube-prometheus",
    url: "https://raw.githubusercontent.com/prometheus-operator/kube-prometheus/main/README.md",
    parse: parseKubePrometheusCompatibility,
  },
];

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const differences: string[] = [];
const differs = (what: string, shipped: string | null | undefined, published: string | null | undefined) => {
  if ((published ?? null) !== (shipped ?? null))
    differences.push(`${what}: shipped ${shipped ?? "—"}, published ${published ?? "—"}`);
};

try {
  const [eolYaml] = loadAllYaml(await fetchText(UPSTREAM)) as {
    branches: { release: string; endOfLifeDate: string }[];
  }[];
  for (const branch of eolYaml?.branches ?? []) {
    const shipped = KUBERNETES_RELEASES.find((release) => release.minor === branch.release);
    if (shipped || Number(branch.release.split(".")[1]) >= 25)
      differs(`Kubernetes ${branch.release} end of life (${UPSTREAM})`, shipped?.endOfLife, branch.endOfLifeDate);
  }
  for (const [platform, url] of Object.entries(PROVIDERS) as [Exclude<Platform, "upstream">, string][]) {
    for (const entry of JSON.parse(await fetchText(url)) as EolEntry[]) {
      const shipped = KUBERNETES_RELEASES.find((release) => release.minor === entry.cycle)?.[platform];
      const date = (value: string | boolean | undefined) => (typeof value === "string" ? value : null);
      if (!shipped && !KUBERNETES_RELEASES.some((release) => release.minor === entry.cycle)) continue;
      differs(
        `${platform.toUpperCase()} ${entry.cycle} end of standard support (${url})`,
        shipped?.standardEnd,
        date(entry.eol),
      );
      differs(
        `${platform.toUpperCase()} ${entry.cycle} end of extended support (${url})`,
        shipped?.extendedEnd,
        date(entry.extendedSupport),
      );
    }
  }
  for (const { project, url, parse } of ADDON_TABLES) {
    const shipped = ADDON_COMPATIBILITY.find((entry) => entry.project === project)?.lines ?? [];
    for (const published of parse(await fetchText(url))) {
      if (published.minors.length === 0) continue;
      const line = shipped.find((candidate) => candidate.line === published.line);
      differs(
        `${project} ${published.line} (${url})`,
        line && listedMinors(line.minors),
        listedMinors(published.minors),
      );
    }
  }
} catch (error) {
  console.error(
    `Could not read the sources (${error instanceof Error ? error.message : error}). The shipped tables stay as they are.`,
  );
  process.exit(2);
}

console.log(differences.length === 0 ? "The shipped support tables match their sources." : differences.join("\n"));
process.exitCode = differences.length === 0 ? 0 : 1;
