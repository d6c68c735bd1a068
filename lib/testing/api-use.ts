import type { ApiUse } from "@/lib/kube/types";

/** A tenant chart's FlowSchema last written by Helm through flowcontrol v1beta3 (removed in 1.32). */
export const tenantFlowSchema: ApiUse = {
  kind: "FlowSchema",
  namespace: null,
  name: "batch-jobs",
  apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
  manager: "helm",
  evidence: "managedFields",
  owner: null,
};
