// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` templates are example data here, not code.
import { ALPHA, fakeNpmToken, fakeString } from '../fake.ts';
import { ASSIGN, b64decode, crcTokenValidator, L, NO, R, randomValue, rule } from './helpers.ts';

const f = (a: string, n: number, s: string) => fakeString(a, n, s);
const gl = (p: string) => `gl${p}-`;

// Sentry org tokens: sntrys_ + base64 JSON {iat, url, org…} + _ + secret.
function sentryOrgToken(value: string) {
  const payload = value.slice('sntrys_'.length).split('_')[0] ?? '';
  const json = b64decode(payload)?.toString('utf8') ?? '';
  try {
    const o = JSON.parse(json) as Record<string, unknown>;
    const details: Record<string, string> = {};
    if (typeof o['url'] === 'string') details['url'] = o['url'].slice(0, 100);
    if (typeof o['org'] === 'string') details['org'] = o['org'].slice(0, 60);
    return { ok: true, validated: true, details };
  } catch {
    return { ok: true, validated: false, confidence: 'medium' as const };
  }
}
const sentryFake = (s: string) =>
  `sntrys_${Buffer.from(
    JSON.stringify({
      iat: 1,
      url: 'https://sentry.io',
      region_url: 'https://us.sentry.io',
      org: 'acme',
    }),
  )
    .toString('base64')
    .replace(/=+$/, '')}_${f(ALPHA.b64url, 43, s)}`;

// PyPI tokens are macaroons whose first bytes say "pypi.org".
const pypiFake = (s: string) => `pypi-AgEIcHlwaS5vcmc${f(ALPHA.b64url, 120, s)}`;

export const devtoolsRules = [
  rule({
    id: 'gitlab-pat',
    family: 'gitlab',
    title: 'GitLab personal, project or group access token',
    description:
      'Acts as the user or bot with the token scopes: read and push code, run pipelines, call the API.',
    keywords: ['glpat-'],
    pattern: new RegExp(
      `${L}(glpat-(?:[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{2}\\.[0-9a-z]{9}|[A-Za-z0-9_-]{20}))${R}`,
    ),
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `GITLAB_PERSONAL_ACCESS_TOKEN=${gl('pat')}${f(ALPHA.b64url, 20, 'gl1')}`,
        `PRIVATE-TOKEN: ${gl('pat')}${f(ALPHA.b64url, 36, 'gl2')}.01.${f(ALPHA.lowerDigits, 9, 'gl3')}`,
      ],
      good: ['glpat-xxxxxxxxxxxxxxxxxxxx', 'glpat-short'],
    },
  }),
  rule({
    id: 'gitlab-token',
    family: 'gitlab',
    title: 'GitLab deploy, runner, trigger, CI, OAuth, SCIM, feed or agent token',
    description:
      'Per type: pull/push registries and repos (gldt), register runners (glrt, GR1348941), trigger pipelines (glptt), act as a CI job (glcbt), act as an OAuth app (gloas).',
    keywords: [
      'gldt-',
      'glrt-',
      'glptt-',
      'glcbt-',
      'gloas-',
      'glsoat-',
      'glffct-',
      'glimt-',
      'glagent-',
      'gr1348941',
    ],
    pattern: new RegExp(
      `${L}((?:gl(?:dt|rt|ptt|cbt|oas|soat|ffct|imt|agent)-|GR1348941)[A-Za-z0-9_.-]{20,300})${R}`,
    ),
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [
        `CI_DEPLOY_PASSWORD=${gl('dt')}${f(ALPHA.b64url, 20, 'gd')}`,
        `token: ${gl('rt')}${f(ALPHA.b64url, 20, 'gr')}`,
        `${gl('ptt')}${f(ALPHA.hex, 40, 'gp')}`,
      ],
      good: ['gldt-xxxxxxxxxxxxxxxxxxxx', 'glrt-abc'],
    },
  }),
  rule({
    id: 'npm-token',
    family: 'npm',
    title: 'npm access token',
    description:
      'Publishes packages as the user or organisation (supply-chain compromise of every dependent), reads private packages.',
    keywords: ['npm_'],
    pattern: new RegExp(`${L}(npm_[A-Za-z0-9]{36})${R}`),
    validate: crcTokenValidator(4),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `//registry.npmjs.org/:_authToken=${fakeNpmToken('n1')}`,
        `NPM_TOKEN=${fakeNpmToken('n2')}`,
      ],
      good: ['NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_cache'],
    },
  }),
  rule({
    id: 'npmrc-auth-token',
    family: 'npm',
    title: 'Registry auth token in .npmrc',
    description: 'Publishes to or reads from the registry as the token owner.',
    keywords: [':_authtoken='],
    pattern: /:_authToken=([A-Za-z0-9._~+/-]{20,512}={0,2})(?![A-Za-z0-9._~+/=-])/i,
    window: { before: 4, after: 540 },
    validate: randomValue(3.3),
    confidence: 'medium',
    priority: 60,
    examples: {
      bad: [
        `//npm.pkg.github.com/:_authToken=${f(ALPHA.hex, 8, 'nr')}-${f(ALPHA.hex, 4, 'ns')}-${f(ALPHA.hex, 24, 'nt')}`,
      ],
      good: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
    },
  }),
  rule({
    id: 'pypi-token',
    family: 'pypi',
    title: 'PyPI API token',
    description: 'Uploads releases of the projects it is scoped to (supply-chain compromise).',
    keywords: ['pypi-ageich'],
    pattern: new RegExp(`${L}(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`TWINE_PASSWORD=${pypiFake('py1')}`, `password = ${pypiFake('py2')}`],
      good: ['pypi-AgEIcHlwaS5vcmc'],
    },
  }),
  rule({
    id: 'docker-hub-token',
    family: 'docker',
    title: 'Docker Hub personal or organisation access token',
    description:
      'Pushes images to the repositories of the account (poisoned images for every puller).',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: new RegExp(`${L}(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32})${R}`),
    validate: randomValue(3.3),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`DOCKER_PASSWORD=dckr_pat_${f(ALPHA.b64url, 27, 'dk')}`],
      good: ['dckr_pat_xxx'],
    },
  }),
  rule({
    id: 'postman-api-key',
    family: 'postman',
    title: 'Postman API key',
    description:
      'Reads collections and environments of the workspace, which often hold more secrets.',
    keywords: ['pmak-'],
    pattern: new RegExp(`${L}(PMAK-[a-f0-9]{24}-[a-f0-9]{34})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`POSTMAN_API_KEY=PMAK-${f(ALPHA.hex, 24, 'pm')}-${f(ALPHA.hex, 34, 'pn')}`],
      good: ['PMAK-123'],
    },
  }),
  rule({
    id: 'sentry-token',
    family: 'sentry',
    title: 'Sentry organisation or user auth token',
    description:
      'Reads events (with the request data and breadcrumbs they captured), releases and source maps.',
    keywords: ['sntrys_', 'sntryu_'],
    pattern: new RegExp(
      `${L}(sntrys_eyJ[A-Za-z0-9+/=]{40,800}_[A-Za-z0-9_+/=-]{43}|sntryu_[a-f0-9]{64})${R}`,
    ),
    validate: (v) => (v.startsWith('sntrys_') ? sentryOrgToken(v) : { ok: true, validated: false }),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `SENTRY_AUTH_TOKEN=${sentryFake('se')}`,
        `SENTRY_AUTH_TOKEN=sntryu_${f(ALPHA.hex, 64, 'su')}`,
      ],
      good: ['sntryu_xxx'],
    },
  }),
  rule({
    id: 'sentry-dsn',
    family: 'sentry',
    title: 'Sentry DSN with secret key',
    description:
      'The legacy secret part of a DSN lets anyone send events (noise, quota burn); public DSN keys are low risk.',
    keywords: ['ry.io', '.ingest.'],
    pattern:
      /https?:\/\/([a-f0-9]{32})(?::([a-f0-9]{32}))?@[a-z0-9.-]{0,60}(?:sentry\.io|ingest\.[a-z0-9.-]{1,60})\/\d{1,12}/,
    window: { before: 180, after: 80 },
    validate: (_v, ctx) => {
      const secret = /:[a-f0-9]{32}@/.test(ctx.text.slice(ctx.matchStart, ctx.matchEnd));
      return {
        ok: true,
        validated: true,
        confidence: secret ? 'high' : 'low',
        details: { secretKey: secret },
      };
    },
    confidence: 'low',
    priority: 60,
    examples: {
      bad: [
        `SENTRY_DSN=https://${f(ALPHA.hex, 32, 'dsn')}@o${f(ALPHA.digits, 6, 'dso')}.ingest.sentry.io/${f(ALPHA.digits, 7, 'dsp')}`,
      ],
      good: ['https://sentry.io/organizations/acme/issues/'],
    },
  }),
  rule({
    id: 'datadog-api-key',
    family: 'datadog',
    title: 'Datadog API or application key',
    description:
      'API keys submit metrics, logs and events; application keys read dashboards, monitors and logs as the user.',
    keywords: [
      'datadog',
      'dd_api',
      'dd-api',
      'dd_app',
      'dd-app',
      'dd_client',
      'dd-application-key',
    ],
    pattern: new RegExp(
      `(?:datadog|dd)[A-Za-z0-9_.-]{0,20}?(?:api[_-]?key|app(?:lication)?[_-]?key|client[_-]?token)${ASSIGN}([a-f0-9]{32}|[a-f0-9]{40}|pub[a-f0-9]{32})${R}`,
      'i',
    ),
    window: { before: 40, after: 120 },
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `DD_API_KEY=${f(ALPHA.hex, 32, 'dd')}`,
        `"DD-APPLICATION-KEY": "${f(ALPHA.hex, 40, 'de')}"`,
      ],
      good: ['DD_API_KEY=<DATADOG_API_KEY>', 'DD_SITE=datadoghq.eu'],
    },
  }),
  rule({
    id: 'grafana-token',
    family: 'grafana',
    title: 'Grafana service-account or Grafana Cloud token',
    description:
      'Reads dashboards and data sources (and queries them) with the token role; cloud tokens manage stacks.',
    keywords: ['glsa_', 'glc_'],
    pattern: new RegExp(
      `${L}(glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})${R}`,
    ),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`GRAFANA_TOKEN=glsa_${f(ALPHA.b62, 32, 'gs')}_${f(ALPHA.hex, 8, 'gt')}`],
      good: ['glsa_x'],
    },
  }),
  rule({
    id: 'newrelic-key',
    family: 'newrelic',
    title: 'New Relic user or ingest key',
    description:
      'User keys (NRAK) query all account data via NerdGraph; ingest keys (NRII, …NRAL) send data.',
    keywords: ['nrak-', 'nrii-', 'nral', 'nrjs-'],
    pattern: new RegExp(
      `${L}(NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|NRJS-[a-f0-9]{19}|[a-f0-9]{36}NRAL)${R}`,
    ),
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`NEW_RELIC_API_KEY=NRAK-${f(ALPHA.upperDigits, 27, 'nr')}`],
      good: ['NRAK-123'],
    },
  }),
  rule({
    id: 'shopify-token',
    family: 'shopify',
    title: 'Shopify access token or app secret',
    description:
      'Admin API access to the store: orders, customers (personal data), products; shpss_ is an app shared secret.',
    keywords: ['shpat_', 'shpss_', 'shpca_', 'shppa_'],
    pattern: new RegExp(`${L}(shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`SHOPIFY_ACCESS_TOKEN=shpat_${f(ALPHA.hex, 32, 'sh')}`],
      good: ['shpat_xxx'],
    },
  }),
  rule({
    id: 'stripe-secret-key',
    family: 'stripe',
    title: 'Stripe secret or restricted key',
    description:
      'Live keys move money: create charges and refunds, read customers and payment methods; restricted keys per their scopes.',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    pattern: new RegExp(`${L}((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,247})${R}`),
    validate: (v) => {
      if (!randomValue(3.0)(v).ok) return NO;
      return v.includes('_test_')
        ? { ok: true, validated: false, confidence: 'low', details: { mode: 'test' } }
        : { ok: true, validated: false, details: { mode: 'live' } };
    },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `STRIPE_SECRET_KEY=sk_live_51${f(ALPHA.upper, 1, 'st')}${f(ALPHA.b62, 96, 'su')}`,
        `Invalid API Key provided: rk_live_${f(ALPHA.b62, 24, 'sv')}`,
      ],
      good: [
        'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
        'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
      ],
    },
  }),
  rule({
    id: 'stripe-webhook-secret',
    family: 'stripe',
    title: 'Stripe webhook signing secret',
    description: 'Forges webhook events (fake payments succeeded) that the endpoint will trust.',
    keywords: ['whsec_'],
    pattern: new RegExp(`${L}(whsec_[A-Za-z0-9+/=]{32,100})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`STRIPE_WEBHOOK_SECRET=whsec_${f(ALPHA.b62, 32, 'wh')}`],
      good: ['whsec_...'],
    },
  }),
  rule({
    id: 'square-token',
    family: 'square',
    title: 'Square access token or OAuth secret',
    description: 'Takes payments, issues refunds and reads customers of the seller account.',
    keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
    pattern: new RegExp(
      `${L}(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})${R}`,
    ),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`SQUARE_ACCESS_TOKEN=EAAA${f(ALPHA.b64url, 60, 'sq')}`], good: ['EAAA'] },
  }),
  rule({
    id: 'doppler-token',
    family: 'doppler',
    title: 'Doppler token',
    description: 'Reads every secret of the project or config the token is scoped to.',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    pattern: new RegExp(
      `${L}(dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44})${R}`,
    ),
    confidence: 'high',
    priority: 80,
    examples: { bad: [`DOPPLER_TOKEN=dp.st.prd.${f(ALPHA.b62, 43, 'dp')}`], good: ['dp.st.x'] },
  }),
  rule({
    id: 'onepassword-service-account-token',
    family: '1password',
    title: '1Password service account token',
    description: 'Reads every vault item the service account can access.',
    keywords: ['ops_eyj'],
    pattern: new RegExp(`${L}(ops_eyJ[A-Za-z0-9+/=_-]{250,1200})${R}`),
    window: { before: 4, after: 1300 },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${f(ALPHA.b64, 300, 'op')}`],
      good: ['ops_eyJ'],
    },
  }),
  rule({
    id: 'age-secret-key',
    family: 'age',
    title: 'age encryption secret key',
    description: 'Decrypts every file and secret (SOPS) encrypted to the matching age recipient.',
    keywords: ['e-secret-key-1'],
    pattern:
      /(?<![A-Za-z0-9])(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`AGE-SECRET-KEY-1${f('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58, 'ag')}`],
      good: ['AGE-SECRET-KEY-1...'],
    },
  }),
  rule({
    id: 'vercel-token',
    family: 'vercel',
    title: 'Vercel access token',
    description:
      'Deploys, reads environment variables (and their secrets) and manages the team projects.',
    keywords: ['ercel', 'vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: new RegExp(
      `${L}(vc[pirak]_[A-Za-z0-9]{56,60})${R}|vercel[A-Za-z0-9_.-]{0,20}?(?:token|api[_-]?key)${ASSIGN}([A-Za-z0-9]{24})${R}`,
      'i',
    ),
    window: { before: 40, after: 120 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`VERCEL_TOKEN=${f(ALPHA.b62, 24, 'vc')}`, `vcp_${f(ALPHA.b62, 56, 'vd')}`],
      good: ['VERCEL_ENV=production'],
    },
  }),
  rule({
    id: 'netlify-token',
    family: 'netlify',
    title: 'Netlify personal access token',
    description: 'Deploys sites and reads environment variables of the team.',
    keywords: ['nfp_'],
    pattern: new RegExp(`${L}(nfp_[A-Za-z0-9]{36,40})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`NETLIFY_AUTH_TOKEN=nfp_${f(ALPHA.b62, 36, 'nf')}`], good: ['nfp_x'] },
  }),
  rule({
    id: 'flyio-token',
    family: 'flyio',
    title: 'Fly.io access token',
    description: 'Deploys and reads secrets of the apps and organisation.',
    keywords: ['fm1r_', 'fm2_', 'fo1_'],
    pattern: new RegExp(`${L}((?:FlyV1 )?(?:fm1[ar]|fm2|fo1)_[A-Za-z0-9+/=_-]{40,2000})${R}`),
    window: { before: 8, after: 2100 },
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`FLY_API_TOKEN=FlyV1 fm2_${f(ALPHA.b64, 200, 'fl')}`], good: ['fm2_x'] },
  }),
  rule({
    id: 'planetscale-token',
    family: 'planetscale',
    title: 'PlanetScale service token or database password',
    description:
      'Connects to the databases (pscale_pw_) or manages the organisation (pscale_tkn_).',
    keywords: ['pscale_'],
    pattern: new RegExp(`${L}(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`DATABASE_PASSWORD=pscale_pw_${f(ALPHA.b64url, 43, 'ps')}`],
      good: ['pscale_pw_x'],
    },
  }),
  rule({
    id: 'resend-api-key',
    family: 'resend',
    title: 'Resend API key',
    description: 'Sends email from the verified domains of the account.',
    keywords: ['re_'],
    pattern: new RegExp(`${L}(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`RESEND_API_KEY=re_${f(ALPHA.b62, 8, 're')}_${f(ALPHA.b62, 24, 'rf')}`],
      good: ['re_try_later'],
    },
  }),
  rule({
    id: 'neon-api-key',
    family: 'neon',
    title: 'Neon API key',
    description:
      'Manages Neon projects: create branches, read connection strings with passwords, delete databases.',
    keywords: ['napi_'],
    pattern: new RegExp(`${L}(napi_[a-z0-9]{64})${R}`),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`NEON_API_KEY=napi_${f(ALPHA.lowerDigits, 64, 'ne')}`], good: ['napi_x'] },
  }),
];
