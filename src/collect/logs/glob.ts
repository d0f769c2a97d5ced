/**
 * A small glob matcher (`*`, `?`, `**`, `[…]`, `{a,b}`) for log paths. Node 20 has no `fs.glob`
 * (added in Node 22), and a pattern here only ever selects files under one directory tree.
 */

/** True when the string contains glob syntax. */
export function isGlob(s: string): boolean {
  return /[*?[{]/.test(s);
}

/** Splits a pattern into its literal base directory and the glob part after it. */
export function splitGlob(pattern: string): { base: string; glob: string } {
  const norm = pattern.replace(/\\/g, '/');
  const parts = norm.split('/');
  const base: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    base.push(p);
  }
  const rest = parts.slice(base.length).join('/');
  let b = base.join('/');
  if (b === '' && norm.startsWith('/')) b = '/';
  return { base: b === '' ? '.' : b, glob: rest };
}

function segmentToRegex(seg: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      const close = seg.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      const alts = seg.slice(i + 1, close).split(',');
      out += `(?:${alts.map(segmentToRegex).join('|')})`;
      i = close;
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/** Compiles the glob part (relative, `/`-separated) into a matcher of relative paths. */
export function compileGlob(glob: string): (relPath: string) => boolean {
  const segs = glob.split('/').filter((s) => s !== '');
  let re = '^';
  segs.forEach((s, i) => {
    const last = i === segs.length - 1;
    if (s === '**') re += last ? '.*' : '(?:[^/]+/)*';
    else re += segmentToRegex(s) + (last ? '' : '/');
  });
  const rx = new RegExp(`${re}$`);
  return (rel) => rx.test(rel.replace(/\\/g, '/'));
}

/** Whether a directory (relative path) can still lead to a match: prunes the walk early. */
export function compileDirPrefix(glob: string): (relDir: string) => boolean {
  const segs = glob.split('/').filter((s) => s !== '');
  const rxs = segs.map((s) => (s === '**' ? null : new RegExp(`^${segmentToRegex(s)}$`)));
  return (relDir) => {
    const parts = relDir.split('/').filter((p) => p !== '');
    for (let i = 0; i < parts.length; i++) {
      if (i >= rxs.length - 1) return rxs.includes(null);
      const rx = rxs[i];
      if (rx === null) return true;
      if (!rx!.test(parts[i]!)) return false;
    }
    return true;
  };
}
