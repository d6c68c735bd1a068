import { describe, expect, it } from "vitest";
import { componentFixture } from "@/lib/testing/component-fixture";
import {
  DEFAULT_INVENTORY_QUERY,
  inventoryPage,
  inventoryQueryFromAddress,
  inventoryQuerySchema,
  sortComponents,
  type InventoryQuery,
} from "./inventory-page";
import type { InventoryTableView } from "./types";

const environments = [
  { id: "dev", name: "Dev", position: 0 },
  { id: "stg", name: "Stg", position: 1 },
];
const aiko = { id: "m-aiko", name: "Aiko" };
const ren = { id: "m-ren", name: "Ren" };
const owners = [aiko, ren, null];
// component-1 … component-12: Aiko, Ren and nobody in turn; the first five verified on Dev.
const components = Array.from({ length: 12 }, (_, i) =>
  componentFixture({
    id: `c${i + 1}`,
    name: `component-${i + 1}`,
    owner: owners[i % 3]!,
    statuses: i < 5 ? { dev: "verified" } : {},
  }),
);
const inventory = {
  campaign: { id: "campaign" },
  environments,
  team: [],
  components,
} as unknown as InventoryTableView;
const query = (change: Partial<InventoryQuery>): InventoryQuery => ({ ...DEFAULT_INVENTORY_QUERY, ...change });
const names = (list: { name: string }[]) => list.map((c) => c.name);

describe("sortComponents", () => {
  it("sorts names as people count (component-2 before component-10), descending in reverse", () => {
    const byName = names(sortComponents(components, { id: "name", desc: false }));
    expect(byName.slice(0, 3)).toEqual(["component-1", "component-2", "component-3"]);
    expect(byName.at(-1)).toBe("component-12");
    expect(names(sortComponents(components, { id: "name", desc: true }))[0]).toBe("component-12");
  });

  it("puts the unassigned first when sorting by owner, then each owner's components by name", () => {
    const byOwner = sortComponents(components, { id: "owner", desc: false });
    expect(byOwner.slice(0, 4).map((c) => c.owner)).toEqual([null, null, null, null]);
    expect(names(byOwner.slice(0, 2))).toEqual(["component-3", "component-6"]);
    expect(byOwner[4]!.owner).toEqual(aiko);
    expect(components[0]!.name).toBe("component-1"); // the input is left as it was
  });
});

describe("inventoryPage", () => {
  it("cuts the filtered, searched and sorted rows into the asked page", () => {
    const first = inventoryPage(inventory, query({ sort: { id: "name", desc: false } }), null, 5);
    expect(names(first.components)).toEqual([
      "component-1",
      "component-2",
      "component-3",
      "component-4",
      "component-5",
    ]);
    expect([first.total, first.pageCount]).toEqual([12, 3]);
    const last = inventoryPage(inventory, query({ sort: { id: "name", desc: false }, page: 2 }), null, 5);
    expect(names(last.components)).toEqual(["component-11", "component-12"]);
  });

  it("answers a page past the end with the last page, and says which it answered", () => {
    const page = inventoryPage(inventory, query({ page: 40 }), null, 5);
    expect(page.query.page).toBe(2);
    expect(page.components).toHaveLength(2);
    const none = inventoryPage(inventory, query({ search: "no such thing", page: 3 }), null, 5);
    expect([none.total, none.pageCount, none.query.page, none.components]).toEqual([0, 1, 0, []]);
  });

  it("counts every filter over the whole campaign, whatever the page shows", () => {
    const page = inventoryPage(inventory, query({ filter: "mine", search: "component-1" }), "m-ren", 5);
    expect(names(page.components)).toEqual(["component-11"]);
    expect(page.total).toBe(1);
    expect(page.counts).toMatchObject({ all: 12, mine: 4, unassigned: 4, blocking: 7 });
  });

  it("sums progress over every component, without sending the list of what holds it back", () => {
    const page = inventoryPage(inventory, query({}), null, 5);
    expect(page.progress.map((p) => [p.environment.name, p.settled, p.total])).toEqual([
      ["Dev", 5, 12],
      ["Stg", 0, 12],
    ]);
    expect(page.progress[0]).not.toHaveProperty("blockers");
    expect(page.blocking?.name).toBe("Dev");
  });
});

describe("the query an address or a browser asks", () => {
  it("reads the address's filter, search, sort and page", () => {
    expect(inventoryQueryFromAddress({ filter: "mine", q: "argo", sort: "-name", page: "3" })).toEqual({
      filter: "mine",
      search: "argo",
      sort: { id: "name", desc: true },
      page: 2,
    });
  });

  it("falls back field by field on what it cannot read", () => {
    expect(inventoryQueryFromAddress({ filter: "drop table", q: ["a", "b"], sort: "constructor", page: "-1" })).toEqual(
      DEFAULT_INVENTORY_QUERY,
    );
    expect(inventoryQuerySchema.parse({ filter: "failed", page: 1.5, sort: { id: "revision", desc: true } })).toEqual(
      query({ filter: "failed" }),
    );
    expect(inventoryQuerySchema.parse("not a query")).toEqual(DEFAULT_INVENTORY_QUERY);
  });
});
