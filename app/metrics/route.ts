import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

/** Prometheus metrics, text exposition format. */
export async function GET() {
  return new Response(await metrics.registry.metrics(), {
    headers: { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" },
  });
}
