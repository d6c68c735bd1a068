/**
 * An absolute address of a Stepwise page, for what leaves the browser (calendar feeds,
 * notifications): `STEPWISE_URL` when set (the address users open, also behind a proxy),
 * else the origin the request came in on.
 */
export function publicUrl(path: string, fallbackOrigin = "http://localhost:3000"): string {
  return new URL(path, process.env.STEPWISE_URL || fallbackOrigin).toString();
}
