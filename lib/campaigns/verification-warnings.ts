import { formatSpread, runningState, type VersionCount } from "@/lib/discovery/match";
import type { EnvironmentView } from "@/lib/environments/types";
import { minorIndexOf, minorLabel } from "@/lib/skew/rules";
import { settles, verificationOf } from "./progress";
import type { ComponentView, InventoryRow } from "./types";
import { VERIFICATION_LABELS } from "./vocabulary";

/** What an environment's clusters run now, as the live view read it: one entry per cluster. */
export type LiveVersions = Record<string, { cluster: string; versions: string[] }[]>;

/** Kubernetes itself, whose verification the clusters' own versions can confirm or contradict. */
export function isKubernetesItself(component: Pick<ComponentView, "category" | "name">): boolean {
  return component.category === "kubernetes" && /\b(kubernetes|kubeadm|kubelet)\b/i.test(component.name);
}

/**
 * Ticks that do not add up, per environment id: a verdict out of the promotion order (Prd
 * verified while Stg is not), Kubernetes verified on an environment whose clusters still run
 * an older minor than its target, or any other component verified where discovery sees it
 * running something else than its target (`running`: its spread per environment id). Warnings, never refusals: the record may be right and the
 * order unusual. Pure.
 */
export function verificationWarnings(
  component: InventoryRow,
  environments: EnvironmentView[],
  live: LiveVersions | null,
  running: Record<string, VersionCount[]> | null = null,
): Record<string, string[]> {
  const ordered = [...environments].sort((a, b) => a.position - b.position);
  const warnings: Record<string, string[]> = {};
  const targetMinor = component.targetVersion ? minorIndexOf(component.targetVersion) : null;
  ordered.forEach((environment, index) => {
    const here = verificationOf(component, environment.id);
    const found: string[] = [];
    const previous = ordered[index - 1];
    if (settles(here) && previous && !settles(verificationOf(component, previous.id)))
      found.push(`${VERIFICATION_LABELS[here.status]} on ${environment.name} while ${previous.name} is not settled.`);
    if (here.status === "verified" && targetMinor !== null && isKubernetesItself(component)) {
      for (const { cluster, versions } of live?.[environment.id] ?? []) {
        const behind = versions.filter((v) => (minorIndexOf(v) ?? targetMinor) < targetMinor);
        if (behind.length > 0)
          found.push(
            `Verified ${minorLabel(targetMinor)} on ${environment.name}, but ${cluster} still runs ${[...new Set(behind)].join(", ")}.`,
          );
      }
    }
    // Any other component: its own running versions, where discovery finds it.
    const spread = running?.[environment.id] ?? [];
    if (here.status === "verified" && !isKubernetesItself(component) && spread.length > 0) {
      const state = runningState(component, spread);
      if (state !== "target")
        found.push(
          `Verified ${component.targetVersion ?? "without a target"} on ${environment.name}, but ${environment.name} runs ${formatSpread(spread)}.`,
        );
    }
    if (found.length > 0) warnings[environment.id] = found;
  });
  return warnings;
}
