// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` templates are example data here, not code.
import { ALPHA, fakeString } from '../fake.ts';
import type { SecretValidation } from '../types.ts';
import { ASSIGN, L, NO, near, R, randomValue, rule } from './helpers.ts';

const f = (a: string, n: number, s: string) => fakeString(a, n, s);
const akia = (s: string) => `AK${'IA'}${f(ALPHA.b32, 16, s)}`;
const awsSecret = (s: string) => f(ALPHA.b64, 40, s);

// AWS key ids encode the account: base32 of 10 bytes, account id in bits 1..40 of bytes 0..5.
// https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489
function awsAccountId(keyId: string): string | undefined {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const body = keyId.slice(4);
  let bits = 0n;
  for (const ch of body) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return undefined;
    bits = (bits << 5n) | BigInt(v);
  }
  // 16 chars * 5 = 80 bits; the first 6 bytes hold the account id shifted left by 7.
  const first6 = bits >> 32n;
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

function awsKeyId(value: string): SecretValidation {
  if (!/^[A-Z2-7]{16}$/.test(value.slice(4))) return NO;
  const kind = value.startsWith('ASIA') ? 'temporary' : 'long-term';
  const details: Record<string, string> = { kind };
  const account = awsAccountId(value);
  if (account) details['account'] = account;
  return { ok: true, validated: true, details };
}

const azureKey = (s: string) => `${f(ALPHA.b64, 86, s)}==`;
const sasSig = (s: string) => encodeURIComponent(`${f(ALPHA.b64, 43, s)}=`);

export const cloudRules = [
  rule({
    id: 'aws-access-key-id',
    family: 'aws',
    title: 'AWS access key id',
    description:
      'Identifies an IAM user (AKIA) or temporary STS (ASIA) credential; with its secret key it acts with every permission of the principal.',
    keywords: ['akia', 'asia', 'abia'],
    pattern: new RegExp(`${L}((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])`),
    validate: awsKeyId,
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`AWS_ACCESS_KEY_ID=${akia('k1')}`, `?AWSAccessKeyId=${akia('k2')}&Expires=1`],
      good: ['AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AKIA1234', `x${akia('k3')}`],
    },
  }),
  rule({
    id: 'aws-secret-access-key',
    family: 'aws',
    title: 'AWS secret access key',
    description:
      'The signing half of an AWS key pair: with the key id, full API access as the IAM principal.',
    keywords: ['ecret_access_key', 'ecretaccesskey', 'ecret-access-key', 'ws_secret'],
    pattern: new RegExp(
      `(?:aws_?secret_?access_?key|secret_?access_?key|secret-access-key|aws_secret_key|aws_secret)${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
      'i',
    ),
    window: { before: 16, after: 120 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `AWS_SECRET_ACCESS_KEY=${awsSecret('s1')}`,
        `"SecretAccessKey": "${awsSecret('s2')}"`,
        `aws_secret_access_key = ${awsSecret('s3')}`,
      ],
      good: [
        'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_ACCESS_KEY=${AWS_SECRET}',
      ],
    },
  }),
  rule({
    id: 'aws-session-token',
    family: 'aws',
    title: 'AWS session token',
    description: 'Completes a temporary STS credential (ASIA key id) until it expires.',
    keywords: ['session_token', 'sessiontoken', 'security_token', 'x-amz-security-token'],
    pattern: new RegExp(
      `(?:aws_?session_?token|aws_?security_?token|x-amz-security-token|sessionToken)${ASSIGN}([A-Za-z0-9/+%]{100,2048}={0,2})(?![A-Za-z0-9/+=%])`,
      'i',
    ),
    window: { before: 16, after: 2200 },
    validate: randomValue(4.0),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjE${f(ALPHA.b64, 300, 't1')}`],
      good: ['AWS_SESSION_TOKEN=<session-token>'],
    },
  }),
  rule({
    id: 'google-api-key',
    family: 'google-api-key',
    title: 'Google API key',
    description:
      'Bills Google APIs (Maps, Gemini, YouTube…) to the project; unrestricted keys call any enabled API, Gemini keys read uploaded files.',
    keywords: ['aiza'],
    pattern: new RegExp(`${L}(AIza[0-9A-Za-z_-]{35})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `GEMINI_API_KEY=AIza${f(ALPHA.b64url, 35, 'g1')}`,
        `?key=AIza${f(ALPHA.b64url, 35, 'g2')}`,
      ],
      good: ['AIzaSy...', `AIza${f(ALPHA.b64url, 20, 'g3')}`],
    },
  }),
  rule({
    id: 'google-oauth-access-token',
    family: 'google-oauth',
    title: 'Google OAuth access token',
    description: 'Acts as the user or service account on the granted scopes for up to an hour.',
    keywords: ['ya29.'],
    pattern: new RegExp(`${L}(ya29\\.[0-9A-Za-z_-]{20,2048})${R}`),
    window: { before: 4, after: 2100 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`Authorization: Bearer ya29.a0${f(ALPHA.b64url, 160, 'y1')}`],
      good: ['ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
  rule({
    id: 'google-oauth-refresh-token',
    family: 'google-oauth',
    title: 'Google OAuth refresh token',
    description:
      'Mints new access tokens for the user and scopes until revoked; does not expire by itself.',
    keywords: ['1//0'],
    pattern: new RegExp(`(?<![A-Za-z0-9_/])(1//0[0-9A-Za-z_-]{40,512})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`"refresh_token": "1//0${f(ALPHA.b64url, 100, 'r1')}"`],
      good: ['see https://1//0 for details'],
    },
  }),
  rule({
    id: 'google-oauth-client-secret',
    family: 'google-oauth',
    title: 'Google OAuth client secret',
    description:
      'Lets anyone impersonate the OAuth client: exchange codes and refresh tokens for its users.',
    keywords: ['gocspx-'],
    pattern: new RegExp(`${L}(GOCSPX-[0-9A-Za-z_-]{28})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`"client_secret":"GOCSPX-${f(ALPHA.b64url, 28, 'c1')}"`],
      good: ['GOCSPX-xxxx'],
    },
  }),
  rule({
    id: 'gcp-service-account-key',
    family: 'gcp',
    title: 'Google Cloud service-account key (JSON)',
    description:
      'The private key of a service account: acts as it with every IAM role it holds, until the key is deleted.',
    keywords: ['"private_key'],
    pattern:
      /\\{0,3}"private_key\\{0,3}"\s{0,5}:\s{0,5}\\{0,3}"(-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,8000}?-----END (?:RSA )?PRIVATE KEY-----(?:\\{1,2}n)?)/,
    window: { before: 4, after: 8300 },
    validate: (_v, ctx) => ({
      ok: true,
      validated: near(ctx, /service_account|client_email|private_key_id/, 3000),
      details: { kind: 'service-account' },
    }),
    confidence: 'high',
    priority: 90,
    examples: {
      bad: [
        `{"type": "service_account", "project_id": "demo", "private_key_id": "${f(ALPHA.hex, 40, 'sa')}", "private_key": "${'-----BEGIN PRIVATE KEY-----\\n'}${f(ALPHA.b64, 64, 'k1')}\\n${f(ALPHA.b64, 64, 'k2')}\\n${'-----END PRIVATE KEY-----\\n'}"}`,
      ],
      good: ['{"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}'],
    },
  }),
  rule({
    id: 'azure-storage-connection-string',
    family: 'azure-storage',
    title: 'Azure Storage / Cosmos DB account key',
    description:
      'A shared account key: full read, write and delete on every container, queue, table and file share of the account.',
    keywords: ['ntkey='],
    pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/i,
    window: { before: 16, after: 110 },
    validate: (_v, ctx) => ({
      ok: true,
      validated: true,
      details: near(ctx, /AccountName=/i, 300)
        ? { kind: 'connection-string' }
        : { kind: 'account-key' },
    }),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${azureKey('az1')};EndpointSuffix=core.windows.net`,
      ],
      good: [
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
      ],
    },
  }),
  rule({
    id: 'azure-shared-access-key',
    family: 'azure-service-bus',
    title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    description: 'Sends, listens or manages the namespace per the policy the key belongs to.',
    keywords: ['sharedaccesskey='],
    pattern: /SharedAccessKey=([A-Za-z0-9+/]{42,44}=)/i,
    window: { before: 16, after: 80 },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${f(ALPHA.b64, 43, 'sb')}=`,
      ],
      good: ['SharedAccessKey=<key>'],
    },
  }),
  rule({
    id: 'azure-sas-token',
    family: 'azure-storage',
    title: 'Azure shared access signature (SAS)',
    description:
      'Grants the listed permissions (sp=) on a storage resource until its expiry (se=), to anyone holding the URL.',
    keywords: ['sig='],
    pattern: /[?&;\s]sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/i,
    window: { before: 4, after: 140 },
    validate: (_v, ctx) => {
      // A storage SAS carries its version and expiry (or a policy id) next to the signature; a
      // Service Bus / Event Hubs SAS is `SharedAccessSignature sr=…&sig=…&se=…&skn=…`.
      const expiry = near(ctx, /[?&;\s]s[ei]=/, 600);
      if (expiry && near(ctx, /[?&;]sv=\d{4}-\d\d-\d\d/, 600)) return { ok: true, validated: true };
      if (expiry && near(ctx, /SharedAccessSignature|[?&]skn=/, 600)) {
        return { ok: true, validated: true, details: { kind: 'service-bus' } };
      }
      return NO;
    },
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [
        `https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sasSig('sas1')}`,
        `Authorization: SharedAccessSignature sr=acme.servicebus.windows.net&sig=${sasSig('sas3')}&se=1767225600&skn=send`,
      ],
      good: [
        `https://example.test/?page=1&sig=${sasSig('sas2')}`,
        'sv=2022-11-02&se=2026&sig=<signature>',
      ],
    },
  }),
  rule({
    id: 'azure-ad-client-secret',
    family: 'azure-ad',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    description:
      'Authenticates as the application registration: acts with every Graph and Azure permission granted to the app.',
    keywords: ['0q~', '1q~', '2q~', '3q~', '4q~', '5q~', '6q~', '7q~', '8q~', '9q~'],
    pattern:
      /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    window: { before: 8, after: 40 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`AZURE_CLIENT_SECRET=${f(ALPHA.b62, 3, 'e1')}8Q~${f(ALPHA.b62, 34, 'e2')}`],
      good: ['AZURE_CLIENT_SECRET=abc8Q~'],
    },
  }),
  rule({
    id: 'digitalocean-token',
    family: 'digitalocean',
    title: 'DigitalOcean API, OAuth or refresh token',
    description:
      'Creates, reads and destroys droplets, databases, DNS and storage of the team (dop_ personal, doo_ OAuth, dor_ refresh).',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: new RegExp(`${L}(do[por]_v1_[a-f0-9]{64})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`DIGITALOCEAN_TOKEN=dop_v1_${f(ALPHA.hex, 64, 'do')}`],
      good: ['dop_v1_xxx'],
    },
  }),
  rule({
    id: 'heroku-api-key',
    family: 'heroku',
    title: 'Heroku API key',
    description:
      'Acts as the Heroku user: deploy, read config vars (and their secrets), scale and delete apps.',
    keywords: ['hrku-', 'heroku'],
    pattern: new RegExp(
      `${L}(HRKU-AA[0-9A-Za-z_-]{58}|HRKU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}|heroku[A-Za-z0-9_.-]{0,20}?(?:api[_-]?key|token|key|password)${ASSIGN}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${R}`,
      'i',
    ),
    window: { before: 40, after: 120 },
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [
        `HEROKU_API_KEY=HRKU-AA${f(ALPHA.b64url, 58, 'hk')}`,
        `HEROKU_API_KEY=${f(ALPHA.hex, 8, 'u1')}-${f(ALPHA.hex, 4, 'u2')}-4${f(ALPHA.hex, 3, 'u3')}-a${f(ALPHA.hex, 3, 'u4')}-${f(ALPHA.hex, 12, 'u5')}`,
      ],
      good: ['HEROKU_APP_NAME=acme-api', 'HRKU-xxxx'],
    },
  }),
  rule({
    id: 'cloudflare-api-token',
    family: 'cloudflare',
    title: 'Cloudflare API token or global API key',
    description:
      'Changes DNS, WAF, Workers and zone settings of the account per the token scopes; a global key has full access.',
    keywords: ['oudflare', 'cf_api', 'cf-api', 'cf_token', 'h-key'],
    pattern: new RegExp(
      `(?:cloudflare|cf)[A-Za-z0-9_.-]{0,20}?(?:api[_-]?token|api[_-]?key|token|key)${ASSIGN}([A-Za-z0-9_-]{40}|[a-f0-9]{37})${R}|x-auth-key${ASSIGN}([a-f0-9]{37})${R}`,
      'i',
    ),
    window: { before: 40, after: 120 },
    validate: randomValue(3.3),
    confidence: 'medium',
    priority: 70,
    examples: {
      bad: [
        `CLOUDFLARE_API_TOKEN=${f(ALPHA.b64url, 40, 'cf')}`,
        `X-Auth-Key: ${f(ALPHA.hex, 37, 'cg')}`,
      ],
      good: ['CLOUDFLARE_ACCOUNT_ID=abc', 'CLOUDFLARE_API_TOKEN=${CF_TOKEN}'],
    },
  }),
  rule({
    id: 'cloudflare-origin-ca-key',
    family: 'cloudflare',
    title: 'Cloudflare Origin CA key',
    description: 'Issues and revokes Origin CA certificates for the account zones.',
    keywords: ['v1.0-'],
    pattern: new RegExp(`${L}(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})${R}`),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`CF_ORIGIN_CA_KEY=v1.0-${f(ALPHA.hex, 24, 'o1')}-${f(ALPHA.hex, 146, 'o2')}`],
      good: ['version v1.0-beta'],
    },
  }),
  rule({
    id: 'supabase-access-token',
    family: 'supabase',
    title: 'Supabase personal access token or secret API key',
    description:
      'sbp_ manages every project of the user via the Management API; sb_secret_ bypasses row-level security on a project.',
    keywords: ['sbp_', 'sb_secret_'],
    pattern: new RegExp(`${L}(sbp_(?:v0_)?[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `SUPABASE_ACCESS_TOKEN=sbp_${f(ALPHA.hex, 40, 'sp')}`,
        `SUPABASE_SECRET_KEY=sb_secret_${f(ALPHA.b64url, 31, 'ss')}`,
      ],
      good: ['sbp_xxxxxxxx', 'sb_publishable_abc'],
    },
  }),
  rule({
    id: 'vault-token',
    family: 'hashicorp-vault',
    title: 'HashiCorp Vault token',
    description:
      'Reads every secret its policies allow from Vault (service hvs., batch hvb., recovery hvr.).',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    pattern: new RegExp(`${L}(hv[sbr]\\.[A-Za-z0-9_-]{24,200})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`VAULT_TOKEN=hvs.${f(ALPHA.b64url, 90, 'vt')}`], good: ['hvs.example'] },
  }),
  rule({
    id: 'terraform-cloud-token',
    family: 'terraform-cloud',
    title: 'HCP Terraform / Terraform Enterprise API token',
    description:
      'Runs plans and applies, reads state (with its secrets) and variables of the organisation.',
    keywords: ['.atlasv1.'],
    pattern: new RegExp(`${L}([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_-]{60,70})${R}`),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`TFE_TOKEN=${f(ALPHA.b62, 14, 'tf')}.atlasv1.${f(ALPHA.b64url, 67, 'tg')}`],
      good: ['abc.atlasv1.def'],
    },
  }),
  rule({
    id: 'tailscale-key',
    family: 'tailscale',
    title: 'Tailscale API or auth key',
    description:
      'tskey-api manages the tailnet (ACLs, devices); tskey-auth joins new devices to it.',
    keywords: ['tskey-'],
    pattern: new RegExp(
      `${L}(tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{20,64})${R}`,
    ),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`TS_AUTHKEY=tskey-auth-${f(ALPHA.b62, 12, 'ts')}CNTRL-${f(ALPHA.b62, 33, 'tt')}`],
      good: ['tskey-auth-xxxx'],
    },
  }),
  rule({
    id: 'databricks-token',
    family: 'databricks',
    title: 'Databricks personal access token',
    description:
      'Acts as the user in the workspace: notebooks, clusters, jobs, tables and secrets scopes.',
    keywords: ['dapi'],
    pattern: new RegExp(`${L}(dapi[a-f0-9]{32}(?:-\\d)?)${R}`),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`DATABRICKS_TOKEN=dapi${f(ALPHA.hex, 32, 'db')}`], good: ['dapi-docs'] },
  }),
];
