/*
 * Parsers for the compatibility tables add-on projects publish as Markdown, so `npm run
 * support:refresh` can compare the shipped table with today's text. Pure: text in, lines out.
 */

export type PublishedLine = { line: string; minors: string[] };

const byMinor = (left: string, right: string) => Number(left.split(".")[1]) - Number(right.split(".")[1]);

/** Argo CD's docs/operator-manual/tested-kubernetes-versions.md: `| 3.5 | v1.36, v1.35, v1.34, v1.33 |`. */
export function parseArgoCdTestedVersions(markdown: string): PublishedLine[] {
  return [...markdown.matchAll(/^\|\s*(\d+\.\d+)\s*\|([^|\n]*)\|\s*$/gm)].map(([, line, cell]) => ({
    line: line!,
    minors: [...cell!.matchAll(/v?(\d+\.\d+)/g)].map(([, minor]) => minor!).sort(byMinor),
  }));
}

/** kube-prometheus README's "Compatibility" table: a ✔ per Kubernetes column, one row per release branch. */
export function parseKubePrometheusCompatibility(markdown: string): PublishedLine[] {
  const rows = markdown.split("\n").filter((row) => row.trim().startsWith("|"));
  const header = rows.find((row) => /Kubernetes \d+\.\d+/.test(row));
  if (!header) return [];
  const columns = header
    .split("|")
    .slice(1, -1)
    .map((cell) => /Kubernetes (\d+\.\d+)/.exec(cell)?.[1] ?? null);
  return rows.flatMap((row) => {
    const line = /release-(\d+\.\d+)/.exec(row)?.[1];
    if (!line) return [];
    const cells = row.split("|").slice(1, -1);
    const minors = cells.flatMap((cell, index) => (cell.includes("✔") && columns[index] ? [columns[index]!] : []));
    return [{ line, minors: minors.sort(byMinor) }];
  });
}
