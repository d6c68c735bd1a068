import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import { teamWorkload, workload } from "./workload";

const dev = { id: "dev", name: "Dev", position: 0 };
const stg = { id: "stg", name: "Stg", position: 1 };
const aiko = { id: "m1", name: "Aiko" };
const ren = { id: "m2", name: "Ren" };
const sora = { id: "m3", name: "Sora" };

describe("workload", () => {
  it("counts pending per environment in promotion order, leaving out settled and failed", () => {
    const load = workload(
      [
        componentFixture({ statuses: { dev: "verified" } }),
        componentFixture({ statuses: { dev: "failed" } }),
        componentFixture({ statuses: { dev: "in-progress", stg: "skipped" } }),
        componentFixture(),
      ],
      [stg, dev],
    );
    expect(load.owned).toBe(4);
    expect(load.pending.map(({ environment, count }) => [environment.name, count])).toEqual([
      ["Dev", 2],
      ["Stg", 3],
    ]);
    expect(load.failed).toBe(1);
  });

  it("counts a major bump as undecided until someone confirms or clears it", () => {
    const load = workload(
      [
        componentFixture({ currentVersion: "1.7.22", targetVersion: "2.1.4" }),
        componentFixture({
          currentVersion: "1.7.22",
          targetVersion: "2.1.4",
          breaking: { detected: true, override: false, reason: "No API we use", effective: false },
        }),
        componentFixture({ currentVersion: "1.7.22", targetVersion: "1.7.27" }),
      ],
      [dev],
    );
    expect(load.undecidedBreaking).toBe(1);
  });
});

describe("teamWorkload", () => {
  it("lists every member, heaviest first, owners outside the team next, then the unassigned", () => {
    const rows = teamWorkload(
      [
        componentFixture({ owner: ren }),
        componentFixture({ owner: ren }),
        componentFixture({ owner: aiko }),
        componentFixture({ owner: { id: "gone", name: "Former member" } }),
        componentFixture({ owner: null }),
      ],
      [dev],
      [sora, ren, aiko],
    );
    expect(rows.map((row) => [row.owner?.name ?? "Unassigned", row.load.owned])).toEqual([
      ["Ren", 2],
      ["Aiko", 1],
      ["Former member", 1],
      ["Sora", 0],
      ["Unassigned", 1],
    ]);
  });

  it("has no unassigned row when everything has an owner", () => {
    expect(teamWorkload([componentFixture({ owner: aiko })], [dev], [aiko]).map((row) => row.owner)).toEqual([aiko]);
  });
});
