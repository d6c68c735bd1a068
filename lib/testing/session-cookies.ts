/**
 * The browser's side of a session for tests that call server actions directly: a cookie jar
 * behind next/headers, so the actions read the session cookie exactly as they do in a request.
 * Usage, at the top of a test file:
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookies")).sessionCookies.module);
 */
const jar = new Map<string, string>();

export const sessionCookies = {
  module: {
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    }),
    headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  },
  clear: () => jar.clear(),
  value: (name: string) => jar.get(name),
};
