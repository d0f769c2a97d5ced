import type { LogSecret, LogSighting, LogSourceKind } from './facts.ts';
import { MAX_SIGHTINGS, type PartSecret } from './text-scanner.ts';

const MAX_FILES_PER_SECRET = 20;

type Sighting = LogSighting & { tsMs?: number };

function sighting(file: string, s: PartSecret['first'], lineOffset: number): Sighting {
  const out: Sighting = { file, line: s.line + lineOffset };
  if (s.ts !== undefined) out.ts = s.ts;
  if (s.tsSource !== undefined) out.tsSource = s.tsSource;
  if (s.tsMs !== undefined) out.tsMs = s.tsMs;
  return out;
}

function strip(s: Sighting): LogSighting {
  const { tsMs: _ignored, ...rest } = s;
  return rest;
}

interface Entry {
  secret: LogSecret;
  first: Sighting;
  last: Sighting;
  files: Map<string, { count: number; source: LogSourceKind; lines: number[] }>;
  sources: Set<LogSourceKind>;
}

/**
 * Folds per-file results into one entry per distinct secret (by hash): total count, first and
 * last sighting by time (file order when times are missing), and the files it appears in.
 */
export class SecretAggregator {
  private readonly entries = new Map<string, Entry>();
  truncated = false;

  constructor(private readonly maxSecrets = 10_000) {}

  add(file: string, source: LogSourceKind, p: PartSecret, lineOffset = 0): void {
    const first = sighting(file, p.first, lineOffset);
    const last = sighting(file, p.last, lineOffset);
    let e = this.entries.get(p.hash);
    if (!e) {
      if (this.entries.size >= this.maxSecrets) {
        this.truncated = true;
        return;
      }
      const secret: LogSecret = {
        hash: p.hash,
        rule: p.rule,
        family: p.family,
        title: p.title,
        redacted: p.redacted,
        confidence: p.confidence,
        validated: p.validated,
        count: 0,
        firstSeen: strip(first),
        lastSeen: strip(last),
        files: [],
        filesTotal: 0,
        sources: [],
      };
      if (p.details) secret.details = p.details;
      e = { secret, first, last, files: new Map(), sources: new Set() };
      this.entries.set(p.hash, e);
    } else {
      if (earlier(first, e.first)) e.first = first;
      if (!earlier(last, e.last)) e.last = last;
      if (p.validated) e.secret.validated = true;
    }
    e.secret.count += p.count;
    e.sources.add(source);
    const lines = p.lines.map((l) => l + lineOffset);
    const f = e.files.get(file);
    if (f) {
      f.count += p.count;
      // Parts of one file arrive in any order: keep the lowest lines.
      f.lines = [...f.lines, ...lines].sort((a, b) => a - b).slice(0, MAX_SIGHTINGS);
    } else e.files.set(file, { count: p.count, source, lines: lines.slice(0, MAX_SIGHTINGS) });
  }

  /** Every distinct secret, most occurrences first. */
  list(): LogSecret[] {
    const out: LogSecret[] = [];
    for (const e of this.entries.values()) {
      const s = e.secret;
      s.firstSeen = strip(e.first);
      s.lastSeen = strip(e.last);
      s.filesTotal = e.files.size;
      s.files = [...e.files.entries()]
        .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
        .slice(0, MAX_FILES_PER_SECRET)
        .map(([file, v]) => ({ file, count: v.count, source: v.source, lines: v.lines }));
      s.sources = [...e.sources].sort();
      out.push(s);
    }
    return out.sort((a, b) => b.count - a.count || a.hash.localeCompare(b.hash));
  }
}

/** Strictly earlier by time when both have one; otherwise keep insertion order. */
function earlier(a: Sighting, b: Sighting): boolean {
  if (a.tsMs !== undefined && b.tsMs !== undefined) return a.tsMs < b.tsMs;
  return false;
}
