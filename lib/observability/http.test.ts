import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { watchHttpRequests, routeOf } from "./http";
import { log } from "./log";
import { metrics } from "./metrics";

describe("routeOf", () => {
  it("replaces record ids, numbers and tokens with :id, and keeps the words of the route", () => {
    expect(routeOf("/campaigns/cmwzf8uxq0005ou7dw2k4x8p0/components?tab=mine")).toBe("/campaigns/:id/components");
    expect(routeOf("/fleet/cmwzf8uxq0005ou7dw2k4x8p0")).toBe("/fleet/:id");
    expect(routeOf("/calendar/k3Jd9sLq0ZxW8vTy2NbR4mHa.ics")).toBe("/calendar/:id.ics");
    expect(routeOf("/_next/static/chunks/app/page-3f9a1b.js")).toBe("/_next/static");
    expect(routeOf("/sign-in")).toBe("/sign-in");
    expect(routeOf("/release-notes")).toBe("/release-notes");
    expect(routeOf(undefined)).toBe("/");
  });
});

describe("HTTP requests, watched", () => {
  it("gives each request an id (the caller's when sane), logs it on the lines written meanwhile, and times it", async () => {
    watchHttpRequests();
    const written = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const server = createServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.info("test.handled", { route: "campaign" });
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const before = (await metrics.httpDuration.get()).values.filter(
        (v) => v.labels.route === "/campaigns/:id",
      ).length;
      const mine = await fetch(`${base}/campaigns/cmwzf8uxq0005ou7dw2k4x8p0`, {
        headers: { "X-Request-Id": "lb-1234" },
      });
      expect(mine.headers.get("x-request-id")).toBe("lb-1234");
      const fresh = await fetch(`${base}/campaigns/cmwzf8uxq0005ou7dw2k4x8p0`, {
        headers: { "X-Request-Id": "no\u00e9 way" },
      });
      expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      const lines = written.mock.calls.map(([text]) => String(text)).filter((text) => text.includes("test.handled"));
      expect(lines.map((text) => JSON.parse(text).requestId)).toEqual(["lb-1234", fresh.headers.get("x-request-id")]);
      const observed = (await metrics.httpDuration.get()).values.filter(
        (v) => v.labels.route === "/campaigns/:id" && v.labels.method === "GET" && v.labels.status === "200",
      );
      expect(observed.length).toBeGreaterThan(before);
      const count = observed.find((v) => v.metricName === "stepwise_http_request_duration_seconds_count");
      expect(count?.value).toBe(2);
    } finally {
      written.mockRestore();
      server.close();
    }
  });
});
