import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

/*
 * The Kubernetes manifests as `kubectl kustomize` renders them, checked: valid objects, probes on
 * routes that exist, a restricted security context, limits, no secret in a ConfigMap, and what
 * each overlay promises (one replica on a volume; replicas with a disruption budget).
 */

type Container = {
  name: string;
  image: string;
  ports?: { name: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: { name: string; value?: string }[];
  securityContext?: Record<string, unknown>;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
};
type Probe = { httpGet: { path: string; port: string | number } };
type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
};
type Deployment = K8sObject & {
  spec: {
    replicas: number;
    strategy?: { type: string };
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        serviceAccountName: string;
        securityContext: Record<string, unknown>;
        initContainers: Container[];
        containers: Container[];
        volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[];
      };
    };
  };
};

/** "1Gi", "512Mi" as MiB. */
const mebibytes = (quantity: string) =>
  Number(/^(\d+)(Mi|Gi)$/.exec(quantity)?.[1]) * (quantity.endsWith("Gi") ? 1024 : 1);

const CLUSTER_SCOPED = new Set(["Namespace", "ClusterRole", "ClusterRoleBinding"]);

async function render(overlay: string): Promise<K8sObject[]> {
  const { stdout } = await promisify(execFile)("kubectl", ["kustomize", `deploy/kubernetes/overlays/${overlay}`], {
    timeout: 60_000,
  });
  return parseAllDocuments(stdout).map((document) => document.toJS() as K8sObject);
}

const one = <T extends K8sObject>(objects: K8sObject[], kind: string, name?: string) => {
  const found = objects.filter((o) => o.kind === kind && (!name || o.metadata.name === name));
  expect(found, `${kind} ${name ?? ""}`).toHaveLength(1);
  return found[0] as T;
};

/** The app's route for a probe's path: app/<path>/route.ts. */
const routeExists = (probePath: string) => existsSync(path.join("app", probePath, "route.ts"));

describe.each(["sqlite", "ha-postgresql"])("the %s overlay", (overlay) => {
  it("renders valid objects, each namespaced one in a namespace", async () => {
    const objects = await render(overlay);
    for (const object of objects) {
      expect(object.apiVersion, JSON.stringify(object.metadata)).toBeTruthy();
      expect(object.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      if (!CLUSTER_SCOPED.has(object.kind)) expect(object.metadata.namespace, object.kind).toBeTruthy();
    }
    // The reader's kube-system Role stays in kube-system (its control-plane pods are read there).
    expect(one(objects, "Role").metadata.namespace).toBe("kube-system");
    // In the cluster the pod's own token serves: no long-lived token Secret.
    expect(objects.some((o) => o.metadata.name === "stepwise-reader-token")).toBe(false);
  });

  it("runs the server restricted, limited, probed on routes that exist, as the read-only reader", async () => {
    const objects = await render(overlay);
    const deployment = one<Deployment>(objects, "Deployment", "stepwise");
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    for (const container of [...pod.initContainers, ...pod.containers]) {
      expect(container.securityContext, container.name).toEqual({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
      expect(container.resources?.requests?.memory, container.name).toBeTruthy();
      expect(container.resources?.limits?.memory, container.name).toBeTruthy();
      for (const mount of container.volumeMounts ?? [])
        expect(
          pod.volumes.map((v) => v.name),
          mount.name,
        ).toContain(mount.name);
      for (const source of container.envFrom ?? []) {
        const [kind, name] = source.configMapRef
          ? ["ConfigMap", source.configMapRef.name]
          : ["Secret", source.secretRef!.name];
        one(objects, kind, name);
      }
    }
    const server = pod.containers.find((c) => c.name === "stepwise")!;
    for (const probe of [server.livenessProbe, server.readinessProbe, server.startupProbe]) {
      expect(routeExists(probe!.httpGet.path), probe!.httpGet.path).toBe(true);
      expect(server.ports!.map((p) => p.name)).toContain(probe!.httpGet.port);
    }
    expect(server.readinessProbe!.httpGet.path).toBe("/readyz");
    // The V8 heap is capped well under the container's memory limit (code and buffers live beside it).
    const heapMiB = Number(
      /--max-old-space-size=(\d+)/.exec(server.env?.find((e) => e.name === "NODE_OPTIONS")?.value ?? "")?.[1],
    );
    expect(heapMiB).toBeGreaterThanOrEqual(384);
    expect(heapMiB).toBeLessThanOrEqual(mebibytes(server.resources!.limits!.memory!) * 0.8);
    for (const [key, value] of Object.entries(deployment.spec.selector.matchLabels))
      expect(deployment.spec.template.metadata.labels[key]).toBe(value);
    // The service account is the one the read-only ClusterRole is bound to.
    const binding = one<K8sObject & { roleRef: { name: string }; subjects: { name: string }[] }>(
      objects,
      "ClusterRoleBinding",
    );
    expect(binding.subjects.map((s) => s.name)).toEqual([pod.serviceAccountName]);
    one(objects, "ClusterRole", binding.roleRef.name);
  });

  it("keeps secrets out of ConfigMaps, and ships only placeholders in the Secret", async () => {
    const objects = await render(overlay);
    for (const map of objects.filter((o) => o.kind === "ConfigMap"))
      for (const [key, value] of Object.entries((map.data ?? {}) as Record<string, string>)) {
        expect(key).not.toMatch(/password|secret|token|credential|DATABASE_URL|SMTP/i);
        expect(value).not.toMatch(/:\/\/[^/\s]*:[^@\s]*@/);
      }
    const secret = one<K8sObject & { stringData: Record<string, string> }>(objects, "Secret", "stepwise");
    for (const [key, value] of Object.entries(secret.stringData))
      expect(value === "" || value.includes("set-me") || value.startsWith("file:"), key).toBe(true);
  });
});

describe("what each overlay promises", () => {
  it("sqlite: one replica, replaced not rolled, its database file on a volume both containers mount", async () => {
    const objects = await render("sqlite");
    const { spec } = one<Deployment>(objects, "Deployment", "stepwise");
    expect(spec.replicas).toBe(1);
    expect(spec.strategy?.type).toBe("Recreate");
    const claim = spec.template.spec.volumes.find((v) => v.persistentVolumeClaim)!;
    one(objects, "PersistentVolumeClaim", claim.persistentVolumeClaim!.claimName);
    const secret = one<K8sObject & { stringData: Record<string, string> }>(objects, "Secret", "stepwise");
    const file = secret.stringData.DATABASE_URL!.slice("file:".length);
    for (const container of [...spec.template.spec.initContainers, ...spec.template.spec.containers]) {
      const mount = container.volumeMounts!.find((m) => m.name === claim.name)!;
      expect(file.startsWith(`${mount.mountPath}/`), container.name).toBe(true);
    }
  });

  it("ha-postgresql: two or more replicas on PostgreSQL, a disruption budget over their pods", async () => {
    const objects = await render("ha-postgresql");
    const { spec } = one<Deployment>(objects, "Deployment", "stepwise");
    expect(spec.replicas).toBeGreaterThanOrEqual(2);
    const secret = one<K8sObject & { stringData: Record<string, string> }>(objects, "Secret", "stepwise");
    expect(secret.stringData.DATABASE_URL).toMatch(/^postgresql:\/\//);
    const budget = one<
      K8sObject & { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } }
    >(objects, "PodDisruptionBudget");
    expect(budget.spec.minAvailable).toBeLessThan(spec.replicas);
    for (const [key, value] of Object.entries(budget.spec.selector.matchLabels))
      expect(spec.template.metadata.labels[key]).toBe(value);
    expect(objects.some((o) => o.kind === "PersistentVolumeClaim")).toBe(false);
  });
});
