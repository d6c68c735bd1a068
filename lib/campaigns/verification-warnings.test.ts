import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import { isKubernetesItself, verificationWarnings } from "./verification-warnings";

const dev = { id: "dev", name: "Dev", position: 0 };
const stg = { id: "stg", name: "Stg", position: 1 };
const prd = { id: "prd", name: "Prd", position: 2 };
const environments = [prd, dev, stg];

describe("verificationWarnings", () => {
  it("warns of a verdict out of order: Prd verified while Stg is not settled", () => {
    const component = componentFixture({ statuses: { dev: "verified", prd: "verified" } });
    expect(verificationWarnings(component, environments, null)).toEqual({
      prd: ["Verified on Prd while Stg is not settled."],
    });
  });

  it("says nothing when each environment follows a settled one", () => {
    const component = componentFixture({ statuses: { dev: "verified", stg: "skipped", prd: "verified" } });
    expect(verificationWarnings(component, environments, null)).toEqual({});
  });

  it("warns when Kubernetes is verified on an environment whose clusters still run an older minor", () => {
    const kubernetes = componentFixture({
      name: "Kubernetes (kubeadm)",
      category: "kubernetes",
      currentVersion: "1.31.13",
      targetVersion: "1.34.1",
      statuses: { dev: "verified", stg: "verified" },
    });
    const live = {
      dev: [{ cluster: "dev-gpu", versions: ["v1.34.1"] }],
      stg: [
        { cluster: "stg-gpu", versions: ["v1.33.5", "v1.32.9"] },
        { cluster: "stg-batch", versions: ["v1.34.1"] },
      ],
    };
    expect(verificationWarnings(kubernetes, environments, live)).toEqual({
      stg: ["Verified 1.34 on Stg, but stg-gpu still runs v1.33.5, v1.32.9."],
    });
  });

  it("compares only Kubernetes itself with the clusters' versions", () => {
    expect(isKubernetesItself({ name: "Kubernetes (kubeadm)", category: "kubernetes" })).toBe(true);
    expect(isKubernetesItself({ name: "etcd", category: "kubernetes" })).toBe(false);
    expect(isKubernetesItself({ name: "Kubernetes dashboard", category: "addon-helm" })).toBe(false);
  });
});
