import type { TargetFacts } from '../model/facts.ts';
import type { TargetKind } from '../model/target.ts';
import { worseStatus } from '../model/target.ts';
import { safeLine } from '../util/escape.ts';
import { safeUrl } from './mcp/redact.ts';
import type { CollectContext, TargetSpec } from './spec.ts';

/** A short, safe label part: escaped, bounded, no credentials. */
const clean = (s: string, max = 80): string => safeLine(s, max);

function liveLabel(spec: Extract<TargetSpec, { kind: 'stdio' | 'http' }>): string {
  if (spec.name) return clean(spec.name);
  if (spec.kind === 'http') return safeUrl(spec.url);
  // Only a script or package argument is shown: users sometimes pass a token as an argument,
  // despite the advice, and a label is printed everywhere.
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const script = spec.args.find(
    (a) =>
      !a.startsWith('-') &&
      /^[@\w./:-]{1,100}$/.test(a) &&
      (/\.(?:[cm]?[jt]s|py)$/.test(a) || a.startsWith('@') || /^[\w-]+\/[\w./-]+$/.test(a)),
  );
  const cmd = clean(base(spec.command));
  if (!script) return cmd;
  return `${cmd} ${clean(script.startsWith('@') ? script : base(script))}`;
}

/** A target nothing could be collected from, with the reason. */
function unreachable(id: string, kind: TargetKind, label: string, reason: string): TargetFacts {
  return {
    target: { id, kind, label },
    facts: {},
    collection: { status: 'unreachable', reasons: [reason] },
    expected: ['server'],
  };
}

async function collectLive(
  spec: Extract<TargetSpec, { kind: 'stdio' | 'http' }>,
  index: number,
  ctx: CollectContext,
): Promise<TargetFacts> {
  const label = liveLabel(spec);
  const kind: TargetKind = spec.kind;
  ctx.onProgress?.({ type: 'target-start', label });
  // Heavy: the MCP SDK loads only when a live server is scanned (test/meta/light-import.test.ts).
  const { collectMcpServer } = await import('./mcp/collect-server.ts');
  const probing =
    spec.kind === 'http' && ctx.endpointProbes !== false
      ? import('./endpoint/index.ts').then(({ probeEndpoint }) => probeEndpoint(spec, ctx))
      : undefined;
  const [mcp, endpoint] = await Promise.all([
    collectMcpServer(spec, label, ctx),
    probing?.catch((err: unknown) => ({
      facts: undefined,
      reasons: [
        `endpoint probes failed: ${clean(err instanceof Error ? err.message : String(err), 200)}`,
      ],
    })),
  ]);
  const tf: TargetFacts = {
    target: { id: `${kind}:${index + 1}`, kind, label },
    facts: {},
    collection: { status: mcp.status, reasons: [...mcp.reasons] },
    expected: ['server'],
  };
  if (mcp.snapshot && mcp.status !== 'unreachable') tf.facts.server = mcp.snapshot;
  if (endpoint) {
    tf.expected?.push('endpoint');
    if (endpoint.facts) tf.facts.endpoint = endpoint.facts;
    tf.collection.reasons.push(...endpoint.reasons);
    if (endpoint.reasons.length > 0 && tf.collection.status === 'scanned') {
      tf.collection.status = worseStatus(tf.collection.status, 'partial');
    }
    // The server may be unreachable over MCP yet answer probes: its endpoint findings still count.
    if (mcp.status === 'unreachable' && endpoint.facts?.reachable !== false) {
      tf.collection.status = 'partial';
    }
  }
  ctx.onProgress?.({ type: 'target-done', label, status: tf.collection.status });
  return tf;
}

async function collectSnapshot(file: string, index: number, ctx: CollectContext) {
  const { loadSnapshotFile } = await import('./snapshot/load.ts');
  const fileLabel = clean(file, 120);
  ctx.onProgress?.({ type: 'target-start', label: fileLabel });
  const loaded = await loadSnapshotFile(file, ctx.limits);
  if (!loaded.ok) {
    ctx.onProgress?.({ type: 'target-done', label: fileLabel, status: 'unreachable' });
    return [unreachable(`snapshot:${index + 1}`, 'snapshot', fileLabel, clean(loaded.error, 300))];
  }
  const used = new Set<string>();
  const out = loaded.servers.map(({ snapshot, problems }, j): TargetFacts => {
    let idName = clean(snapshot.name, 64).replace(/\s+/g, '_');
    if (used.has(idName)) idName = `${idName}#${j + 1}`;
    used.add(idName);
    return {
      target: {
        id: `snapshot:${index + 1}:${idName}`,
        kind: 'snapshot',
        label: `${clean(snapshot.name)} (${fileLabel})`,
      },
      facts: { server: snapshot },
      collection: {
        status: problems.length > 0 ? 'partial' : 'scanned',
        reasons: problems.map((p) => clean(p, 300)),
      },
      expected: ['server'],
    };
  });
  ctx.onProgress?.({ type: 'target-done', label: fileLabel, status: 'loaded' });
  return out;
}

/**
 * Collects one target spec into facts (a snapshot file may hold several servers, hence an
 * array). Never throws: failures become `unreachable` / `partial` coverage with the reason.
 *
 * @example
 * const [facts] = await collectTarget({ kind: 'http', url: 'http://127.0.0.1:3000/mcp' }, 0, {
 *   limits: DEFAULT_LIMITS,
 * });
 */
export async function collectTarget(
  spec: TargetSpec,
  index: number,
  ctx: CollectContext,
): Promise<TargetFacts[]> {
  try {
    if (spec.kind === 'snapshot') return await collectSnapshot(spec.file, index, ctx);
    return [await collectLive(spec, index, ctx)];
  } catch (err) {
    // Defence in depth: the collectors are written not to throw; if one does, the scan goes on.
    const msg = clean(err instanceof Error ? err.message : String(err), 200);
    return [
      unreachable(`${spec.kind}:${index + 1}`, spec.kind, spec.kind, `collector error: ${msg}`),
    ];
  }
}
