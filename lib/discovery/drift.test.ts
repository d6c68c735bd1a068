import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import { driftRows, unlistedSoftware } from "./drift";
import type { Sighting } from "./match";

const dev = { id: "dev", name: "Dev", position: 0 };
const stg = { id: "stg", name: "Stg", position: 1 };
const prd = { id: "prd", name: "Prd", position: 2 };

const runtime = (version: string, count: number): Sighting => ({
  kind: "node-runtime",
  key: "containerd",
  version,
  count,
});
const image = (key: string, version: string): Sighting => ({ kind: "image", key, version, count: 1 });

const sightings = {
  dev: [runtime("2.1.4", 9), image("quay.io/jetstack/cert-manager-controller", "v1.15.3"), image("busybox", "1.36")],
  stg: [runtime("1.7.22", 11), image("quay.io/jetstack/cert-manager-controller", "v1.15.3")],
  prd: [runtime("1.7.22", 20), image("quay.io/jetstack/cert-manager-controller", "v1.15.3"), image("busybox", "1.35")],
};

const containerd = componentFixture({ name: "containerd", matchRule: { kind: "node-runtime", value: "containerd" } });
const certManager = componentFixture({
  name: "cert-manager",
  matchRule: { kind: "image", value: "jetstack/cert-manager-controller" },
});
const unfound = componentFixture({ name: "CUDA toolkit", matchRule: null });

describe("driftRows", () => {
  it("puts the components whose environments differ first, each environment's spread beside the others", () => {
    const rows = driftRows([certManager, unfound, containerd], [prd, dev, stg], sightings);
    expect(rows.map((row) => [row.component.name, row.differs])).toEqual([
      ["containerd", true],
      ["cert-manager", false],
      ["CUDA toolkit", false],
    ]);
    expect(rows[0]!.running.map(({ environment, spread }) => `${environment.name}: ${spread[0]?.version}`)).toEqual([
      "Dev: 2.1.4",
      "Stg: 1.7.22",
      "Prd: 1.7.22",
    ]);
  });
});

describe("unlistedSoftware", () => {
  it("lists what runs that no component's rule finds, per environment", () => {
    expect(unlistedSoftware([containerd, certManager], sightings)).toEqual([
      {
        kind: "image",
        key: "busybox",
        running: { dev: [{ version: "1.36", count: 1 }], prd: [{ version: "1.35", count: 1 }] },
      },
    ]);
  });
});
