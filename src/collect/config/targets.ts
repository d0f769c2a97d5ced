import type { TargetFacts } from '../../model/facts.ts';
import type { DiscoveredFile, Discovery } from './discover.ts';

/** Target id for a config file: stable across runs so fingerprints and baselines hold. */
export function configTargetId(path: string): string {
  return `config:${path}`;
}

function targetFor(f: DiscoveredFile): TargetFacts {
  const target = {
    id: configTargetId(f.meta.path),
    kind: 'config' as const,
    label: `${f.meta.client} (${f.meta.scope}) ${f.meta.path}`,
  };
  if (f.status === 'ok' && f.facts) {
    const reasons = f.facts.truncated ? [f.facts.truncated] : [];
    return {
      target,
      facts: { config: f.facts },
      collection: { status: reasons.length ? 'partial' : 'scanned', reasons },
      expected: ['config'],
    };
  }
  // Not scanned is never clean (design.md §4): an unreadable file is unreachable, one that could
  // not be parsed is partial with every config check reported "not run".
  return {
    target,
    facts: {},
    collection: {
      status: f.status === 'parse-error' ? 'partial' : 'unreachable',
      reasons: [f.reason ?? f.status],
    },
    expected: ['config'],
  };
}

/**
 * One `config` target per discovered file, with its coverage; plus a `config:discovery` target
 * when the search itself was incomplete (a walk limit hit, a directory that could not be listed),
 * so a cut-short search is never reported as complete.
 */
export function configTargets(d: Discovery): TargetFacts[] {
  const out = d.files.map(targetFor);
  if (d.gaps.length > 0) {
    out.push({
      target: { id: 'config:discovery', kind: 'config', label: 'config discovery' },
      facts: {},
      collection: { status: 'partial', reasons: d.gaps.slice(0, 50) },
    });
  }
  return out;
}
