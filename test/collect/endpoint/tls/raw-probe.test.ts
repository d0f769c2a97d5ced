import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { probeRawSuites } from '../../../../src/collect/endpoint/tls/raw-probe.ts';
import { RAW_SUITES } from '../../../../src/collect/endpoint/tls/suites.ts';
import { hasOpenssl, makeTestPki, type TestPki } from '../../../fixtures/tls/pki.ts';
import {
  hasGnutlsServ,
  type Running,
  startGnutlsServer,
  startHttpsServer,
  startOpensslServer,
  startRawServer,
} from '../../../fixtures/tls/servers.ts';

const NO_OPENSSL = hasOpenssl() ? false : 'the openssl CLI (/usr/bin/openssl) is not installed';
const NO_GNUTLS = hasGnutlsServ()
  ? false
  : 'gnutls-serv is not installed (apt-get install gnutls-bin)';

let pki: TestPki | undefined;
const servers: Running[] = [];
before(async () => {
  if (!NO_OPENSSL) pki = await makeTestPki();
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await pki?.cleanup();
});

async function serve(start: Promise<Running>): Promise<Running> {
  const s = await start;
  servers.push(s);
  return s;
}

const base = { host: '127.0.0.1', timeoutMs: 5_000 };
const NULL_SHA = [{ id: 0x0002, name: 'TLS_RSA_WITH_NULL_SHA' }];

test('a real OpenSSL server that allows NULL suites accepts one from the hand-built hello', {
  skip: NO_OPENSSL,
}, async () => {
  const s = await serve(startOpensslServer(pki!.leaves.good, ['-cipher', 'NULL-SHA:@SECLEVEL=0']));
  const r = await probeRawSuites({ ...base, port: s.port, suites: NULL_SHA });
  assert.equal(r.outcome, 'accepted', r.detail);
  assert.equal(r.suite?.id, 0x0002);
  assert.equal(r.protocol, 'TLSv1.2');
});

test('gnutls-serv with 3DES and RC4 enabled accepts them; DES and EXPORT stay refused', {
  skip: NO_OPENSSL || NO_GNUTLS,
}, async () => {
  const s = await serve(
    startGnutlsServer(pki!.leaves.good, 'NORMAL:+3DES-CBC:+ARCFOUR-128:+RSA:+VERS-TLS1.0'),
  );
  const des3 = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES['3DES'] });
  assert.equal(des3.outcome, 'accepted', des3.detail);
  assert.match(des3.suite?.name ?? '', /3DES_EDE_CBC/);
  const rc4 = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.RC4 });
  assert.equal(rc4.outcome, 'accepted', rc4.detail);
  assert.match(rc4.suite?.name ?? '', /RC4_128/);
  const des = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.DES });
  assert.equal(des.outcome, 'rejected');
  const exp = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.EXPORT });
  assert.equal(exp.outcome, 'rejected');
});

test('a modern server answers weak offers with a handshake_failure alert', {
  skip: NO_OPENSSL,
}, async () => {
  const leaf = pki!.leaves.good;
  const s = await serve(startHttpsServer({ cert: leaf.cert, key: leaf.key }));
  const r = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES['3DES'] });
  assert.equal(r.outcome, 'rejected');
  assert.match(r.detail ?? '', /alert handshake_failure\(40\)/);
});

test('a server that closes the connection rejects the offer', async () => {
  const s = await serve(startRawServer(() => 'close'));
  const r = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.RC4 });
  assert.equal(r.outcome, 'rejected');
  assert.match(r.detail ?? '', /closed|ECONNRESET/);
});

test('a server that answers with something other than TLS is not counted as accepting', async () => {
  const s = await serve(startRawServer(() => Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')));
  const r = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.RC4 });
  assert.equal(r.outcome, 'rejected');
  assert.match(r.detail ?? '', /not a TLS answer: plain HTTP/);
});

test('a ServerHello choosing a suite we never offered is not an acceptance', async () => {
  // Hand-built ServerHello for TLS_AES_128_GCM_SHA256 (0x1301).
  const body = Buffer.alloc(38);
  body.writeUInt16BE(0x0303, 0);
  body.writeUInt16BE(0x1301, 35);
  const msg = Buffer.concat([Buffer.from([2, 0, 0, body.length]), body] as unknown as Uint8Array[]);
  const rec = Buffer.concat([
    Buffer.from([0x16, 3, 3, 0, msg.length]),
    msg,
  ] as unknown as Uint8Array[]);
  const s = await serve(startRawServer(() => rec));
  const r = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES['3DES'] });
  assert.equal(r.outcome, 'rejected');
  assert.match(r.detail ?? '', /0x1301, which was not offered/);
});

test('a silent server times out', async () => {
  const s = await serve(startRawServer(() => 'hang'));
  const r = await probeRawSuites({ ...base, timeoutMs: 200, port: s.port, suites: RAW_SUITES.DES });
  assert.equal(r.outcome, 'timeout');
});

test('a closed port is unreachable, and an aborted probe stops', async () => {
  const s = await startRawServer(() => 'close');
  await s.close();
  const r = await probeRawSuites({ ...base, port: s.port, suites: RAW_SUITES.DES });
  assert.equal(r.outcome, 'unreachable');
  assert.equal(r.detail, 'ECONNREFUSED');
  const hang = await serve(startRawServer(() => 'hang'));
  const ctl = new AbortController();
  const pending = probeRawSuites({
    ...base,
    port: hang.port,
    suites: RAW_SUITES.DES,
    signal: ctl.signal,
  });
  ctl.abort();
  assert.equal((await pending).detail, 'aborted');
});
