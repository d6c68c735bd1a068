import { readiness } from "@/lib/observability/health";

/** Readiness: the database answers and is migrated (503 until it is). */
export async function GET() {
  const state = await readiness();
  return Response.json(state, { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
