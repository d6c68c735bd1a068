"use client";

import {
  createColumnHelper,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { Input, Select } from "@/components/ui/field";
import type { NodeInfo } from "@/lib/kube/types";
import { compareVersions, isValidVersion } from "@/lib/versions/version";

const column = createColumnHelper<NodeInfo>();
const PAGE_SIZE = 50;

const byVersion = (a: string, b: string) =>
  isValidVersion(a) && isValidVersion(b) ? compareVersions(a, b) : a.localeCompare(b);

/** Every node of a cluster: sortable, filterable by version, Ready and cordoned, paged for 5,000-node clusters. */
export function NodeTable({ nodes }: { nodes: NodeInfo[] }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "kubeletVersion", desc: false }]);
  const [filters, setFilters] = useState<ColumnFiltersState>([]);
  const versions = useMemo(() => [...new Set(nodes.map((n) => n.kubeletVersion))].sort(byVersion), [nodes]);

  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: "Node",
        filterFn: "includesString",
        cell: (info) => <span className="font-medium">{info.getValue()}</span>,
      }),
      column.accessor((node) => node.roles.join(", ") || "—", { id: "roles", header: "Roles" }),
      column.accessor("kubeletVersion", {
        header: "Kubelet",
        filterFn: "equalsString",
        sortingFn: (a, b) => byVersion(a.original.kubeletVersion, b.original.kubeletVersion),
        cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
      }),
      column.accessor((node) => node.kubeProxyVersion ?? "—", {
        id: "kubeProxy",
        header: "kube-proxy",
        cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
      }),
      column.accessor((node) => (node.ready ? "ready" : "not-ready"), {
        id: "ready",
        header: "Ready",
        filterFn: "equalsString",
        cell: (info) =>
          info.getValue() === "ready" ? <Badge tone="success">Ready</Badge> : <Badge tone="danger">NotReady</Badge>,
      }),
      column.accessor((node) => (node.cordoned ? "cordoned" : "schedulable"), {
        id: "cordoned",
        header: "Scheduling",
        filterFn: "equalsString",
        cell: (info) =>
          info.getValue() === "cordoned" ? (
            <Badge tone="warning">Cordoned</Badge>
          ) : (
            <span className="text-xs text-slate-500">schedulable</span>
          ),
      }),
      column.accessor("containerRuntime", {
        header: "Runtime",
        cell: (info) => <span className="text-xs">{info.getValue()}</span>,
      }),
      column.accessor("osImage", { header: "OS", cell: (info) => <span className="text-xs">{info.getValue()}</span> }),
      column.accessor("kernel", {
        header: "Kernel",
        cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
      }),
      column.accessor("createdAt", {
        header: "Age",
        sortingFn: (a, b) => (a.original.createdAt ?? "").localeCompare(b.original.createdAt ?? ""),
        cell: (info) => {
          const created = info.getValue();
          const days = created ? Math.max(0, Math.floor((Date.now() - Date.parse(created)) / 86_400_000)) : null;
          // Server and browser clocks may straddle midnight: the day count is allowed to differ.
          return (
            <span suppressHydrationWarning className="text-xs text-slate-500 tabular-nums">
              {days === null ? "—" : `${days}d`}
            </span>
          );
        },
      }),
    ],
    [],
  );

  const table = useReactTable({
    data: nodes,
    columns,
    state: { sorting, columnFilters: filters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setFilters,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: PAGE_SIZE } },
    autoResetPageIndex: false,
  });
  const setFilter = (id: string, value: string) =>
    table.getColumn(id)?.setFilterValue(value === "" ? undefined : value);
  const shown = table.getFilteredRowModel().rows.length;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Input
          type="search"
          aria-label="Filter nodes by name"
          placeholder="Node name"
          className="h-8 w-48 text-xs"
          onChange={(e) => setFilter("name", e.target.value)}
        />
        <Select
          aria-label="Filter by kubelet version"
          className="h-8 w-44 text-xs"
          onChange={(e) => setFilter("kubeletVersion", e.target.value)}
        >
          <option value="">All versions</option>
          {versions.map((version) => (
            <option key={version} value={version}>
              {version}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Filter by Ready"
          className="h-8 w-36 text-xs"
          onChange={(e) => setFilter("ready", e.target.value)}
        >
          <option value="">Ready or not</option>
          <option value="ready">Ready</option>
          <option value="not-ready">NotReady</option>
        </Select>
        <Select
          aria-label="Filter by scheduling"
          className="h-8 w-40 text-xs"
          onChange={(e) => setFilter("cordoned", e.target.value)}
        >
          <option value="">Cordoned or not</option>
          <option value="cordoned">Cordoned</option>
          <option value="schedulable">Schedulable</option>
        </Select>
        <span className="text-xs text-slate-500" data-testid="nodes-shown">
          {shown} of {nodes.length} nodes
        </span>
      </div>
      <DataTable
        table={table}
        rowTestId="node-row"
        cellClassName="py-1.5 whitespace-nowrap"
        rowClassName={(row) => !row.original.ready && "bg-red-50/40"}
      />
      <Pager table={table} label="Node pages" />
    </div>
  );
}
