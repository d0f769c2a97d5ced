import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli, tsNode } from '../e2e/_cli.ts';

/*
 * The documented JSON Schema must accept what the CLI really prints (not a hand-made sample),
 * and must reject reports that break the contract.
 */
const schema = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  formats: { 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) && /T/.test(s) },
});
const validate = ajv.compile(schema);
const dir = mkdtempSync(join(tmpdir(), 'mcpw-schema-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function assertValid(doc: unknown): void {
  const ok = validate(doc);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

test('the demo report (findings, partial or full coverage) validates', async () => {
  const r = await runCli(['demo', '--format', 'json']);
  const doc = JSON.parse(r.stdout) as {
    findings: unknown[];
    targets: { endpoint?: { era?: string; transport?: string } }[];
  };
  assert.ok(doc.findings.length > 0, 'the demo has findings');
  assert.equal(doc.targets[0]?.endpoint?.era, 'stateless-2026', 'the probed era is reported');
  assert.equal(doc.targets[0]?.endpoint?.transport, 'streamable-http');
  assertValid(doc);
});

test('a stdio scan plus unreachable and snapshot targets validates', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{nope');
  const snap = join(dir, 'tools.json');
  writeFileSync(snap, JSON.stringify({ tools: [{ name: 'a', description: 'b' }] }));
  const r = await runCli([
    'scan',
    '--format',
    'json',
    '--snapshot',
    bad,
    '--snapshot',
    snap,
    '--stdio',
    '--',
    ...tsNode('v1-stdio.ts'),
  ]);
  const doc = JSON.parse(r.stdout) as { targets: { coverage: { status: string } }[] };
  assert.deepEqual(
    doc.targets.map((t) => t.coverage.status),
    ['scanned', 'unreachable', 'scanned'],
  );
  assertValid(doc);
});

// biome-ignore lint/suspicious/noExplicitAny: deliberately breaking arbitrary fields of a JSON doc
type Doc = any;

test('the schema rejects reports that break the contract', () => {
  const base = JSON.parse(
    JSON.stringify({
      schema: 'mcp-warden/report@1',
      tool: { name: 'mcp-warden', version: '0.1.0' },
      command: 'scan',
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:01.000Z',
      durationMs: 1000,
      targets: [],
      findings: [
        {
          rule: 'plain-http-transport',
          title: 't',
          severity: 'high',
          confidence: 'high',
          checklist: 'C2',
          patterns: ['P1'],
          target: 'http:1',
          location: { kind: 'server' },
          message: 'm',
          evidence: 'e',
          remediation: 'r',
          fingerprint: '0123456789abcdef0123',
        },
      ],
      summary: {
        findings: 1,
        bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 },
        byChecklist: { C2: 1 },
        targets: { scanned: 0, partial: 0, unreachable: 0, skipped: 0 },
        failOn: 'high',
        exitCode: 1,
      },
    }),
  );
  assertValid(base);
  const broken = [
    (d: Doc) => delete d.findings[0].fingerprint,
    (d: Doc) => (d.findings[0].severity = 'severe'),
    (d: Doc) => (d.findings[0].checklist = 'C11'),
    (d: Doc) => (d.schema = 'mcp-warden/report@2'),
    (d: Doc) => (d.summary.exitCode = 3),
    (d: Doc) => (d.findings[0].location.kind = 'galaxy'),
  ];
  for (const breakIt of broken) {
    const d = structuredClone(base);
    breakIt(d);
    assert.equal(validate(d), false, breakIt.toString());
  }
});
