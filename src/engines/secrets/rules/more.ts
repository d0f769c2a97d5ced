// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` templates are example data here, not code.
import { ALPHA, fakeString } from '../fake.ts';
import type { SecretValidation } from '../types.ts';
import { b64decode, charClasses, L, NO, near, R, randomValue, rule } from './helpers.ts';

const f = (a: string, n: number, s: string) => fakeString(a, n, s);
const akia = (s: string) => `AK${'IA'}${f(ALPHA.b32, 16, s)}`;

// Base64 of "-----BEGIN": kubeconfig client-key-data, Kubernetes Secrets and env vars carry PEM
// keys base64-encoded (`LS0tLS1CRUdJT…`), where no armor line is visible.
function base64Pem(value: string): SecretValidation {
  const text = b64decode(value)?.toString('latin1') ?? '';
  const m = /-----BEGIN ([A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?)-----/.exec(text);
  if (!m) return NO;
  return { ok: true, validated: true, details: { type: m[1]!.toLowerCase(), encoding: 'base64' } };
}
const b64PemFake = (s: string) =>
  Buffer.from(
    `-----BEGIN RSA PRIVATE KEY-----\n${Buffer.from(fakeString(ALPHA.b62, 200, s)).toString('base64')}\n-----END RSA PRIVATE KEY-----\n`,
  ).toString('base64');

// A base64 "user:password" pair, as Docker's config.json and Basic credentials carry it.
function userPass(value: string): SecretValidation {
  const text = b64decode(value)?.toString('latin1') ?? '';
  const colon = text.indexOf(':');
  if (colon < 1 || colon === text.length - 1 || !/^[\x20-\x7e]+$/.test(text)) return NO;
  return { ok: true, validated: true };
}

export const moreRules = [
  rule({
    id: 'microsoft-oauth-token',
    family: 'microsoft-oauth',
    title: 'Microsoft identity platform refresh or access token',
    description:
      'Entra ID (0.A…, AQABAAAA…) and Microsoft account (M.C…, EwB…) tokens: a refresh token mints access tokens to Graph, Outlook and OneDrive for up to 90 days.',
    keywords: ['0.a', 'aqabaaaa', 'awabaaaa', 'm.c', 'm.r', 'ewb'],
    pattern: new RegExp(
      `${L}(0\\.A[A-Za-z0-9_-]{100,4000}(?:\\.[A-Za-z0-9_*-]{10,4000}){0,3}|A[QW]ABAAAAAA[A-Za-z0-9_*-]{100,4000}|M\\.[CR]\\d{1,3}_[A-Z0-9]{2,5}\\.[A-Za-z0-9!*$._-]{60,4000}|EwB[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9_*!$-])`,
    ),
    window: { before: 2, after: 8200 },
    validate: randomValue(4.0),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `"refresh_token":"0.A${f(ALPHA.b64url, 300, 'ms1')}.${f(ALPHA.b64url, 40, 'ms2')}"`,
        `refresh_token=M.C544_BAY.0.U.-${f(ALPHA.b64url, 200, 'ms3')}!${f(ALPHA.b62, 30, 'ms4')}$$`,
        `Authorization: Bearer EwB${f(ALPHA.b64, 400, 'ms5')}=`,
      ],
      good: ['version 0.A1', 'M.C/edit', `EwB${'a'.repeat(150)}`],
    },
  }),
  rule({
    id: 'cloudflare-prefixed-token',
    family: 'cloudflare',
    title: 'Cloudflare user or account API token (prefixed format)',
    description: 'Calls the Cloudflare API with the token permissions: DNS, WAF, Workers, R2.',
    keywords: ['cfut_', 'cfat_'],
    pattern: new RegExp(`${L}(cf[ua]t_[A-Za-z0-9_-]{40,80})${R}`),
    validate: randomValue(3.5),
    confidence: 'medium',
    priority: 75,
    examples: {
      bad: [`CLOUDFLARE_API_TOKEN=cfut_${f(ALPHA.b62, 40, 'cf')}`],
      good: ['cfut_short'],
    },
  }),
  rule({
    id: 'aws-secret-near-key-id',
    family: 'aws',
    title: 'AWS secret access key next to its key id',
    description:
      'A 40-char secret right after an AWS key id (credentials CSV, CLI output, INI without names): together they are a working key pair.',
    keywords: ['akia', 'asia'],
    pattern: /(?<![A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
    window: { before: 0, after: 220 },
    validate: (v, ctx) => {
      if (charClasses(v) < 3 || !randomValue(4.0)(v).ok) return NO;
      if (!near(ctx, /(?:AKIA|ASIA)[A-Z2-7]{16}/, 180)) return NO;
      return { ok: true, validated: false, details: { pair: true } };
    },
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `User name,Password,Access key ID,Secret access key\nci,,${akia('n1')},${f(ALPHA.b64, 40, 'n2')}`,
        `credentials: ${akia('n3')} ${f(ALPHA.b64, 40, 'n4')}`,
      ],
      good: [`${akia('n5')} commit ${f(ALPHA.hex, 40, 'n6')}`],
    },
  }),
  rule({
    id: 'firebase-fcm-server-key',
    family: 'google-api-key',
    title: 'Firebase Cloud Messaging legacy server key',
    description: 'Sends push notifications to every user of the app.',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    window: { before: 12, after: 150 },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`FCM_SERVER_KEY=AAAA${f(ALPHA.b64url, 7, 'fc')}:APA91b${f(ALPHA.b64url, 134, 'fd')}`],
      good: ['AAAA:APA91b'],
    },
  }),
  rule({
    id: 'cli-user-password',
    family: 'generic-basic',
    title: 'Password on a command line (curl -u, --password, mysql -p)',
    description:
      'Command lines land in shell history, process lists, cron and sudo logs: the password is reusable.',
    keywords: [
      '-u ',
      '--user',
      '--password',
      '--pass=',
      '-token',
      '-secret',
      '-api-key',
      '-apikey',
      '-access-key',
      'sshpass',
      'redis-cli',
    ],
    pattern:
      /(?:\s-u\s{1,3}["']?[^\s:"'/]{1,64}:|--user[\s=]{1,3}["']?[^\s:"'/]{1,64}:|--password(?:[\s=]{1,3}|\\{0,3}["'],\s{0,3}\\{0,3})["']?|--pass=["']?|--[a-z-]{0,20}(?:token|secret|api-key|apikey|access-key)(?:[\s=]{1,3}|\\{0,3}["'],\s{0,3}\\{0,3})["']?|sshpass\s{1,3}-p\s{0,3}["']?|redis-cli\b[^\n]{0,120}?\s-a\s{1,3}["']?)(?<secret>[^\s"'@\\]{8,512})/,
    window: { before: 30, after: 560 },
    validate: (v) =>
      charClasses(v) >= 2 && !/^[$%<{[]|^\/|:\/\//.test(v) ? { ok: true, validated: false } : NO,
    confidence: 'medium',
    priority: 40,
    examples: {
      bad: [
        `curl -u deploy:${f(ALPHA.b62, 14, 'cu')} https://api.acme.test/v2`,
        `mysqldump --password=${f(ALPHA.b62, 14, 'cv')} orders`,
        `gh-sync --auth-token ${f(ALPHA.b62, 32, 'cw')} --repo acme/api`,
        `sshpass -p '${f(ALPHA.b62, 12, 'cx')}' ssh deploy@bastion`,
        `redis-cli -h cache-2 -a ${f(ALPHA.b62, 20, 'cy')} PING`,
        // MCP client configs pass flags as JSON array items.
        `"args": ["-y", "@acme/mcp-server", "--api-key", "${f(ALPHA.b62, 32, 'cz')}"]`,
      ],
      good: [
        'curl -u "$USER:$PASS" https://x',
        'psql --password --host db',
        'tool --token-file /run/secrets/token',
      ],
    },
  }),
  rule({
    id: 'docker-config-auth',
    family: 'docker',
    title: 'Registry credentials in a Docker config (auths.*.auth)',
    description:
      'base64 user:password for a container registry: push and pull images as that user.',
    keywords: ['"auth'],
    pattern: /\\{0,3}"auth\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"([A-Za-z0-9+/]{12,1024}={0,2})\\{0,3}"/,
    window: { before: 4, after: 1100 },
    validate: userPass,
    confidence: 'high',
    priority: 60,
    examples: {
      bad: [
        `{"auths":{"registry.acme.test":{"auth":"${Buffer.from(`ci:${f(ALPHA.b62, 20, 'dk')}`).toString('base64')}"}}}`,
      ],
      good: [
        '{"auth":"none"}',
        `{"auth":"${Buffer.from(f(ALPHA.b62, 20, 'dl')).toString('base64')}"}`,
      ],
    },
  }),
  rule({
    id: 'netrc-password',
    family: 'url-credentials',
    title: 'Password in a .netrc entry',
    description: 'curl, git and ftp log in to the machine with it.',
    keywords: ['machine '],
    pattern:
      /machine\s{1,8}\S{1,255}\s{1,8}login\s{1,8}\S{1,255}\s{1,8}password\s{1,8}(?<secret>\S{6,256})/,
    window: { before: 2, after: 900 },
    validate: randomValue(2.5),
    confidence: 'high',
    priority: 50,
    examples: {
      bad: [`machine api.acme.test login deploy password ${f(ALPHA.b62, 16, 'nr')}`],
      good: ['machine api.acme.test login deploy password ${NETRC_PASSWORD}'],
    },
  }),
  rule({
    id: 'okta-api-token',
    family: 'okta',
    title: 'Okta API token',
    description:
      'Manages the Okta org with the creating admin’s rights: users, MFA factors, applications.',
    keywords: ['ssws', 'okta'],
    pattern:
      /(?:SSWS\s{1,3}|okta[A-Za-z0-9_.-]{0,20}?(?:token|api[_-]?key)["'\\]{0,3}\s{0,5}[:=]\s{0,5}["'\\]{0,3})(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
    window: { before: 40, after: 120 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`Authorization: SSWS 00${f(ALPHA.b64url, 40, 'ok')}`],
      good: ['SSWS ${OKTA_TOKEN}'],
    },
  }),
  rule({
    id: 'sk-hex-api-key',
    family: 'llm-api-key',
    title: 'OpenAI-compatible provider API key (sk- and 32 hex: DeepSeek, DashScope, Moonshot…)',
    description: 'Bills model usage to the account at the provider that issued it.',
    keywords: ['sk-'],
    pattern: new RegExp(`${L}(sk-[a-f0-9]{32})${R}`),
    validate: randomValue(3.0),
    confidence: 'medium',
    priority: 60,
    examples: { bad: [`DEEPSEEK_API_KEY=sk-${f(ALPHA.hex, 32, 'ds')}`], good: ['sk-1234'] },
  }),
  rule({
    id: 'mapbox-secret-token',
    family: 'mapbox',
    title: 'Mapbox secret access token',
    description: 'Secret scopes: upload and delete tilesets and styles, read account data.',
    keywords: ['sk.eyj'],
    pattern: new RegExp(`${L}(sk\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{20,100})${R}`),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`MAPBOX_SECRET_TOKEN=sk.eyJ${f(ALPHA.b64url, 60, 'mb')}.${f(ALPHA.b64url, 22, 'mc')}`],
      good: ['pk.eyJ1IjoiYWNtZSJ9.public'],
    },
  }),
  rule({
    id: 'azure-devops-pat',
    family: 'azure-devops',
    title: 'Azure DevOps personal access token',
    description: 'Acts as the user in Azure DevOps: repos, pipelines, artifacts feeds, work items.',
    keywords: ['azdo'],
    pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28})(?![A-Za-z0-9])/,
    window: { before: 56, after: 36 },
    validate: randomValue(4.0),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`AZURE_DEVOPS_EXT_PAT=${f(ALPHA.b62, 52, 'az')}AZDO${f(ALPHA.b62, 28, 'ay')}`],
      good: ['AZDO'],
    },
  }),
  rule({
    id: 'firecrawl-api-key',
    family: 'firecrawl',
    title: 'Firecrawl API key',
    description: 'Spends the crawl credits of the account (a common MCP scraping server).',
    keywords: ['fc-'],
    pattern: new RegExp(`${L}(fc-[a-f0-9]{32})${R}`),
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 70,
    examples: { bad: [`FIRECRAWL_API_KEY=fc-${f(ALPHA.hex, 32, 'fw')}`], good: ['fc-abc'] },
  }),
  rule({
    id: 'e2b-api-key',
    family: 'e2b',
    title: 'E2B API key',
    description: 'Starts code-execution sandboxes billed to the team.',
    keywords: ['e2b_'],
    pattern: new RegExp(`${L}(e2b_[a-f0-9]{40})${R}`),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`E2B_API_KEY=e2b_${f(ALPHA.hex, 40, 'eb')}`], good: ['e2b_key'] },
  }),
  rule({
    id: 'apify-api-token',
    family: 'apify',
    title: 'Apify API token',
    description: 'Runs actors and reads datasets of the account.',
    keywords: ['fy_api_'],
    pattern: new RegExp(`${L}(apify_api_[A-Za-z0-9]{36})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`APIFY_TOKEN=apify_api_${f(ALPHA.b62, 36, 'ap')}`], good: ['apify_api_x'] },
  }),
  rule({
    id: 'private-key-base64',
    family: 'private-key',
    title: 'Base64-encoded private key (kubeconfig, Kubernetes Secret, env var)',
    description: 'A PEM private key wrapped in base64: decoding it gives the key itself.',
    keywords: ['ls0tls1crudjt'],
    pattern: /(?<![A-Za-z0-9+/])(LS0tLS1CRUdJT[A-Za-z0-9+/]{60,16000}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 2, after: 16100 },
    validate: base64Pem,
    confidence: 'high',
    priority: 85,
    examples: {
      bad: [`    client-key-data: ${b64PemFake('b1')}`, `TLS_KEY_B64=${b64PemFake('b2')}`],
      good: [
        `client-certificate-data: ${Buffer.from(`-----BEGIN CERTIFICATE-----\n${fakeString(ALPHA.b62, 120, 'b3')}\n`).toString('base64')}`,
      ],
    },
  }),
  rule({
    id: 'jwk-private-key',
    family: 'private-key',
    title: 'Private JSON Web Key (JWK with "d")',
    description:
      'The private half of a signing or encryption key in JWK form: forge tokens the key signs.',
    keywords: ['"kty'],
    pattern:
      /\\{0,3}"kty\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?:RSA|EC|OKP)\\{0,3}"[^{}]{0,3000}?\\{0,3}"d\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"([A-Za-z0-9_-]{40,1200})/,
    window: { before: 4, after: 4400 },
    validate: randomValue(4.0),
    confidence: 'high',
    priority: 85,
    examples: {
      bad: [
        `{"kty":"EC","crv":"P-256","x":"${fakeString(ALPHA.b64url, 43, 'j1')}","y":"${fakeString(ALPHA.b64url, 43, 'j2')}","d":"${fakeString(ALPHA.b64url, 43, 'j3')}"}`,
      ],
      good: [
        `{"kty":"EC","crv":"P-256","x":"${fakeString(ALPHA.b64url, 43, 'j4')}","y":"${fakeString(ALPHA.b64url, 43, 'j5')}"}`,
      ],
    },
  }),
  rule({
    id: 'dropbox-access-token',
    family: 'dropbox',
    title: 'Dropbox short-lived access token',
    description: 'Reads, writes and shares every file the app can reach in the Dropbox account.',
    keywords: ['sl.'],
    pattern: /(?<![A-Za-z0-9_.-])(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1200})(?![A-Za-z0-9_-])/,
    window: { before: 2, after: 1300 },
    validate: randomValue(4.0),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`Authorization: Bearer sl.${fakeString(ALPHA.b64url, 140, 'dx')}`],
      good: ['openssl.cnf'],
    },
  }),
  rule({
    id: 'salesforce-access-token',
    family: 'salesforce',
    title: 'Salesforce access token (session id)',
    description:
      'Acts as the user on the Salesforce org: query and change every record the user can.',
    keywords: ['!aq'],
    pattern: /(?<![A-Za-z0-9])(00D[A-Za-z0-9]{12,15}!AQ[A-Za-z0-9._]{80,250})(?![A-Za-z0-9._])/,
    window: { before: 20, after: 270 },
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [
        `Authorization: Bearer 00D${fakeString(ALPHA.b62, 12, 'sf')}!AQ${fakeString(ALPHA.b62, 96, 'sg')}`,
      ],
      good: ['00D!AQ'],
    },
  }),
  rule({
    id: 'chat-webhook-url',
    family: 'chat-webhook',
    title: 'Microsoft Teams, Zapier or Google Chat webhook URL',
    description: 'Anyone holding the URL posts into the channel or triggers the automation.',
    keywords: ['webhook.office.com', 'hooks.zapier.com', 'chat.googleapis.com'],
    pattern:
      /(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2\/|hooks\.zapier\.com\/hooks\/catch\/\d{1,12}\/|chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?key=[A-Za-z0-9_-]{20,60}&token=)([A-Za-z0-9@%/=_-]{6,400})/,
    window: { before: 64, after: 600 },
    validate: (v) => (charClasses(v) >= 2 ? { ok: true, validated: false } : NO),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `https://acme.webhook.office.com/webhookb2/${fakeString(ALPHA.hex, 8, 'tm')}-1111-2222-3333-${fakeString(ALPHA.hex, 12, 'tn')}@${fakeString(ALPHA.hex, 8, 'to')}/IncomingWebhook/${fakeString(ALPHA.hex, 32, 'tp')}/${fakeString(ALPHA.hex, 8, 'tq')}`,
        `https://hooks.zapier.com/hooks/catch/${fakeString(ALPHA.digits, 7, 'zp')}/${fakeString(ALPHA.lowerDigits, 6, 'zq')}/`,
      ],
      good: ['https://hooks.zapier.com/hooks/catch/'],
    },
  }),
];
