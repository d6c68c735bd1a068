import { describe, expect, it } from "vitest";
import type { ComponentView, InventoryView } from "@/lib/campaigns/types";
import { withOwner, withVerification } from "./optimistic-inventory";

const component = (id: string, owner: ComponentView["owner"] = null) =>
  ({ id, name: id, owner, verifications: {} }) as unknown as ComponentView;

const inventory = {
  components: [component("argocd"), component("loki", { id: "m-ren", name: "Ren" })],
  team: [
    { id: "m-ren", name: "Ren", email: "ren@example.com", role: "engineer", ownedCount: 1 },
    { id: "m-aiko", name: "Aiko", email: "aiko@example.com", role: "lead", ownedCount: 0 },
  ],
} as unknown as InventoryView;

describe("withVerification", () => {
  it("shows the tick on that component and environment only, as the actor, one revision on", () => {
    const next = withVerification(
      inventory,
      { componentId: "argocd", environmentId: "dev", status: "verified", note: "", revision: 2 },
      { id: "m-ren", name: "Ren" },
    );
    expect(next.components[0]!.verifications.dev).toMatchObject({
      status: "verified",
      verifiedBy: { id: "m-ren", name: "Ren" },
      revision: 3,
    });
    expect(next.components[1]).toBe(inventory.components[1]);
    expect(inventory.components[0]!.verifications).toEqual({});
  });
});

describe("withOwner", () => {
  it("gives every chosen component the new owner, and none for an unknown or empty choice", () => {
    const assigned = withOwner(inventory, { componentIds: ["argocd", "loki"], ownerId: "m-aiko" });
    expect(assigned.components.map((c) => c.owner?.name)).toEqual(["Aiko", "Aiko"]);
    const cleared = withOwner(inventory, { componentIds: ["loki"], ownerId: null });
    expect(cleared.components.map((c) => c.owner)).toEqual([null, null]);
    expect(inventory.components[1]!.owner).toEqual({ id: "m-ren", name: "Ren" });
  });
});
