/*
 * Every API version Kubernetes stopped serving from 1.16 on, and the custom resource versions the
 * add-ons of the live inventory's table stopped serving, each cited. Shipped with the app: the
 * scans and the `stepwise apis` command never need the network. Checked on CATALOG_CHECKED: the
 * migration guide's newest removal is 1.32; 1.33-1.36 removed no built-in API version.
 */

export const CATALOG_CHECKED = "2026-11-27";

const GUIDE = "https://kubernetes.io/docs/reference/using-api/deprecation-guide/";
const guide = (anchor: string) => `${GUIDE}#${anchor}`;

export type RemovedApi = {
  /** "apps/v1beta1"; "v1" for the core group. */
  apiVersion: string;
  kinds: string[];
  /**
   * What stops serving it: a Kubernetes minor ("1.22"), or an add-on's release line (its
   * project's name as in the add-on table, and the line).
   */
  removedIn: { kubernetes: string } | { project: string; line: string };
  /** The version to move to, with the release it is served since. */
  replacement: { apiVersion: string; since: string } | null;
  /** What changes beyond the apiVersion line, in the guide's words. */
  changes: string[];
  source: string;
};

/** Served, but deprecated: a warning, never a blocker. */
export type DeprecatedApi = {
  apiVersion: string;
  kinds: string[];
  deprecatedIn: string;
  replacement: string;
  source: string;
};

const SELECTOR_REQUIRED =
  "spec.selector is now required and immutable after creation; use the existing template labels as the selector";
const HPA_CHANGES = [
  "targetAverageUtilization is replaced with target.averageUtilization and target.type: Utilization",
  "targetAverageValue is replaced with target.averageValue and target.type: AverageValue",
];

export const REMOVED_APIS: RemovedApi[] = [
  // 1.16
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["NetworkPolicy"],
    removedIn: { kubernetes: "1.16" },
    replacement: { apiVersion: "networking.k8s.io/v1", since: "1.8" },
    changes: [],
    source: guide("networkpolicy-v116"),
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: { kubernetes: "1.16" },
    replacement: { apiVersion: "policy/v1beta1", since: "1.10" },
    changes: ["policy/v1beta1 PodSecurityPolicy is itself removed in 1.25, with no replacement API"],
    source: guide("podsecuritypolicy-v116"),
  },
  {
    apiVersion: "extensions/v1beta1",
    kinds: ["DaemonSet", "Deployment", "ReplicaSet"],
    removedIn: { kubernetes: "1.16" },
    replacement: { apiVersion: "apps/v1", since: "1.9" },
    changes: [
      SELECTOR_REQUIRED,
      "DaemonSet: spec.templateGeneration is removed; spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)",
      "Deployment: spec.rollbackTo is removed; spec.progressDeadlineSeconds defaults to 600; spec.revisionHistoryLimit defaults to 10; maxSurge and maxUnavailable default to 25%",
    ],
    source: guide("deployment-v116"),
  },
  {
    apiVersion: "apps/v1beta1",
    kinds: ["Deployment", "ReplicaSet", "StatefulSet"],
    removedIn: { kubernetes: "1.16" },
    replacement: { apiVersion: "apps/v1", since: "1.9" },
    changes: [
      SELECTOR_REQUIRED,
      "Deployment: spec.revisionHistoryLimit defaults to 10 (was 2)",
      "StatefulSet: spec.updateStrategy.type defaults to RollingUpdate (was OnDelete)",
    ],
    source: guide("statefulset-v116"),
  },
  {
    apiVersion: "apps/v1beta2",
    kinds: ["DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"],
    removedIn: { kubernetes: "1.16" },
    replacement: { apiVersion: "apps/v1", since: "1.9" },
    changes: [SELECTOR_REQUIRED],
    source: guide("daemonset-v116"),
  },
  // 1.22
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "admissionregistration.k8s.io/v1", since: "1.16" },
    changes: [
      "webhooks[*].failurePolicy defaults to Fail (was Ignore)",
      "webhooks[*].matchPolicy defaults to Equivalent (was Exact)",
      "webhooks[*].timeoutSeconds defaults to 10s (was 30s)",
      "webhooks[*].sideEffects is required: None or NoneOnDryRun",
      "webhooks[*].admissionReviewVersions is required",
      "webhooks[*].name must be unique in the list",
    ],
    source: guide("webhook-resources-v122"),
  },
  {
    apiVersion: "apiextensions.k8s.io/v1beta1",
    kinds: ["CustomResourceDefinition"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "apiextensions.k8s.io/v1", since: "1.16" },
    changes: [
      "spec.scope is no longer defaulted to Namespaced and must be given",
      "spec.version, spec.validation, spec.subresources and spec.additionalPrinterColumns move under spec.versions[*]",
      "spec.conversion.webhookClientConfig moves to spec.conversion.webhook.clientConfig",
      "spec.versions[*].schema.openAPIV3Schema is required and must be a structural schema",
      "spec.preserveUnknownFields: true is disallowed; use x-kubernetes-preserve-unknown-fields: true in the schema",
      "additionalPrinterColumns' JSONPath field is renamed jsonPath",
    ],
    source: guide("customresourcedefinition-v122"),
  },
  {
    apiVersion: "apiregistration.k8s.io/v1beta1",
    kinds: ["APIService"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "apiregistration.k8s.io/v1", since: "1.10" },
    changes: [],
    source: guide("apiservice-v122"),
  },
  {
    apiVersion: "authentication.k8s.io/v1beta1",
    kinds: ["TokenReview"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "authentication.k8s.io/v1", since: "1.6" },
    changes: [],
    source: guide("tokenreview-v122"),
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "authorization.k8s.io/v1", since: "1.6" },
    changes: ["spec.group is renamed spec.groups"],
    source: guide("subjectaccessreview-resources-v122"),
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kinds: ["CertificateSigningRequest"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "certificates.k8s.io/v1", since: "1.19" },
    changes: [
      "spec.signerName is required; kubernetes.io/legacy-unknown cannot be requested",
      "spec.usages is required, without duplicates, only known usages",
      "status.conditions may not repeat a type; status.conditions[*].status is required",
      "status.certificate must be PEM with CERTIFICATE blocks only",
    ],
    source: guide("certificatesigningrequest-v122"),
  },
  {
    apiVersion: "coordination.k8s.io/v1beta1",
    kinds: ["Lease"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "coordination.k8s.io/v1", since: "1.14" },
    changes: [],
    source: guide("lease-v122"),
  },
  ...["extensions/v1beta1", "networking.k8s.io/v1beta1"].map((apiVersion): RemovedApi => ({
    apiVersion,
    kinds: ["Ingress"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "networking.k8s.io/v1", since: "1.19" },
    changes: [
      "spec.backend is renamed spec.defaultBackend",
      "the backend serviceName is renamed service.name",
      "numeric servicePort is renamed service.port.number; a named one service.port.name",
      "pathType is required for each path (ImplementationSpecific matches the old behaviour)",
    ],
    source: guide("ingress-v122"),
  })),
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kinds: ["IngressClass"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "networking.k8s.io/v1", since: "1.19" },
    changes: [],
    source: guide("ingressclass-v122"),
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "rbac.authorization.k8s.io/v1", since: "1.8" },
    changes: [],
    source: guide("rbac-resources-v122"),
  },
  {
    apiVersion: "scheduling.k8s.io/v1beta1",
    kinds: ["PriorityClass"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "scheduling.k8s.io/v1", since: "1.14" },
    changes: [],
    source: guide("priorityclass-v122"),
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
    removedIn: { kubernetes: "1.22" },
    replacement: { apiVersion: "storage.k8s.io/v1", since: "1.19" },
    changes: [],
    source: guide("storage-resources-v122"),
  },
  // 1.25
  {
    apiVersion: "batch/v1beta1",
    kinds: ["CronJob"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "batch/v1", since: "1.21" },
    changes: [],
    source: guide("cronjob-v125"),
  },
  {
    apiVersion: "discovery.k8s.io/v1beta1",
    kinds: ["EndpointSlice"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "discovery.k8s.io/v1", since: "1.21" },
    changes: [
      'use each endpoint\'s nodeName instead of topology["kubernetes.io/hostname"]',
      'use each endpoint\'s zone instead of topology["topology.kubernetes.io/zone"]',
      "topology is replaced by deprecatedTopology, not writable in v1",
    ],
    source: guide("endpointslice-v125"),
  },
  {
    apiVersion: "events.k8s.io/v1beta1",
    kinds: ["Event"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "events.k8s.io/v1", since: "1.19" },
    changes: [
      "type is limited to Normal and Warning",
      "involvedObject is renamed regarding",
      "action, reason, reportingComponent and reportingInstance are required on create",
      "eventTime, series.lastObservedTime and series.count replace firstTimestamp, lastTimestamp and count",
    ],
    source: guide("event-v125"),
  },
  {
    apiVersion: "autoscaling/v2beta1",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "autoscaling/v2", since: "1.23" },
    changes: HPA_CHANGES,
    source: guide("horizontalpodautoscaler-v125"),
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodDisruptionBudget"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "policy/v1", since: "1.21" },
    changes: ["an empty spec.selector ({}) selects every pod in the namespace in policy/v1 (none in v1beta1)"],
    source: guide("poddisruptionbudget-v125"),
  },
  {
    apiVersion: "policy/v1beta1",
    kinds: ["PodSecurityPolicy"],
    removedIn: { kubernetes: "1.25" },
    replacement: null,
    changes: ["no replacement API: move to Pod Security Admission or a third-party admission webhook"],
    source: guide("psp-v125"),
  },
  {
    apiVersion: "node.k8s.io/v1beta1",
    kinds: ["RuntimeClass"],
    removedIn: { kubernetes: "1.25" },
    replacement: { apiVersion: "node.k8s.io/v1", since: "1.20" },
    changes: [],
    source: guide("runtimeclass-v125"),
  },
  // 1.26
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    removedIn: { kubernetes: "1.26" },
    replacement: { apiVersion: "flowcontrol.apiserver.k8s.io/v1", since: "1.29" },
    changes: [],
    source: guide("flowcontrol-resources-v126"),
  },
  {
    apiVersion: "autoscaling/v2beta2",
    kinds: ["HorizontalPodAutoscaler"],
    removedIn: { kubernetes: "1.26" },
    replacement: { apiVersion: "autoscaling/v2", since: "1.23" },
    changes: HPA_CHANGES,
    source: guide("horizontalpodautoscaler-v126"),
  },
  // 1.27
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kinds: ["CSIStorageCapacity"],
    removedIn: { kubernetes: "1.27" },
    replacement: { apiVersion: "storage.k8s.io/v1", since: "1.24" },
    changes: [],
    source: guide("csistoragecapacity-v127"),
  },
  // 1.29
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    removedIn: { kubernetes: "1.29" },
    replacement: { apiVersion: "flowcontrol.apiserver.k8s.io/v1", since: "1.29" },
    changes: [
      "PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed spec.limited.nominalConcurrencyShares; it defaults to 30 only when unset, and an explicit 0 stays 0",
    ],
    source: guide("flowcontrol-resources-v129"),
  },
  // 1.32
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    removedIn: { kubernetes: "1.32" },
    replacement: { apiVersion: "flowcontrol.apiserver.k8s.io/v1", since: "1.29" },
    changes: [
      "PriorityLevelConfiguration spec.limited.nominalConcurrencyShares defaults to 30 only when unset, and an explicit 0 stays 0",
    ],
    source: guide("flowcontrol-resources-v132"),
  },
  // Add-ons' custom resources
  ...["v1alpha2", "v1alpha3", "v1beta1"].flatMap((version): RemovedApi[] => [
    {
      apiVersion: `cert-manager.io/${version}`,
      kinds: ["Certificate", "CertificateRequest", "Issuer", "ClusterIssuer"],
      removedIn: { project: "cert-manager", line: "1.7" },
      replacement: { apiVersion: "cert-manager.io/v1", since: "cert-manager 1.0" },
      changes: ["stored versions must be migrated to v1 before the upgrade (cmctl upgrade migrate-api-version)"],
      source: "https://cert-manager.io/docs/releases/upgrading/remove-deprecated-apis/",
    },
    {
      apiVersion: `acme.cert-manager.io/${version}`,
      kinds: ["Order", "Challenge"],
      removedIn: { project: "cert-manager", line: "1.7" },
      replacement: { apiVersion: "acme.cert-manager.io/v1", since: "cert-manager 1.0" },
      changes: [],
      source: "https://cert-manager.io/docs/releases/upgrading/remove-deprecated-apis/",
    },
  ]),
  {
    apiVersion: "external-secrets.io/v1beta1",
    kinds: ["ExternalSecret", "SecretStore", "ClusterSecretStore", "ClusterExternalSecret"],
    removedIn: { project: "External Secrets Operator", line: "0.17" },
    replacement: { apiVersion: "external-secrets.io/v1", since: "External Secrets 0.16" },
    changes: ["update manifests from v1beta1 to v1 before updating from 0.16 to 0.17"],
    source: "https://github.com/external-secrets/external-secrets/releases/tag/v0.17.0",
  },
];

export const DEPRECATED_APIS: DeprecatedApi[] = [
  {
    apiVersion: "v1",
    kinds: ["Endpoints"],
    deprecatedIn: "1.33",
    replacement: "discovery.k8s.io/v1 EndpointSlice",
    source: "https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/",
  },
  {
    apiVersion: "v1",
    kinds: ["ComponentStatus"],
    deprecatedIn: "1.19",
    replacement: "the apiserver's /livez and /readyz, or the components' own health endpoints",
    source: "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/component-status-v1/",
  },
];
