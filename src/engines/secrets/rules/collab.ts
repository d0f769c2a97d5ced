import { ALPHA, fakeString } from '../fake.ts';
import { ASSIGN, b64decode, L, NO, R, randomValue, rule } from './helpers.ts';

const f = (a: string, n: number, s: string) => fakeString(a, n, s);
const num = (n: number, s: string) => `${f('123456789', 1, s)}${f(ALPHA.digits, n - 1, s + 'n')}`;
const xox = (k: string) => `xox${k}-`;

// Discord bot tokens start with base64 of the bot's numeric user id (a snowflake).
function discordToken(value: string) {
  const id = b64decode(value.split('.')[0] ?? '')?.toString('latin1') ?? '';
  return /^\d{17,20}$/.test(id) ? { ok: true, validated: true } : NO;
}
const discordFake = (s: string) =>
  `${Buffer.from(num(18, s)).toString('base64').replace(/=+$/, '')}.${f(ALPHA.b64url, 6, s + 'a')}.${f(ALPHA.b64url, 38, s + 'b')}`;

export const collabRules = [
  rule({
    id: 'slack-bot-token',
    family: 'slack',
    title: 'Slack bot token',
    description:
      'Posts, reads channels and files the bot is in, per the app scopes, until the app is uninstalled.',
    keywords: ['xoxb-'],
    pattern: new RegExp(`${L}(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{24,34})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `SLACK_BOT_TOKEN=${xox('b')}${num(12, 'sb1')}-${num(13, 'sb2')}-${f(ALPHA.b62, 24, 'sb3')}`,
      ],
      good: ['SLACK_BOT_TOKEN=xoxb-your-bot-token', 'xoxb-123-abc'],
    },
  }),
  rule({
    id: 'slack-user-token',
    family: 'slack',
    title: 'Slack user, workspace or legacy token',
    description:
      'Acts as the Slack user (xoxp), workspace app (xoxa) or legacy token: read DMs, post as the user.',
    keywords: ['xoxp-', 'xoxa-', 'xoxs-', 'xoxr-', 'xoxo-'],
    pattern: new RegExp(`${L}(xox[pasro]-(?:[0-9]{1,14}-){1,3}[A-Za-z0-9]{24,64})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `token=${xox('p')}${num(12, 'sp1')}-${num(12, 'sp2')}-${num(13, 'sp3')}-${f(ALPHA.hex, 32, 'sp4')}`,
        `${xox('a')}2-${num(12, 'sa1')}-${f(ALPHA.b62, 30, 'sa2')}`,
      ],
      good: ['xoxp-your-user-token'],
    },
  }),
  rule({
    id: 'slack-rotating-token',
    family: 'slack',
    title: 'Slack rotating access or refresh token',
    description:
      'Token rotation tokens: xoxe.xoxp/xoxe.xoxb access tokens (12 h) and xoxe- refresh tokens.',
    keywords: ['xoxe'],
    pattern: new RegExp(`${L}(xoxe(?:\\.xox[bp])?-\\d-[A-Za-z0-9]{100,200})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `"refresh_token":"xoxe-1-${f(ALPHA.b62, 140, 'sr')}"`,
        `xoxe.xoxp-1-${f(ALPHA.b62, 160, 'ss')}`,
      ],
      good: ['xoxe-1-abc'],
    },
  }),
  rule({
    id: 'slack-app-token',
    family: 'slack',
    title: 'Slack app-level token',
    description: 'Opens Socket Mode connections and manages the app configuration.',
    keywords: ['xapp-'],
    pattern: new RegExp(`${L}(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{32,80})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `SLACK_APP_TOKEN=xapp-1-A${f(ALPHA.upperDigits, 10, 'xa')}-${num(13, 'xb')}-${f(ALPHA.hex, 64, 'xc')}`,
      ],
      good: ['xapp-1-XXXX'],
    },
  }),
  rule({
    id: 'slack-webhook-url',
    family: 'slack-webhook',
    title: 'Slack incoming webhook or workflow trigger URL',
    description:
      'Anyone holding the URL posts messages into the channel (phishing from a trusted bot).',
    keywords: ['ks.slack.com'],
    pattern:
      /hooks\.slack\.com\/(?:services\/(T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32})|(?:workflows|triggers)\/(T[A-Z0-9]{6,12}\/[A-Z0-9]{6,14}\/\d{6,20}\/[A-Za-z0-9]{20,40}))(?![A-Za-z0-9])/,
    window: { before: 8, after: 140 },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `https://hooks.slack.com/services/T${f(ALPHA.upperDigits, 8, 'w1')}/B${f(ALPHA.upperDigits, 10, 'w2')}/${f(ALPHA.b62, 24, 'w3')}`,
      ],
      good: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  }),
  rule({
    id: 'discord-bot-token',
    family: 'discord',
    title: 'Discord bot token',
    description:
      'Logs in as the bot: reads and posts in every guild it joined, with its permissions.',
    // 'token': the base64-of-a-snowflake check is strong enough to run near any token field.
    keywords: ['discord', 'bot m', 'bot n', 'bot o', 'token'],
    pattern:
      /(?<![A-Za-z0-9_-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])/,
    window: { before: 200, after: 200 },
    validate: discordToken,
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [`DISCORD_TOKEN=${discordFake('d1')}`, `Authorization: Bot ${discordFake('d2')}`],
      good: [`DISCORD_TOKEN=NOTATOKEN${f(ALPHA.b62, 16, 'd3')}.abcdef.${f(ALPHA.b62, 30, 'd4')}`],
    },
  }),
  rule({
    id: 'discord-webhook-url',
    family: 'discord',
    title: 'Discord webhook URL',
    description: 'Anyone holding the URL posts (and deletes webhook messages) in the channel.',
    keywords: ['discord'],
    pattern:
      /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/([A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
    window: { before: 20, after: 130 },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`https://discord.com/api/webhooks/${num(19, 'dw')}/${f(ALPHA.b64url, 68, 'dx')}`],
      good: ['https://discord.com/api/webhooks/123/abc'],
    },
  }),
  rule({
    id: 'telegram-bot-token',
    family: 'telegram',
    title: 'Telegram bot token',
    description: 'Controls the bot: reads every message sent to it and posts as it.',
    keywords: ['telegram', 'api.telegram.org/bot', 'tg_bot', 'bot_token'],
    pattern: /(?<![A-Za-z0-9_])(?:bot)?(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    window: { before: 120, after: 200 },
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `TELEGRAM_BOT_TOKEN=${num(10, 'tg')}:AA${f(ALPHA.b64url, 33, 'th')}`,
        `https://api.telegram.org/bot${num(9, 'ti')}:AA${f(ALPHA.b64url, 33, 'tj')}/sendMessage`,
      ],
      good: ['TELEGRAM_BOT_TOKEN=123:abc'],
    },
  }),
  rule({
    id: 'twilio-api-key',
    family: 'twilio',
    title: 'Twilio API key SID or auth token',
    description:
      'With its secret or the account auth token: sends SMS and calls billed to the account, reads message logs.',
    keywords: ['twilio'],
    pattern: new RegExp(
      `${L}(SK[0-9a-f]{32})${R}|twilio[A-Za-z0-9_.-]{0,20}?(?:auth[_-]?token|api[_-]?secret|secret)${ASSIGN}([0-9a-f]{32}|[A-Za-z0-9]{32})${R}`,
      'i',
    ),
    window: { before: 300, after: 300 },
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 65,
    examples: {
      bad: [
        `TWILIO_API_KEY=SK${f(ALPHA.hex, 32, 'tw')}`,
        `TWILIO_AUTH_TOKEN=${f(ALPHA.hex, 32, 'tx')}`,
      ],
      good: ['TWILIO_AUTH_TOKEN=your_auth_token', `twilio SKIP${f(ALPHA.hex, 30, 'ty')}`],
    },
  }),
  rule({
    id: 'sendgrid-api-key',
    family: 'sendgrid',
    title: 'SendGrid API key',
    description:
      'Sends email as the account (phishing from a trusted domain), reads contacts and stats.',
    keywords: ['sg.'],
    pattern: new RegExp(`${L}(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`SENDGRID_API_KEY=SG.${f(ALPHA.b64url, 22, 'sg')}.${f(ALPHA.b64url, 43, 'sh')}`],
      good: ['SENDGRID_API_KEY=SG.xxxxxxxx'],
    },
  }),
  rule({
    id: 'mailgun-api-key',
    family: 'mailgun',
    title: 'Mailgun API key',
    description:
      'Sends email from the domains of the account and reads its logs and mailing lists.',
    keywords: ['ey-', 'ilgun'],
    pattern: new RegExp(
      `${L}(key-[0-9a-f]{32})${R}|mailgun[A-Za-z0-9_.-]{0,20}?(?:api[_-]?key|key|secret)${ASSIGN}([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})${R}`,
      'i',
    ),
    window: { before: 40, after: 120 },
    validate: randomValue(3.0),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `MAILGUN_API_KEY=key-${f(ALPHA.hex, 32, 'mg')}`,
        `MAILGUN_API_KEY=${f(ALPHA.hex, 32, 'mh')}-${f(ALPHA.hex, 8, 'mi')}-${f(ALPHA.hex, 8, 'mj')}`,
      ],
      good: ['api-key-rotation-policy', 'MAILGUN_API_KEY=key-xxxxxxxx'],
    },
  }),
  rule({
    id: 'mailchimp-api-key',
    family: 'mailchimp',
    title: 'Mailchimp API key',
    description: 'Reads and exports audiences (personal data) and sends campaigns as the account.',
    keywords: ['-us'],
    pattern: new RegExp(`${L}([0-9a-f]{32}-us\\d{1,2})${R}`),
    confidence: 'medium',
    priority: 65,
    examples: { bad: [`MAILCHIMP_API_KEY=${f(ALPHA.hex, 32, 'mc')}-us21`], good: ['region-us1'] },
  }),
  rule({
    id: 'notion-token',
    family: 'notion',
    title: 'Notion integration token',
    description: 'Reads and edits every page and database shared with the integration.',
    keywords: ['ntn_', 'secret_'],
    pattern: new RegExp(`${L}(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 70,
    examples: {
      bad: [
        `NOTION_TOKEN=ntn_${num(11, 'nt')}${f(ALPHA.b62, 35, 'nu')}`,
        `NOTION_API_KEY=secret_${f(ALPHA.b62, 43, 'nv')}`,
      ],
      good: ['client_secret_basic', 'secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
  }),
  rule({
    id: 'linear-api-key',
    family: 'linear',
    title: 'Linear API key or OAuth token',
    description: 'Reads and writes issues, projects and comments of the workspace as the user.',
    keywords: ['n_api_', 'n_oauth_'],
    pattern: new RegExp(`${L}(lin_(?:api|oauth)_[A-Za-z0-9]{40,64})${R}`),
    confidence: 'high',
    priority: 80,
    examples: { bad: [`LINEAR_API_KEY=lin_api_${f(ALPHA.b62, 40, 'ln')}`], good: ['lin_api_key'] },
  }),
  rule({
    id: 'atlassian-api-token',
    family: 'atlassian',
    title: 'Atlassian API token (Jira, Confluence, Bitbucket)',
    description:
      'Acts as the user in Jira, Confluence and Bitbucket Cloud: read and change issues, pages, code.',
    keywords: ['tt3', 'atbb'],
    pattern: new RegExp(`${L}(AT(?:ATT|CTT)3[A-Za-z0-9_=-]{150,300}|ATBB[A-Za-z0-9]{32})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `JIRA_API_TOKEN=ATATT3xFfGF0${f(ALPHA.b64url, 170, 'at')}=${f(ALPHA.HEX, 8, 'au')}`,
        `BITBUCKET_APP_PASSWORD=ATBB${f(ALPHA.b62, 32, 'bb')}`,
      ],
      good: ['ATATT3xxx'],
    },
  }),
  rule({
    id: 'figma-token',
    family: 'figma',
    title: 'Figma personal access token',
    description: 'Reads (and with write scopes edits) every file the user can open.',
    keywords: ['figd_'],
    pattern: new RegExp(`${L}(figd_[A-Za-z0-9_-]{40,80})${R}`),
    validate: randomValue(3.5),
    confidence: 'high',
    priority: 75,
    examples: { bad: [`FIGMA_TOKEN=figd_${f(ALPHA.b64url, 40, 'fg')}`], good: ['figd_token'] },
  }),
  rule({
    id: 'airtable-token',
    family: 'airtable',
    title: 'Airtable personal access token',
    description: 'Reads and writes the bases the token was granted.',
    keywords: ['pat'],
    pattern: new RegExp(`${L}(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})${R}`),
    window: { before: 2, after: 90 },
    confidence: 'high',
    priority: 75,
    examples: {
      bad: [`AIRTABLE_TOKEN=pat${f(ALPHA.b62, 14, 'ai')}.${f(ALPHA.hex, 64, 'aj')}`],
      good: ['path.to'],
    },
  }),
];
