import { parseChallenge } from './challenge.ts';
import type { AuthServerFacts, ResourceMetadataFacts } from './facts.ts';
import type { ProbeResponse } from './http.ts';
import { readAuthServerMetadata, readResourceMetadata } from './oauth.ts';
import type { ProbeRun } from './probe-run.ts';
import { authServerMetadataUrls, cleanUrl, protectedResourceMetadataUrls } from './url.ts';

const MAX_AUTH_SERVERS = 2;

/** The RFC 9728 well-known requests, sent at depth 1 (they need nothing earlier). */
export interface WellKnownProbe {
  urls: string[];
  answers: Promise<ProbeResponse>[];
}

/** Starts the RFC 9728 well-known metadata requests for the endpoint. */
export function startWellKnown(run: ProbeRun): WellKnownProbe {
  const urls = protectedResourceMetadataUrls(run.bareUrl);
  const answers = urls.map((u) =>
    run.send({ method: 'GET', url: u, headers: { accept: 'application/json' } }, 1),
  );
  return { urls, answers };
}

/** RFC 9728 metadata (well-known, or the URL the 401 challenge names), then RFC 8414. */
export async function oauthMetadata(
  run: ProbeRun,
  wellKnown: WellKnownProbe,
  challengeSrc: ProbeResponse | undefined,
): Promise<{ resourceMetadata?: ResourceMetadataFacts; authServers: AuthServerFacts[] }> {
  const prmUrls = wellKnown.urls;
  const expected = run.bareUrl;
  const challengeUrl = challengeSrc
    ? parseChallenge(challengeSrc.headers['www-authenticate'] ?? '').params.resource_metadata
    : undefined;
  let rm: ResourceMetadataFacts | undefined;
  let depth = 1;
  const answers = await Promise.all(wellKnown.answers);
  if (challengeUrl && !prmUrls.includes(challengeUrl) && /^https?:\/\//i.test(challengeUrl)) {
    const res = await run.send(
      { method: 'GET', url: challengeUrl, headers: { accept: 'application/json' } },
      2,
    );
    depth = 2;
    rm = readResourceMetadata(res, cleanUrl(challengeUrl), 'www-authenticate', expected);
  } else {
    for (let i = 0; i < prmUrls.length; i++) {
      const url = prmUrls[i] ?? '';
      const via = url === challengeUrl ? 'www-authenticate' : 'well-known';
      const r = readResourceMetadata(answers[i] as ProbeResponse, url, via, expected);
      if (r.found || !rm) rm = r;
      if (r.found) break;
    }
  }
  if (rm && !rm.found && !challengeUrl) rm.via = 'none';
  const issuers = (rm?.authorizationServers ?? [])
    .filter((s) => /^https?:\/\//i.test(s))
    .slice(0, MAX_AUTH_SERVERS);
  const authServers = await Promise.all(
    issuers.map(async (issuer) => {
      const urls = authServerMetadataUrls(issuer);
      const res = await Promise.all(
        urls.map((url) =>
          run.send({ method: 'GET', url, headers: { accept: 'application/json' } }, depth + 1),
        ),
      );
      return readAuthServerMetadata(
        issuer,
        urls.map((url, i) => ({ url, res: res[i] as ProbeResponse })),
      );
    }),
  );
  return { ...(rm ? { resourceMetadata: rm } : {}), authServers };
}
