import { describe, expect, it } from "vitest";
import { hopDiff, hopFindings, minorBefore, settledMinor, type HopFinding } from "./after-hop";
import type { GateCheck } from "./types";

const check = (id: string, verdict: GateCheck["verdict"], items: string[] = []): GateCheck => ({
  id,
  name: `Check ${id}`,
  verdict,
  sentence: `${id} says ${verdict}`,
  link: null,
  items: items.map((label) => ({ label, href: null, detail: `${label} (${verdict})` })),
});

const finding = (check: string, label: string, verdict: HopFinding["verdict"] = "block"): HopFinding => ({
  check,
  checkName: `Check ${check}`,
  verdict,
  label,
  detail: `${label} (${verdict})`,
});

describe("hopFindings", () => {
  it("takes every item of a check that warns or blocks, and a check without items as one finding", () => {
    const findings = hopFindings([
      check("removed-apis", "block", ["FlowSchema batch-jobs", "CRD externalsecrets.external-secrets.io"]),
      check("nodes-ready", "pass", ["ignored because the check passes"]),
      check("support-window", "warn"),
    ]);
    expect(findings.map((f) => [f.check, f.label, f.verdict])).toEqual([
      ["removed-apis", "CRD externalsecrets.external-secrets.io", "block"],
      ["removed-apis", "FlowSchema batch-jobs", "block"],
      ["support-window", "Check support-window", "warn"],
    ]);
    expect(findings[2]!.detail).toBe("support-window says warn");
  });

  it("is the same list whatever order the checks and items come in (a record compares it as text)", () => {
    const a = hopFindings([check("a", "warn", ["x", "y"]), check("b", "block", ["z"])]);
    const b = hopFindings([check("b", "block", ["z"]), check("a", "warn", ["y", "x"])]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("settledMinor", () => {
  it("is the control plane's minor when every apiserver runs it, and null mid-hop", () => {
    expect(settledMinor(["v1.32.9", "v1.32.4"])).toBe("1.32");
    expect(settledMinor(["v1.33.5", "v1.32.9", "v1.32.9"])).toBeNull();
    expect(settledMinor(["not a version"])).toBeNull();
    expect(settledMinor([])).toBeNull();
    // Apiservers through, controllers not yet: still mid-hop, as the control-plane check says.
    expect(settledMinor(["v1.33.5"], [check("control-plane-settled", "block", ["kube-scheduler on cp-1"])])).toBeNull();
    expect(settledMinor(["v1.33.5"], [check("control-plane-settled", "pass")])).toBe("1.33");
  });
});

describe("minorBefore", () => {
  it("is the newest recorded minor below the current one", () => {
    expect(minorBefore(["1.31", "1.32", "1.33"], "1.33")).toBe("1.32");
    expect(minorBefore(["1.9", "1.31"], "1.32")).toBe("1.31");
    expect(minorBefore(["1.33"], "1.33")).toBeNull();
    expect(minorBefore([], "1.33")).toBeNull();
  });
});

describe("hopDiff", () => {
  it("sorts findings into new, resolved and unchanged by check and label, keeping the verdict before", () => {
    const before = [
      finding("removed-apis", "FlowSchema batch-jobs", "block"),
      finding("removed-apis", "Requests to flowcontrol.apiserver.k8s.io/v1beta3 flowschemas", "block"),
      finding("drain-blockers", "payments/api"),
    ];
    const after = [
      finding("removed-apis", "FlowSchema batch-jobs", "warn"),
      finding("drain-blockers", "payments/api"),
      finding("nodes-ready", "stg-gpu-w-3", "warn"),
    ];
    const diff = hopDiff(before, after);
    expect(diff.new.map((f) => f.label)).toEqual(["stg-gpu-w-3"]);
    expect(diff.resolved.map((f) => f.label)).toEqual(["Requests to flowcontrol.apiserver.k8s.io/v1beta3 flowschemas"]);
    expect(diff.unchanged.map((f) => [f.label, f.verdictBefore, f.verdict])).toEqual([
      ["FlowSchema batch-jobs", "block", "warn"],
      ["payments/api", "block", "block"],
    ]);
  });

  it("tells the same label under two checks apart", () => {
    const diff = hopDiff([finding("nodes-ready", "w-1")], [finding("nodes-before-hop", "w-1")]);
    expect(diff.new).toHaveLength(1);
    expect(diff.resolved).toHaveLength(1);
    expect(diff.unchanged).toHaveLength(0);
  });
});
