import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, imageOriginsFrom, securityHeaders } from "./headers";

const base = { nonce: "abc123", https: false, development: false, imageOrigins: [] };

describe("securityHeaders", () => {
  it("allows only nonce-bearing scripts, no framing, images from Stepwise and the allowed origins", () => {
    const csp = contentSecurityPolicy({ ...base, imageOrigins: ["https://github.com"] });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("img-src 'self' data: https://github.com");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("adds HSTS and upgrades only behind HTTPS, so plain-HTTP trials keep working", () => {
    expect(securityHeaders(base)).not.toHaveProperty("Strict-Transport-Security");
    expect(contentSecurityPolicy(base)).not.toContain("upgrade-insecure-requests");
    const https = securityHeaders({ ...base, https: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(https).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" });
  });

  it("keeps only http(s) image origins", () => {
    expect(imageOriginsFrom("https://github.com/x, javascript:alert(1) http://img.example.com:8080 *")).toEqual([
      "https://github.com",
      "http://img.example.com:8080",
    ]);
  });
});
