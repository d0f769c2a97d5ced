import { analyzeItem } from '../../engines/text/index.ts';
import type { AnalyzableItem, ItemAnalysis, RuleHit } from '../../engines/text/types.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft, Location, LocationKind } from '../../model/finding.ts';
import type { ServerSnapshot } from '../../model/snapshot.ts';
import { type Severity, severityRank } from '../../model/taxonomy.ts';

/** One model-visible item of a snapshot and the engine's verdict on it. */
export interface AnalyzedItem {
  kind: LocationKind;
  name: string;
  item: AnalyzableItem;
  analysis: ItemAnalysis;
}

// Hostile snapshots can list a great many items; the collector bounds them, this bounds us.
const MAX_ITEMS = 20_000;

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Every model-visible item of a snapshot: tools, prompts, resources, templates, instructions. */
export function snapshotItems(
  s: ServerSnapshot,
): { kind: LocationKind; name: string; item: AnalyzableItem }[] {
  const out: { kind: LocationKind; name: string; item: AnalyzableItem }[] = [];
  if (typeof s.instructions === 'string' && s.instructions) {
    out.push({
      kind: 'server',
      name: s.name,
      item: { kind: 'server', instructions: s.instructions },
    });
  }
  const list = <T>(xs: unknown): T[] => (Array.isArray(xs) ? (xs as T[]) : []);
  for (const t of list<Record<string, unknown>>(s.tools)) {
    out.push({ kind: 'tool', name: str(t?.name), item: { ...t, kind: 'tool' } as AnalyzableItem });
  }
  for (const p of list<Record<string, unknown>>(s.prompts)) {
    out.push({
      kind: 'prompt',
      name: str(p?.name),
      item: { ...p, kind: 'prompt' } as AnalyzableItem,
    });
  }
  for (const r of list<Record<string, unknown>>(s.resources)) {
    out.push({
      kind: 'resource',
      name: str(r?.name) || str(r?.uri),
      item: { ...r, kind: 'resource' } as AnalyzableItem,
    });
  }
  for (const r of list<Record<string, unknown>>(s.resourceTemplates)) {
    out.push({
      kind: 'resource-template',
      name: str(r?.name) || str(r?.uriTemplate),
      item: { ...r, kind: 'resource-template' } as AnalyzableItem,
    });
  }
  return out.slice(0, MAX_ITEMS);
}

// Several checks read the same verdicts: analyse each snapshot once per scan.
const cache = new WeakMap<ServerSnapshot, AnalyzedItem[]>();

/** The engine's analysis of every item of the target's snapshot (cached per snapshot object). */
export function analyzedItems(t: TargetFacts): AnalyzedItem[] {
  const s = t.facts.server;
  if (!s) return [];
  const hit = cache.get(s);
  if (hit) return hit;
  const out = snapshotItems(s).map((x) => ({ ...x, analysis: analyzeItem(x.item) }));
  cache.set(s, out);
  return out;
}

/** Where a finding about one field of one item is. */
export function itemLocation(t: TargetFacts, a: AnalyzedItem, field: string): Location {
  return { server: t.facts.server?.name ?? t.target.label, kind: a.kind, name: a.name, field };
}

/** The highest severity among hits. */
export function worst(hits: readonly RuleHit[]): Severity {
  let best: Severity = 'low';
  for (const h of hits) if (severityRank(h.severity) > severityRank(best)) best = h.severity;
  return best;
}

/** Hits grouped by field, fields in first-seen order. */
export function byField(hits: readonly RuleHit[]): Map<string, RuleHit[]> {
  const m = new Map<string, RuleHit[]>();
  for (const h of hits) {
    const list = m.get(h.field) ?? [];
    m.set(h.field, list);
    list.push(h);
  }
  return m;
}

// Rules strong enough to stand alone; weaker ones are reported only when the item as a whole is
// flagged, so one imperative sentence in an honest description does not become a finding.
const STANDALONE = 0.5;

/** Hits of the given families that deserve a finding for this item. */
export function reportable(a: AnalyzedItem, families: readonly string[]): RuleHit[] {
  return a.analysis.hits.filter(
    (h) => families.includes(h.family) && (a.analysis.flagged || h.weight >= STANDALONE),
  );
}

/** The details block every description finding carries: rules fired and classifier features. */
export function explain(a: AnalyzedItem, hits: readonly RuleHit[]): Record<string, unknown> {
  return {
    score: Math.round(a.analysis.score * 1000) / 1000,
    rules: hits.map((h) => ({
      rule: h.rule,
      family: h.family,
      field: h.field,
      excerpt: h.excerpt,
      ...(h.via ? { via: h.via } : {}),
    })),
    classifier: {
      score: Math.round(a.analysis.classifier.score * 1000) / 1000,
      topFeatures: a.analysis.classifier.topFeatures,
    },
  };
}

/** Families reported by their own checks (instruction-override, concealment-directive). */
export const OWN_CHECK_FAMILIES = ['instruction-override', 'concealment'] as const;

/**
 * One finding per field of each item where rules of the given families fired: the shape shared
 * by the checks that report one rule family each.
 */
export function familyFindings(
  t: TargetFacts,
  families: readonly string[],
  message: (a: AnalyzedItem, field: string, hits: readonly RuleHit[]) => string,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const a of analyzedItems(t)) {
    for (const [field, hits] of byField(reportable(a, families))) {
      out.push({
        message: message(a, field, hits),
        location: itemLocation(t, a, field),
        evidence: hits[0]!.excerpt,
        severity: worst(hits),
        confidence: a.analysis.flagged ? 'high' : 'medium',
        details: explain(a, hits),
      });
    }
  }
  return out;
}
