import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { EXIT } from "./skew-report";

/*
 * `stepwise export` / `stepwise import FILE`: every table of the team's data as one versioned JSON
 * document, to move between databases (SQLite to PostgreSQL and back) or keep as a backup. Sessions
 * and sign-in failures are runtime state and stay behind: everyone signs in again after a move.
 * The document holds password hashes, hashed API tokens and webhook addresses: keep it like a secret.
 */

export const BACKUP_FORMAT = "stepwise-backup";
export const BACKUP_VERSION = 3;

/** Tables a later version added: a backup from before reads them as empty. */
const ADDED_IN: Partial<Record<(typeof BACKUP_TABLES)[number], number>> = { manualCheck: 2, clusterCheckReading: 3 };

/** Runtime state a move leaves behind (see above). */
export const LEFT_BEHIND = ["session", "signInFailure"] as const;

/** In an order where every row's references are already there when it is written. */
export const BACKUP_TABLES = [
  "teamMember",
  "teamSettings",
  "environment",
  "cluster",
  "campaign",
  "campaignPhase",
  "gateState",
  "gateOverride",
  "manualCheck",
  "skewHighWater",
  "clusterCheckReading",
  "usersReleaseNotes",
  "component",
  "releaseNoteLink",
  "verification",
  "componentComment",
  "commentMention",
  "activity",
  "retrospective",
  "retroCard",
  "retroVote",
  "retroDraft",
  "actionItem",
  "apiToken",
  "webhook",
  "notification",
] as const;
type Table = (typeof BACKUP_TABLES)[number];

type Row = Record<string, unknown>;
type Backup = {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** Per table, the fields that hold dates (JSON has none). */
  dateFields: Partial<Record<Table, string[]>>;
  tables: Record<Table, Row[]>;
};

type Delegate = {
  findMany(): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(): Promise<number>;
};
const delegate = (client: unknown, table: Table) => (client as Record<Table, Delegate>)[table];

/** A campaign started from another comes after it. */
function previousFirst(campaigns: Row[]): Row[] {
  const placed = new Set<unknown>();
  const ordered: Row[] = [];
  const place = (row: Row) => {
    if (placed.has(row.id)) return;
    placed.add(row.id);
    const previous = campaigns.find((candidate) => candidate.id === row.previousCampaignId);
    if (previous) place(previous);
    ordered.push(row);
  };
  campaigns.forEach(place);
  return ordered;
}

export async function exportBackup(): Promise<Backup> {
  const tables = {} as Record<Table, Row[]>;
  const dateFields: Backup["dateFields"] = {};
  for (const table of BACKUP_TABLES) {
    const rows = await delegate(db, table).findMany();
    tables[table] = table === "campaign" ? previousFirst(rows) : rows;
    const dates = new Set(rows.flatMap((row) => Object.keys(row).filter((key) => row[key] instanceof Date)));
    if (dates.size > 0) dateFields[table] = [...dates].sort();
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), dateFields, tables };
}

/** The document checked before anything is written: a wrong file is refused with what is wrong. */
export function parseBackup(text: string): Backup {
  let parsed: Partial<Backup>;
  try {
    parsed = JSON.parse(text) as Partial<Backup>;
  } catch {
    throw new Error("This is not a Stepwise backup: it is not JSON.");
  }
  if (parsed.format !== BACKUP_FORMAT)
    throw new Error(`This is not a Stepwise backup (format "${String(parsed.format)}").`);
  const version = parsed.version;
  if (typeof version !== "number" || version < 1 || version > BACKUP_VERSION)
    throw new Error(`This backup is version ${String(version)}; this Stepwise reads versions 1 to ${BACKUP_VERSION}.`);
  for (const [table, since] of Object.entries(ADDED_IN) as [(typeof BACKUP_TABLES)[number], number][])
    if (version < since && parsed.tables) parsed.tables[table] = [];
  const missing = BACKUP_TABLES.filter((table) => !Array.isArray(parsed.tables?.[table]));
  if (missing.length > 0) throw new Error(`This backup lacks tables: ${missing.join(", ")}.`);
  return parsed as Backup;
}

/** Writes every table in one transaction, into a database that holds no team data yet. */
export async function importBackup(backup: Backup): Promise<Record<Table, number>> {
  const existing = (await db.teamMember.count()) + (await db.campaign.count());
  if (existing > 0) throw new Error("This database already holds a team or a campaign: import only into an empty one.");
  const counts = {} as Record<Table, number>;
  await db.$transaction(
    async (tx) => {
      // The seed's settings row, if the empty database has one, gives way to the backup's.
      await tx.teamSettings.deleteMany();
      for (const table of BACKUP_TABLES) {
        const dates = backup.dateFields[table] ?? [];
        const rows = backup.tables[table].map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [
              key,
              dates.includes(key) && typeof value === "string" ? new Date(value) : value,
            ]),
          ),
        );
        if (rows.length > 0) await delegate(tx, table).createMany({ data: rows });
        counts[table] = rows.length;
      }
    },
    { timeout: 120_000 },
  );
  return counts;
}

export async function exportCommand(): Promise<number> {
  process.stdout.write(`${JSON.stringify(await exportBackup())}\n`);
  return EXIT.clean;
}

export async function importCommand(file: string | undefined): Promise<number> {
  if (!file) {
    console.error("Usage: stepwise import FILE   (a file written by `stepwise export`)");
    return EXIT.unreadable;
  }
  try {
    const counts = await importBackup(parseBackup(readFileSync(file, "utf8")));
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(
      `Imported ${total} rows: ${Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(", ")}.`,
    );
    return EXIT.clean;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return EXIT.unreadable;
  }
}
