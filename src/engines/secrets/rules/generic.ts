// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` templates are example data here, not code.
import { charClasses, shannonEntropy } from '../entropy.ts';
import { ALPHA, fakeString } from '../fake.ts';
import type { SecretContext, SecretValidation } from '../types.ts';
import { ASSIGN, before, NAME_VALUE, NO, OK, rule } from './helpers.ts';

const f = (a: string, n: number, s: string) => fakeString(a, n, s);

// RFC 6750 b64token: the characters a bearer token may use.
const TOKEN68 = '[A-Za-z0-9._~+/-]';

/** `prod-db-2024-credentials`, `my_app.v2.key`: words and short numbers, an identifier. */
function wordy(value: string): boolean {
  const parts = value.split(/[-_.:/]+/).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every(
    (p) => /^[A-Za-z]{2,}$/.test(p) || /^\d{1,4}$/.test(p) || /^v\d{1,3}$/i.test(p),
  );
}

// References to a secret manager are how secrets should be stored (C9), not leaks.
const SECRET_REFERENCE =
  /^(?:arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|op:\/\/|vault:|ref\+|sm:\/\/|gcp:secretmanager|projects\/[^/]+\/secrets\/|azure:keyvault|https:\/\/[\w-]+\.vault\.azure\.net\/)/i;

/** An opaque credential: long, random-looking, not a word, path, number or identifier. */
function opaque(value: string, minEntropy: number): boolean {
  if (value.length < 16) return false;
  if (shannonEntropy(value) < minEntropy) return false;
  if (charClasses(value) < 2) return false;
  if (/^[0-9.:-]+$/.test(value)) return false; // numbers, versions, timestamps
  if (/^(?:[a-z]+[._-]){1,}[a-z]+$/i.test(value)) return false; // dotted or kebab identifiers
  if (/^\/|:\/\//.test(value)) return false; // paths and URLs
  if (wordy(value)) return false;
  // JWT-shaped: the JWT rule validates it; a sample that fails there is no opaque token either.
  if (/^eyJ[\w-]*\.[\w-]*\.[\w-]*$/.test(value)) return false;
  return true;
}

// Authorization schemes whose first word is not the credential (RFC 7235 registry, AWS SigV4).
const AUTH_SCHEME =
  /^(?:AWS4-HMAC-SHA256|AWS4-ECDSA-P256-SHA256|Digest|Negotiate|NTLM|Kerberos|Signature|HOBA|Mutual|SCRAM-SHA-\d+|SAPISIDHASH|OAuth|Hawk|vapid)$/i;

function bearerValue(value: string): SecretValidation {
  if (AUTH_SCHEME.test(value)) return NO;
  if (opaque(value, 3.0)) return OK;
  // After "Bearer" the context is strong: a long single-case random token still counts.
  if (value.length >= 20 && charClasses(value) === 1 && shannonEntropy(value) >= 3.8) return OK;
  return NO;
}

// Basic credentials are base64("user:password") (RFC 7617).
function basicValue(value: string): SecretValidation {
  const text = Buffer.from(value, 'base64').toString('latin1');
  const colon = text.indexOf(':');
  if (colon < 1 || colon === text.length - 1) return NO;
  if (!/^[\x20-\x7e]+$/.test(text)) return NO;
  const password = text.slice(colon + 1);
  if (/^(?:password|pass|secret|changeme|x{3,}|\*+|<.*>|\$\{.*\})$/i.test(password)) return NO;
  return { ok: true, validated: true, details: { hasUser: true, passwordLength: password.length } };
}

const basic = (user: string, pw: string) => Buffer.from(`${user}:${pw}`).toString('base64');

// Names whose high-entropy values are identifiers or digests, not credentials.
const NOT_SECRET_NAME =
  /(?:type|_?types?|count|ttl|expir\w*|_?url|_?uri|_?path|_?file|_?name|_?len(?:gth)?|_?hash|_?sha\w*|_?digest|_?id|_?ids|_?version|_?endpoint|_?header|_?format|_?kind|_?mode|_?usage|_?used|_?limit|_?index|_?prefix|_?field|_?env|_?var|_?source|_?provider|_?policy|_?scope|_?schema|_?fingerprint|_?checksum|_?crc|_?hmac|_?signature|_?sig|_?salt|_?nonce|_?arn|_?ref|_?store|_?manager|izer|_at|_?date|_?time(?:stamp)?|_?changed|_?updated|_?created|_?reset|_?required|_?enabled|_?strength|_?min\w*|_?max\w*|_?rules?|_?hint|_?prompt|_?label|_?method)["'\\]*$/i;
const NOT_SECRET_PREFIX =
  /(?:next|prev|page|cursor|continuation|sync|csrf|xsrf|nonce|state|request|trace|span|correlation|idempotency|etag|public|publishable|anon|site|recaptcha)[_.-]?$/i;

function assignmentValue(value: string, ctx: SecretContext): SecretValidation {
  const head = ctx.text.slice(ctx.matchStart, ctx.matchEnd - value.length);
  const name = /^([A-Za-z0-9_.-]*)/.exec(head)?.[1] ?? '';
  if (NOT_SECRET_NAME.test(name) && !/session[_.-]?id/i.test(name)) return NO;
  if (NOT_SECRET_PREFIX.test(before(ctx, 24))) return NO;
  if (/^(?:true|false|null|none|undefined|\d+)$/i.test(value)) return NO;
  if (SECRET_REFERENCE.test(value)) return NO;
  // A SigV4 credential scope (`AKIA…/20260105/us-east-1/s3/aws4_request`): the key id in it is
  // reported by the AWS rule.
  if (/^[A-Z0-9]{4,32}\/\d{8}\/[\w-]+\/[\w-]+\/aws4_request/.test(value)) return NO;
  // A UUID under a session name is an MCP or tracing session handle, logged on every line; under
  // a key, token or secret name it is a credential (many APIs issue UUID keys).
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
  if (uuid)
    return /sess/i.test(name) ? NO : { ok: true, validated: false, details: { kind: 'uuid' } };
  // Dates, times and version-like values (`password_changed: 2026-01-05T10:00:00Z`).
  if (/^[\d.:TZ+\-/ ]+$/.test(value)) return NO;
  const isPassword = /pass|pwd/i.test(name);
  if (isPassword) {
    // The shell's PWD/OLDPWD (sudo and cron logs) are directories, not passwords.
    if (/^(?:old)?pwd$/i.test(name) || /^[/~.]|:\/\/|^[A-Za-z]:\\/.test(value)) return NO;
    if (value.length < 8 || charClasses(value) < 2 || shannonEntropy(value) < 2.5) return NO;
    return { ok: true, validated: false, details: { kind: 'password' } };
  }
  if (!opaque(value, 3.2)) return NO;
  return OK;
}

// Cookie or query names that carry a session.
// Cookie or query names that carry a session. The match starts at the name's session part
// (`connect.sid`, `_app_session`, `__Secure-next-auth.session-token` all contain one): a pattern
// that began with an optional prefix would be tried at every position of the window.
const SESSION_NAME =
  '(?:sess(?:ion)?(?:[_.-]?(?:id|key|token))?|sid|jsessionid|phpsessid|asp\\.net_sessionid|auth[_.-]?session)[A-Za-z0-9_.-]{0,20}';

function sessionValue(value: string, ctx: SecretContext): SecretValidation {
  // `session_id=<uuid>` in key=value logs is a correlation handle (MCP Streamable HTTP session
  // ids are UUIDs and travel in a header, not in a cookie); cookie-named sessions are kept.
  const name = ctx.text.slice(ctx.matchStart, ctx.matchEnd - value.length - 1);
  if (
    /^session[_-]?id$/i.test(name) &&
    /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value)
  ) {
    return NO;
  }
  const decoded = value.replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return opaque(decoded, 3.0) ? OK : NO;
}

function uriPassword(value: string, ctx: SecretContext): SecretValidation {
  const whole = ctx.text.slice(ctx.matchStart, ctx.matchEnd);
  const m = /^:\/\/([^:/@]*):[^@]*@([^/?#:]*)/.exec(whole);
  if (!m) return NO;
  const [, user = '', host = ''] = m;
  const scheme = /([a-zA-Z][a-zA-Z0-9+.-]*)$/.exec(before(ctx, 40))?.[1] ?? '';
  const local =
    /^(?:localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|0\.0\.0\.0|host\.docker\.internal)$/i.test(host);
  const example =
    /(?:^|\.)(?:example\.(?:com|org|net)|example|host|hostname|your[-_]?host|server)$/i.test(host);
  const weak =
    value === user ||
    /^(?:postgres|root|admin|password|pass|secret|guest|test|user|mysql|redis|mongo|rabbitmq|changeme|pwd|default)$/i.test(
      value,
    );
  if ((local || example) && weak) return NO;
  if (example && value.length < 12) return NO;
  if (/^(?:pass(?:word)?|pwd|secret|x+|\*+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|%[A-Z_]+%)$/i.test(value))
    return NO;
  return {
    ok: true,
    validated: true,
    details: { scheme: scheme.toLowerCase(), host: host.slice(0, 100) },
  };
}

// Anchored at `://` (a lookbehind checks the scheme): the engine scans for ':' instead of
// trying the scheme alternation at every position of the window.
const uriPattern = (schemes: string) =>
  new RegExp(
    `:\\/\\/(?<=(?<![A-Za-z0-9+.-])(?:jdbc:)?(?:${schemes}):\\/\\/)[^\\s:/@?#"'<>]{0,128}:(?<secret>[^\\s@/?#"'<>]{1,256})@[A-Za-z0-9.\\[\\]:_-]{1,255}`,
    'i',
  );
const DB_SCHEMES =
  'postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\\+srv)?|rediss?|redis\\+sentinel|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|couchbases?|neo4j(?:\\+s|\\+ssc)?|bolt|cassandra|db2|snowflake|postgresql\\+\\w+|mysql\\+\\w+|memcached|elasticsearch|influxdb|timescaledb|questdb|surrealdb|arangodb';
const BROKER_SCHEMES = 'amqps?|mqtts?|kafka|nats|stomp|sqs|rabbitmq|pulsar(?:\\+ssl)?|zmq|activemq';
const URL_SCHEMES =
  'https?|ftps?|sftp|ssh|smtps?|imaps?|pop3s?|ldaps?|git|svn|wss?|s3|webdav|rtsp|sip|socks5h?|xmpp';

export const genericRules = [
  rule({
    id: 'authorization-bearer',
    family: 'generic-bearer',
    title: 'Bearer token (Authorization header or message)',
    description:
      'An opaque access token: whoever replays it acts as its owner against the API until it expires or is revoked.',
    keywords: ['bearer'],
    pattern: new RegExp(
      `\\bbearer(?:\\s{1,4}|%20|\\+)(?:token\\s{1,4})?(?<secret>${TOKEN68}{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])`,
      'i',
    ),
    window: { before: 2, after: 4200 },
    validate: bearerValue,
    confidence: 'medium',
    priority: 30,
    examples: {
      bad: [
        `Authorization: Bearer ${f(ALPHA.b62, 40, 'b1')}`,
        `upstream rejected bearer token ${f(ALPHA.hex, 40, 'b2')} with 403`,
        `"authorization":"Bearer ${f(ALPHA.b62, 8, 'b3')}.${f(ALPHA.b64url, 30, 'b4')}"`,
        `Authorization: Bearer ${f(ALPHA.lower, 32, 'b5')}`,
      ],
      good: [
        'Authorization: Bearer ${API_TOKEN}',
        'Authorization: Bearer <YOUR_TOKEN_HERE>',
        'Authorization: Bearer [REDACTED]',
        '"token_type":"bearer"',
        'Bearer authentication-required-for-this',
        'bearer tokenauthenticationrequired',
        'Authorization: Bearer undefined',
      ],
    },
  }),
  rule({
    id: 'authorization-basic',
    family: 'generic-basic',
    title: 'HTTP Basic credentials',
    description:
      'base64 of user:password: the password itself, reusable wherever that account logs in.',
    keywords: ['basic'],
    pattern: /\bbasic(?:\s{1,4}|%20|\+)(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/i,
    window: { before: 2, after: 1100 },
    validate: basicValue,
    confidence: 'high',
    priority: 40,
    examples: {
      bad: [`Authorization: Basic ${basic('deploy', f(ALPHA.b62, 16, 'ba'))}`],
      good: [
        `Authorization: Basic ${basic('user', 'password')}`,
        'basic authentication',
        'Basic realm="api"',
      ],
    },
  }),
  rule({
    id: 'authorization-header',
    family: 'generic-bearer',
    title: 'Credential in an Authorization or API-key header',
    description: 'A raw credential in an authentication header: replayable as is.',
    // Keywords start at a rare trigram ('pi-', 'h-t', 'ss-') rather than at a common word.
    keywords: [
      'authorization',
      'pi-key',
      'h-token',
      'ss-token',
      'ivate-token',
      'pikey',
      'ption-key',
      'ons-key',
    ],
    pattern: new RegExp(
      `(?:authorization|x-api-key|api-key|x-auth-token|x-access-token|private-token|x-apikey|apikey|ocp-apim-subscription-key|x-functions-key)(?:${ASSIGN}|${NAME_VALUE})(?:(?:token|bot|sso-key|apikey|api-key|key)\\s{1,3})?(?<secret>${TOKEN68}{16,2048}={0,2})(?![A-Za-z0-9._~+/=-])`,
      'i',
    ),
    window: { before: 30, after: 2150 },
    validate: bearerValue,
    confidence: 'medium',
    priority: 25,
    examples: {
      bad: [
        `x-api-key: ${f(ALPHA.b62, 32, 'h1')}`,
        `Authorization: token ${f(ALPHA.hex, 40, 'h2')}`,
        `"headers":[{"name":"X-Api-Key","value":"${f(ALPHA.b62, 32, 'h3')}"}]`,
      ],
      good: [
        'Authorization: Bearer',
        'x-api-key: ${API_KEY}',
        'x-api-key: your-api-key-here-please',
      ],
    },
  }),
  rule({
    id: 'generic-secret-assignment',
    family: 'generic',
    title: 'Secret assigned to a secret-named variable or field',
    description:
      'A high-entropy value under a name like *_TOKEN, *_SECRET, *_API_KEY or *PASSWORD*: probably a live credential.',
    keywords: [
      'token',
      'secret',
      'ssw',
      'pwd',
      'pi_key',
      'pikey',
      'pi-key',
      'pi.key',
      'ss_key',
      'sskey',
      'ss-key',
      'ss.key',
      'edential',
      'ivate_key',
      'ivatekey',
      'ivate-key',
      'ssphrase',
      'ption_key',
      'ptionkey',
      'ster_key',
      'sterkey',
      'pp_key',
      'ningkey',
      'ning_key',
      'h_key',
      'hkey',
      'auth=',
      'auth"',
      "auth'",
      'auth:',
      'auth\\',
      'ion_id',
      'ionid',
      'ion_key',
    ],
    pattern: new RegExp(
      `(?:secret|token|passw(?:or)?d|passwd|passphrase|pwd|api[_.-]?key|access[_.-]?key|auth[_.-]?key|credentials?|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|app[_.-]?key|session[_.-]?(?:id|key)|auth(?=["'\\\\]{0,7}\\s{0,5}(?:=>|:=|[:=])))[A-Za-z0-9_.-]{0,30}(?:${ASSIGN}|${NAME_VALUE}|>)(?<secret>[^\\s"'\\\\,;&<>(){}\\[\\]|\`]{8,1024})`,
      'i',
    ),
    window: { before: 48, after: 1100 },
    validate: assignmentValue,
    confidence: 'low',
    priority: 10,
    examples: {
      bad: [
        `API_TOKEN=${f(ALPHA.b62, 40, 'a1')}`,
        `"UPSTREAM_TOKEN":"${f(ALPHA.hex, 40, 'a2')}"`,
        `?access_token=${f(ALPHA.b62, 8, 'a3')}.${f(ALPHA.b64url, 30, 'a4')}&page=2`,
        `db_password: "${f(ALPHA.b62, 14, 'a5')}"`,
        `{\\"client_secret\\":\\"${f(ALPHA.b62, 32, 'a6')}\\"}`,
        `auth=${f(ALPHA.b62, 32, 'a7')}`,
        `{"proxy_auth": "${f(ALPHA.b62, 24, 'a14')}"}`,
        `<password>${f(ALPHA.b62, 14, 'a10')}</password>`,
        `{"privateKey":"${f(ALPHA.b64, 44, 'a11')}"}`,
        `ENCRYPTION_KEY=${f(ALPHA.b64, 44, 'a12')}`,
        `{"name":"api_key","value":"${f(ALPHA.b62, 32, 'a15')}"}`,
        `{"key":"app.secret","value":{"stringValue":"${f(ALPHA.b62, 32, 'a16')}"}}`,
        `EXA_API_KEY=${f(ALPHA.hex, 8, 'u6')}-${f(ALPHA.hex, 4, 'u7')}-4${f(ALPHA.hex, 3, 'u8')}-a${f(ALPHA.hex, 3, 'u9')}-${f(ALPHA.hex, 12, 'u10')}`,
      ],
      good: [
        '"token_type":"bearer"',
        'password=********',
        'API_TOKEN=${API_TOKEN}',
        `next_page_token=${f(ALPHA.b62, 40, 'a8')}`,
        `token_hash=${f(ALPHA.hex, 64, 'a9')}`,
        'tokens_used=123456789',
        '{"author": "Jane Doe <jane@acme.test>", "auth_method": "client_secret_basic"}',
        'password=changeme',
        `"session_id":"${f(ALPHA.hex, 8, 'u1')}-${f(ALPHA.hex, 4, 'u2')}-4${f(ALPHA.hex, 3, 'u3')}-a${f(ALPHA.hex, 3, 'u4')}-${f(ALPHA.hex, 12, 'u5')}"`,
        'secret_name=prod-database-credentials',
        'DB_SECRET=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf',
        'API_TOKEN=op://Engineering/api/credential',
        'secret=prod-db-2024-credentials',
        `token_fingerprint=${f(ALPHA.hex, 64, 'a13')}`,
        'sudo: deploy : TTY=pts/4 ; PWD=/home/deploy ; USER=root',
      ],
    },
  }),
  rule({
    id: 'session-cookie',
    family: 'session',
    title: 'Session cookie or session id',
    description:
      'Replaying it hijacks the logged-in session (no password or MFA needed) until it expires.',
    // The name's end and its `=`: `"session":` fields in JSON telemetry do not run this rule.
    keywords: [
      'sid=',
      'sess=',
      'ession=',
      'essionid=',
      'ession_id=',
      'ession-id=',
      'ession.id=',
      'ession_token=',
      'ession-token=',
      'ession.token=',
      'ession_key=',
      'essid=',
    ],
    pattern: new RegExp(`${SESSION_NAME}=(?<secret>[^\\s;,"'&<>\\\\]{16,4096})`, 'i'),
    window: { before: 64, after: 4200 },
    validate: sessionValue,
    confidence: 'medium',
    priority: 35,
    examples: {
      bad: [
        `Cookie: connect.sid=s%3A${f(ALPHA.b64url, 32, 'c1')}.${f(ALPHA.b62, 43, 'c2')}; theme=dark`,
        `Set-Cookie: session=${f(ALPHA.b64url, 43, 'c3')}; Path=/; HttpOnly`,
        `GET /app;jsessionid=${f(ALPHA.HEX, 32, 'c4')} HTTP/1.1`,
        `/v1/orders?sid=${f(ALPHA.b64url, 43, 'c5')}`,
        `_app_session=${f(ALPHA.b64, 200, 'c6')}--${f(ALPHA.hex, 40, 'c7')}`,
      ],
      good: [
        'Cookie: session=; theme=dark',
        'sessions=12',
        'Set-Cookie: sessionid=deleted-cookie-value',
        `level=info msg=done session_id=${f(ALPHA.hex, 8, 'c8')}-${f(ALPHA.hex, 4, 'c9')}-4${f(ALPHA.hex, 3, 'c10')}-a${f(ALPHA.hex, 3, 'c11')}-${f(ALPHA.hex, 12, 'c12')}`,
      ],
    },
  }),
  rule({
    id: 'mcp-sse-session-id',
    family: 'mcp-session',
    title: 'MCP session id in an SSE transport URL',
    description:
      "The deprecated HTTP+SSE transport puts the session id in the POST URL's query string: whoever reads the log can inject messages into, or hijack, the session (MCP spec 2024-11-05).",
    keywords: ['sessionid=', 'session_id='],
    pattern:
      /(?:\/messages?\/?\?(?:[^\s?#"']{0,200}&)?|[?&])(?:sessionId|session_id)=(?<secret>[A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/,
    window: { before: 220, after: 150 },
    validate: (v) => (charClasses(v) >= 2 || /^[0-9a-f]{32}$/.test(v) ? OK : NO),
    confidence: 'high',
    priority: 45,
    examples: {
      bad: [
        `POST /messages?sessionId=${f(ALPHA.hex, 8, 'm1')}-${f(ALPHA.hex, 4, 'm2')}-4${f(ALPHA.hex, 3, 'm3')}-8${f(ALPHA.hex, 3, 'm4')}-${f(ALPHA.hex, 12, 'm5')} HTTP/1.1`,
        `"url":"/messages/?session_id=${f(ALPHA.hex, 32, 'm6')}"`,
      ],
      good: ['POST /messages?sessionId=${SESSION} HTTP/1.1', 'POST /mcp HTTP/1.1'],
    },
  }),
  rule({
    id: 'database-uri-password',
    family: 'database',
    title: 'Database URI with a password',
    description:
      'Logs in to the database with the embedded credentials: read, change or drop its data.',
    // Scheme names, not '://': every URL in a log would otherwise run this rule.
    keywords: [
      'postgres',
      'mysql',
      'mariadb',
      'mongodb',
      'redis',
      'mssql',
      'sqlserver',
      'oracle:',
      'cockroachdb',
      'clickhouse',
      'couchdb',
      'couchbase',
      'neo4j',
      'bolt:',
      'cassandra',
      'db2:',
      'snowflake',
      'memcached',
      'elasticsearch',
      'influxdb',
      'timescaledb',
      'questdb',
      'surrealdb',
      'arangodb',
    ],
    pattern: uriPattern(DB_SCHEMES),
    window: { before: 40, after: 700 },
    validate: uriPassword,
    confidence: 'high',
    priority: 55,
    examples: {
      bad: [
        `DATABASE_URL=postgres://app:${f(ALPHA.b62, 16, 'd1')}@db-1.acme.internal:5432/app`,
        `mongodb+srv://etl:${f(ALPHA.b62, 14, 'd2')}@cluster0.abcde.mongodb.net/analytics`,
        `redis://:${f(ALPHA.b62, 20, 'd3')}@cache-2.acme.internal:6379/0`,
        `jdbc:mysql://reporting:${f(ALPHA.b62, 12, 'd4')}!@mysql.acme.internal:3306/db`,
      ],
      good: [
        'postgres://postgres:postgres@localhost:5432/postgres',
        'postgres://app:${DB_PASSWORD}@db-1.acme.internal:5432/app',
        'mysql://user:password@localhost/db',
        'postgres://db-1.acme.internal:5432/app',
        'redis://:<password>@redis.example.com:6379',
      ],
    },
  }),
  rule({
    id: 'go-mysql-dsn-password',
    family: 'database',
    title: 'Go MySQL DSN with a password (user:password@tcp(host)/db)',
    description:
      'Logs in to the database with the embedded credentials: read, change or drop its data.',
    keywords: ['@tcp(', '@unix('],
    pattern:
      // Starts at the ':' (a lookbehind checks the user): not tried at every char of the window.
      /(?<=(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{1,64}):(?<secret>[^\s@/:"'<>]{1,128})@(?:tcp|unix)\(/,
    window: { before: 200, after: 8 },
    validate: (v) =>
      /^(?:pass(?:word)?|root|mysql|secret|x+|\*+)$/i.test(v) ? NO : { ok: true, validated: true },
    confidence: 'high',
    priority: 55,
    examples: {
      bad: [
        `dsn=reporting:${f(ALPHA.b62, 14, 'gm')}@tcp(mysql.acme.internal:3306)/orders?parseTime=true`,
      ],
      good: ['root:password@tcp(localhost:3306)/test', 'user:${MYSQL_PASSWORD}@tcp(db:3306)/app'],
    },
  }),
  rule({
    id: 'broker-uri-password',
    family: 'message-broker',
    title: 'Message broker URI with a password',
    description:
      'Connects to the broker: read every queued message, publish forged ones, delete queues.',
    keywords: [
      'amqp',
      'mqtt',
      'kafka:',
      'nats:',
      'stomp:',
      'sqs:',
      'rabbitmq:',
      'pulsar',
      'zmq:',
      'activemq:',
    ],
    pattern: uriPattern(BROKER_SCHEMES),
    window: { before: 40, after: 700 },
    validate: uriPassword,
    confidence: 'high',
    priority: 55,
    examples: {
      bad: [
        `BROKER_URL=amqp://ci-bot:${f(ALPHA.b62, 18, 'q1')}@mq.acme.internal:5672/prod`,
        `mqtts://sensor:${f(ALPHA.b62, 18, 'q2')}@iot.acme.test:8883`,
      ],
      good: ['amqp://guest:guest@localhost:5672/'],
    },
  }),
  rule({
    id: 'url-credentials',
    family: 'url-credentials',
    title: 'Credentials in a URL (user:password@host)',
    description:
      'Userinfo in a URL is sent on every request and logged by proxies and servers: the password is reusable as is.',
    keywords: ['://'],
    // Most URLs in a log carry no userinfo: the pattern runs only where an `@` follows.
    requires: '@',
    pattern: uriPattern(URL_SCHEMES),
    window: { before: 40, after: 700 },
    validate: uriPassword,
    confidence: 'high',
    priority: 50,
    examples: {
      bad: [
        `https://deploy:${f(ALPHA.b62, 16, 'l1')}@registry.acme.test/v2/`,
        `ftp://svc_backup:${f(ALPHA.b62, 14, 'l2')}@ftp.partner-example.test:21/outbound/`,
      ],
      good: [
        'https://user:pass@example.com/',
        'https://github.com/acme/api',
        'see https://docs.acme.test:8443/x',
      ],
    },
  }),
];
