/**
 * Container runtimes split long log lines into several records: CRI (containerd, CRI-O: the
 * Kubernetes node log format) writes `<time> <stream> P <content>` for every 16 KiB piece but the
 * last (`F`), and Docker's json-file driver writes one `{"log":"…"}` object per 16 KiB piece, only
 * the last ending in `\n`. A token cut by such a split is in no single line; the seam between two
 * pieces is rebuilt here (the end of one piece joined to the start of the next) and scanned on its
 * own, so a match that crosses it is found and attributed to the first piece's line.
 */
export interface Seam {
  /** Start of the line holding the first piece (for its line number and timestamp). */
  lineStart: number;
  /** Where the first piece's line ends (its newline): the seam's position for ownership. */
  junction: number;
  /** Where the first piece's content ends and the next piece's content starts, in the text. */
  tailEnd: number;
  headStart: number;
  /** The first piece's tail joined to the next piece's head. */
  text: string;
  /** Length of the tail part: a match crossing the seam starts before and ends after it. */
  tailLength: number;
}

/** Characters taken on each side of a seam: more than the longest single-line secret. */
const SIDE = 4096;
const CRI_PARTIAL = /^\S{10,40} (?:stdout|stderr) P /gm;
const CRI_PREFIX = /\S{10,40} (?:stdout|stderr) [PF] /y;
const DOCKER_HEAD = '{"log":"';
const DOCKER_TAIL = '","stream":"';

export type ContainerFormat = 'cri' | 'docker';

const CRI_LINE = /^\S{10,40} (?:stdout|stderr) [PF] /;

/**
 * Whether a file's first lines are container runtime records. Decided once per file: scanning
 * every block for the markers instead cost 6% of a whole run.
 */
export function detectContainerFormat(sample: readonly string[]): ContainerFormat | undefined {
  let cri = 0;
  let docker = 0;
  for (const line of sample) {
    if (CRI_LINE.test(line)) cri++;
    else if (line.startsWith(DOCKER_HEAD)) docker++;
  }
  const half = sample.length / 2;
  if (cri > 0 && cri >= half) return 'cri';
  if (docker > 0 && docker >= half) return 'docker';
  return undefined;
}

/** The seams whose junction lies in [from, to) of `text`. */
export function findSeams(text: string, from: number, to: number, format: ContainerFormat): Seam[] {
  return format === 'cri' ? criSeams(text, from, to) : dockerSeams(text, from, to);
}

function criSeams(text: string, from: number, to: number): Seam[] {
  const out: Seam[] = [];
  CRI_PARTIAL.lastIndex = 0;
  for (let m = CRI_PARTIAL.exec(text); m !== null; m = CRI_PARTIAL.exec(text)) {
    const contentStart = m.index + m[0].length;
    const junction = text.indexOf('\n', contentStart);
    if (junction < 0) break;
    CRI_PARTIAL.lastIndex = junction;
    if (junction < from || junction >= to) continue;
    CRI_PREFIX.lastIndex = junction + 1;
    const next = CRI_PREFIX.exec(text);
    if (!next) continue;
    const headStart = junction + 1 + next[0].length;
    out.push(seam(text, m.index, contentStart, junction, headStart));
  }
  return out;
}

function dockerSeams(text: string, from: number, to: number): Seam[] {
  const out: Seam[] = [];
  let pos = text.indexOf(DOCKER_HEAD);
  while (pos >= 0) {
    const lineStart = pos === 0 || text.charCodeAt(pos - 1) === 10 ? pos : -1;
    const lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) break;
    if (lineStart >= 0 && lineEnd >= from && lineEnd < to) {
      const valueEnd = text.lastIndexOf(DOCKER_TAIL, lineEnd);
      const complete = valueEnd < 0 || text.startsWith('\\n', valueEnd - 2);
      const nextIsPiece = text.startsWith(DOCKER_HEAD, lineEnd + 1);
      if (!complete && valueEnd > pos && nextIsPiece) {
        // The first piece's tail ends at its JSON value; the next piece's head starts at its own.
        const headStart = lineEnd + 1 + DOCKER_HEAD.length;
        const quote = text.indexOf('"', headStart);
        const tail = text.slice(Math.max(pos + DOCKER_HEAD.length, valueEnd - SIDE), valueEnd);
        const head = text.slice(
          headStart,
          Math.min(quote < 0 ? text.length : quote, headStart + SIDE),
        );
        out.push({
          lineStart,
          junction: lineEnd,
          tailEnd: valueEnd,
          headStart,
          text: tail + head,
          tailLength: tail.length,
        });
      }
    }
    pos = text.indexOf(DOCKER_HEAD, lineEnd + 1);
  }
  return out;
}

function seam(
  text: string,
  lineStart: number,
  contentStart: number,
  junction: number,
  headStart: number,
): Seam {
  const tail = text.slice(Math.max(contentStart, junction - SIDE), junction);
  let headEnd = text.indexOf('\n', headStart);
  if (headEnd < 0) headEnd = text.length;
  const head = text.slice(headStart, Math.min(headEnd, headStart + SIDE));
  return {
    lineStart,
    junction,
    tailEnd: junction,
    headStart,
    text: tail + head,
    tailLength: tail.length,
  };
}
