import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthServerNotHttps as check } from '../../../src/checks/endpoint/oauth-server-not-https.ts';
import { endpoint, run } from './_facts.ts';

test('flags an http authorization server', () => {
  const f = run(
    check,
    endpoint({
      resourceMetadata: {
        url: 'u',
        via: 'well-known',
        found: true,
        errors: [],
        authorizationServers: ['http://as.example.com'],
        expectedResource: 'e',
      },
    }),
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.evidence, 'http://as.example.com');
});

test('flags an http token endpoint', () => {
  const f = run(
    check,
    endpoint({
      authServers: [
        {
          issuer: 'https://as.example.com',
          found: true,
          errors: [],
          endpoints: { token_endpoint: 'http://as.example.com/token' },
        },
      ],
    }),
  );
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /token_endpoint/);
});

test('passes https everywhere', () => {
  assert.equal(
    run(
      check,
      endpoint({
        authServers: [
          {
            issuer: 'https://as.example.com',
            found: true,
            errors: [],
            endpoints: { token_endpoint: 'https://as.example.com/token' },
          },
        ],
      }),
    ).length,
    0,
  );
});

test('exempts a loopback development setup', () => {
  assert.equal(
    run(
      check,
      endpoint({
        loopback: true,
        url: 'http://127.0.0.1:3000/mcp',
        authServers: [
          {
            issuer: 'http://127.0.0.1:3000',
            found: true,
            errors: [],
            endpoints: { token_endpoint: 'http://127.0.0.1:3000/token' },
          },
        ],
      }),
    ).length,
    0,
  );
});
