import { z } from "zod";
import {
  blockingEnvironment,
  filterComponents,
  INVENTORY_FILTERS,
  INVENTORY_SORTABLE,
  pageFromParam,
  searchComponents,
  sortFromParam,
  type InventoryFilter,
  type InventorySort,
} from "./inventory-filter";
import { campaignProgress, type ProgressSummary } from "./progress";
import type { InventoryRow, InventoryTableView } from "./types";

/**
 * The inventory one page at a time: filtered, searched, sorted and cut on the server, so a
 * 300-component campaign sends the 50 rows in view and the figures around them, not every
 * component with every tick.
 */

/** Rows per page: a page stays light to send and to render; filters, search and sort span every page. */
export const INVENTORY_PAGE_SIZE = 50;

const FILTER_KEYS = INVENTORY_FILTERS.map(({ key }) => key) as [InventoryFilter, ...InventoryFilter[]];

const querySchema = z.object({
  filter: z.enum(FILTER_KEYS).catch("all"),
  search: z.string().max(200).catch(""),
  sort: z.object({ id: z.enum(INVENTORY_SORTABLE), desc: z.boolean() }).catch({ id: "owner", desc: false }),
  page: z.number().int().min(0).max(100_000).catch(0),
});

/** What a reader asks of the inventory: the address's filter, search, sort and page (zero-based). */
export type InventoryQuery = z.infer<typeof querySchema>;

export const DEFAULT_INVENTORY_QUERY: InventoryQuery = {
  filter: "all",
  search: "",
  sort: { id: "owner", desc: false },
  page: 0,
};

/** A query from the browser: anything unreadable falls back to the default, as the address does. */
export const inventoryQuerySchema = querySchema.catch(DEFAULT_INVENTORY_QUERY);

/** The query an address asks for: `?filter=mine&q=argo&sort=-name&page=2`. */
export function inventoryQueryFromAddress(params: {
  filter?: string | string[];
  q?: string | string[];
  sort?: string | string[];
  page?: string | string[];
}): InventoryQuery {
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);
  return inventoryQuerySchema.parse({
    filter: one(params.filter),
    search: one(params.q)?.slice(0, 200) ?? "",
    sort: sortFromParam(one(params.sort), INVENTORY_SORTABLE),
    page: pageFromParam(one(params.page)),
  });
}

export type InventoryPage = Omit<InventoryTableView, "components"> & {
  /** The rows of this page, in the asked order. */
  components: InventoryRow[];
  /** The query answered; its page is within the pages there are. */
  query: InventoryQuery;
  /** Components matching the filter and the search, over every page. */
  total: number;
  pageCount: number;
  /** Per filter, how many components it shows (before the search). */
  counts: Record<InventoryFilter, number>;
  progress: ProgressSummary[];
  /** The environment whose unsettled components hold back the next one. */
  blocking: InventoryTableView["environments"][number] | null;
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** By name, or by owner (unassigned first) then name; descending reverses the whole order. */
export function sortComponents<T extends InventoryRow>(components: T[], sort: InventorySort): T[] {
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const compare =
    sort.id === "owner"
      ? (a: T, b: T) => collator.compare(a.owner?.name ?? "", b.owner?.name ?? "") || byName(a, b)
      : byName;
  return [...components].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
}

/** The page a reader asked for; `memberId` is whose components "Mine" shows. */
export function inventoryPage(
  inventory: InventoryTableView,
  query: InventoryQuery,
  memberId: string | null,
  pageSize = INVENTORY_PAGE_SIZE,
): InventoryPage {
  const { components, environments } = inventory;
  const context = { memberId, environments };
  const matching = sortComponents(
    searchComponents(filterComponents(components, query.filter, context), query.search),
    query.sort,
  );
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(query.page, pageCount - 1);
  return {
    ...inventory,
    components: matching.slice(page * pageSize, (page + 1) * pageSize),
    query: { ...query, page },
    total: matching.length,
    pageCount,
    counts: Object.fromEntries(
      INVENTORY_FILTERS.map(({ key }) => [key, filterComponents(components, key, context).length]),
    ) as Record<InventoryFilter, number>,
    progress: campaignProgress(components, environments).map(
      ({ environment, total, counts, settled, stale, percent }) => ({
        environment,
        total,
        counts,
        settled,
        stale,
        percent,
      }),
    ),
    blocking: blockingEnvironment(components, environments),
  };
}
