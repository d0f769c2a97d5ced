import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { collectTarget } from '../../src/collect/index.ts';
import { loadSnapshotFile } from '../../src/collect/snapshot/load.ts';
import { saveSnapshotFile } from '../../src/collect/snapshot/save.ts';
import { DEFAULT_LIMITS } from '../../src/collect/spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'mcpw-snap-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: unknown): string {
  const p = join(dir, `s${n++}.json`);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}
const ctx = { limits: DEFAULT_LIMITS };

test('loads the servers format with several servers', async () => {
  const res = await loadSnapshotFile(
    file({
      schema: 'mcp-warden/snapshot@1',
      servers: [
        { name: 'a', tools: [{ name: 't1', description: 'd' }], instructions: 'hi' },
        {
          name: 'b',
          prompts: [{ name: 'p' }],
          transport: 'sse',
          url: 'http://u:pw-secret@x.example/sse?key=k-secret',
        },
      ],
    }),
    DEFAULT_LIMITS,
  );
  assert.ok(res.ok);
  assert.equal(res.servers.length, 2);
  assert.equal(res.servers[0]?.snapshot.tools[0]?.name, 't1');
  assert.equal(res.servers[0]?.snapshot.instructions, 'hi');
  assert.deepEqual(res.servers[1]?.snapshot.tools, []);
  assert.equal(res.servers[1]?.snapshot.transport, 'sse');
  assert.equal(res.servers[1]?.snapshot.url, 'http://x.example/sse?key=***');
});

test('accepts a bare tools/list result and a JSON-RPC response wrapping one', async () => {
  const bare = await collectTarget(
    { kind: 'snapshot', file: file({ tools: [{ name: 'x' }] }) },
    0,
    ctx,
  );
  assert.equal(bare[0]?.collection.status, 'scanned');
  assert.equal(bare[0]?.target.id, 'snapshot:1:server-1');
  assert.equal(bare[0]?.facts.server?.tools.length, 1);
  const rpc = await collectTarget(
    { kind: 'snapshot', file: file({ jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'y' }] } }) },
    1,
    ctx,
  );
  assert.equal(rpc[0]?.facts.server?.tools[0]?.name, 'y');
});

test('malformed files are unreachable with the reason', async () => {
  const cases: [unknown, RegExp][] = [
    ['{not json', /not valid JSON/],
    [{ hello: 1 }, /not a snapshot/],
    [{ servers: [] }, /no servers/],
    [{ schema: 'other/thing@1', tools: [] }, /unknown "schema"/],
  ];
  for (const [content, reason] of cases) {
    const [t] = await collectTarget({ kind: 'snapshot', file: file(content) }, 0, ctx);
    assert.equal(t?.collection.status, 'unreachable');
    assert.match(t?.collection.reasons.join(' ') ?? '', reason);
  }
  const [missing] = await collectTarget({ kind: 'snapshot', file: join(dir, 'nope.json') }, 0, ctx);
  assert.equal(missing?.collection.status, 'unreachable');
  assert.match(missing?.collection.reasons[0] ?? '', /ENOENT/);
});

test('bad entries are skipped and counted; limits make the target partial', async () => {
  const deep: Record<string, unknown> = {};
  let cur = deep;
  for (let i = 0; i < 100; i++) {
    cur.n = {};
    cur = cur.n as Record<string, unknown>;
  }
  const [t] = await collectTarget(
    {
      kind: 'snapshot',
      file: file({
        tools: [{ name: 'ok', inputSchema: deep }, { description: 'no name' }, 'str', null],
      }),
    },
    0,
    ctx,
  );
  assert.equal(t?.collection.status, 'partial');
  assert.equal(t?.facts.server?.tools.length, 1);
  const reasons = t?.collection.reasons.join('\n') ?? '';
  assert.match(reasons, /3 malformed entries skipped/);
  assert.match(reasons, /pruned/);
});

test('item caps apply to snapshot files too', async () => {
  const tools = Array.from({ length: 30 }, (_, i) => ({ name: `t${i}` }));
  const res = await loadSnapshotFile(file({ tools }), { ...DEFAULT_LIMITS, maxItems: 10 });
  assert.ok(res.ok);
  assert.equal(res.servers[0]?.snapshot.tools.length, 10);
  assert.match(res.servers[0]?.problems.join(' ') ?? '', /20 entries beyond the 10-item limit/);
});

test('prototype-polluting keys never survive loading', async () => {
  const res = await loadSnapshotFile(
    file('{"tools":[{"name":"x","__proto__":{"polluted":true},"inputSchema":{"constructor":1}}]}'),
    DEFAULT_LIMITS,
  );
  assert.ok(res.ok);
  const tool = res.servers[0]?.snapshot.tools[0] as Record<string, unknown>;
  assert.equal(Object.hasOwn(tool, '__proto__'), false);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('save then load round-trips every server with the schema marker', async () => {
  const [orig] = await collectTarget(
    {
      kind: 'snapshot',
      file: file({ servers: [{ name: 'r', tools: [{ name: 'a', description: 'b' }] }] }),
    },
    0,
    ctx,
  );
  const out = join(dir, 'saved.json');
  assert.equal(await saveSnapshotFile(out, [orig!]), 1);
  const res = await loadSnapshotFile(out, DEFAULT_LIMITS);
  assert.ok(res.ok);
  assert.deepEqual(res.servers[0]?.snapshot, orig?.facts.server);
  const doc = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8'));
  assert.equal(doc.schema, 'mcp-warden/snapshot@1');
});
