import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  detectTimestampFormat,
  epochToMs,
  parseIsoLike,
} from '../../../src/collect/logs/timestamps.ts';
import { inWindow, parseTimeBound } from '../../../src/collect/logs/window.ts';

const MTIME = Date.UTC(2026, 9, 20, 12, 0, 0); // 2026-10-20

function detectAndParse(lines: string[], mtime = MTIME) {
  const p = detectTimestampFormat(lines, mtime);
  return { format: p.format, times: lines.map((l) => p.parse(l)) };
}

const iso = (s: string) => Date.parse(s);

test('ISO 8601 with a zone, without a zone (read as UTC) and with an offset', () => {
  const r = detectAndParse([
    '2026-10-10T13:55:36Z INFO started',
    '2026-10-10T13:55:37.250+02:00 WARN slow',
    '2026-10-10 13:55:38 DEBUG no zone',
  ]);
  assert.equal(r.format, 'iso8601');
  assert.deepEqual(r.times, [
    iso('2026-10-10T13:55:36Z'),
    iso('2026-10-10T11:55:37.250Z'),
    iso('2026-10-10T13:55:38Z'),
  ]);
});

test('log4j comma milliseconds and a stack trace line without a timestamp', () => {
  const r = detectAndParse([
    '2026-10-10 13:55:36,123 ERROR [main] com.acme.Job - failed',
    'java.io.IOException: Broken pipe',
    '\tat com.acme.Job.run(Job.java:42)',
  ]);
  assert.equal(r.format, 'iso8601');
  assert.deepEqual(r.times, [iso('2026-10-10T13:55:36.123Z'), undefined, undefined]);
});

test('Kubernetes CRI lines with nanoseconds and CloudWatch-prefixed lines', () => {
  const r = detectAndParse([
    '2026-10-10T13:55:36.123456789Z stdout F {"msg":"hello"}',
    '2026-10-10T13:55:37.5Z stderr P partial line',
  ]);
  assert.equal(r.format, 'iso8601');
  assert.deepEqual(r.times, [iso('2026-10-10T13:55:36.123Z'), iso('2026-10-10T13:55:37.500Z')]);
});

test('JSON lines: epoch ms, epoch seconds, ISO strings, @timestamp and Kubernetes json-file', () => {
  const r = detectAndParse([
    '{"level":30,"time":1791640536123,"msg":"pino"}',
    '{"event_id":"x","timestamp":1791640536.5,"level":"error"}',
    '{"@timestamp":"2026-10-10T13:55:36.000Z","message":"ecs"}',
    '{"log":"{\\"time\\":1,\\"msg\\":\\"inner\\"}\\n","stream":"stdout","time":"2026-10-10T13:55:36.1Z"}',
  ]);
  assert.equal(r.format, 'json-field');
  assert.deepEqual(r.times, [
    1791640536123,
    1791640536500,
    iso('2026-10-10T13:55:36.000Z'),
    iso('2026-10-10T13:55:36.100Z'),
  ]);
});

test('pretty-printed JSON exports (CloudWatch filter-log-events) date their key lines', () => {
  const r = detectAndParse([
    '{',
    '  "events": [',
    '    {',
    '      "timestamp": 1791640536123,',
    '      "message": "GET /health 200"',
    '    },',
    '      "timestamp": 1791640537000,',
  ]);
  assert.equal(r.format, 'json-field');
  assert.equal(r.times[3], 1791640536123);
  assert.equal(r.times[4], undefined);
});

test('JSON exports of journald, Azure Monitor, Serilog and nginx JSON logs', () => {
  const r = detectAndParse([
    '{"__REALTIME_TIMESTAMP":"1791640536123456","MESSAGE":"journald"}',
    '{"TimeGenerated":"2026-10-10T13:55:36Z","Message":"azure"}',
    '{"Timestamp":"2026-10-10T13:55:37.5+00:00","Level":"Information"}',
    '{"time_local":"10/Oct/2026:13:55:38 +0200","request":"GET / HTTP/1.1"}',
  ]);
  assert.equal(r.format, 'json-field');
  assert.deepEqual(r.times, [
    1791640536123.456,
    iso('2026-10-10T13:55:36Z'),
    iso('2026-10-10T13:55:37.500Z'),
    iso('2026-10-10T11:55:38Z'),
  ]);
});

test('epoch seconds and milliseconds at the start of a line', () => {
  const r = detectAndParse(['1791640536 host sshd: ok', '1791640536123 host app: ok']);
  assert.equal(r.format, 'epoch');
  assert.deepEqual(r.times, [1791640536000, 1791640536123]);
  assert.equal(epochToMs(1791640536123456), 1791640536123.456);
});

test('nginx / Apache common log format with a zone offset', () => {
  const r = detectAndParse([
    '203.0.113.9 - - [10/Oct/2026:13:55:36 +0200] "GET / HTTP/1.1" 200 12 "-" "curl/8"',
    '203.0.113.9 - bob [10/Oct/2026:13:55:37 +0000] "GET /x HTTP/1.1" 404 0 "-" "curl/8"',
  ]);
  assert.equal(r.format, 'common-log');
  assert.deepEqual(r.times, [iso('2026-10-10T11:55:36Z'), iso('2026-10-10T13:55:37Z')]);
});

test('syslog without a year takes it from the file mtime', () => {
  const r = detectAndParse([
    'Oct 10 13:55:36 web-1 CRON[42]: (deploy) CMD (x)',
    'Oct  9 01:02:03 web-1 sshd[7]: ok',
  ]);
  assert.equal(r.format, 'syslog');
  assert.deepEqual(r.times, [iso('2026-10-10T13:55:36Z'), iso('2026-10-09T01:02:03Z')]);
});

test('syslog December lines in a file last written in January belong to the previous year', () => {
  const jan = Date.UTC(2027, 0, 2, 8, 0, 0);
  const r = detectAndParse(
    [
      'Dec 31 23:59:58 web-1 app[1]: last of the year',
      'Jan  1 00:00:01 web-1 app[1]: first of the year',
    ],
    jan,
  );
  assert.equal(r.format, 'syslog');
  assert.deepEqual(r.times, [iso('2026-12-31T23:59:58Z'), iso('2027-01-01T00:00:01Z')]);
});

test("Go's standard logger uses slashes in the date", () => {
  const r = detectAndParse([
    '2026/10/10 13:55:36 listening on :8080',
    '2026/10/10 13:55:37.123456 ok',
  ]);
  assert.equal(r.format, 'iso8601');
  assert.deepEqual(r.times, [iso('2026-10-10T13:55:36Z'), iso('2026-10-10T13:55:37.123Z')]);
});

test('klog (Kubernetes components) takes the year from the file mtime', () => {
  const r = detectAndParse([
    'I1010 13:55:36.123456   12345 server.go:42] Serving securely',
    'E1010 13:55:37.000001   12345 auth.go:9] token rejected',
  ]);
  assert.equal(r.format, 'klog');
  assert.deepEqual(r.times, [iso('2026-10-10T13:55:36.123Z'), iso('2026-10-10T13:55:37.000Z')]);
});

test('Android logcat, CloudFront (tab between date and time) and S3 access logs', () => {
  assert.deepEqual(detectAndParse(['10-10 13:55:36.123  1234  5678 I Tag: hello']).times, [
    iso('2026-10-10T13:55:36.123Z'),
  ]);
  const cf = detectAndParse(['2026-10-10\t13:55:36\tSEA19-C1\t2390\t192.0.2.1\tGET']);
  assert.equal(cf.format, 'iso8601');
  assert.deepEqual(cf.times, [iso('2026-10-10T13:55:36Z')]);
  const s3 = detectAndParse([
    `${'a'.repeat(64)} amzn-s3-demo-bucket1 [06/Feb/2026:00:00:38 +0000] 192.0.2.3 arn:aws:iam::1:user/x 3E57427F3EXAMPLE REST.GET.VERSIONING`,
  ]);
  assert.equal(s3.format, 'common-log');
  assert.deepEqual(s3.times, [iso('2026-02-06T00:00:38Z')]);
});

test('lines with no known timestamp give no format', () => {
  const r = detectAndParse(['hello world', 'no time here']);
  assert.equal(r.format, 'none');
});

test('--since and --until accept durations, dates and ISO times', () => {
  const now = iso('2026-11-01T00:00:00Z');
  assert.equal(parseTimeBound('30d', now), iso('2026-10-02T00:00:00Z'));
  assert.equal(parseTimeBound('12h', now), iso('2026-10-31T12:00:00Z'));
  assert.equal(parseTimeBound('2026-10-01', now), iso('2026-10-01T00:00:00Z'));
  assert.equal(parseTimeBound('2026-10-01T08:00:00+02:00', now), iso('2026-10-01T06:00:00Z'));
  assert.equal(parseTimeBound('last tuesday', now), undefined);
  assert.equal(parseIsoLike('2026-13-01'), undefined);
  assert.ok(inWindow({ sinceMs: 10, untilMs: 20 }, 10));
  assert.ok(!inWindow({ sinceMs: 10 }, 9));
  assert.ok(!inWindow({ untilMs: 20 }, 21));
});
