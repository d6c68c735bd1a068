import { describe, expect, it } from "vitest";
import { carryOverInventory } from "./carry-over";

describe("carryOverInventory", () => {
  it("moves last target to current, clears the target and keeps the owner and how it is found running", () => {
    const found = { matchKind: "image", matchValue: "argoproj/argocd" };
    const automatic = { matchKind: "", matchValue: "" };
    const carried = carryOverInventory([
      {
        name: "ArgoCD",
        category: "addon-argocd",
        currentVersion: "2.10.0",
        targetVersion: "2.14.3",
        ownerId: "m1",
        ...found,
      },
      {
        name: "Rook/Ceph",
        category: "addon-helm",
        currentVersion: "1.13.0",
        targetVersion: null,
        ownerId: null,
        ...automatic,
      },
    ]);
    expect(carried).toEqual([
      {
        name: "ArgoCD",
        category: "addon-argocd",
        currentVersion: "2.14.3",
        targetVersion: null,
        ownerId: "m1",
        ...found,
      },
      {
        name: "Rook/Ceph",
        category: "addon-helm",
        currentVersion: "1.13.0",
        targetVersion: null,
        ownerId: null,
        ...automatic,
      },
    ]);
  });
});
