import "server-only";
import { KubeConfig } from "@kubernetes/client-node";
import type { ClusterFault } from "./types";

/** Where cluster credentials come from. They stay on the server: only context names ever leave it. */
export type KubeSource =
  | { mode: "kubeconfig"; path: string }
  | { mode: "in-cluster" }
  | { mode: "simulated"; kubeconfig: string }
  /** Nothing configured and nothing simulated: every cluster says so. */
  | { mode: "unconfigured" };

export const IN_CLUSTER_CONTEXT = "in-cluster";

export type OpenedSource = {
  /** The contexts a lead may pick a cluster from: names only. */
  contexts: string[];
  /** A KubeConfig whose current context is `context`, or why there is none. */
  configFor(context: string): KubeConfig | ClusterFault;
};

const UNREADABLE: ClusterFault = { kind: "not-configured", message: "The server's kubeconfig could not be read." };
const UNCONFIGURED: ClusterFault = {
  kind: "not-configured",
  message: "No kubeconfig is configured on the server (STEPWISE_KUBECONFIG).",
};

/** Reads the kubeconfig once; a scan of 300 clusters must not parse it 300 times. */
export function openKubeSource(source: KubeSource): OpenedSource {
  if (source.mode === "unconfigured") return { contexts: [], configFor: () => UNCONFIGURED };
  const base = new KubeConfig();
  try {
    if (source.mode === "kubeconfig") base.loadFromFile(source.path);
    else if (source.mode === "simulated") base.loadFromString(source.kubeconfig);
    else base.loadFromCluster();
  } catch {
    return { contexts: [], configFor: () => UNREADABLE };
  }
  if (source.mode === "in-cluster") return { contexts: [IN_CLUSTER_CONTEXT], configFor: () => base };
  return {
    contexts: base.getContexts().map((context) => context.name),
    configFor(context) {
      if (!base.getContextObject(context))
        return { kind: "not-configured", message: `The server's kubeconfig has no context named "${context}".` };
      const config = new KubeConfig();
      config.loadFromOptions({
        clusters: base.getClusters(),
        users: base.getUsers(),
        contexts: base.getContexts(),
        currentContext: context,
      });
      return config;
    },
  };
}
