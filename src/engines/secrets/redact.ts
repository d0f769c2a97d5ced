import { hashSecret } from './hash.ts';

/**
 * Type markers that say what a secret is without revealing any of it (GitHub's 2021 formats made
 * prefixes exactly for this). Longest first: the first that matches is shown.
 */
export const TYPE_MARKERS: readonly string[] = [
  'sk-ant-admin01-',
  'sk-ant-api03-',
  'sk-ant-oat01-',
  'sk-ant-ort01-',
  'github_pat_',
  'sk-svcacct-',
  'pscale_tkn_',
  'sk-admin-',
  'sk-proj-',
  'sk-or-v1-',
  'lin_oauth_',
  'lsv2_pt_',
  'lsv2_sk_',
  'lin_api_',
  'dckr_pat_',
  'sb_secret_',
  'pscale_pw_',
  'sk_live_',
  'sk_test_',
  'rk_live_',
  'rk_test_',
  'dop_v1_',
  'doo_v1_',
  'dor_v1_',
  'sntrys_',
  'sntryu_',
  'secret_',
  'tskey-api-',
  'tskey-auth-',
  'xoxe.xoxp-',
  'xoxe.xoxb-',
  'xoxe-',
  'glpat-',
  'gldt-',
  'glrt-',
  'glptt-',
  'glcbt-',
  'gloas-',
  'glsoat-',
  'glffct-',
  'glimt-',
  'glagent-',
  'glsa_',
  'whsec_',
  'shpat_',
  'shpss_',
  'shpca_',
  'shppa_',
  'GOCSPX-',
  'ATATT3',
  'ATCTT3',
  'HRKU-',
  'NRAK-',
  'PMAK-',
  'pypi-',
  'xoxb-',
  'xoxp-',
  'xoxa-',
  'xoxr-',
  'xoxs-',
  'xapp-',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'npm_',
  'ntn_',
  'sbp_',
  'hvs.',
  'hvb.',
  'gsk_',
  'pcsk_',
  'tvly-',
  'pplx-',
  'xai-',
  'r8_',
  'hf_',
  'AKIA',
  'ASIA',
  'AIza',
  'ya29.',
  'SG.',
  'key-',
  'sk-',
  'eyJ',
];

// Armor lines name the key type and hold none of the key.
const ARMOR_RE = /^(?:-----BEGIN [A-Z0-9 ]{1,40}-----|PuTTY-User-Key-File-\d: [\w-]{1,40})/;

/** Options for `redact`. */
export interface RedactOptions {
  /** A known, non-secret type marker to show (else one of TYPE_MARKERS, else up to 4 chars). */
  prefix?: string;
  /** Precomputed hex sha256 of the secret (saves hashing twice). */
  hash?: string;
}

/**
 * A display form that identifies a secret without revealing it: the type marker (or at most the
 * first 4 characters, fewer for short values), the length and 8 hex chars of its sha256.
 *
 * @example redact(token) // 'ghp_…(40 chars, sha256:1a2b3c4d)'
 */
export function redact(secret: string, opts: RedactOptions = {}): string {
  const hash = (opts.hash ?? hashSecret(secret)).slice(0, 8);
  let prefix = '';
  if (opts.prefix && secret.startsWith(opts.prefix) && opts.prefix.length < secret.length / 2) {
    prefix = opts.prefix;
  } else {
    const marker =
      ARMOR_RE.exec(secret)?.[0] ??
      TYPE_MARKERS.find((m) => secret.startsWith(m) && m.length < secret.length / 2);
    // Unknown shape: show at most 4 chars and never more than an eighth of the value.
    prefix = marker ?? secret.slice(0, Math.min(4, Math.floor(secret.length / 8)));
  }
  const shown = prefix.replace(/[^\x20-\x7e]/g, '?');
  return `${shown}…(${secret.length} chars, sha256:${hash})`;
}
