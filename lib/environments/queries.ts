import "server-only";
import { db } from "@/lib/db";
import type { EnvironmentView } from "./types";

export async function listEnvironments(): Promise<EnvironmentView[]> {
  return db.environment.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true, position: true } });
}
