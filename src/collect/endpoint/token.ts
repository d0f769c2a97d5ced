import type { TokenFacts } from './facts.ts';
import { isObject } from './jsonrpc.ts';

function b64urlJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * What a bearer token says about itself: JWT claims decoded WITHOUT verification (we only read
 * what the issuer put there). The token value itself never leaves this function.
 */
export function inspectToken(token: string, now = Date.now()): TokenFacts {
  const inspectedAt = Math.floor(now / 1000);
  const parts = token.split('.');
  if (parts.length === 3 && token.length < 16_384) {
    const header = b64urlJson(parts[0] ?? '');
    const payload = b64urlJson(parts[1] ?? '');
    if (isObject(header) && isObject(payload)) {
      const facts: TokenFacts = {
        format: 'jwt',
        length: token.length,
        inspectedAt,
        claims: Object.keys(payload).slice(0, 50),
      };
      if (typeof payload.iss === 'string') facts.issuer = payload.iss.slice(0, 200);
      const aud = payload.aud;
      if (typeof aud === 'string') facts.audience = [aud.slice(0, 200)];
      else if (Array.isArray(aud)) {
        facts.audience = aud.filter((a): a is string => typeof a === 'string').slice(0, 20);
      }
      for (const k of ['exp', 'iat', 'nbf'] as const) {
        if (typeof payload[k] === 'number') facts[k] = payload[k];
      }
      const scopes = new Set<string>();
      for (const k of ['scope', 'scp', 'scopes', 'roles', 'permissions']) {
        const v = payload[k];
        const list = typeof v === 'string' ? v.split(/\s+/) : Array.isArray(v) ? v : [];
        for (const s of list) if (typeof s === 'string' && s) scopes.add(s.slice(0, 100));
      }
      if (scopes.size > 0) facts.scopes = [...scopes].slice(0, 100);
      return facts;
    }
  }
  return { format: 'opaque', length: token.length, inspectedAt };
}
