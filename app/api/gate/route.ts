import { authenticateApiToken } from "@/lib/api-tokens/queries";
import { gateForPipeline } from "@/lib/gate/queries";

export const dynamic = "force-dynamic";

/** GET /api/gate?environment=Prd[&cluster=NAME] with a read-only API token: the gate as JSON, for pipelines. */
export async function GET(request: Request) {
  const auth = await authenticateApiToken(request.headers.get("authorization"), "gate:read");
  if (!auth.ok) return Response.json({ error: auth.message }, { status: auth.status });
  const url = new URL(request.url);
  const environment = url.searchParams.get("environment");
  if (!environment) return Response.json({ error: "Say which environment: ?environment=Prd" }, { status: 400 });
  const answer = await gateForPipeline(environment, url.searchParams.get("cluster"));
  return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
