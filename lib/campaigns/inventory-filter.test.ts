import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import {
  blockingEnvironment,
  filterComponents,
  isInventoryFilter,
  pageFromParam,
  searchComponents,
  sortFromParam,
  sortToParam,
} from "./inventory-filter";

const environments = [
  { id: "dev", name: "Dev", position: 0 },
  { id: "stg", name: "Stg", position: 1 },
];
const me = { id: "me", name: "Kenji Sato" };
const components = [
  componentFixture({
    name: "Argo CD",
    currentVersion: "v2.14.11",
    targetVersion: "v3.0.12",
    owner: me,
    statuses: { dev: "verified" },
  }),
  componentFixture({ name: "Loki", owner: null, statuses: { dev: "failed" } }),
  componentFixture({
    name: "CoreDNS",
    targetVersion: null,
    compatibility: "incompatible",
    statuses: { dev: "skipped" },
  }),
];
const names = (list: { name: string }[]) => list.map((c) => c.name);
const context = { memberId: "me", environments };

describe("filterComponents", () => {
  it("keeps only what each filter names", () => {
    expect(names(filterComponents(components, "all", context))).toEqual(["Argo CD", "Loki", "CoreDNS"]);
    expect(names(filterComponents(components, "mine", context))).toEqual(["Argo CD"]);
    expect(names(filterComponents(components, "unassigned", context))).toEqual(["Loki"]);
    expect(names(filterComponents(components, "breaking", context))).toEqual(["Argo CD"]);
    expect(names(filterComponents(components, "failed", context))).toEqual(["Loki"]);
    expect(names(filterComponents(components, "incompatible", context))).toEqual(["CoreDNS"]);
    expect(names(filterComponents(components, "no-target", context))).toEqual(["CoreDNS"]);
  });

  it("shows nothing as mine when nobody is acting", () => {
    expect(filterComponents(components, "mine", { ...context, memberId: null })).toEqual([]);
  });

  it("blocking means not settled in the environment being verified now", () => {
    expect(blockingEnvironment(components, environments)?.name).toBe("Dev");
    expect(names(filterComponents(components, "blocking", context))).toEqual(["Loki"]);

    const devDone = components.map((c) => ({
      ...c,
      verifications: { dev: { ...c.verifications.dev!, status: "verified" as const } },
    }));
    expect(blockingEnvironment(devDone, environments)?.name).toBe("Stg");
    expect(filterComponents(devDone, "blocking", context)).toHaveLength(3);
  });
});

describe("searchComponents", () => {
  it("matches name, owner and versions without regard to case", () => {
    expect(names(searchComponents(components, "argo"))).toEqual(["Argo CD"]);
    expect(names(searchComponents(components, "kenji"))).toEqual(["Argo CD"]);
    expect(names(searchComponents(components, "v3.0"))).toEqual(["Argo CD"]);
    expect(searchComponents(components, "  ")).toHaveLength(3);
  });
});

describe("isInventoryFilter", () => {
  it("accepts the known filters only, so a hand-edited URL falls back to all", () => {
    expect(isInventoryFilter("breaking")).toBe(true);
    expect(isInventoryFilter("drop table")).toBe(false);
    expect(isInventoryFilter(undefined)).toBe(false);
  });
});

describe("the sort in the address", () => {
  const columns = ["name", "owner"];
  it("reads ascending and descending, and falls back to owners first for anything else", () => {
    expect(sortFromParam("-name", columns)).toEqual({ id: "name", desc: true });
    expect(sortFromParam("name", columns)).toEqual({ id: "name", desc: false });
    expect(sortFromParam("constructor", columns)).toEqual({ id: "owner", desc: false });
    expect(sortFromParam(undefined, columns)).toEqual({ id: "owner", desc: false });
  });

  it("writes nothing for the default, so a plain link stays plain", () => {
    expect(sortToParam({ id: "owner", desc: false })).toBeNull();
    expect(sortToParam({ id: "name", desc: true })).toBe("-name");
  });
});

describe("the page in the address", () => {
  it("reads a positive whole number as a zero-based index", () => {
    expect(pageFromParam("1")).toBe(0);
    expect(pageFromParam("7")).toBe(6);
  });

  it("reads anything else as the first page", () => {
    for (const value of [undefined, null, "", "0", "-2", "2.5", "1e3", " 3", "9999999"])
      expect(pageFromParam(value)).toBe(0);
  });
});
