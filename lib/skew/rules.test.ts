import { describe, expect, it } from "vitest";
import { allowedNodeSkew, findSkewViolations, minorIndexOf, minorLabel } from "./rules";
import { snapshotOf } from "@/lib/testing/skew-snapshot";

const rules = (...args: Parameters<typeof snapshotOf>) =>
  findSkewViolations(snapshotOf(...args)).map((f) => `${f.rule}: ${f.subject}`);

describe("versions as providers print them", () => {
  it.each([
    ["v1.30.2", "1.30"],
    ["v1.30.2-eks-1a2b3c4", "1.30"],
    ["v1.29.6-gke.1326000", "1.29"],
    ["v1.31.1+k3s1", "1.31"],
    ["v1.25.6", "1.25"],
  ])("%s is minor %s", (version, minor) => {
    expect(minorLabel(minorIndexOf(version)!)).toBe(minor);
  });
});

describe("allowedNodeSkew", () => {
  it("is 2 minors below 1.25 and 3 from 1.25 on", () => {
    expect(allowedNodeSkew(minorIndexOf("1.24")!)).toBe(2);
    expect(allowedNodeSkew(minorIndexOf("1.25")!)).toBe(3);
  });
});

describe("findSkewViolations", () => {
  it("finds nothing in a cluster at one version", () => {
    expect(rules({ apiservers: ["v1.31.4", "v1.31.4", "v1.31.4"], nodes: [["w1", "v1.31.4", "v1.31.4"]] })).toEqual([]);
  });

  describe("HA apiservers", () => {
    it("allows one minor apart (a hop in progress)", () => {
      expect(
        rules({
          apiservers: ["v1.32.0", "v1.31.4"],
          controllerManagers: ["v1.31.4", "v1.31.4"],
          schedulers: ["v1.31.4", "v1.31.4"],
        }),
      ).toEqual([]);
    });
    it("refuses two minors apart and names the old one", () => {
      const found = rules({
        apiservers: ["v1.33.0", "v1.31.4"],
        controllerManagers: ["v1.31.4"],
        schedulers: ["v1.31.4"],
      });
      expect(found).toContain("apiserver-ha: kube-apiserver on cp-2");
    });
  });

  describe("controller-manager and scheduler", () => {
    it("may match the apiserver or be one minor older", () => {
      expect(rules({ apiservers: ["v1.32.1"], controllerManagers: ["v1.31.9"], schedulers: ["v1.32.1"] })).toEqual([]);
    });
    it("may not be newer than any apiserver", () => {
      expect(
        rules({
          apiservers: ["v1.32.1", "v1.31.4"],
          controllerManagers: ["v1.32.1", "v1.31.4"],
          schedulers: ["v1.31.4", "v1.31.4"],
        }),
      ).toEqual(["control-plane-newer: kube-controller-manager on cp-1"]);
    });
    it("may not be two minors older", () => {
      expect(rules({ apiservers: ["v1.33.0"], controllerManagers: ["v1.31.4"], schedulers: ["v1.32.0"] })).toEqual([
        "control-plane-too-old: kube-controller-manager on cp-1",
      ]);
    });
  });

  describe("kubelet", () => {
    it("may not be newer than the apiserver, by even one minor", () => {
      const findings = findSkewViolations(snapshotOf({ apiservers: ["v1.33.2"], nodes: [["gpu-7", "v1.34.1"]] }));
      expect(findings.map((f) => f.rule)).toEqual(["kubelet-newer"]);
      expect(findings[0]).toMatchObject({ subject: "kubelet on gpu-7", version: "v1.34.1", against: "v1.33.2" });
      expect(findings[0]).toMatchObject({ node: "gpu-7" });
      expect(findings[0]!.fix).toContain("Hop the control plane to 1.34 (the next hop brings it up to the node)");
    });
    it("two minors ahead cannot be fixed by one hop: the node goes back", () => {
      const [finding] = findSkewViolations(snapshotOf({ apiservers: ["v1.32.2"], nodes: [["gpu-7", "v1.34.1"]] }));
      expect(finding!.fix).toBe(
        "Put node gpu-7 back on 1.32 or older: the control plane moves one minor at a time and 1.34 is 2 hops away.",
      );
    });
    it("compares with the oldest apiserver while the control plane is mid-hop", () => {
      expect(
        rules({
          apiservers: ["v1.32.0", "v1.31.4"],
          controllerManagers: ["v1.31.4", "v1.31.4"],
          schedulers: ["v1.31.4", "v1.31.4"],
          nodes: [["w1", "v1.32.0"]],
        }),
      ).toEqual(["kubelet-newer: kubelet on w1"]);
    });
    it("may be exactly 3 minors older from 1.25 on, not 4", () => {
      expect(rules({ apiservers: ["v1.31.0"], nodes: [["w1", "v1.28.9"]] })).toEqual([]);
      expect(rules({ apiservers: ["v1.32.0"], nodes: [["w1", "v1.28.9"]] })).toEqual([
        "kubelet-too-old: kubelet on w1",
      ]);
    });
    it("may be only 2 minors older when the kubelet is older than 1.25", () => {
      expect(rules({ apiservers: ["v1.26.0"], nodes: [["w1", "v1.24.9"]] })).toEqual([]);
      expect(rules({ apiservers: ["v1.27.0"], nodes: [["w1", "v1.24.9"]] })).toEqual([
        "kubelet-too-old: kubelet on w1",
      ]);
    });
    it("measures 'too old' against the newest apiserver", () => {
      expect(
        rules({
          apiservers: ["v1.32.0", "v1.31.0"],
          controllerManagers: ["v1.31.0", "v1.31.0"],
          schedulers: ["v1.31.0", "v1.31.0"],
          nodes: [["w1", "v1.28.0"]],
        }),
      ).toEqual(["kubelet-too-old: kubelet on w1"]);
    });
  });

  describe("kube-proxy", () => {
    it("follows the kubelet's bounds against the apiserver", () => {
      expect(rules({ apiservers: ["v1.31.0"], nodes: [["w1", "v1.31.0", "v1.32.0"]] })).toEqual([
        "kube-proxy-newer: kube-proxy on w1",
      ]);
      expect(rules({ apiservers: ["v1.32.0"], nodes: [["w1", "v1.30.0", "v1.28.0"]] })).toEqual([
        "kube-proxy-too-old: kube-proxy on w1",
      ]);
    });
    it("stays within 3 minors of its kubelet: exactly 3 is fine, 4 is not", () => {
      expect(rules({ apiservers: ["v1.31.0"], nodes: [["w1", "v1.31.0", "v1.28.0"]] })).toEqual([]);
      // Within the apiserver bounds both sit at most 3 apart, so 4 apart always breaks a second rule too.
      expect(rules({ apiservers: ["v1.31.0"], nodes: [["w1", "v1.31.0", "v1.27.0"]] })).toEqual([
        "kube-proxy-too-old: kube-proxy on w1",
        "kube-proxy-kubelet: kube-proxy on w1",
      ]);
    });
    it("is skipped where the node does not report it", () => {
      expect(rules({ apiservers: ["v1.31.0"], nodes: [["w1", "v1.31.0"]] })).toEqual([]);
    });
  });

  it("uses /version on managed clusters whose control plane is hidden", () => {
    expect(
      rules({ managed: true, serverVersion: "v1.30.2-eks-1a2b3c4", nodes: [["ip-10-0-1-2", "v1.31.1-eks-5e6f7a8"]] }),
    ).toEqual(["kubelet-newer: kubelet on ip-10-0-1-2"]);
  });

  it("reports an unreadable version as a finding instead of failing", () => {
    const findings = findSkewViolations(
      snapshotOf({
        apiservers: ["v1.31.0"],
        nodes: [
          ["w1", "banana"],
          ["w2", "v1.35.0"],
        ],
      }),
    );
    expect(findings.map((f) => f.rule)).toEqual(["unreadable-version", "kubelet-newer"]);
    expect(findings[0]!.message).toContain('"banana"');
  });

  it("says nothing about nodes when even the apiserver's version is unreadable", () => {
    expect(
      findSkewViolations(snapshotOf({ managed: true, serverVersion: "garbage", nodes: [["w1", "v1.31.0"]] })).map(
        (f) => f.rule,
      ),
    ).toEqual(["unreadable-version"]);
  });
});
