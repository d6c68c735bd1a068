import { describe, expect, it } from "vitest";
import { failure, success } from "@/lib/mutations/result";
import { ActionRefused, refusalMessage, unwrap } from "./action-refused";

describe("unwrap", () => {
  it("hands over the data of a success", async () => {
    await expect(unwrap(Promise.resolve(success({ voted: true })))).resolves.toEqual({ voted: true });
  });

  it("throws a refusal as ActionRefused, keeping the server's sentence for the UI", async () => {
    const refused = unwrap(Promise.resolve(failure("Viewers can read everything but change nothing.")));
    await expect(refused).rejects.toBeInstanceOf(ActionRefused);
    const error = await refused.catch((e: unknown) => e);
    expect(refusalMessage(error)).toBe("Viewers can read everything but change nothing.");
  });
});

describe("refusalMessage", () => {
  it("says the server was not reached for anything that is not a refusal, never the raw error", () => {
    expect(refusalMessage(new TypeError("fetch failed: ECONNREFUSED 10.0.0.1"))).toBe(
      "The server could not be reached; nothing was saved.",
    );
  });
});
