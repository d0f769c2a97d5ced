import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseServerAnswer } from '../../../../src/collect/endpoint/tls/server-hello.ts';

function record(type: number, body: Buffer, version = 0x0303): Buffer {
  const h = Buffer.alloc(5);
  h[0] = type;
  h.writeUInt16BE(version, 1);
  h.writeUInt16BE(body.length, 3);
  return Buffer.concat([h, body] as unknown as Uint8Array[]);
}

function serverHello(suite: number, version = 0x0303, sid = 32): Buffer {
  const body = Buffer.alloc(2 + 32 + 1 + sid + 2 + 1);
  body.writeUInt16BE(version, 0);
  body.fill(7, 2, 34);
  body[34] = sid;
  body.writeUInt16BE(suite, 35 + sid);
  body[37 + sid] = 0;
  const hdr = Buffer.from([2, 0, 0, 0]);
  hdr.writeUIntBE(body.length, 1, 3);
  return Buffer.concat([hdr, body] as unknown as Uint8Array[]);
}

const cat = (...b: Buffer[]) => Buffer.concat(b as unknown as Uint8Array[]);

test('a ServerHello in one record gives the chosen suite and version', () => {
  const answer = parseServerAnswer(record(0x16, serverHello(0x000a, 0x0301)));
  assert.deepEqual(answer, {
    kind: 'server-hello',
    version: 0x0301,
    suite: 0x000a,
    compression: 0,
  });
});

test('a ServerHello split across two handshake records is reassembled', () => {
  const msg = serverHello(0xc011);
  const both = cat(record(0x16, msg.subarray(0, 10)), record(0x16, msg.subarray(10)));
  assert.equal(parseServerAnswer(both.subarray(0, 20)), undefined, 'waits for more bytes');
  assert.equal(parseServerAnswer(both)?.kind, 'server-hello');
  assert.equal((parseServerAnswer(both) as { suite: number }).suite, 0xc011);
});

test('trailing handshake messages after the ServerHello are ignored', () => {
  const withMore = record(0x16, cat(serverHello(0x0005), Buffer.from([11, 0, 0, 3, 1, 2, 3])));
  assert.equal((parseServerAnswer(withMore) as { suite: number }).suite, 0x0005);
});

test('an alert is reported by name', () => {
  const answer = parseServerAnswer(record(0x15, Buffer.from([2, 40]), 0x0301));
  assert.deepEqual(answer, { kind: 'alert', level: 2, description: 40, name: 'handshake_failure' });
  assert.equal(parseServerAnswer(record(0x15, Buffer.from([2, 70])))?.kind, 'alert');
});

test('incomplete input asks for more', () => {
  assert.equal(parseServerAnswer(Buffer.alloc(0)), undefined);
  assert.equal(parseServerAnswer(Buffer.from([0x16, 3, 3])), undefined);
  assert.equal(parseServerAnswer(record(0x16, serverHello(5)).subarray(0, 30)), undefined);
});

test('non-TLS answers are garbage, with a reason', () => {
  const cases: [Buffer, RegExp][] = [
    [Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'), /plain HTTP/],
    [Buffer.from([0x80, 0x2e, 0x04, 0x00]), /SSLv2/],
    [Buffer.from('SSH-2.0-OpenSSH\r\n'), /unexpected record type/],
    [record(0x16, serverHello(5), 0x0203), /record version 2/],
    [Buffer.from([0x16, 3, 3, 0xff, 0xff]), /record length/],
    [record(0x16, Buffer.from([11, 0, 0, 1, 0])), /instead of ServerHello/],
    [record(0x15, Buffer.from([2])), /malformed alert/],
    [cat(record(0x16, serverHello(5).subarray(0, 6)), record(0x17, Buffer.from([1]))), /type 23/],
  ];
  for (const [buf, why] of cases) {
    const answer = parseServerAnswer(buf);
    assert.equal(answer?.kind, 'garbage', `${why}`);
    assert.match((answer as { detail: string }).detail, why);
  }
});

test('a ServerHello with impossible lengths is garbage, never an out-of-bounds read', () => {
  const hello = serverHello(5);
  hello[4 + 34] = 200; // session id length > 32
  assert.match((parseServerAnswer(record(0x16, hello)) as { detail: string }).detail, /session id/);
  const short = Buffer.from([2, 0, 0, 3, 3, 3, 0]);
  assert.match((parseServerAnswer(record(0x16, short)) as { detail: string }).detail, /truncated/);
});
