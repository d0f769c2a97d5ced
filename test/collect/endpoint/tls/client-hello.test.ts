import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClientHello } from '../../../../src/collect/endpoint/tls/client-hello.ts';

const RANDOM = Buffer.alloc(32, 0xab);

/** Walks the hello the way a server would, returning its parts. */
function dissect(rec: Buffer) {
  assert.equal(rec[0], 0x16, 'handshake record');
  assert.equal(rec.readUInt16BE(1), 0x0301, 'record layer says TLS 1.0');
  assert.equal(rec.readUInt16BE(3), rec.length - 5, 'record length covers the rest');
  assert.equal(rec[5], 1, 'ClientHello message');
  assert.equal(rec.readUIntBE(6, 3), rec.length - 9, 'handshake length');
  let at = 9;
  const version = rec.readUInt16BE(at);
  at += 2;
  const random = rec.subarray(at, at + 32);
  at += 32;
  const sid = rec[at]!;
  at += 1 + sid;
  const suitesLen = rec.readUInt16BE(at);
  at += 2;
  const suites: number[] = [];
  for (let i = 0; i < suitesLen; i += 2) suites.push(rec.readUInt16BE(at + i));
  at += suitesLen;
  const compLen = rec[at]!;
  const compression = [...rec.subarray(at + 1, at + 1 + compLen)];
  at += 1 + compLen;
  const extLen = rec.readUInt16BE(at);
  at += 2;
  assert.equal(at + extLen, rec.length, 'extensions end exactly at the end of the record');
  const extensions = new Map<number, Buffer>();
  while (at < rec.length) {
    const type = rec.readUInt16BE(at);
    const len = rec.readUInt16BE(at + 2);
    extensions.set(type, rec.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  return { version, random, sid, suites, compression, extensions };
}

test('a ClientHello offers exactly the given suites plus the renegotiation SCSV', () => {
  const hello = dissect(buildClientHello({ suites: [0x000a, 0xc012], random: RANDOM }));
  assert.equal(hello.version, 0x0303);
  assert.deepEqual(hello.random, RANDOM);
  assert.equal(hello.sid, 0);
  assert.deepEqual(hello.suites, [0x000a, 0xc012, 0x00ff]);
  assert.deepEqual(hello.compression, [0]);
  assert.ok(hello.extensions.has(0x000a), 'supported_groups, so ECDHE suites can be chosen');
  assert.ok(hello.extensions.has(0x000d), 'signature_algorithms');
  assert.ok(!hello.extensions.has(0x002b), 'no supported_versions: TLS 1.3 is never negotiated');
});

test('SNI carries a host name but never an IP literal', () => {
  const named = dissect(buildClientHello({ suites: [0x0005], servername: 'mcp.example.com' }));
  const sni = named.extensions.get(0x0000);
  assert.ok(sni);
  assert.equal(sni.readUInt16BE(0), sni.length - 2, 'server_name_list length');
  assert.equal(sni[2], 0, 'host_name type');
  assert.equal(sni.subarray(5).toString('ascii'), 'mcp.example.com');
  const ip = dissect(buildClientHello({ suites: [0x0005], servername: '127.0.0.1' }));
  assert.ok(!ip.extensions.has(0x0000));
});

test('the offered version can be lowered to TLS 1.0', () => {
  assert.equal(dissect(buildClientHello({ suites: [0x0003], version: 0x0301 })).version, 0x0301);
});

test('an empty suite list or a bad random is refused', () => {
  assert.throws(() => buildClientHello({ suites: [] }), RangeError);
  assert.throws(() => buildClientHello({ suites: [1], random: Buffer.alloc(8) }), RangeError);
});
