/**
 * Values that look like secrets but are not: templates, placeholders, redactions and vendor
 * documentation examples (issue 6: "are not findings"). Data first, so that a test can hold
 * every entry to account.
 */

/** Published example credentials from vendor documentation; a value containing one is ignored. */
export const DOC_EXAMPLE_VALUES: readonly { value: string; source: string }[] = [
  { value: 'AKIAIOSFODNN7EXAMPLE', source: 'AWS IAM documentation' },
  { value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', source: 'AWS IAM documentation' },
  { value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', source: 'AWS STS documentation' },
  { value: 'ASIAIOSFODNN7EXAMPLE', source: 'AWS STS documentation' },
  { value: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', source: 'Stripe API reference' },
  { value: 'pk_test_TYooMQauvdEDq54NiTphI7jx', source: 'Stripe API reference' },
  { value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', source: 'Stripe API reference (older)' },
  {
    value:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
    source: 'jwt.io debugger example',
  },
  {
    value:
      'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    source: 'Azurite / Azure Storage Emulator well-known account key',
  },
  {
    value:
      'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    source: 'Azure Cosmos DB emulator well-known key',
  },
  { value: 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', source: 'Slack webhook docs' },
  { value: 'SG.xxxxxxxx', source: 'SendGrid docs' },
  { value: 'AC00000000000000000000000000000000', source: 'Twilio docs' },
  { value: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', source: 'GitHub REST API docs' },
  { value: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy', source: 'Slack API docs' },
  { value: 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', source: 'Google Maps docs' },
  { value: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0', source: 'Mailgun docs' },
  {
    value: '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',
    source: 'SendGrid docs',
  },
];

/** Whole values that are words, not secrets (compared lowercase). */
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passw0rd',
  'secret',
  'token',
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'example',
  'placeholder',
  'redacted',
  'removed',
  'hidden',
  'masked',
  'null',
  'none',
  'nil',
  'undefined',
  'true',
  'false',
  'bearer',
  'basic',
  'test',
  'dummy',
  'sample',
  'notasecret',
  'secretkey',
  'apikey',
  'api_key',
  'mytoken',
  'mysecret',
  'mypassword',
  'yourtoken',
  'todo',
  'tbd',
  'empty',
  'default',
  'string',
]);

// Templates and references: ${VAR}, {{ var }}, <your-token>, $VAR, %VAR%, process.env.X…
const TEMPLATE_RE =
  /\$\{|\$\(|\{\{|\}\}|<[A-Za-z_ -]{2,40}>|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|process\.env\.|os\.environ|\benv:|\bsecrets\.|\binput:/;

// Redaction and masking markers, and the words vendors use in example values.
const MARKER_RE =
  /redact|\*{3}|x{5}|X{5}|•|…|\.\.\.|your[_-]?(?:api|token|key|secret|own|bot|app|pass)|YOUR_|<your|example|placeholder|changeme|replace[_-]?me|insert[_-]|dummy|sample[_-]?(?:key|token)|\[(?:hidden|filtered|masked|removed)\]|<(?:hidden|masked|secret|token)>|0{12}|\b(?:fake|test)[_-]?(?:token|key|secret)\b/i;

// Keyboard and counting runs ("12345678", "abcdefgh") mark hand-written example values.
const ASCENDING_RE = /0123456789|123456789|abcdefgh|ABCDEFGH|qwertyui|QWERTYUI/;

/** True when a run of one character makes up most of the value (`aaaaaaaa`, `0000…`). */
function mostlyRepeated(value: string): boolean {
  if (value.length < 8) return false;
  const counts = new Map<number, number>();
  let max = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > max) max = n;
  }
  return max / value.length > 0.6 || counts.size <= 3;
}

/**
 * True when the value is a template, a placeholder, a redaction or a documentation example,
 * not a secret. `body` (default: the whole value) is the part after a fixed vendor prefix.
 */
export function isPlaceholder(value: string, body: string = value): boolean {
  if (value.length === 0) return true;
  if (PLACEHOLDER_WORDS.has(value.toLowerCase())) return true;
  if (TEMPLATE_RE.test(value)) return true;
  if (MARKER_RE.test(value)) return true;
  if (mostlyRepeated(body)) return true;
  if (ASCENDING_RE.test(body.replace(/[-_.]/g, ''))) return true;
  for (const ex of DOC_EXAMPLE_VALUES) if (value.includes(ex.value)) return true;
  return false;
}
