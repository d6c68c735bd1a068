import { describe, expect, it, vi } from "vitest";
import { failure } from "@/lib/mutations/result";
import { applyFieldErrors, messageAboveFields } from "./apply-field-errors";

describe("applyFieldErrors", () => {
  it("puts each error beside its field (nested ones beside their root field) and returns the rest", () => {
    const setError = vi.fn();
    const refused = failure("Some fields need attention; nothing was saved.", {
      name: ['This campaign already has a component named "Loki".'],
      "releaseNotes.0.url": ["Enter a full http(s) link."],
      previousCampaignId: ["That campaign no longer exists."],
    });
    const unplaced = applyFieldErrors(refused, ["name", "releaseNotes"], setError);
    expect(setError.mock.calls.map(([field, error]) => [field, error.message])).toEqual([
      ["name", 'This campaign already has a component named "Loki".'],
      ["releaseNotes.0.url", "Enter a full http(s) link."],
    ]);
    expect(unplaced).toEqual(["That campaign no longer exists."]);
  });
});

describe("messageAboveFields", () => {
  it("says nothing above the form when every field error found its field", () => {
    expect(messageAboveFields(failure("Some fields need attention.", { name: ["Enter a name."] }), [])).toBeNull();
  });

  it("says the refusal, and the errors no field shows", () => {
    expect(messageAboveFields(failure("Only the team lead can add components."), [])).toBe(
      "Only the team lead can add components.",
    );
    expect(messageAboveFields(failure("Some fields need attention.", { form: ["Reload."] }), ["Reload."])).toBe(
      "Some fields need attention. Reload.",
    );
  });
});
