import { expect, test } from "@playwright/test";

test("the process answers /healthz, /readyz says the database is migrated, /metrics speaks Prometheus and times requests", async ({
  request,
}) => {
  const live = await request.get("/healthz");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });

  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ ready: true, database: "answers" });

  const scraped = await request.get("/metrics");
  expect(scraped.status()).toBe(200);
  expect(scraped.headers()["content-type"]).toContain("text/plain");
  const text = await scraped.text();
  expect(text).toContain("# TYPE stepwise_cluster_scan_duration_seconds histogram");
  expect(text).toContain("stepwise_process_resident_memory_bytes");
  // The requests just made, timed per route by the standalone server itself, each with an id.
  expect(text).toMatch(
    /^stepwise_http_request_duration_seconds_count\{method="GET",route="\/readyz",status="200"\} [1-9]/m,
  );
  expect(ready.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
