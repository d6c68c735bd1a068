import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/local-accounts";
import { readiness } from "./health";
import { metrics } from "./metrics";

describe("readiness", () => {
  it("is ready when the database answers and carries every shipped migration", async () => {
    const state = await readiness();
    expect(state).toMatchObject({ ready: true, database: "answers" });
    expect(state.migrations).toMatch(/^\d+ applied$/);
  });
});

describe("metrics", () => {
  const value = async (name: string) =>
    (await metrics.registry.getSingleMetric(name)?.get())?.values.reduce((sum, v) => sum + v.value, 0) ?? 0;

  it("exposes every stepwise_ series, and counts a refused sign-in", async () => {
    const before = await value("stepwise_sign_in_failures_total");
    const refused = await checkPassword({ email: "nobody@example.com", password: "wrong-password" }, "10.1.2.3");
    expect(refused.ok).toBe(false);
    expect(await value("stepwise_sign_in_failures_total")).toBe(before + 1);

    metrics.scanDuration.observe({ cluster: "stg-gpu" }, 0.42);
    const text = await metrics.registry.metrics();
    for (const name of [
      "stepwise_cluster_scan_duration_seconds_bucket",
      "stepwise_cluster_read_failures_total",
      "stepwise_gate_open",
      "stepwise_sign_in_failures_total",
      "stepwise_notifications_total",
      "stepwise_process_resident_memory_bytes",
    ])
      expect(text).toContain(name);
    expect(text).toContain('stepwise_cluster_scan_duration_seconds_count{cluster="stg-gpu"} 1');
    // Every series Stepwise defines carries its prefix.
    const names = [...text.matchAll(/^# TYPE (\S+)/gm)].map((match) => match[1]);
    expect(names.every((name) => name!.startsWith("stepwise_"))).toBe(true);
  });
});
