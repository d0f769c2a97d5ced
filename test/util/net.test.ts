import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLoopbackHost } from '../../src/util/net.ts';

test('loopback hosts in every spelling are recognised', () => {
  for (const h of [
    'localhost',
    'LOCALHOST.',
    'api.localhost',
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
  ]) {
    assert.equal(isLoopbackHost(h), true, h);
  }
});

test('other hosts, look-alikes and private ranges are not loopback', () => {
  for (const h of [
    'example.com',
    'localhost.example.com',
    '127.0.0.1.nip.io',
    '10.0.0.1',
    '192.168.1.1',
    '::2',
    '::ffff:10.0.0.1',
    '128.0.0.1',
  ]) {
    assert.equal(isLoopbackHost(h), false, h);
  }
});
