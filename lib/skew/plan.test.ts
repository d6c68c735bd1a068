import { describe, expect, it } from "vitest";
import { planUpgrade } from "./plan";
import { minorIndexOf } from "./rules";
import { snapshotOf } from "@/lib/testing/skew-snapshot";
import type { PlanStep } from "./types";

const describeStep = (step: PlanStep) =>
  step.kind === "control-plane-hop"
    ? `control plane ${step.from} -> ${step.to}`
    : `${step.nodes.length} nodes -> ${step.to}`;

describe("planUpgrade", () => {
  it("hops the control plane one minor at a time, then moves every node to the target", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.31.4", "v1.31.4", "v1.31.4"],
        nodes: [
          ["w1", "v1.31.4"],
          ["w2", "v1.31.4"],
        ],
      }),
      "1.34",
    );
    expect(plan.steps.map(describeStep)).toEqual([
      "control plane 1.31 -> 1.32",
      "control plane 1.32 -> 1.33",
      "control plane 1.33 -> 1.34",
      "2 nodes -> 1.34",
    ]);
    expect(plan.next).toEqual({ step: { kind: "control-plane-hop", from: "1.31", to: "1.32" }, prerequisites: [] });
  });

  it("brings nodes along before the hop that would leave them too far behind", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.31.4"],
        nodes: [
          ["old-1", "v1.29.6"],
          ["old-2", "v1.29.6"],
          ["old-3", "v1.29.6"],
          ["w4", "v1.31.4"],
        ],
      }),
      "1.34",
    );
    expect(plan.steps.map(describeStep)).toEqual([
      "control plane 1.31 -> 1.32",
      "3 nodes -> 1.32",
      "control plane 1.32 -> 1.33",
      "control plane 1.33 -> 1.34",
      "4 nodes -> 1.34",
    ]);
    // The next hop (to 1.32) is still allowed: 1.29 is 3 behind 1.32.
    expect(plan.next?.prerequisites).toEqual([]);
  });

  it("names the nodes that must move before the next hop when they would be 4 minors behind it", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.32.2"],
        nodes: [
          ["old-1", "v1.29.6"],
          ["old-2", "v1.29.6"],
          ["old-3", "v1.29.6"],
        ],
      }),
      "1.34",
    );
    expect(plan.steps[0]).toMatchObject({ kind: "nodes", to: "1.32", nodes: ["old-1", "old-2", "old-3"] });
    expect(plan.next).toEqual({
      step: { kind: "control-plane-hop", from: "1.32", to: "1.33" },
      prerequisites: [
        {
          message: "3 nodes at 1.29 would be more than 3 minors behind 1.33: upgrade them first.",
          nodes: ["old-1", "old-2", "old-3"],
        },
      ],
    });
  });

  it("plans the hop that brings the control plane up to a kubelet ahead of it", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.32.0"],
        nodes: [
          ["gpu-7", "v1.33.1"],
          ["w2", "v1.32.0"],
        ],
      }),
      "1.34",
    );
    expect(plan.next?.step).toEqual({ kind: "control-plane-hop", from: "1.32", to: "1.33" });
  });

  it("starts from the oldest control-plane member while it is mid-rollout", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.33.0", "v1.32.5", "v1.32.5"],
        controllerManagers: ["v1.32.5", "v1.32.5", "v1.32.5"],
      }),
      "1.34",
    );
    expect(plan.current).toBe("1.32");
    expect(plan.next?.step).toEqual({ kind: "control-plane-hop", from: "1.32", to: "1.33" });
  });

  it("has only the node step left once the control plane is at the target", () => {
    const plan = planUpgrade(
      snapshotOf({
        apiservers: ["v1.34.1"],
        nodes: [
          ["w1", "v1.31.4"],
          ["w2", "v1.34.1"],
        ],
      }),
      "v1.34.0",
    );
    expect(plan.steps).toEqual([
      { kind: "nodes", to: "1.34", nodes: ["w1"], why: "1 node at 1.31; the control plane is at 1.34" },
    ]);
    expect(plan.next).toEqual({ step: plan.steps[0], prerequisites: [] });
  });

  it("has nothing left when everything is at the target", () => {
    const plan = planUpgrade(snapshotOf({ apiservers: ["v1.34.1"], nodes: [["w1", "v1.34.1"]] }), "1.34");
    expect(plan).toMatchObject({ current: "1.34", steps: [], next: null, unplannable: null });
  });

  it("never plans a node newer than the apiserver at that point of the plan", () => {
    for (let cp = 25; cp <= 33; cp += 1) {
      for (let node = cp - 3; node <= cp; node += 1) {
        const plan = planUpgrade(snapshotOf({ apiservers: [`v1.${cp}.0`], nodes: [["w", `v1.${node}.0`]] }), "1.34");
        let controlPlane = minorIndexOf(`1.${cp}`)!;
        for (const step of plan.steps) {
          if (step.kind === "control-plane-hop") controlPlane = minorIndexOf(step.to)!;
          else expect(minorIndexOf(step.to)!, `cp 1.${cp}, node 1.${node}`).toBeLessThanOrEqual(controlPlane);
        }
      }
    }
  });

  it("says why when it cannot plan", () => {
    expect(planUpgrade(snapshotOf({ apiservers: ["v1.31.0"] }), "latest").unplannable).toBe(
      '"latest" is not a Kubernetes version.',
    );
    expect(planUpgrade(snapshotOf({ managed: true, serverVersion: "??" }), "1.34").unplannable).toBe(
      "The apiserver's version could not be read.",
    );
  });
});
