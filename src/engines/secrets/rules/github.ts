import { ALPHA, fakeGithubToken, fakeString } from '../fake.ts';
import { crcTokenValidator, L, R, rule } from './helpers.ts';

// https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ : a prefix per
// token type, 30 random base62 chars and a base62 CRC32 checksum in 6 chars.
const gh = (p: string, seed: string) => fakeGithubToken(`gh${p}_`, seed);
const badChecksum = (t: string) => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A');
const fineGrained = (seed: string) =>
  `github${'_'}pat_11${fakeString(ALPHA.upperDigits, 20, seed)}_${fakeString(ALPHA.b62, 59, seed + 'b')}`;

export const githubRules = [
  rule({
    id: 'github-pat',
    family: 'github',
    title: 'GitHub personal access token (classic)',
    description:
      'Acts as the user on every repository and organisation the token scopes allow: read and push code, read private repos, change settings.',
    keywords: ['ghp_'],
    pattern: new RegExp(`${L}(ghp_[A-Za-z0-9]{36})${R}`),
    validate: crcTokenValidator(4),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [
        `GITHUB_TOKEN=${gh('p', 'g1')}`,
        `Authorization: token ${gh('p', 'g2')}`,
        `{"token":"${gh('p', 'g3')}"}`,
        `invalid checksum still reported: ${badChecksum(gh('p', 'g4'))}`,
      ],
      good: [
        'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `too short ghp_${fakeString(ALPHA.b62, 20, 'g5')}`,
        `GITHUB_TOKEN=${gh('p', 'g6')}x`,
      ],
    },
  }),
  rule({
    id: 'github-oauth-token',
    family: 'github',
    title: 'GitHub OAuth access token',
    description:
      'An OAuth app user token: acts as the user with the scopes granted to the app, until revoked.',
    keywords: ['gho_'],
    pattern: new RegExp(`${L}(gho_[A-Za-z0-9]{36})${R}`),
    validate: crcTokenValidator(4),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`GITHUB_OAUTH_TOKEN=${gh('o', 'o1')}`, `access_token=${gh('o', 'o2')}&scope=repo`],
      good: ['gho_<token>', `gho_${fakeString(ALPHA.b62, 35, 'o3')}`],
    },
  }),
  rule({
    id: 'github-app-token',
    family: 'github',
    title: 'GitHub App installation or user-to-server token',
    description:
      'ghs_ tokens act as a GitHub App installation, ghu_ tokens as a user through an app: repository access per the app permissions.',
    keywords: ['ghs_', 'ghu_'],
    pattern: new RegExp(`${L}(gh[su]_[A-Za-z0-9]{36})${R}`),
    validate: crcTokenValidator(4),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`token ${gh('s', 's1')}`, `x-access-token:${gh('u', 'u1')}@github.com`],
      good: ['ghs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  }),
  rule({
    id: 'github-refresh-token',
    family: 'github',
    title: 'GitHub App refresh token',
    description:
      'Mints new user-to-server tokens for a GitHub App user until it expires (6 months).',
    keywords: ['ghr_'],
    pattern: new RegExp(`${L}(ghr_[A-Za-z0-9]{36}(?:[A-Za-z0-9]{40})?)${R}`),
    validate: (v) =>
      v.length === 40
        ? crcTokenValidator(4)(v)
        : { ok: true, validated: false, confidence: 'medium' },
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`"refresh_token":"${gh('r', 'r1')}"`],
      good: ['refresh_token=ghr_'],
    },
  }),
  rule({
    id: 'github-fine-grained-pat',
    family: 'github',
    title: 'GitHub fine-grained personal access token',
    description:
      'Acts as the user on the repositories and permissions selected for the token, until it expires.',
    keywords: ['github_pat_'],
    pattern: new RegExp(`${L}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${R}`),
    confidence: 'high',
    priority: 80,
    examples: {
      bad: [`GITHUB_PERSONAL_ACCESS_TOKEN=${fineGrained('f1')}`, `Bearer ${fineGrained('f2')}`],
      good: ['github_pat_XXXXXXXX', `github_pat_11${fakeString(ALPHA.b62, 30, 'f3')}`],
    },
  }),
];
