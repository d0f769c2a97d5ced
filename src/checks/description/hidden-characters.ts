import type { HiddenContent } from '../../engines/text/types.ts';
import type { TargetFacts } from '../../model/facts.ts';
import type { FindingDraft } from '../../model/finding.ts';
import { type Severity, severityRank } from '../../model/taxonomy.ts';
import { defineCheck } from '../check.ts';
import { analyzedItems, explain, itemLocation } from './_items.ts';

const KINDS = new Set<HiddenContent['kind']>([
  'tag-chars',
  'variation-selectors',
  'bidi',
  'zero-width',
  'mixed-script',
  'hidden-markup',
  'html-comment',
  'base64',
  'hex',
  'percent-encoding',
]);

const LABEL: Record<HiddenContent['kind'], string> = {
  'tag-chars': 'Unicode tag characters (invisible ASCII)',
  'variation-selectors': 'a payload encoded in variation selectors',
  bidi: 'bidirectional control characters',
  'zero-width': 'zero-width characters',
  'mixed-script': 'look-alike letters from another script',
  'hidden-markup': 'markup hidden from rendering',
  'html-comment': 'an HTML/Markdown comment',
  base64: 'an embedded base64 payload',
  hex: 'an embedded hex payload',
  'percent-encoding': 'an embedded percent-encoded sentence',
  ansi: 'terminal escape sequences',
};

function severityOf(h: HiddenContent, instructed: boolean): Severity {
  if (instructed) return 'high';
  switch (h.kind) {
    case 'tag-chars':
    case 'variation-selectors':
    case 'bidi':
      return 'high';
    case 'hidden-markup':
    case 'mixed-script':
      return 'medium';
    case 'zero-width':
      return h.count > 2 ? 'medium' : 'low';
    default:
      return h.decoded ? 'medium' : 'low';
  }
}

export const hiddenCharacters = defineCheck({
  meta: {
    id: 'hidden-characters',
    title: 'Invisible or deceptive characters in model-visible text',
    description:
      'Tool, prompt and resource text that a human reviewer cannot see the way the model reads ' +
      'it: Unicode tag characters (ASCII smuggling), payloads in variation selectors, bidi ' +
      'controls (Trojan Source, CVE-2021-42574), zero-width characters, Cyrillic/Greek ' +
      'look-alikes mixed into Latin words, HTML/Markdown comments and hidden markup, and ' +
      'base64/hex/percent-encoded text. The check decodes each and shows what it hides.',
    checklist: 'C5',
    patterns: ['P2'],
    owasp: ['MCP03:2025 Tool Poisoning', 'MCP06:2025 Prompt Injection via Contextual Payloads'],
    severity: 'high',
    remediation:
      'Remove the invisible characters, comments and encoded payloads from the text the server ' +
      'advertises; if the server is third-party, do not connect it until the author explains ' +
      'them. Review descriptions after normalisation, not in a renderer.',
    requires: ['server'],
    scope: 'target',
    references: [
      'https://embracethered.com/blog/posts/2024/hiding-and-finding-text-with-unicode-tags/',
      'https://trojansource.codes/',
    ],
  },
  run(t: TargetFacts): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const a of analyzedItems(t)) {
      const fields = new Map<string, HiddenContent[]>();
      for (const h of a.analysis.hidden) {
        if (!KINDS.has(h.kind)) continue;
        const list = fields.get(h.field) ?? [];
        fields.set(h.field, list);
        list.push(h);
      }
      for (const [field, hs] of fields) {
        const hits = a.analysis.hits.filter((x) => x.field === field);
        // Hidden content that itself carries an instruction is the attack, not an accident.
        const instructed =
          hits.some((x) => x.via !== undefined) || (hits.length > 0 && a.analysis.flagged);
        // A lone comment or an encoded-looking token with nothing readable inside is noise.
        const meaningful = hs.filter(
          (h) =>
            !['html-comment', 'base64', 'hex', 'percent-encoding'].includes(h.kind) ||
            h.decoded ||
            instructed,
        );
        if (meaningful.length === 0) continue;
        let sev: Severity = 'info';
        for (const h of meaningful) {
          const s = severityOf(h, instructed);
          if (severityRank(s) > severityRank(sev)) sev = s;
        }
        const what = meaningful.map((h) => `${LABEL[h.kind]} (${h.count})`).join(', ');
        const decoded = meaningful.filter((h) => h.decoded).map((h) => `${h.kind}: ${h.decoded}`);
        out.push({
          message:
            `${a.kind} "${a.name}" ${field} contains ${what}` +
            (decoded.length ? `; decoded: ${decoded.join(' | ')}` : '') +
            (instructed ? '; the hidden content carries instructions for the model.' : '.'),
          location: itemLocation(t, a, field),
          evidence: decoded.join(' | ') || what,
          severity: sev,
          confidence: instructed || sev === 'high' ? 'high' : 'medium',
          details: { hidden: meaningful, ...explain(a, hits) },
        });
      }
    }
    return out;
  },
});
