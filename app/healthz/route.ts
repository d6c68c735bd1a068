/** Liveness: the process answers. Nothing else is checked, so a slow database never restarts a replica. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
