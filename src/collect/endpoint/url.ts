/** The URL without credentials, query or fragment: safe to print and to compare. */
export function cleanUrl(raw: string): string {
  try {
    const u = new URL(raw);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return '[invalid URL]';
  }
}

/**
 * RFC 9728 §3.1: the well-known suffix goes between the host and the path of the resource
 * (`https://h/.well-known/oauth-protected-resource/mcp`); the root form is the fallback the MCP
 * authorization spec also allows.
 */
export function protectedResourceMetadataUrls(endpoint: string): string[] {
  const u = new URL(endpoint);
  const path = u.pathname.replace(/\/+$/, '');
  const base = `${u.protocol}//${u.host}/.well-known/oauth-protected-resource`;
  return path && path !== '/' ? [`${base}${path}`, base] : [base];
}

/**
 * Where an issuer's metadata may live, in the order the MCP authorization spec (2025-11-25,
 * "Authorization Server Metadata Discovery") tries them: RFC 8414 path-inserted, OpenID Connect
 * path-inserted, OpenID Connect path-appended; for an issuer without a path, the two root forms.
 */
export function authServerMetadataUrls(issuer: string): string[] {
  const u = new URL(issuer);
  const path = u.pathname.replace(/\/+$/, '');
  const origin = `${u.protocol}//${u.host}`;
  if (!path || path === '/') {
    return [
      `${origin}/.well-known/oauth-authorization-server`,
      `${origin}/.well-known/openid-configuration`,
    ];
  }
  return [
    `${origin}/.well-known/oauth-authorization-server${path}`,
    `${origin}/.well-known/openid-configuration${path}`,
    `${origin}${path}/.well-known/openid-configuration`,
  ];
}

/**
 * Whether a metadata `resource` covers the endpoint: same origin and a path prefix (on segment
 * boundaries). This is what the MCP SDK clients accept (`checkResourceAllowed`); RFC 9728's
 * root-form metadata names the origin.
 */
export function resourceCovers(resource: string, endpoint: string): boolean {
  let r: URL;
  let e: URL;
  try {
    r = new URL(resource);
    e = new URL(endpoint);
  } catch {
    return false;
  }
  if (r.origin !== e.origin) return false;
  const rp = r.pathname.endsWith('/') ? r.pathname : `${r.pathname}/`;
  const ep = e.pathname.endsWith('/') ? e.pathname : `${e.pathname}/`;
  return ep.startsWith(rp);
}
