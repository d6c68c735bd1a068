/** A complete, valid component input (ArgoCD 2 -> 3, a major bump), shared by the schema and mutation tests. */
export const ARGOCD_INPUT = {
  name: "ArgoCD",
  category: "addon-argocd",
  currentVersion: "2.14.3",
  targetVersion: "3.0.0",
  ownerId: null,
  breakingNotes: "",
  compatibility: "unknown",
  compatibilitySource: "",
  releaseNotes: [{ label: "v3.0.0", url: "https://github.com/argoproj/argo-cd/releases/tag/v3.0.0" }],
} as const satisfies Record<string, unknown>;
