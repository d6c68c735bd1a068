import { expect, test } from "@playwright/test";

test("the process answers /healthz, /readyz says the database is migrated, /metrics speaks Prometheus", async ({
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
});
