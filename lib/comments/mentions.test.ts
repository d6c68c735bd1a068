import { describe, expect, it } from "vitest";
import { mentionedMembers } from "./mentions";

const team = [
  { id: "k", name: "Kenji Sato", email: "kenji.sato@example.com" },
  { id: "r", name: "Ryo", email: "ryo@example.com" },
  { id: "rt", name: "Ryota Ito", email: "ryota@example.com" },
];
const ids = (body: string) => mentionedMembers(body, team).map((m) => m.id);

describe("mentionedMembers", () => {
  it("finds a member by full name or by the name part of the email, in any case", () => {
    expect(ids("@Kenji Sato can you check the GPU nodes?")).toEqual(["k"]);
    expect(ids("cc @kenji.sato")).toEqual(["k"]);
    expect(ids("(@KENJI SATO)")).toEqual(["k"]);
  });

  it("stops at the end of a handle: @ryo is not @ryota, and an email address is no mention", () => {
    expect(ids("@ryota please")).toEqual(["rt"]);
    expect(ids("@ryo, please")).toEqual(["r"]);
    expect(ids("mail ryo@example.com")).toEqual([]);
  });
});
