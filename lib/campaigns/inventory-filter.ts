import { campaignProgress, nextPromotion } from "./progress";
import type { InventoryRow } from "./types";
import { hasFailed, isUndecidedBreaking } from "./workload";
import type { EnvironmentView } from "@/lib/environments/types";

export const INVENTORY_FILTERS = [
  { key: "all", label: "All" },
  { key: "mine", label: "Mine" },
  { key: "unassigned", label: "Unassigned" },
  { key: "breaking", label: "Breaking" },
  { key: "blocking", label: "Blocking" },
  { key: "failed", label: "Failed" },
  { key: "incompatible", label: "Incompatible" },
  { key: "compatibility-unknown", label: "Compat. unknown" },
  { key: "undecided", label: "Undecided" },
  { key: "no-target", label: "No target" },
] as const;
export type InventoryFilter = (typeof INVENTORY_FILTERS)[number]["key"];

export function isInventoryFilter(value: string | null | undefined): value is InventoryFilter {
  return INVENTORY_FILTERS.some((filter) => filter.key === value);
}

/** `memberId`: the signed-in member, whose components "Mine" shows. */
export type FilterContext = { memberId: string | null; environments: EnvironmentView[] };

/** The environment whose unsettled components hold back the next one; null when all are settled. */
export function blockingEnvironment(
  components: InventoryRow[],
  environments: EnvironmentView[],
): EnvironmentView | null {
  return nextPromotion(campaignProgress(components, environments))?.current.environment ?? null;
}

export function filterComponents<T extends InventoryRow>(
  components: T[],
  filter: InventoryFilter,
  context: FilterContext,
): T[] {
  switch (filter) {
    case "all":
      return components;
    case "mine":
      return components.filter((c) => context.memberId !== null && c.owner?.id === context.memberId);
    case "unassigned":
      return components.filter((c) => c.owner === null);
    case "breaking":
      return components.filter((c) => c.breaking.effective);
    case "blocking": {
      const blockers = nextPromotion(campaignProgress(components, context.environments))?.current.blockers ?? [];
      const ids = new Set(blockers.map((blocker) => blocker.id));
      return components.filter((c) => ids.has(c.id));
    }
    case "failed":
      return components.filter(hasFailed);
    case "incompatible":
      return components.filter((c) => c.compatibility === "incompatible");
    case "compatibility-unknown":
      return components.filter((c) => c.compatibility === "unknown");
    case "undecided":
      return components.filter(isUndecidedBreaking);
    case "no-target":
      return components.filter((c) => c.targetVersion === null);
  }
}

/** Case-insensitive match on what people search by: name, owner, versions. */
export function searchComponents<T extends InventoryRow>(components: T[], query: string): T[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return components;
  return components.filter((c) =>
    [c.name, c.owner?.name ?? "", c.currentVersion, c.targetVersion ?? ""].some((text) =>
      text.toLowerCase().includes(needle),
    ),
  );
}

/** The table's sort as the address keeps it: "name" ascending, "-name" descending. */
export type InventorySort = { id: string; desc: boolean };
/** The table's sortable columns (its accessor columns). */
export const INVENTORY_SORTABLE = ["name", "owner"] as const;
export const DEFAULT_SORT: InventorySort = { id: "owner", desc: false };

export function sortFromParam(
  value: string | null | undefined,
  columns: readonly string[] = INVENTORY_SORTABLE,
): InventorySort {
  const id = value?.replace(/^-/, "") ?? "";
  return columns.includes(id) ? { id, desc: value!.startsWith("-") } : DEFAULT_SORT;
}

export function sortToParam(sort: InventorySort | undefined): string | null {
  if (!sort || (sort.id === DEFAULT_SORT.id && sort.desc === DEFAULT_SORT.desc)) return null;
  return `${sort.desc ? "-" : ""}${sort.id}`;
}

/** `?page=3` as a zero-based page index; anything but a positive whole number is the first page. */
export function pageFromParam(value: string | null | undefined): number {
  const page = /^[1-9]\d{0,5}$/.test(value ?? "") ? Number(value) : 1;
  return page - 1;
}
