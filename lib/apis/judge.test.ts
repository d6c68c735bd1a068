import { describe, expect, it } from "vitest";
import { REMOVED_APIS } from "./catalog";
import { manifestVerdict, removalsOnTheWay, removedBy } from "./judge";

describe("the shipped catalog", () => {
  it("cites each entry and names a different version to move to (or none, as for PodSecurityPolicy)", () => {
    for (const removal of REMOVED_APIS) {
      expect(removal.source, removal.apiVersion).toMatch(/^https:\/\//);
      expect(removal.replacement?.apiVersion, removal.apiVersion).not.toBe(removal.apiVersion);
    }
    expect(REMOVED_APIS.filter((removal) => removal.replacement === null).map((r) => r.kinds)).toEqual([
      ["PodSecurityPolicy"],
    ]);
  });
});

// The migration guide's own examples: what each release stops serving, and what it does not.
describe("manifestVerdict", () => {
  const at = (apiVersion: string, kind: string, target: string) => manifestVerdict({ apiVersion, kind }, target);

  it("removes extensions/v1beta1 Deployments at 1.16, pointing to apps/v1", () => {
    const verdict = at("extensions/v1beta1", "Deployment", "1.16");
    expect(verdict).toMatchObject({ kind: "removed", removal: { replacement: { apiVersion: "apps/v1" } } });
    expect(at("extensions/v1beta1", "Deployment", "1.15").kind).toBe("ok");
  });

  it("removes both Ingress beta versions in 1.22, with the backend renames", () => {
    for (const apiVersion of ["extensions/v1beta1", "networking.k8s.io/v1beta1"]) {
      const verdict = at(apiVersion, "Ingress", "1.22");
      expect(verdict.kind === "removed" && verdict.removal.changes).toContain(
        "spec.backend is renamed spec.defaultBackend",
      );
    }
    expect(at("networking.k8s.io/v1beta1", "Ingress", "1.21").kind).toBe("ok");
  });

  it("knows a kind by its group: extensions/v1beta1 NetworkPolicy at 1.16, but apps/v1 Deployment never", () => {
    expect(at("extensions/v1beta1", "NetworkPolicy", "1.34").kind).toBe("removed");
    expect(at("apps/v1", "Deployment", "1.34").kind).toBe("ok");
  });

  it("removes policy/v1beta1 PodSecurityPolicy in 1.25 with no replacement API", () => {
    const verdict = at("policy/v1beta1", "PodSecurityPolicy", "1.25");
    expect(verdict.kind === "removed" && verdict.removal.replacement).toBeNull();
  });

  it("removes flowcontrol v1beta3 in 1.32, the newest removal", () => {
    const verdict = at("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "1.32");
    expect(verdict.kind === "removed" && removedBy(verdict.removal)).toBe("Kubernetes 1.32");
    expect(at("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.31").kind).toBe("ok");
  });

  it("warns of v1 Endpoints from 1.33 on, never before", () => {
    expect(at("v1", "Endpoints", "1.33").kind).toBe("deprecated");
    expect(at("v1", "Endpoints", "1.32").kind).toBe("ok");
  });

  it("names an add-on's removed version apart, and as removed once the cluster runs that release", () => {
    const type = { apiVersion: "external-secrets.io/v1beta1", kind: "ExternalSecret" };
    expect(manifestVerdict(type, "1.34").kind).toBe("removed-by-addon");
    expect(manifestVerdict(type, "1.34", { "External Secrets Operator": "0.19.2" }).kind).toBe("removed");
    expect(manifestVerdict(type, "1.34", { "External Secrets Operator": "0.16.2" }).kind).toBe("removed-by-addon");
  });
});

describe("removalsOnTheWay", () => {
  it("takes the hops after the starting minor up to the target, and the add-on lines an upgrade crosses", () => {
    const removals = removalsOnTheWay({
      kubernetes: { from: "1.31", to: "1.34" },
      components: [
        { name: "External Secrets Operator", currentVersion: "v0.10.4", targetVersion: "v0.19.2" },
        { name: "cert-manager", currentVersion: "v1.15.3", targetVersion: "v1.19.1" },
      ],
    });
    expect(removals.map((removal) => `${removal.apiVersion} (${removedBy(removal)})`)).toEqual([
      "flowcontrol.apiserver.k8s.io/v1beta3 (Kubernetes 1.32)",
      "external-secrets.io/v1beta1 (External Secrets Operator 0.17)",
    ]);
  });

  it("finds nothing on a way that removes nothing", () => {
    expect(removalsOnTheWay({ kubernetes: { from: "1.33", to: "1.36" }, components: [] })).toEqual([]);
  });
});
