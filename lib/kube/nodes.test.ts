import { describe, expect, it } from "vitest";
import { toNodeInfo } from "./nodes";

describe("toNodeInfo", () => {
  it("reads roles, versions, Ready and cordoned", () => {
    const info = toNodeInfo({
      metadata: {
        name: "cp-1",
        labels: { "node-role.kubernetes.io/control-plane": "" },
        creationTimestamp: new Date("2025-01-01T00:00:00Z"),
      },
      spec: {
        unschedulable: true,
        providerID:
          "azure:///subscriptions/0000/resourceGroups/mc_rg/providers/Microsoft.Compute/virtualMachineScaleSets/aks-pool/virtualMachines/0",
      },
      status: {
        conditions: [{ type: "Ready", status: "True" }],
        nodeInfo: {
          kubeletVersion: "v1.33.2",
          kubeProxyVersion: "",
          containerRuntimeVersion: "containerd://2.1.4",
          osImage: "Ubuntu 24.04.3 LTS",
          kernelVersion: "6.8.0",
          operatingSystem: "linux",
          architecture: "amd64",
          bootID: "",
          machineID: "",
          systemUUID: "",
        },
      },
    });
    expect(info).toEqual({
      name: "cp-1",
      roles: ["control-plane"],
      kubeletVersion: "v1.33.2",
      kubeProxyVersion: null,
      containerRuntime: "containerd://2.1.4",
      osImage: "Ubuntu 24.04.3 LTS",
      kernel: "6.8.0",
      cloud: "azure",
      ready: true,
      cordoned: true,
      createdAt: "2025-01-01T00:00:00.000Z",
    });
  });

  it("treats a node with no status as not Ready with unknown versions instead of throwing", () => {
    expect(toNodeInfo({ metadata: { name: "w9" } })).toMatchObject({
      name: "w9",
      ready: false,
      kubeletVersion: "",
      roles: [],
      cloud: null,
    });
  });
});
