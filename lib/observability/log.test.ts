import { describe, expect, it } from "vitest";
import { line } from "./log";

describe("structured log lines", () => {
  it("writes one JSON line per event and never a secret, whatever the caller passes", () => {
    const text = line(
      "error",
      "oidc.callback-failed",
      {
        token: "eyJhbGciOi",
        password: "hunter2",
        Cookie: "stepwise_session=abc",
        cluster: "stg-gpu",
        error: new Error("boom"),
      },
      new Date("2026-11-27T10:00:00Z"),
    );
    expect(text).not.toContain("\n");
    expect(JSON.parse(text)).toEqual({
      time: "2026-11-27T10:00:00.000Z",
      level: "error",
      event: "oidc.callback-failed",
      token: "[redacted]",
      password: "[redacted]",
      Cookie: "[redacted]",
      cluster: "stg-gpu",
      error: "boom",
    });
    for (const secret of ["eyJhbGciOi", "hunter2", "stepwise_session=abc"]) expect(text).not.toContain(secret);
  });
});
