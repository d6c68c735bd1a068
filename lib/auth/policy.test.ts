import { describe, expect, it } from "vitest";
import {
  componentEditRefusal,
  leadOnly,
  may,
  ownerChangeRefusal,
  teamWriteRefusal,
  verificationRefusal,
  type Member,
} from "./policy";

const lead: Member = { id: "l", role: "lead" };
const kenji: Member = { id: "k", role: "engineer" };
const viewer: Member = { id: "v", role: "viewer" };
const strict = { engineersVerifyOthers: false };
const open = { engineersVerifyOthers: true };

describe("who may do what", () => {
  it("keeps the lead's work to the lead, naming it for engineers", () => {
    expect(leadOnly(lead, "assign owners")).toBeNull();
    expect(leadOnly(kenji, "assign owners")).toBe("Only the team lead can assign owners.");
    expect(leadOnly(viewer, "assign owners")).toMatch(/Viewers can read/);
  });

  it("lets an engineer edit only the components they own", () => {
    expect(componentEditRefusal(kenji, "k")).toBeNull();
    expect(componentEditRefusal(kenji, "someone-else")).toMatch(/owner or the team lead/);
    expect(componentEditRefusal(kenji, null)).toMatch(/owner or the team lead/);
    expect(componentEditRefusal(lead, null)).toBeNull();
    expect(componentEditRefusal(viewer, "v")).toMatch(/Viewers/);
  });

  it("lets an owner keep but not change the owner", () => {
    expect(ownerChangeRefusal(kenji, "k", "k")).toBeNull();
    expect(ownerChangeRefusal(kenji, "k", "other")).toMatch(/assign owners/);
    expect(ownerChangeRefusal(lead, "k", "other")).toBeNull();
  });

  it("lets engineers verify others' components only when the lead allows it", () => {
    expect(verificationRefusal(kenji, "k", strict)).toBeNull();
    expect(verificationRefusal(kenji, "other", strict)).toMatch(/owner or the team lead can verify/);
    expect(verificationRefusal(kenji, "other", open)).toBeNull();
    expect(verificationRefusal(viewer, "v", open)).toMatch(/Viewers/);
    expect(verificationRefusal(lead, "other", strict)).toBeNull();
  });

  it("lets everyone but viewers write in the retrospective", () => {
    expect(may(teamWriteRefusal(kenji))).toBe(true);
    expect(may(teamWriteRefusal(lead))).toBe(true);
    expect(may(teamWriteRefusal(viewer))).toBe(false);
  });
});
