import { ALPHA, fakeJwt, fakeString } from '../fake.ts';
import type { SecretDetails, SecretValidation } from '../types.ts';
import { b64decode, L, NO, rule } from './helpers.ts';

function parseJson(part: string): Record<string, unknown> | undefined {
  const buf = b64decode(part);
  if (!buf) return undefined;
  try {
    const o = JSON.parse(buf.toString('utf8')) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o)
      ? (o as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function isoOf(sec: unknown): string | undefined {
  if (typeof sec !== 'number' || !Number.isFinite(sec) || sec < 0 || sec > 1e11) return undefined;
  return new Date(sec * 1000).toISOString();
}

const short = (v: unknown) => (typeof v === 'string' ? v.slice(0, 120) : undefined);

/** RFC 7519 structure: base64url JSON header with `alg`, JSON payload; details never the token. */
export function jwtDetails(
  value: string,
  now = Date.now(),
): SecretValidation & { claims?: Record<string, unknown> } {
  const [h, p] = value.split('.');
  const header = parseJson(h ?? '');
  if (!header || typeof header['alg'] !== 'string') return NO;
  const payload = parseJson(p ?? '');
  if (!payload) return NO;
  // A signed token's signature is at least 16 chars (HS256: 43); `abc.def.test` is a sample.
  const sig = value.split('.')[2] ?? '';
  if (header['alg'] === 'none' ? sig.length !== 0 : sig.length < 16) return NO;
  const details: SecretDetails = { alg: String(header['alg']).slice(0, 20) };
  const iss = short(payload['iss']);
  if (iss) details['iss'] = iss;
  const aud = payload['aud'];
  if (typeof aud === 'string') details['aud'] = aud.slice(0, 120);
  else if (Array.isArray(aud))
    details['aud'] = aud
      .filter((a) => typeof a === 'string')
      .join(',')
      .slice(0, 120);
  const exp = isoOf(payload['exp']);
  if (exp) {
    details['exp'] = exp;
    details['expired'] = (payload['exp'] as number) * 1000 < now;
  }
  const iat = isoOf(payload['iat']);
  if (iat) details['iat'] = iat;
  const role = short(payload['role']);
  if (role) details['role'] = role;
  return { ok: true, validated: true, details, claims: payload };
}

const jwtPattern = `${L}(eyJ[A-Za-z0-9_-]{8,4096}\\.ey[A-Za-z0-9_-]{8,16384}\\.[A-Za-z0-9_-]{0,4096})(?![A-Za-z0-9_-])`;
const supaFake = (role: string, s: string) =>
  fakeJwt(
    {
      iss: 'supabase',
      ref: fakeString(ALPHA.lower, 20, s),
      role,
      iat: 1700000000,
      exp: 2000000000,
    },
    s,
  );

// RFC 7516 compact JWE: header.encrypted_key.iv.ciphertext.tag (the key part may be empty).
const jwePattern = `${L}(eyJ[A-Za-z0-9_-]{8,4096}\\.[A-Za-z0-9_-]{0,4096}\\.[A-Za-z0-9_-]{8,1024}\\.[A-Za-z0-9_-]{8,16384}\\.[A-Za-z0-9_-]{8,1024})(?![A-Za-z0-9_.-])`;
const jweFake = (s: string) =>
  `${Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM' })).toString('base64url')}..${fakeString(ALPHA.b64url, 16, s)}.${fakeString(ALPHA.b64url, 120, s + 'c')}.${fakeString(ALPHA.b64url, 22, s + 't')}`;

export const jwtRules = [
  rule({
    id: 'jwt',
    family: 'jwt',
    title: 'JSON Web Token',
    description:
      'A bearer credential: whoever holds it acts as its subject at the audience until it expires (often hours, sometimes years).',
    keywords: ['eyj'],
    pattern: new RegExp(jwtPattern),
    window: { before: 2, after: 24600 },
    validate: (v) => {
      const r = jwtDetails(v);
      return r.ok ? { ok: true, validated: r.validated, details: r.details } : NO;
    },
    confidence: 'high',
    priority: 60,
    examples: {
      bad: [
        `Authorization: Bearer ${fakeJwt({ sub: 'u1', iss: 'https://auth.acme.test/', aud: 'mcp', exp: 1900000000 }, 'j1')}`,
        `"id_token":"${fakeJwt({ iss: 'https://login.example.test', aud: ['a', 'b'] }, 'j2', 'RS256')}"`,
      ],
      good: [
        // jwt.io's debugger example is documentation, not a credential.
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        `eyJ${fakeString(ALPHA.b64url, 20, 'j3')}.eyJ${fakeString(ALPHA.b64url, 20, 'j4')}.abc`,
        `${fakeJwt({ sub: 'test' }, 'j5').split('.').slice(0, 2).join('.')}.test`,
      ],
    },
  }),
  rule({
    id: 'jwe',
    family: 'jwt',
    title: 'Encrypted JSON Web Token (JWE)',
    description:
      'An encrypted token is still a bearer credential: replaying it authenticates as its subject (NextAuth session cookies are JWEs).',
    keywords: ['eyj'],
    pattern: new RegExp(jwePattern),
    window: { before: 2, after: 24600 },
    validate: (v) => {
      const header = b64decode(v.split('.')[0] ?? '')?.toString('utf8') ?? '';
      try {
        const h = JSON.parse(header) as Record<string, unknown>;
        if (typeof h['enc'] !== 'string' || typeof h['alg'] !== 'string') return NO;
        return {
          ok: true,
          validated: true,
          details: { alg: String(h['alg']).slice(0, 20), enc: String(h['enc']).slice(0, 20) },
        };
      } catch {
        return NO;
      }
    },
    confidence: 'high',
    priority: 60,
    examples: {
      bad: [`Cookie: __Secure-next-auth.session-token=${jweFake('je1')}`],
      good: [
        `eyJ${fakeString(ALPHA.b64url, 20, 'je2')}..abcdefghij.${fakeString(ALPHA.b64url, 20, 'je3')}.abcdefghij`,
      ],
    },
  }),
  rule({
    id: 'supabase-service-role-key',
    family: 'supabase',
    title: 'Supabase service_role key (JWT)',
    description: 'Bypasses row-level security: full read and write on every table of the project.',
    keywords: ['eyj'],
    pattern: new RegExp(jwtPattern),
    window: { before: 2, after: 24600 },
    validate: (v) => {
      const r = jwtDetails(v);
      if (!r.ok || !r.claims) return NO;
      if (r.claims['role'] !== 'service_role' || r.claims['iss'] !== 'supabase') return NO;
      return { ok: true, validated: true, details: r.details };
    },
    confidence: 'high',
    priority: 65,
    examples: {
      bad: [`SUPABASE_SERVICE_ROLE_KEY=${supaFake('service_role', 's1')}`],
      good: [`SUPABASE_ANON_KEY=${supaFake('anon', 's2')}`],
    },
  }),
];
