import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rateLimitMissing as check } from '../../../src/checks/endpoint/rate-limit-missing.ts';
import type { RateLimitFacts } from '../../../src/collect/endpoint/facts.ts';
import { endpoint, run } from './_facts.ts';

/** A burst of 30 that all got 200 with no limit signal, plus overrides. */
const burst = (over: Partial<RateLimitFacts>) =>
  run(
    check,
    endpoint({
      rateLimit: {
        method: 'server/discover',
        sent: 30,
        statuses: { '200': 30 },
        sawRetryAfter: false,
        rateLimitHeaders: [],
        ...over,
      },
    }),
  );

test('flags a burst without any limit signal', () => {
  const f = burst({});
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /30 server\/discover/);
});

test('passes a burst that got 429', () => {
  assert.equal(burst({ statuses: { '200': 20, '429': 10 }, sawRetryAfter: true }).length, 0);
});

test('passes RateLimit headers', () => {
  assert.equal(burst({ method: 'ping', rateLimitHeaders: ['ratelimit'] }).length, 0);
});

test('is silent when the burst mostly failed', () => {
  assert.equal(burst({ method: 'ping', statuses: { timeout: 30 } }).length, 0);
});
