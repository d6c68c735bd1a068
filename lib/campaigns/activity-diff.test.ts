import { describe, expect, it } from "vitest";
import { diffFields } from "./activity-diff";

describe("diffFields", () => {
  it("lists only the labelled fields that changed, in label order", () => {
    const changes = diffFields(
      { targetVersion: "2.14.0", ownerName: null, notes: "a", revision: 1 },
      { targetVersion: "3.0.0", ownerName: "Aiko", notes: "a", revision: 2 },
      { targetVersion: "Target version", ownerName: "Owner", notes: "Notes" },
    );
    expect(changes).toEqual([
      { field: "Target version", before: "2.14.0", after: "3.0.0" },
      { field: "Owner", before: "—", after: "Aiko" },
    ]);
  });
});
