import { describe, expect, it } from "vitest";
import { describeSkew, largestSkew } from "./largest-skew";
import { snapshotOf } from "@/lib/testing/skew-snapshot";

describe("largestSkew", () => {
  it("finds the kubelet furthest behind the newest apiserver", () => {
    const skew = largestSkew(
      snapshotOf({
        apiservers: ["v1.32.9", "v1.31.13"],
        controllerManagers: ["v1.31.13", "v1.31.13"],
        schedulers: ["v1.31.13", "v1.31.13"],
        nodes: [
          ["w1", "v1.31.13"],
          ["old", "v1.29.15"],
        ],
      }),
    );
    expect(skew).toEqual({
      minors: 3,
      nodeName: "old",
      kubeletVersion: "v1.29.15",
      apiserverVersion: "v1.32.9",
      violation: false,
    });
    expect(describeSkew(skew!)).toBe("3 minors behind the apiserver (kubelet on old v1.29.15, apiserver v1.32.9)");
  });

  it("counts a kubelet ahead of the apiserver as negative, and prefers it over an equal lag", () => {
    expect(
      largestSkew(
        snapshotOf({
          apiservers: ["v1.32.9"],
          nodes: [
            ["w1", "v1.31.0"],
            ["w3", "v1.33.5"],
          ],
        }),
      ),
    ).toMatchObject({ minors: -1, nodeName: "w3", violation: true });
  });

  it("remembers a violation before any larger legal lag", () => {
    const skew = largestSkew(
      snapshotOf({
        apiservers: ["v1.33.2"],
        nodes: [
          ["lagging", "v1.30.1"],
          ["ahead", "v1.34.0"],
        ],
      }),
    );
    expect(skew).toMatchObject({ nodeName: "ahead", minors: -1, violation: true });
    expect(describeSkew(skew!)).toBe(
      "outside the skew policy: 1 minor ahead of the apiserver (kubelet on ahead v1.34.0, apiserver v1.33.2)",
    );
  });

  it("counts 4 minors behind as a violation from 1.25, 3 as legal", () => {
    const at = (kubelet: string) =>
      largestSkew(snapshotOf({ apiservers: ["v1.33.2"], nodes: [["w", kubelet]] }))!.violation;
    expect(at("v1.30.0")).toBe(false);
    expect(at("v1.29.0")).toBe(true);
  });

  it("is zero on a level cluster and null without nodes", () => {
    expect(largestSkew(snapshotOf({ apiservers: ["v1.34.1"], nodes: [["w", "v1.34.1"]] }))?.minors).toBe(0);
    expect(largestSkew(snapshotOf({ apiservers: ["v1.34.1"] }))).toBeNull();
  });
});
