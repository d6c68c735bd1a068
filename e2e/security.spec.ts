import { expect, test } from "@playwright/test";
import { signIn } from "./journeys";

test("pages carry a nonce-based CSP and the other security headers, and the app runs under them", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Plain HTTP here: no HSTS, which would lock a LAN trial out.
  expect(headers["strict-transport-security"]).toBeUndefined();

  // Signing in and opening a campaign need hydrated client code: the nonce reached Next's scripts.
  await signIn(page, "aiko");
  await page.goto("/fleet");
  await expect(page.getByText("Simulated fleet")).toBeVisible();
  expect(violations).toEqual([]);
});

test("an unknown sign-in error code is no error page", async ({ page }) => {
  for (const code of ["constructor", "__proto__", "toString"]) {
    const response = await page.goto(`/sign-in?error=${code}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  }
});
