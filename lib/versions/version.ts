import semver from "semver";

/**
 * Versions as platform teams write them: "1.31", "v1.30.2", "v1.30.2-eks-1a2b3c4",
 * "v1.29.6-gke.1326000", "v1.31.1+k3s1", "535.161.08" (NVIDIA), "22.04" (Ubuntu).
 * The shape is checked here; comparison is left to semver once the number is normalised.
 */
const VERSION_SHAPE = /^v?(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:\.\d{1,6})?([-+][0-9A-Za-z][0-9A-Za-z.+_-]*)?$/;

export type ParsedVersion = {
  /** What the person typed, trimmed. */
  raw: string;
  major: number;
  minor: number;
  patch: number;
  /** Normalised semver ("1.30.2-eks-1a2b3c4"), for comparing. */
  semver: semver.SemVer;
};

export type VersionParse = { ok: true; version: ParsedVersion } | { ok: false; reason: string };

export function parseVersion(input: string): VersionParse {
  const raw = input.trim();
  if (raw === "") return { ok: false, reason: "Enter a version, e.g. 1.31 or v1.30.2." };
  const match = VERSION_SHAPE.exec(raw);
  if (!match) {
    return { ok: false, reason: `"${raw}" is not a version: use numbers like 1.31, v1.30.2 or 1.30.2-eks-1a2b3c4.` };
  }
  const [, major = "0", minor = "0", patch = "0", suffix = ""] = match;
  // Number() drops leading zeros ("22.04", "535.161.08") that strict semver refuses.
  const core = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  // A suffix semver cannot read ("-rc.01") still leaves a comparable core version.
  const parsed = semver.parse(core + suffix, { loose: true }) ?? semver.parse(core);
  if (!parsed) return { ok: false, reason: `"${raw}" is not a version.` };
  return { ok: true, version: { raw, major: parsed.major, minor: parsed.minor, patch: parsed.patch, semver: parsed } };
}

export function isValidVersion(input: string): boolean {
  return parseVersion(input).ok;
}

/** A major bump ("2.14.3" -> "3.0.0") is where breaking changes are expected. */
export function isMajorBump(current: string, target: string | null | undefined): boolean {
  if (!target) return false;
  const from = parseVersion(current);
  const to = parseVersion(target);
  if (!from.ok || !to.ok) return false;
  // 0.x releases break on minor bumps by semver's own convention (External Secrets v0.16 -> v0.17).
  if (from.version.major === 0 && to.version.major === 0) return to.version.minor > from.version.minor;
  return to.version.major > from.version.major;
}

/** -1, 0 or 1, like a sort comparator. Throws on unparseable input: validate first. */
export function compareVersions(a: string, b: string): number {
  return semver.compare(mustParse(a).semver, mustParse(b).semver);
}

/** "1.31" for any 1.31.x: Kubernetes skew rules speak in minors. */
export function minorOf(input: string): string {
  const v = mustParse(input);
  return `${v.major}.${v.minor}`;
}

function mustParse(input: string): ParsedVersion {
  const parsed = parseVersion(input);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.version;
}
