import { describe, expect, it } from "vitest";
import { ADDON_COMPATIBILITY, compatibilityOf, listedMinors, minorsPassedThrough } from "./addon-compatibility";

const campaign = minorsPassedThrough("1.31", "1.34");

describe("the shipped add-on table", () => {
  it("cites a source for every line, every retirement and every statement in place of a table", () => {
    for (const entry of ADDON_COMPATIBILITY) {
      const cited = [
        ...entry.lines.flatMap((line) => line.sources),
        ...(entry.retired?.sources ?? []),
        ...(entry.unpublished?.sources ?? []),
      ];
      expect(cited.length, entry.project).toBeGreaterThan(0);
      for (const source of cited) expect(source, entry.project).toMatch(/^https:\/\//);
      for (const line of entry.lines) expect(line.sources.length, `${entry.project} ${line.line}`).toBeGreaterThan(0);
    }
  });

  it("covers the add-ons teams upgrade most", () => {
    expect(ADDON_COMPATIBILITY.length).toBeGreaterThanOrEqual(15);
  });
});

describe("compatibilityOf", () => {
  it("judges a listed range over every minor the hops pass through", () => {
    expect(compatibilityOf("Rook Ceph operator", "v1.18.7", campaign)).toMatchObject({ kind: "within", line: "1.18" });
    expect(compatibilityOf("Rook Ceph operator", "v1.17.7", campaign)).toMatchObject({
      kind: "outside",
      listed: "1.28–1.33",
      minors: ["1.34"],
    });
  });

  it("reads a stated floor as every minor from there on", () => {
    expect(compatibilityOf("metrics-server", "v0.8.0", campaign)).toMatchObject({
      kind: "within",
      listed: "1.31 and later",
    });
    expect(compatibilityOf("metrics-server", "v0.8.0", minorsPassedThrough("1.29", "1.31"))).toMatchObject({
      kind: "outside",
      minors: ["1.29", "1.30"],
    });
  });

  it("applies a statement about a line and every later one to the later lines, not the earlier", () => {
    expect(compatibilityOf("external-dns", "v0.18.0", campaign)).toMatchObject({ kind: "within", line: "0.10" });
    expect(compatibilityOf("external-dns", "v0.9.1", campaign)).toEqual({
      kind: "not-listed",
      project: "external-dns",
      line: "0.9",
    });
  });

  it("judges what kubeadm upgrades with each hop (etcd) on the target minor only", () => {
    expect(compatibilityOf("etcd", "3.6.4", campaign)).toMatchObject({ kind: "within", line: "3.6" });
    expect(compatibilityOf("etcd", "3.5.21", campaign)).toMatchObject({ kind: "untested", minors: ["1.34"] });
  });

  it("never judges a project that publishes no table, and says what it publishes instead", () => {
    const loki = compatibilityOf("Loki", "3.5.3", campaign);
    expect(loki).toMatchObject({ kind: "unpublished", project: "Loki" });
    expect(loki?.kind === "unpublished" && loki.sources[0]).toMatch(/^https:\/\/grafana\.com\//);
  });

  it("knows nothing of a project outside the table", () => {
    expect(compatibilityOf("tenant-operator", "v2.4.0", campaign)).toBeNull();
  });
});

describe("listedMinors", () => {
  it("prints a range, a single minor and a floor", () => {
    expect(listedMinors(["1.29", "1.30", "1.31"])).toBe("1.29–1.31");
    expect(listedMinors(["1.32"])).toBe("1.32");
    expect(listedMinors({ atLeast: "1.27" })).toBe("1.27 and later");
  });
});
