import { describe, expect, it } from "vitest";
import { compareVersions, isMajorBump, isValidVersion, minorOf, parseVersion } from "./version";

describe("parseVersion", () => {
  it.each([
    ["v1.30.2", 1, 30, 2],
    ["v1.30.2-eks-1a2b3c4", 1, 30, 2],
    ["v1.29.6-gke.1326000", 1, 29, 6],
    ["v1.31.1+k3s1", 1, 31, 1],
    ["v1.25.6", 1, 25, 6],
    ["1.34", 1, 34, 0],
    ["535.161.08", 535, 161, 8],
    ["22.04", 22, 4, 0],
    ["  3.0.0  ", 3, 0, 0],
  ])("reads %s as %i.%i.%i", (input, major, minor, patch) => {
    const parsed = parseVersion(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect([parsed.version.major, parsed.version.minor, parsed.version.patch]).toEqual([major, minor, patch]);
  });

  it("keeps provider suffixes for comparison", () => {
    const parsed = parseVersion("v1.30.2-eks-1a2b3c4");
    expect(parsed.ok && parsed.version.semver.prerelease).toEqual(["eks-1a2b3c4"]);
  });

  it.each(["", "   ", "1.3x", "latest", "v", "1..2", "1.2.3.4.5", "one.two", "1.2 beta"])(
    "refuses %j with a reason",
    (input) => {
      const parsed = parseVersion(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(10);
    },
  );

  it("names the offending input in the reason", () => {
    const parsed = parseVersion("1.3x");
    expect(!parsed.ok && parsed.reason).toContain('"1.3x"');
  });
});

describe("isMajorBump", () => {
  it.each([
    ["2.14.3", "3.0.0", true],
    ["v2.14", "v3.0", true],
    ["2.9.0", "3.1.0", true],
    ["2.14.3", "2.15.0", false],
    ["1.31", "1.34", false],
    ["3.0.0", "2.14.0", false],
    ["v0.16.2", "v0.17.0", true],
    ["v0.17.0", "v0.17.3", false],
    ["v1.30.2-eks-1a2b3c4", "v2.0.0-eks-9z", true],
  ])("%s -> %s is %s", (from, to, expected) => {
    expect(isMajorBump(from, to)).toBe(expected);
  });

  it("is false without a target or with an unparseable one", () => {
    expect(isMajorBump("2.14.0", null)).toBe(false);
    expect(isMajorBump("2.14.0", "")).toBe(false);
    expect(isMajorBump("2.14.0", "3.x")).toBe(false);
  });
});

describe("compareVersions and minorOf", () => {
  it("orders versions numerically, not as text", () => {
    const sorted = ["1.9.0", "1.31.0", "1.10.2", "v1.30.2-eks-1"].sort(compareVersions);
    expect(sorted).toEqual(["1.9.0", "1.10.2", "v1.30.2-eks-1", "1.31.0"]);
  });
  it("reduces to the minor", () => {
    expect(minorOf("v1.29.6-gke.1326000")).toBe("1.29");
  });
  it("isValidVersion agrees with parseVersion", () => {
    expect(isValidVersion("1.31")).toBe(true);
    expect(isValidVersion("1.3x")).toBe(false);
  });
});
