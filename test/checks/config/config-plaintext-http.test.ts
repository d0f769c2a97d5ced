import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configPlaintextHttp } from '../../../src/checks/config/config-plaintext-http.ts';
import { entry, target } from './_helpers.ts';

const run = (url: string) => configPlaintextHttp.run(target([entry({ url })])) as unknown[];

test('flags http:// to a remote host', () => {
  assert.equal(run('http://mcp.example.com/mcp').length, 1);
  assert.equal(run('ws://10.0.0.5:8080/mcp').length, 1);
});

test('allows https and loopback http', () => {
  assert.equal(run('https://mcp.example.com/mcp').length, 0);
  assert.equal(run('http://localhost:3000/mcp').length, 0);
  assert.equal(run('http://127.0.0.1:3000/mcp').length, 0);
  assert.equal(run('http://[::1]:3000/mcp').length, 0);
});
