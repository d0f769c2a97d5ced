#!/usr/bin/env node
// Node 20's test runner has no glob support for .ts files, so we find the test files ourselves.
// Usage: node scripts/run-tests.mjs [substring-filter…]
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const roots = ['src', 'test'];
const skip = new Set(['node_modules', 'fixtures', '.git']);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(relative(process.cwd(), p));
  }
}
for (const r of roots) walk(r);
const filters = process.argv.slice(2);
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
selected.sort();
const args = ['--import', 'tsx', '--test', '--test-timeout=120000'];
if (process.env.CI) args.push('--test-reporter=spec');
const child = spawn(process.execPath, [...args, ...selected], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
