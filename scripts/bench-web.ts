// `npm run bench:web`: the dashboard under a team's load, on SQLite and on PostgreSQL, with a
// 300-component campaign two thirds verified on Dev. 50 people read its overview and inventory at
// a reader's pace (a page, then 5–15 s on it); then the same 50 reload them flat out, which finds
// what one server process can serve; then 20 engineers tick their Stg verifications at once (the
// server action, as the browser sends it). Prints p50/p95, errors, pages per second and the
// inventory's HTML size. Not part of `npm test`: figures, not assertions.
//   npm run bench:web [-- --seconds 60 --flat-out 30 --think 5-15 --users 50 --engineers 20 --components 300]
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { onPostgresServer, postgresUrlOf } from "@/lib/testing/test-database";
import { actionId, callAction, cookieOf, run, seedIn, sessionFor, startServer } from "./web-load";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: "string", default: "60" },
    "flat-out": { type: "string", default: "30" },
    think: { type: "string", default: "5-15" },
    users: { type: "string", default: "50" },
    engineers: { type: "string", default: "20" },
    components: { type: "string", default: "300" },
    port: { type: "string", default: "3390" },
  },
});

type Seeded = {
  campaignId: string;
  environments: string[];
  sessions: string[];
  engineers: { token: string; components: string[] }[];
};

/** In a child process (DATABASE_URL set): a campaign of N components owned by the engineers, and signed-in sessions. */
async function seed(): Promise<void> {
  const { db } = await import("@/lib/db");
  const { createCampaign } = await import("@/lib/campaigns/campaign-mutations");
  const { createComponent } = await import("@/lib/campaigns/component-mutations");
  const { setVerification } = await import("@/lib/campaigns/verification-mutations");
  const { expectOk, createMember } = await import("@/lib/testing/scenario");
  const lead = await createMember("lead", "Bench Lead");
  const engineers = await Promise.all(
    Array.from({ length: Number(values.engineers) }, (_, i) => createMember("engineer", `Bench Engineer ${i + 1}`)),
  );
  const { id: campaignId } = expectOk(
    await createCampaign(lead, {
      name: "Bench: 300 components",
      kubernetesFrom: "1.31",
      kubernetesTo: "1.34",
      startDate: "2026-09-01",
      maintenanceStart: "2026-12-17",
      maintenanceEnd: "2026-12-18",
      previousCampaignId: "",
    }),
  );
  const owned = new Map<string, string[]>(engineers.map((e) => [e.id, []]));
  const environments = (await db.environment.findMany({ orderBy: { position: "asc" } })).map((e) => e.id);
  for (let i = 0; i < Number(values.components); i += 1) {
    const owner = engineers[i % engineers.length]!;
    const { id } = expectOk(
      await createComponent(lead, {
        campaignId,
        name: `component-${String(i + 1).padStart(3, "0")}`,
        category: "addon-helm",
        currentVersion: "1.4.2",
        targetVersion: "1.6.0",
        ownerId: owner.id,
        breakingNotes: i % 7 === 0 ? "Renames two flags; see the release notes." : "",
        compatibility: "compatible",
        compatibilitySource: "https://example.com/compatibility",
        releaseNotes: [{ label: "v1.6.0", url: `https://example.com/component-${i + 1}/releases/v1.6.0` }],
      }),
    );
    owned.get(owner.id)!.push(id);
    // Two thirds verified on Dev, one in seven of those with a note: the table carries ticks, as mid-campaign.
    if (i % 3 !== 2)
      expectOk(
        await setVerification(owner, {
          componentId: id,
          environmentId: environments[0]!,
          status: "verified",
          note: i % 7 === 0 ? `Ran the smoke suite against ${`component-${i + 1}`}; see the pipeline run.` : "",
          revision: 0,
        }),
      );
  }
  const session = sessionFor;
  const people = [lead, ...engineers];
  const seeded: Seeded = {
    campaignId,
    environments,
    sessions: await Promise.all(
      Array.from({ length: Number(values.users) }, (_, i) => session(people[i % people.length]!.id)),
    ),
    engineers: await Promise.all(
      engineers.map(async (e) => ({ token: await session(e.id), components: owned.get(e.id)! })),
    ),
  };
  process.stdout.write(`SEEDED ${JSON.stringify(seeded)}\n`);
  await db.$disconnect();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
type Row = { what: string; count: number; errors: number; p50: number; p95: number; note?: string };

function summary(what: string, samples: Sample[], note?: string): Row {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    what,
    count: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    note,
  };
}

type Sample = { ms: number; ok: boolean };
const [thinkMin, thinkMax] = values.think.split("-").map((seconds) => Number(seconds) * 1000) as [number, number];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each person loads the overview and the inventory in turn for `seconds`, pausing `think` ms
 * after each page (0: flat out). Returns the samples per page and the lead's inventory size.
 */
async function readers(base: string, data: Seeded, seconds: number, think: () => number) {
  const pages = [
    ["overview", `/campaigns/${data.campaignId}`],
    ["inventory", `/campaigns/${data.campaignId}/components`],
  ] as const;
  const samples: Record<(typeof pages)[number][0], Sample[]> = { overview: [], inventory: [] };
  let inventoryBytes = 0;
  const started = performance.now();
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    data.sessions.map(async (token, user) => {
      // Spread over the first pause, as people do not all arrive in the same millisecond.
      await pause(think() * Math.random());
      for (let i = user; Date.now() < until; i += 1) {
        const [name, url] = pages[i % pages.length]!;
        const begun = performance.now();
        const response = await fetch(`${base}${url}`, { headers: cookieOf(token) }).catch(() => null);
        const body = response ? await response.text().catch(() => null) : null;
        samples[name].push({ ms: performance.now() - begun, ok: body !== null && response?.status === 200 });
        // The lead's page (the first session): the one with every control on it.
        if (name === "inventory" && user === 0 && body !== null && response?.status === 200)
          inventoryBytes = Buffer.byteLength(body);
        await pause(think());
      }
    }),
  );
  const perSecond = (samples.overview.length + samples.inventory.length) / ((performance.now() - started) / 1000);
  return { samples, inventoryBytes, perSecond };
}

async function load(base: string, data: Seeded): Promise<Row[]> {
  // A server that has been up a while: each page rendered a few times before anything is measured.
  await readers(base, { ...data, sessions: data.sessions.slice(0, 2) }, 5, () => 0);
  const paced = await readers(
    base,
    data,
    Number(values.seconds),
    () => thinkMin + Math.random() * (thinkMax - thinkMin),
  );
  const flatOut = await readers(base, data, Number(values["flat-out"]), () => 0);
  // Every engineer ticks each of their components on Stg at once, as the browser's action does.
  const tick = actionId("setVerificationAction");
  const ticks: Sample[] = [];
  await Promise.all(
    data.engineers.map(async ({ token, components }) => {
      for (const componentId of components) {
        const { ms, status, body } = await callAction(base, `/campaigns/${data.campaignId}/components`, tick, token, [
          { componentId, environmentId: data.environments[1], status: "verified", revision: 0 },
        ]);
        const ok = status === 200 && body.includes('"ok":true');
        if (!ok && process.env.BENCH_DEBUG) console.error(status, body.slice(0, 400));
        ticks.push({ ms, ok });
      }
    }),
  );
  const pace = `${paced.perSecond.toFixed(1)} pages/s`;
  return [
    summary(`overview (${values.think} s pauses)`, paced.samples.overview, pace),
    summary(
      `inventory (${values.think} s pauses)`,
      paced.samples.inventory,
      `${Math.round(paced.inventoryBytes / 1024)} KB of HTML (the lead's)`,
    ),
    summary("overview (flat out)", flatOut.samples.overview, `${flatOut.perSecond.toFixed(1)} pages/s in all`),
    summary("inventory (flat out)", flatOut.samples.inventory),
    summary("tick a verification", ticks),
  ];
}

const prepared = (databaseUrl: string) =>
  seedIn<Seeded>(
    "scripts/bench-web.ts",
    { ...process.env, DATABASE_URL: databaseUrl, STEPWISE_DEMO: "off" },
    process.argv.slice(2),
  );

async function main() {
  await run("node", ["scripts/build-once.mjs"]);
  const database = `stepwise_bench_${randomBytes(4).toString("hex")}`;
  const targets = [
    ["SQLite", `file:${path.join(os.tmpdir(), `${database}.db`)}`],
    ["PostgreSQL", postgresUrlOf(database)],
  ] as const;
  await onPostgresServer(`CREATE DATABASE "${database}"`);
  console.log(
    `Web load: ${values.users} people on a ${values.components}-component campaign's overview and inventory, ${values.seconds} s at a reader's pace (${values.think} s on each page), ${values["flat-out"]} s flat out; then ${values.engineers} engineers ticking at once (one standalone server process, ${os.cpus().length} cores)\n`,
  );
  console.log(
    `${"".padEnd(44)} ${"requests".padStart(8)} ${"errors".padStart(6)} ${"p50".padStart(8)} ${"p95".padStart(8)}`,
  );
  try {
    for (const [name, url] of targets) {
      const data = await prepared(url);
      const { base, server } = await startServer(values.port, { DATABASE_URL: url });
      try {
        for (const row of await load(base, data))
          console.log(
            `${`${name}: ${row.what}`.padEnd(44)} ${String(row.count).padStart(8)} ${String(row.errors).padStart(6)} ${`${row.p50.toFixed(0)} ms`.padStart(8)} ${`${row.p95.toFixed(0)} ms`.padStart(8)}${row.note ? `  ${row.note}` : ""}`,
          );
      } finally {
        server.kill("SIGTERM");
      }
    }
  } finally {
    await onPostgresServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
  console.log("\nAims: overview p95 < 150 ms, a tick p95 < 150 ms, 0 errors; the inventory under 400 KB of HTML.");
}

if (positionals[0] === "seed") await seed();
else await main();
