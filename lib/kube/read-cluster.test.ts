import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedApiServer, type SimulatedApiServer } from "@/lib/demo/simulator/api-server";
import { createTlsMaterial } from "@/lib/demo/simulator/certificates";
import { buildCluster, demoFleet } from "@/lib/demo/simulator/fleet-model";
import { openKubeSource } from "./connection";
import { readCluster, type DiscoveryOptions } from "./read-cluster";
import { scanClusters } from "./scan";
import type { ClusterRead } from "./types";

/*
 * @kubernetes/client-node against the simulated API server over real TLS, and the same server
 * checked with the real kubectl.
 */

let server: SimulatedApiServer;
const now = new Date("2026-11-22T09:00:00Z");

/** A Cilium cluster whose second node restarts: the pods on it are not Ready. */
function restarting() {
  const cluster = buildCluster({
    name: "restarting",
    environment: "Stg",
    controlPlane: ["v1.32.9"],
    workers: { prefix: "r-w", count: 3, version: "v1.32.9" },
    kubeProxy: false,
    software: { gpu: false, argo: false },
    now,
  });
  cluster.nodes[1]!.ready = false;
  return cluster;
}

beforeAll(async () => {
  server = await startSimulatedApiServer([
    ...demoFleet(now),
    buildCluster({
      name: "big",
      environment: "Prd",
      controlPlane: ["v1.31.13"],
      workers: { prefix: "big-w", count: 1_234, version: "v1.31.13" },
      now,
    }),
    buildCluster({
      name: "slow",
      environment: "Prd",
      controlPlane: ["v1.31.13"],
      workers: { prefix: "slow-w", count: 2, version: "v1.31.13" },
      fault: "slow",
      delayMs: 3_000,
      now,
    }),
    buildCluster({
      name: "forbidden",
      environment: "Prd",
      controlPlane: ["v1.31.13"],
      workers: { prefix: "f-w", count: 2, version: "v1.31.13" },
      fault: "forbidden",
      now,
    }),
    restarting(),
    buildCluster({
      name: "malformed",
      environment: "Prd",
      controlPlane: ["v1.31.13"],
      workers: { prefix: "m-w", count: 2, version: "v1.31.13" },
      fault: "malformed",
      now,
    }),
  ]);
});
afterAll(() => server.close());

// Asynchronous: the server answering kubectl runs in this very process.
const kubectl = async (args: string[]) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "stepwise-kubectl-"));
  const file = path.join(dir, "kubeconfig");
  writeFileSync(file, server.kubeconfig());
  return (await promisify(execFile)("kubectl", ["--kubeconfig", file, ...args], { encoding: "utf8", timeout: 20_000 }))
    .stdout;
};

type Kubeconfig = {
  clusters: { name: string; cluster: Record<string, string> }[];
  users: { name: string; user: { token: string } }[];
};

function read(
  context: string,
  options: {
    timeoutMs?: number;
    pageSize?: number;
    edit?: (config: Kubeconfig) => void;
    discovery?: DiscoveryOptions;
  } = {},
): Promise<ClusterRead> {
  const config = JSON.parse(server.kubeconfig()) as Kubeconfig;
  options.edit?.(config);
  const kubeConfig = openKubeSource({ mode: "simulated", kubeconfig: JSON.stringify(config) }).configFor(context);
  if ("kind" in kubeConfig) throw new Error(kubeConfig.message);
  return readCluster(kubeConfig, context, {
    timeoutMs: options.timeoutMs ?? 5_000,
    pageSize: options.pageSize,
    discovery: options.discovery,
  });
}

function expectRead(result: ClusterRead) {
  if (!result.ok) throw new Error(`expected a reading, got ${result.fault.kind}: ${result.fault.message}`);
  return result.reading;
}

describe("readCluster", () => {
  it("reads the apiserver version, every node and the control plane of a kubeadm cluster", async () => {
    const reading = expectRead(await read("stg-gpu"));
    expect(reading.serverVersion).toBe("v1.33.5");
    expect(reading.nodes).toHaveLength(11);
    expect(reading.nodes.find((n) => n.name === "stg-gpu-cp-1")).toMatchObject({
      roles: ["control-plane"],
      kubeletVersion: "v1.32.9",
      ready: true,
      cordoned: false,
      osImage: "Ubuntu 22.04.5 LTS",
    });
    expect(
      reading.controlPlane?.filter((m) => m.component === "kube-apiserver").map((m) => `${m.node}=${m.version}`),
    ).toEqual(["stg-gpu-cp-1=v1.33.5", "stg-gpu-cp-2=v1.32.9", "stg-gpu-cp-3=v1.32.9"]);
  });

  it("reads kube-proxy's version from its DaemonSet's pods, not from the kubelet's deprecated field", async () => {
    const reading = expectRead(await read("stg-gpu"));
    expect(reading.kubeProxy).toBe("daemonset");
    // The controllers are still on 1.32 mid-hop: kubeadm moves kube-proxy after the last control-plane node.
    expect(new Set(reading.nodes.map((n) => n.kubeProxyVersion))).toEqual(new Set(["v1.32.9"]));
    const eks = expectRead(await read("prd-eks"));
    expect(eks.nodes.every((n) => /^v1\.31\.13-minimal-eksbuild\.2$/.test(n.kubeProxyVersion ?? ""))).toBe(true);
  });

  it("knows a cluster without kube-proxy (replaced by the CNI) has no kube-proxy to judge", async () => {
    const reading = expectRead(await read("stg-batch"));
    expect(reading.kubeProxy).toBe("absent");
    expect(reading.nodes.every((n) => n.kubeProxyVersion === null)).toBe(true);
  });

  it("pages through a large cluster with limit/continue", async () => {
    const reading = expectRead(await read("big", { pageSize: 500 }));
    expect(reading.nodes).toHaveLength(1_235);
    expect(new Set(reading.nodes.map((n) => n.name)).size).toBe(1_235);
  });

  it("says the control plane is not visible on a managed cluster, and reads provider versions", async () => {
    const reading = expectRead(await read("prd-eks"));
    expect(reading.controlPlane).toBeNull();
    expect(reading.serverVersion).toMatch(/^v1\.31\.13-eks-/);
  });

  describe("faults: each is its own clear error, and none leaks the token", () => {
    const token = () => server.clusters.find((c) => c.name === "prd-gpu")!.token;

    it.each([
      [
        "unreachable",
        {
          edit: (c: Kubeconfig): void => {
            c.clusters.find((x) => x.name === "prd-gpu")!.cluster.server = "https://127.0.0.1:9/clusters/prd-gpu";
          },
        },
        /could not be reached \(ECONNREFUSED\)/,
      ],
      [
        "unauthorized",
        {
          edit: (c: Kubeconfig): void => {
            c.users.find((u) => u.name === "prd-gpu-reader")!.user.token = "wrong";
          },
        },
        /refused the credentials \(401/,
      ],
      [
        "tls",
        {
          edit: (c: Kubeconfig): void => {
            c.clusters.find((x) => x.name === "prd-gpu")!.cluster["certificate-authority-data"] = Buffer.from(
              createTlsMaterial().caCert,
            ).toString("base64");
          },
        },
        /TLS certificate could not be verified/,
      ],
    ] as const)("%s", async (kind, options, message) => {
      const result = await read("prd-gpu", options);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fault.kind).toBe(kind);
      expect(result.fault.message).toMatch(message);
      expect(result.fault.message).not.toContain(token());
    });

    it("forbidden", async () => {
      const result = await read("forbidden");
      expect(!result.ok && result.fault).toMatchObject({ kind: "forbidden", message: expect.stringContaining("403") });
    });

    it("malformed body", async () => {
      const result = await read("malformed");
      expect(!result.ok && result.fault.kind).toBe("malformed");
    });

    it("slower than the timeout: gives up on time", async () => {
      const started = Date.now();
      const result = await read("slow", { timeoutMs: 400 });
      expect(!result.ok && result.fault).toEqual({ kind: "timeout", message: "slow did not answer within 0.4 s." });
      expect(Date.now() - started).toBeLessThan(2_500);
    });
  });
});

describe("scanClusters", () => {
  it("reads every cluster; the broken ones report their fault and the rest still read", async () => {
    const targets = ["dev-gpu", "slow", "forbidden", "malformed", "prd-gpu", "missing"].map((name) => ({
      name,
      context: name,
    }));
    const results = await scanClusters({ mode: "simulated", kubeconfig: server.kubeconfig() }, targets, {
      timeoutMs: 500,
      concurrency: 3,
    });
    expect(results.map((r) => [r.name, r.read.ok ? "ok" : r.read.fault.kind])).toEqual([
      ["dev-gpu", "ok"],
      ["slow", "timeout"],
      ["forbidden", "forbidden"],
      ["malformed", "malformed"],
      ["prd-gpu", "ok"],
      ["missing", "not-configured"],
    ]);
  });
});

describe("discovery: what runs", () => {
  const all = { discovery: { namespaces: null } };

  it("reads every Deployment, DaemonSet and StatefulSet with their images and chart labels, and Argo CD's Applications", async () => {
    const { discovery } = expectRead(await read("stg-gpu", { ...all, pageSize: 4 }));
    const names = discovery!.workloads.map((w) => `${w.kind} ${w.namespace}/${w.name}`);
    expect(names).toContain("DaemonSet kube-system/kube-proxy");
    expect(names).toContain("StatefulSet loki/loki");
    const certManager = discovery!.workloads.find((w) => w.name === "cert-manager")!;
    expect(certManager).toMatchObject({ chart: "cert-manager-v1.15.3", appVersion: "v1.15.3" });
    expect(certManager.images).toEqual([
      { repository: "quay.io/jetstack/cert-manager-controller", tag: "v1.15.3", digest: null },
    ]);
    expect(discovery!.applications?.find((a) => a.name === "cert-manager")).toMatchObject({
      chart: "cert-manager",
      targetRevision: "v1.15.3",
      sync: "Synced",
      health: "Healthy",
    });
    expect(discovery!.missing).toEqual([]);
  });

  it("reads Helm's release records only when turned on, keeping each chart's name and version", async () => {
    const off = expectRead(await read("prd-gpu", all)).discovery!;
    expect(off.helmSecrets).toBeNull();
    const on = expectRead(await read("prd-gpu", { discovery: { namespaces: null, helmSecrets: true } })).discovery!;
    expect(on.helmSecrets?.find((r) => r.chart === "cert-manager")).toMatchObject({
      namespace: "cert-manager",
      chartVersion: "v1.15.3",
      revision: 1,
    });
    // A cluster whose reader may not list Secrets says so, like any refused list.
    const refused = expectRead(
      await read("prd-eks", { discovery: { namespaces: null, helmSecrets: true } }),
    ).discovery!;
    expect(refused.helmSecrets).toBeNull();
    expect(refused.missing.map((m) => m.permission)).toContain("list secrets (all namespaces)");
  });

  it("reads only the namespaces it is given", async () => {
    const { discovery } = expectRead(await read("stg-gpu", { discovery: { namespaces: ["kube-system"] } }));
    expect(new Set(discovery!.workloads.map((w) => w.namespace))).toEqual(new Set(["kube-system"]));
  });

  it("takes a cluster without Argo CD's CRD as one without Applications, not as a failure, and reads Flux's HelmReleases", async () => {
    const { discovery } = expectRead(await read("stg-batch", all));
    expect(discovery!.applications).toBeNull();
    expect(discovery!.helmReleases?.map((r) => `${r.chart} ${r.version} ${r.ready}`)).toEqual([
      "cilium 1.16.3 Ready",
      "metrics-server 0.7.2 Ready",
    ]);
    expect(expectRead(await read("stg-gpu", all)).discovery!.helmReleases).toBeNull();
    expect(discovery!.workloads.some((w) => w.name === "kube-proxy")).toBe(false);
  });

  it("names the permission a refused workload list needs, and still reads the nodes", async () => {
    const reading = expectRead(await read("prd-eks", all));
    expect(reading.nodes).toHaveLength(5);
    expect(reading.discovery!.workloads).toEqual([]);
    expect(reading.discovery!.missing.map((m) => m.permission)).toEqual([
      "list deployments.apps (all namespaces)",
      "list daemonsets.apps (all namespaces)",
      "list statefulsets.apps (all namespaces)",
    ]);
  });
});

describe("discovery: removed APIs", () => {
  const all = { discovery: { namespaces: null } };

  it("finds objects whose last writer used a version the catalog lists as removed, with writer, evidence and team", async () => {
    const apiUsage = expectRead(await read("prd-gpu", all)).discovery!.apiUsage!;
    expect(
      apiUsage.objects.map(
        (use) =>
          `${use.kind} ${use.namespace ?? "-"}/${use.name} ${use.apiVersion} ${use.manager} ${use.evidence} ${use.owner ?? "-"}`,
      ),
    ).toEqual([
      "FlowSchema -/batch-jobs flowcontrol.apiserver.k8s.io/v1beta3 helm managedFields -",
      "ExternalSecret shop/db-credentials external-secrets.io/v1beta1 argocd-controller managedFields storefront",
      "ExternalSecret payments/stripe-keys external-secrets.io/v1beta1 kubectl apply last-applied payments",
      "SecretStore shop/vault external-secrets.io/v1beta1 argocd-controller managedFields storefront",
      "ClusterSecretStore -/vault-backend external-secrets.io/v1beta1 helm managedFields -",
    ]);
    expect(apiUsage.crds.map((crd) => `${crd.name} ${crd.storedVersions.join(",")}`)).toContain(
      "externalsecrets.external-secrets.io v1beta1",
    );
    expect(apiUsage.requested).toEqual({
      state: "read",
      requests: [
        { group: "flowcontrol.apiserver.k8s.io", version: "v1beta3", resource: "flowschemas", removedRelease: "1.32" },
      ],
    });
  });

  it("reads none of it when told not to (the benchmark weighs it apart)", async () => {
    const reading = expectRead(await read("prd-gpu", { discovery: { namespaces: null, checks: false } }));
    expect(reading.discovery!.apiUsage).toBeNull();
  });

  it("reads past removals as done, still sees a CRD never migrated, and takes a refused /metrics as an answer", async () => {
    const dev = expectRead(await read("dev-gpu", all)).discovery!.apiUsage!;
    expect(dev.objects).toEqual([]);
    expect(dev.crds.find((crd) => crd.name === "externalsecrets.external-secrets.io")?.storedVersions).toEqual([
      "v1beta1",
      "v1",
    ]);
    const eks = expectRead(await read("prd-eks", all)).discovery!;
    expect(eks.apiUsage!.requested).toEqual({ state: "forbidden" });
    expect(eks.missing.map((m) => m.resource)).not.toContain("/metrics");
  });
});

describe("discovery: what a hop's drains run into", () => {
  const all = { discovery: { namespaces: null } };

  it("reads budgets, fail-closed webhooks with their services' ready endpoints, and the serving certificate", async () => {
    const preflight = expectRead(await read("stg-gpu", all)).discovery!.preflight!;
    expect(preflight.budgets.find((budget) => budget.name === "api")).toMatchObject({
      namespace: "payments",
      disruptionsAllowed: 0,
      expectedPods: 2,
    });
    const shop = preflight.budgets.filter((budget) => budget.namespace === "shop");
    expect(new Set(shop.map((budget) => budget.selector)).size).toBe(1);
    expect(
      preflight.webhooks.map((hook) => `${hook.name} ${hook.failurePolicy} ${hook.service} ${hook.readyEndpoints}`),
    ).toEqual([
      "validate.kyverno.svc-fail Fail kyverno/kyverno-svc 3",
      "validate.tenant-policy.example.com Fail policy/tenant-policy-webhook 0",
      "webhook.cert-manager.io Fail cert-manager/cert-manager-webhook 1",
    ]);
    // The simulator's apiserver certificate, as kubeadm issues it: a year from now.
    const days = (Date.parse(preflight.servingCertificateNotAfter!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(360);
  });

  it("reads every CRD converted by a webhook, with its service's ready endpoints, in one list", async () => {
    const batch = expectRead(await read("stg-batch", all)).discovery!.preflight!;
    expect(
      batch.conversionWebhooks.map(
        (conversion) => `${conversion.crd} ${conversion.service} ${conversion.readyEndpoints}`,
      ),
    ).toEqual([
      "externalsecrets.external-secrets.io external-secrets/external-secrets-webhook 0",
      "secretstores.external-secrets.io external-secrets/external-secrets-webhook 0",
      "clustersecretstores.external-secrets.io external-secrets/external-secrets-webhook 0",
    ]);
    const gpu = expectRead(await read("stg-gpu", all)).discovery!.preflight!;
    expect(gpu.conversionWebhooks.every((conversion) => conversion.readyEndpoints === 1)).toBe(true);
    // Dev's External Secrets converts nothing; Argo CD's Application CRD never did.
    expect(expectRead(await read("dev-gpu", all)).discovery!.preflight!.conversionWebhooks).toEqual([]);
  });

  it("reads kube-system's workloads' readiness from the lists discovery made: a restarting node's CNI and DNS pods", async () => {
    const preflight = expectRead(await read("restarting", all)).discovery!.preflight!;
    expect(preflight.unreadySystemWorkloads).toEqual([
      { kind: "Deployment", name: "coredns", ready: 1, desired: 2 },
      { kind: "DaemonSet", name: "cilium", ready: 3, desired: 4 },
    ]);
    expect(
      await kubectl(["--context", "restarting", "get", "daemonset", "cilium", "-n", "kube-system", "--no-headers"]),
    ).toMatch(/^cilium\s+4\s+4\s+3\s+4\s+3\s+/);
    // Limited to other namespaces, kube-system's workloads are not judged (null), not "all Ready".
    const limited = expectRead(await read("restarting", { discovery: { namespaces: ["shop"] } })).discovery!.preflight!;
    expect(limited.unreadySystemWorkloads).toBeNull();
  });

  it("names an aggregated API that is not Available", async () => {
    const preflight = expectRead(await read("stg-batch", all)).discovery!.preflight!;
    expect(preflight.unavailableApiServices).toEqual([
      {
        name: "v1beta1.metrics.k8s.io",
        reason: expect.stringMatching(/^FailedDiscoveryCheck: failing or missing response/),
      },
    ]);
    expect(preflight.budgets.every((budget) => budget.disruptionsAllowed > 0)).toBe(true);
  });
});

describe("the simulated API server, checked with the real kubectl", () => {
  it("kubectl version shows the apiserver version Stepwise reads", async () => {
    expect(await kubectl(["--context", "stg-gpu", "version"])).toMatch(/Server Version: v1\.33\.5/);
  });

  it("kubectl get nodes -o wide shows the same nodes and versions", async () => {
    const reading = expectRead(await read("prd-gpu"));
    const rows = (await kubectl(["--context", "prd-gpu", "get", "nodes", "-o", "wide", "--chunk-size=4"]))
      .trim()
      .split("\n");
    expect(rows[0]).toMatch(
      /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s+INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME/,
    );
    const fromKubectl = rows
      .slice(1)
      .map((row) => row.split(/\s{2,}/))
      .map(([name, , , , version]) => `${name}=${version}`);
    expect(fromKubectl.sort()).toEqual(reading.nodes.map((n) => `${n.name}=${n.kubeletVersion}`).sort());
  });

  it("kubectl get pods -n kube-system lists the static control-plane pods Stepwise reads versions from", async () => {
    const reading = expectRead(await read("stg-gpu"));
    const pods = JSON.parse(
      await kubectl(["--context", "stg-gpu", "get", "pods", "-n", "kube-system", "-o", "json"]),
    ) as { items: { metadata: { name: string }; spec: { containers: { image: string }[] } }[] };
    const apiserverImages = pods.items
      .filter((p) => p.metadata.name.startsWith("kube-apiserver-"))
      .map((p) => p.spec.containers[0]!.image.split(":").pop());
    expect(apiserverImages).toEqual(
      reading.controlPlane!.filter((m) => m.component === "kube-apiserver").map((m) => m.version),
    );
    expect(await kubectl(["--context", "stg-gpu", "get", "pods", "-n", "kube-system"])).toMatch(
      /kube-scheduler-stg-gpu-cp-1\s+1\/1\s+Running/,
    );
  });

  it("kubectl sees kube-proxy's pods owned by their DaemonSet, and a 1.31+ kubelet reports no kube-proxy version", async () => {
    const pods = JSON.parse(
      await kubectl([
        "--context",
        "prd-gpu",
        "get",
        "pods",
        "-n",
        "kube-system",
        "-l",
        "k8s-app=kube-proxy",
        "-o",
        "json",
      ]),
    ) as {
      items: { metadata: { ownerReferences: { kind: string; name: string }[] }; spec: { nodeName: string } }[];
    };
    const reading = expectRead(await read("prd-gpu"));
    expect(pods.items.map((p) => p.spec.nodeName).sort()).toEqual(reading.nodes.map((n) => n.name).sort());
    expect(pods.items.every((p) => p.metadata.ownerReferences[0]?.kind === "DaemonSet")).toBe(true);
    const reported = (
      await kubectl([
        "--context",
        "prd-gpu",
        "get",
        "nodes",
        "-o",
        "jsonpath={.items[*].status.nodeInfo.kubeProxyVersion}",
      ])
    ).trim();
    // prd-gpu's old GPU nodes run 1.29 kubelets, which still wrote their own version there; the rest write "".
    expect(
      reported
        .split(/\s+/)
        .filter(Boolean)
        .every((v) => /^v1\.(29|30)\./.test(v)),
    ).toBe(true);
  });

  it("kubectl get deploy -A -o wide shows the workloads and images discovery reads", async () => {
    const { discovery } = expectRead(await read("dev-gpu", { discovery: { namespaces: null } }));
    const rows = (await kubectl(["--context", "dev-gpu", "get", "deploy", "-A", "-o", "wide"])).trim().split("\n");
    expect(rows[0]).toMatch(
      /^NAMESPACE\s+NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR/,
    );
    const fromKubectl = rows
      .slice(1)
      .map((row) => row.split(/\s+/))
      .map((cells) => `${cells[1]}=${cells[7]}`);
    const deployments = discovery!.workloads.filter((w) => w.kind === "Deployment");
    expect(fromKubectl.sort()).toEqual(
      deployments.map((w) => `${w.name}=${w.images.map((i) => `${i.repository}:${i.tag}`).join(",")}`).sort(),
    );
    expect(await kubectl(["--context", "dev-gpu", "get", "sts", "-n", "loki"])).toMatch(/^loki\s+3\/3/m);
    // One kube-proxy pod per node, control-plane nodes included.
    const nodes = expectRead(await read("dev-gpu")).nodes.length;
    expect(await kubectl(["--context", "dev-gpu", "get", "ds", "-n", "kube-system", "kube-proxy"])).toMatch(
      new RegExp(`kube-proxy(\\s+${nodes}){5}\\s`),
    );
  });

  it("kubectl get applications.argoproj.io -A shows sync and health; without the CRD it says the type is unknown", async () => {
    expect(await kubectl(["--context", "stg-gpu", "get", "applications.argoproj.io", "-A"])).toMatch(
      /argocd\s+cert-manager\s+Synced\s+Healthy/,
    );
    expect(await kubectl(["--context", "stg-batch", "get", "helmreleases.helm.toolkit.fluxcd.io", "-A"])).toMatch(
      /kube-system\s+cilium\s+\S+\s+True\s+Helm install succeeded/,
    );
    await expect(kubectl(["--context", "stg-batch", "get", "applications.argoproj.io", "-A"])).rejects.toThrow(
      /the server doesn't have a resource type "applications"/,
    );
    await expect(kubectl(["--context", "prd-eks", "get", "deploy", "-A"])).rejects.toThrow(
      /deployments\.apps is forbidden/,
    );
  });

  it("kubectl reads the removed-API evidence as Stepwise does: managedFields, stored versions, the deprecated-request gauge", async () => {
    expect(
      await kubectl([
        "--context",
        "prd-gpu",
        "get",
        "flowschema",
        "batch-jobs",
        "-o",
        "jsonpath={.apiVersion} {.metadata.managedFields[0].manager} {.metadata.managedFields[0].apiVersion}",
      ]),
    ).toBe("flowcontrol.apiserver.k8s.io/v1 helm flowcontrol.apiserver.k8s.io/v1beta3");
    expect(await kubectl(["--context", "prd-gpu", "get", "externalsecrets", "-A"])).toMatch(/payments\s+stripe-keys/);
    expect(
      await kubectl([
        "--context",
        "prd-gpu",
        "get",
        "crd",
        "externalsecrets.external-secrets.io",
        "-o",
        "jsonpath={.status.storedVersions}",
      ]),
    ).toBe('["v1beta1"]');
    expect(await kubectl(["--context", "prd-gpu", "get", "--raw", "/clusters/prd-gpu/metrics"])).toMatch(
      /^apiserver_requested_deprecated_apis\{group="flowcontrol\.apiserver\.k8s\.io",removed_release="1\.32",resource="flowschemas",subresource="",version="v1beta3"\} 1$/m,
    );
    await expect(kubectl(["--context", "prd-eks", "get", "--raw", "/clusters/prd-eks/metrics"])).rejects.toThrow(
      /cannot get path "\/metrics"/,
    );
    // 1.34 no longer serves flowcontrol v1beta3.
    await expect(
      kubectl(["--context", "dev-gpu", "get", "flowschemas.v1beta3.flowcontrol.apiserver.k8s.io"]),
    ).rejects.toThrow(/doesn't have a resource type/);
  });

  it("kubectl shows the budgets, webhooks, slices and APIServices the pre-upgrade checks read", async () => {
    expect(await kubectl(["--context", "stg-gpu", "get", "pdb", "-n", "payments"])).toMatch(/api\s+2\s+N\/A\s+0\s+/);
    expect(
      await kubectl([
        "--context",
        "stg-gpu",
        "get",
        "validatingwebhookconfiguration",
        "tenant-policy",
        "-o",
        "jsonpath={.webhooks[0].failurePolicy} {.webhooks[0].clientConfig.service.name}",
      ]),
    ).toBe("Fail tenant-policy-webhook");
    expect(
      await kubectl([
        "--context",
        "stg-gpu",
        "get",
        "endpointslices",
        "-n",
        "policy",
        "-l",
        "kubernetes.io/service-name=tenant-policy-webhook",
        "-o",
        "jsonpath={.items[0].metadata.name} {.items[0].endpoints}",
      ]),
    ).toBe("tenant-policy-webhook-x7k2p []");
    expect(
      await kubectl([
        "--context",
        "stg-batch",
        "get",
        "apiservice",
        "-o",
        'jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Available")].status} {end}',
      ]),
    ).toBe("v1.apps=True v1beta1.metrics.k8s.io=False ");
  });

  it("kubectl lists the CRDs with their conversion webhook, and the webhook's service without endpoints", async () => {
    const crds = await kubectl(["--context", "stg-batch", "get", "crd", "--chunk-size=2"]);
    expect(crds).toMatch(/^NAME\s+CREATED AT\n/);
    expect(crds).toMatch(/^externalsecrets\.external-secrets\.io\s+2025-06-02T10:00:00Z$/m);
    expect(crds).toMatch(/^helmreleases\.helm\.toolkit\.fluxcd\.io\s+/m);
    expect(
      await kubectl([
        "--context",
        "stg-batch",
        "get",
        "crd",
        "secretstores.external-secrets.io",
        "-o",
        "jsonpath={.spec.conversion.strategy} {.spec.conversion.webhook.clientConfig.service.namespace}/{.spec.conversion.webhook.clientConfig.service.name}{.spec.conversion.webhook.clientConfig.service.path}",
      ]),
    ).toBe("Webhook external-secrets/external-secrets-webhook/convert");
    expect(
      await kubectl([
        "--context",
        "stg-batch",
        "get",
        "endpointslices",
        "-n",
        "external-secrets",
        "-l",
        "kubernetes.io/service-name=external-secrets-webhook",
        "-o",
        "jsonpath={.items[0].endpoints}",
      ]),
    ).toBe("[]");
    // External Secrets 0.19 on Dev converts nothing: strategy None.
    expect(
      await kubectl([
        "--context",
        "dev-gpu",
        "get",
        "crd",
        "externalsecrets.external-secrets.io",
        "-o",
        "jsonpath={.spec.conversion.strategy}",
      ]),
    ).toBe("None");
  });
});
