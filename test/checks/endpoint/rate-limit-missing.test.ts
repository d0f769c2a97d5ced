import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rateLimitMissing as check } from '../../../src/checks/endpoint/rate-limit-missing.ts';
import { endpoint, run } from './_facts.ts';

test('flags a burst without any limit signal', () => {
  const f = run(
    check,
    endpoint({
      rateLimit: {
        method: 'server/discover',
        sent: 30,
        statuses: { '200': 30 },
        sawRetryAfter: false,
        rateLimitHeaders: [],
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /30 server\/discover/);
});

test('passes a burst that got 429', () => {
  assert.equal(
    run(
      check,
      endpoint({
        rateLimit: {
          method: 'server/discover',
          sent: 30,
          statuses: { '200': 20, '429': 10 },
          sawRetryAfter: true,
          rateLimitHeaders: [],
        },
      }),
    ).length,
    0,
  );
});

test('passes RateLimit headers', () => {
  assert.equal(
    run(
      check,
      endpoint({
        rateLimit: {
          method: 'ping',
          sent: 30,
          statuses: { '200': 30 },
          sawRetryAfter: false,
          rateLimitHeaders: ['ratelimit'],
        },
      }),
    ).length,
    0,
  );
});

test('is silent when the burst mostly failed', () => {
  assert.equal(
    run(
      check,
      endpoint({
        rateLimit: {
          method: 'ping',
          sent: 30,
          statuses: { timeout: 30 },
          sawRetryAfter: false,
          rateLimitHeaders: [],
        },
      }),
    ).length,
    0,
  );
});
