"use client";

import {
  createColumnHelper,
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
} from "@tanstack/react-table";
import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { EnvironmentProgressList } from "@/components/campaigns/environment-progress";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Truncated, TRUNCATED } from "@/components/ui/truncated";
import { INVENTORY_FILTERS, sortToParam, type InventoryFilter } from "@/lib/campaigns/inventory-filter";
import { INVENTORY_PAGE_SIZE, type InventoryPage, type InventoryQuery } from "@/lib/campaigns/inventory-page";
import { verificationOf } from "@/lib/campaigns/progress";
import type { InventoryRow } from "@/lib/campaigns/types";
import type { EnvironmentView } from "@/lib/environments/types";
import { CATEGORY_SHORT_LABELS, VERIFICATION_LABELS } from "@/lib/campaigns/vocabulary";
import { leadOnly, may, verificationRefusal, type TeamPolicy } from "@/lib/auth/policy";
import { VERIFICATION_TONES } from "@/components/campaigns/verification-tones";
import { cn } from "@/lib/utils";
import { BulkAssignBar } from "./bulk-assign-bar";
import { OwnerSelect } from "./owner-select";
import { refusalMessage } from "@/components/forms/action-refused";
import { useAssignOwner, useInventoryPage, useSetVerification, useVerificationWarnings } from "./use-inventory";
import { staleText, VerificationMenu } from "./verification-menu";
import { RunningVersions } from "./running-versions";
import type { SignedInMember } from "@/lib/auth/member";

const column = createColumnHelper<InventoryRow>();

const SEARCH_PAUSE_MS = 250;

/** Row selection feeds the bulk owner assignment, so only the lead sees it (at a desk: a phone assigns per card). */
const selectColumn = column.display({
  id: "select",
  meta: { className: "max-md:hidden" },
  header: ({ table }) => (
    <input
      type="checkbox"
      aria-label="Select all shown"
      className="size-4 rounded border-slate-300 accent-indigo-600"
      checked={table.getIsAllPageRowsSelected()}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  ),
  cell: ({ row }) => (
    <input
      type="checkbox"
      aria-label={`Select ${row.original.name}`}
      className="size-4 rounded border-slate-300 accent-indigo-600"
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
});

export function InventoryTable({
  initialPage,
  member,
  policy,
}: {
  /** The page the address asked for, as the server answered it. */
  initialPage: InventoryPage;
  member: SignedInMember;
  policy: TeamPolicy;
}) {
  const campaignId = initialPage.campaign.id;
  const [query, setQuery] = useState<InventoryQuery>(initialPage.query);
  // The search is asked of the server once typing pauses, not on every key.
  const [search, setSearch] = useState(initialPage.query.search);
  useEffect(() => {
    const pause = setTimeout(
      () => setQuery((current) => (current.search === search ? current : { ...current, search, page: 0 })),
      SEARCH_PAUSE_MS,
    );
    return () => clearTimeout(pause);
  }, [search]);
  const { data, refetch, isPlaceholderData } = useInventoryPage(campaignId, query, initialPage);
  const inventory = data ?? initialPage;
  const setVerification = useSetVerification(campaignId, member);
  // The server refuses what these hide; hiding spares the member a control that can only fail.
  const canAssign = may(leadOnly(member, "assign owners"));
  const ownsWork = member.role !== "viewer";
  const assignOwner = useAssignOwner(campaignId);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const { components, environments, team, counts, blocking } = inventory;
  const answered = inventory.query;
  const failure = setVerification.error ?? assignOwner.error;
  // Stable across renders (react-query keeps mutate's identity): the columns, and with them every
  // cell and any dialog open in one, are not rebuilt by a save in flight or by the fleet's poll.
  const { mutate: saveVerification } = setVerification;
  const { mutate: saveOwner } = assignOwner;

  const columns = useMemo(() => {
    return [
      ...(canAssign ? [selectColumn] : []),
      column.accessor("name", {
        header: "Component",
        cell: ({ row: { original: component } }) => (
          <div className="min-w-40 md:max-w-64">
            <Link
              href={`/campaigns/${campaignId}/components/${component.id}`}
              title={component.name}
              className={cn(TRUNCATED, "font-medium text-slate-900 hover:text-indigo-700")}
            >
              {component.name}
            </Link>
            <p className="text-xs text-slate-500">{CATEGORY_SHORT_LABELS[component.category]}</p>
          </div>
        ),
      }),
      column.display({
        id: "versions",
        header: "Current → target",
        cell: ({ row: { original: component } }) => (
          <span className="flex min-w-32 items-center gap-1 font-mono text-xs md:max-w-52">
            <Truncated text={component.currentVersion} className="min-w-0 shrink" />
            <span className="text-slate-400">→</span>
            {component.targetVersion ? (
              <Truncated text={component.targetVersion} className="min-w-0 shrink" />
            ) : (
              <span className="font-sans whitespace-nowrap text-amber-700">no target</span>
            )}
          </span>
        ),
      }),
      column.accessor((component) => component.owner?.name ?? "", {
        id: "owner",
        header: "Owner",
        // Unassigned sorts before any name.
        sortingFn: (a, b) =>
          a.getValue<string>("owner").localeCompare(b.getValue<string>("owner")) ||
          a.original.name.localeCompare(b.original.name),
        cell: ({ row: { original: component } }) =>
          canAssign ? (
            <OwnerSelect
              team={team}
              value={component.owner?.id ?? null}
              label={`Owner of ${component.name}`}
              className="w-full md:w-44"
              onChange={(ownerId) => saveOwner({ componentIds: [component.id], ownerId })}
            />
          ) : (
            <Truncated
              text={component.owner?.name ?? "Unassigned"}
              className={cn("max-w-40 text-sm", component.owner ? "text-slate-800" : "text-amber-700")}
            />
          ),
      }),
      column.display({
        id: "flags",
        header: "Findings",
        cell: ({ row: { original: component } }) => (
          <div className="flex flex-wrap gap-1">
            {component.breaking.effective ? (
              <Badge
                tone="warning"
                title={
                  component.breaking.override === null
                    ? "Major version bump"
                    : `Confirmed: ${component.breaking.reason}`
                }
              >
                Breaking
              </Badge>
            ) : null}
            {component.compatibility === "incompatible" ? <Badge tone="danger">Incompatible</Badge> : null}
            {component.compatibility === "unknown" ? <Badge tone="muted">Compat. unknown</Badge> : null}
          </div>
        ),
      }),
      ...environments.map((environment) =>
        column.display({
          id: `env-${environment.id}`,
          header: environment.name,
          cell: ({ row: { original: component } }) => (
            <div className="min-w-0">
              {verificationControl(component, environment)}
              <RunningVersions component={component} environment={environment} />
            </div>
          ),
        }),
      ),
      column.display({
        id: "notes",
        header: "Notes",
        cell: ({ row: { original: component } }) => <ReleaseNoteLinks links={component.releaseNotes} />,
      }),
    ];
    /** The tick control for those who may tick it, else the status as a badge. */
    function verificationControl(component: InventoryRow, environment: EnvironmentView) {
      const verification = verificationOf(component, environment.id);
      if (!may(verificationRefusal(member, component.owner?.id ?? null, policy))) {
        return (
          <Badge
            className="justify-self-start"
            tone={verification.stale ? "warning" : VERIFICATION_TONES[verification.status]}
            title={staleText(verification, component.targetVersion) ?? undefined}
          >
            {VERIFICATION_LABELS[verification.status]}
            {verification.stale ? " · stale" : ""}
          </Badge>
        );
      }
      return (
        <VerificationMenu
          label={`${component.name} on ${environment.name}`}
          verification={verification}
          target={component.targetVersion}
          warnings={
            <VerificationWarnings component={component} environments={environments} environmentId={environment.id} />
          }
          onChoose={(status, note) =>
            saveVerification({
              componentId: component.id,
              environmentId: environment.id,
              status,
              note,
              revision: verification.revision,
            })
          }
        />
      );
    }
  }, [campaignId, environments, team, saveOwner, saveVerification, canAssign, member, policy]);

  const sorting: SortingState = [query.sort];
  const table = useReactTable({
    data: components,
    columns,
    state: { sorting, rowSelection, pagination: { pageIndex: answered.page, pageSize: INVENTORY_PAGE_SIZE } },
    getRowId: (component) => component.id,
    // Sorted and cut into pages on the server: the table shows the page it was given.
    manualSorting: true,
    manualPagination: true,
    rowCount: inventory.total,
    enableSortingRemoval: false,
    onSortingChange: (change) => {
      const [sort] = functionalUpdate(change, sorting);
      const id = sort?.id;
      if (sort && (id === "name" || id === "owner"))
        setQuery((current) => ({ ...current, sort: { id, desc: sort.desc }, page: 0 }));
    },
    onPaginationChange: (change) => {
      const { pageIndex } = functionalUpdate(change, table.getState().pagination);
      setRowSelection({});
      setQuery((current) => ({ ...current, page: pageIndex }));
    },
    onRowSelectionChange: setRowSelection,
    getCoreRowModel: getCoreRowModel(),
  });
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && components.some((c) => c.id === id));

  function chooseFilter(next: InventoryFilter) {
    setRowSelection({});
    setQuery((current) => ({ ...current, filter: next, page: 0 }));
  }

  // The view lives in the address (filter, search, sort, page), so a link shares it and a reload keeps it.
  useEffect(() => {
    const url = new URL(window.location.href);
    const set = (key: string, value: string | null) =>
      value ? url.searchParams.set(key, value) : url.searchParams.delete(key);
    set("filter", answered.filter === "all" ? null : answered.filter);
    set("q", answered.search.trim() || null);
    set("sort", sortToParam(answered.sort));
    set("page", answered.page > 0 ? String(answered.page + 1) : null);
    if (url.href !== window.location.href) window.history.replaceState(null, "", url);
  }, [answered]);

  return (
    <div className="space-y-4">
      <div className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200">
        <EnvironmentProgressList
          progress={inventory.progress}
          compact
          className="grid gap-x-8 gap-y-3 space-y-0 md:grid-cols-3"
        />
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Filter components" className="flex flex-wrap gap-1.5">
          {INVENTORY_FILTERS.filter(({ key }) => key !== "mine" || ownsWork).map(({ key, label }) => {
            const count = counts[key];
            return (
              <button
                key={key}
                type="button"
                aria-pressed={query.filter === key}
                onClick={() => chooseFilter(key)}
                className={cn(
                  "rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset",
                  query.filter === key
                    ? "bg-indigo-600 text-white ring-indigo-600"
                    : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {key === "blocking" && blocking ? `Blocking (${blocking.name})` : label}
                <span
                  className={cn("ml-1.5 tabular-nums", query.filter === key ? "text-indigo-100" : "text-slate-400")}
                >
                  {count}
                </span>
              </button>
            );
          })}
        </div>
        <div className="flex w-full items-center gap-2 sm:w-auto">
          <Input
            type="search"
            placeholder="Search name, owner, version"
            aria-label="Search components"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="w-full sm:w-64"
          />
          {canAssign ? (
            <Link href={`/campaigns/${campaignId}/components/new`} className={buttonClasses()}>
              Add component
            </Link>
          ) : null}
        </div>
      </div>

      {failure ? (
        <Alert
          tone="error"
          action={
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setVerification.reset();
                assignOwner.reset();
                void refetch();
              }}
            >
              Reload
            </Button>
          }
        >
          {refusalMessage(failure)}
        </Alert>
      ) : null}

      {canAssign && selectedIds.length > 0 ? (
        <BulkAssignBar
          team={team}
          count={selectedIds.length}
          pending={assignOwner.isPending}
          onAssign={(ownerId) =>
            assignOwner.mutate({ componentIds: selectedIds, ownerId }, { onSuccess: () => setRowSelection({}) })
          }
          onClear={() => setRowSelection({})}
        />
      ) : null}

      <DataTable
        table={table}
        busy={isPlaceholderData}
        rowTestId="component-row"
        rowClassName={(row) => (row.getIsSelected() ? "bg-indigo-50" : "hover:bg-slate-50")}
        stacked
        // The component's name stays in view while the environments scroll past on a narrow desk.
        sticky={canAssign ? { select: "left-0", name: "left-10" } : { name: "left-0" }}
        headerClassName={(id) => id.startsWith("env-") && "w-28"}
        empty="No component matches this filter."
      />
      <Pager table={table} label="Inventory pages" />
    </div>
  );
}

/** Every release-note link of a component, reachable from its row: one opens directly, more unfold. */
function ReleaseNoteLinks({ links }: { links: InventoryRow["releaseNotes"] }) {
  if (links.length === 0) return <span className="text-xs text-slate-400">none</span>;
  if (links.length === 1)
    return (
      <a href={links[0]!.url} target="_blank" rel="noreferrer" className="external-link" title={links[0]!.label}>
        {links[0]!.label}
      </a>
    );
  return (
    <details className="text-xs">
      <summary className="cursor-pointer whitespace-nowrap text-indigo-700">{links.length} links</summary>
      <ul className="mt-1 space-y-0.5">
        {links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noreferrer" className="external-link">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Ticks that do not add up here: out of order, or contradicted by what the clusters run (read live). */
function VerificationWarnings({
  component,
  environments,
  environmentId,
}: {
  component: InventoryRow;
  environments: EnvironmentView[];
  environmentId: string;
}) {
  const warnings = useVerificationWarnings(component, environments)[environmentId] ?? [];
  if (warnings.length === 0) return null;
  return (
    <span title={warnings.join("\n")} className="text-amber-600" role="img" aria-label={warnings.join(" ")}>
      <AlertTriangle className="size-3.5" aria-hidden />
    </span>
  );
}
