import { NextResponse, type NextRequest } from "next/server";
import { imageOriginsFrom, securityHeaders } from "@/lib/security/headers";

/** Every page gets the security headers, with a fresh nonce Next puts on its own scripts. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    development: process.env.NODE_ENV === "development",
    imageOrigins: imageOriginsFrom(process.env.STEPWISE_IMAGE_ORIGINS),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static assets need no policy; prefetches get it with the page they prefetch.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
