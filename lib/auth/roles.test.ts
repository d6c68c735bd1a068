import { describe, expect, it } from "vitest";
import { roleOf } from "./roles";

describe("roleOf", () => {
  it("reads the three roles back and gives anything else the least power", () => {
    expect(["lead", "engineer", "viewer"].map(roleOf)).toEqual(["lead", "engineer", "viewer"]);
    expect(roleOf("admin")).toBe("viewer");
    expect(roleOf("Lead")).toBe("viewer");
  });
});
