"use client";

import type { ComponentProps } from "react";
import { Select } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import type { TeamMemberView } from "@/lib/team/types";

/** Team members who can own a component, each with how many components they already own. */
export function OwnerSelect({
  team,
  value,
  onChange,
  label,
  className,
  ...rest
}: Omit<ComponentProps<"select">, "value" | "onChange"> & {
  team: TeamMemberView[];
  value: string | null;
  onChange: (ownerId: string | null) => void;
  label: string;
}) {
  const owners = team.filter((member) => member.role !== "viewer");
  return (
    <Select
      aria-label={label}
      {...rest}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
      className={cn("h-8 text-xs", value === null && "text-amber-800 ring-amber-300", className)}
    >
      <option value="">Unassigned</option>
      {owners.map((member) => (
        <option key={member.id} value={member.id}>
          {`${member.name} (${member.ownedCount} owned)`}
        </option>
      ))}
    </Select>
  );
}
