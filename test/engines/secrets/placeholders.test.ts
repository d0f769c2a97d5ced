// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${VAR}` templates are example data here, not code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOC_EXAMPLE_VALUES, isPlaceholder, scanText } from '../../../src/engines/secrets/index.ts';

// The decoys of ../shared/gen-logs.mjs and more shapes of the same kinds: none is a finding.
const DECOYS = [
  'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'OPENAI_API_KEY=sk-...REDACTED',
  'OPENAI_API_KEY=sk-proj-****************************************',
  'authorization: Bearer ${API_TOKEN}',
  'authorization: Bearer <YOUR_TOKEN_HERE>',
  'authorization: Bearer [REDACTED]',
  'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE',
  'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'DATABASE_URL=postgres://postgres:postgres@localhost:5432/postgres',
  'DATABASE_URL=postgres://app:${DB_PASSWORD}@db-1.acme.internal:5432/app',
  'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
  'SLACK_BOT_TOKEN=xoxb-your-bot-token',
  'ANTHROPIC_API_KEY=sk-ant-api03-...',
  'password=********',
  'token_type=bearer',
  '"token_type":"bearer"',
  '"authorization":"[Redacted]"',
  '"GITHUB_TOKEN":"<redacted>"',
  'API_KEY=your_api_key_here',
  'API_KEY={{ secrets.API_KEY }}',
  'API_TOKEN=$API_TOKEN',
  'API_TOKEN=%API_TOKEN%',
  'secret: ${env:MY_SECRET}',
  'token: "${input:github_token}"',
  'password=changeme',
  'SECRET_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'stripe: sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'GET /docs/setup?example=GITHUB_TOKEN%3Dghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx HTTP/1.1',
  'GET /v1/search?q=Bearer%20%24%7BAPI_TOKEN%7D HTTP/1.1',
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'mongodb://root:example@mongo:27017/',
  'Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  'MAILGUN_API_KEY=key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
  'HEROKU_API_KEY=01234567-89ab-cdef-0123-456789abcdef',
  'DB_PASSWORD=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-password-x1Y2z3',
  'OPENAI_API_KEY=op://Private/OpenAI/credential',
  'password_file=/run/secrets/db_password',
  '"max_tokens": 4096, "input_tokens": 1234, "tokenizer": "cl100k_base"',
  'Authorization: Bearer YOUR_ACCESS_TOKEN',
  '"authorization":"[FILTERED]","cookie":"[MASKED]"',
  'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test',
  'postgresql://user:secret@localhost:5432/mydb',
  'X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
];

describe('placeholders, redactions, templates and documentation examples', () => {
  for (const d of DECOYS) {
    it(`are not findings: ${d.slice(0, 60)}`, () => {
      assert.deepEqual(
        scanText(d).map((m) => `${m.rule}@${m.start}`),
        [],
      );
    });
  }

  it('every documentation example is recognised', () => {
    for (const ex of DOC_EXAMPLE_VALUES) assert.ok(isPlaceholder(ex.value), ex.source);
  });

  it('isPlaceholder keeps random values', () => {
    assert.equal(isPlaceholder('q8Vh2LmZ0pR7sT4wXy9BnK3d'), false);
  });
});
