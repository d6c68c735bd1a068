/*
 * The response headers every page carries. Pure, so the policy is read and tested in one place;
 * proxy.ts applies it with a fresh nonce per request.
 */

export type SecurityContext = {
  nonce: string;
  /** Served over HTTPS (directly or behind a proxy that says so): HSTS and upgrades apply. */
  https: boolean;
  /** `next dev` needs eval for its error overlay; production never does. */
  development: boolean;
  /** Origins notes may show images from (STEPWISE_IMAGE_ORIGINS), besides Stepwise itself. */
  imageOrigins: string[];
};

export function contentSecurityPolicy({ nonce, https, development, imageOrigins }: SecurityContext): string {
  return [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (progress widths) are not a script vector; stylesheets come from here only.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${imageOrigins.join(" ")}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(context.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** STEPWISE_IMAGE_ORIGINS="https://github.com https://user-images.githubusercontent.com": only http(s) origins count. */
export function imageOriginsFrom(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter((origin) => URL.canParse(origin) && /^https?:$/.test(new URL(origin).protocol))
    .map((origin) => new URL(origin).origin);
}
