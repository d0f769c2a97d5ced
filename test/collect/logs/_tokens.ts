// Fake but format-valid tokens for the log tests, built at run time (never committed as
// literals: GitHub push protection, and a test file must not look like a leak).
import { ALPHA, fakeGithubToken, fakePem, fakeString } from '../../../src/engines/secrets/fake.ts';
import { hashSecret } from '../../../src/engines/secrets/hash.ts';

/** A GitHub classic PAT with a valid checksum. */
export const ghp = (seed: string): string => fakeGithubToken(`gh${'p'}_`, seed);

/** A Slack incoming-webhook URL. */
export const slackWebhook = (seed: string): string =>
  `https://hooks.slack.com/services/T${fakeString(ALPHA.upperDigits, 8, `${seed}1`)}/B${fakeString(ALPHA.upperDigits, 10, `${seed}2`)}/${fakeString(ALPHA.b62, 24, `${seed}3`)}`;

/** A PEM private key block. */
export const pemKey = (seed: string, eol = '\n'): string =>
  fakePem(['RSA', 'PRIVATE', 'KEY'].join(' '), seed, 900, eol);

export { hashSecret };

/** Filler that no rule matches: words, not random strings. */
export function filler(chars: number): string {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
  return words.repeat(Math.ceil(chars / words.length)).slice(0, chars);
}
