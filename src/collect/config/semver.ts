/** A tiny semver comparator for advisory ranges: numeric core, then pre-release (semver §11). */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre: string[];
}

const RE = /^v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses an exact version; undefined for ranges, tags and anything else. */
export function parseSemver(v: string): SemVer | undefined {
  const m = RE.exec(v.trim());
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    pre: m[4] ? m[4].split('.') : [],
  };
}

function cmpId(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareSemver(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.max(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = cmpId(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** True when `version` is in [introduced, fixed). Either bound may be absent. */
export function inRange(version: string, introduced?: string, fixed?: string): boolean {
  const v = parseSemver(version);
  if (!v) return false;
  const lo = introduced ? parseSemver(introduced) : undefined;
  const hi = fixed ? parseSemver(fixed) : undefined;
  if (lo && compareSemver(v, lo) < 0) return false;
  if (hi && compareSemver(v, hi) >= 0) return false;
  return true;
}
