/**
 * An AbortSignal that aborts when any input does. (`AbortSignal.any` exists at run time on Node
 * 20.3+, but our Node 20 type definitions predate it; this keeps the code honest to both.)
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const ctl = new AbortController();
  const onAbort = () => {
    ctl.abort();
    for (const s of signals) s.removeEventListener('abort', onAbort);
  };
  for (const s of signals) {
    if (s.aborted) {
      onAbort();
      break;
    }
    s.addEventListener('abort', onAbort, { once: true });
  }
  return ctl.signal;
}
