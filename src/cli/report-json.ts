import type { Report } from '../engine/report';

/**
 * Where the lines go in the indented report: the top-level key (two spaces in; anything nested is
 * deeper) with a stand-in value.
 */
const LINES_KEY = `\n  "lines": ${JSON.stringify('tandem:lines')}`;
/** What the lines' buffer grows by; a line longer than this gets a buffer of its own size. */
const CHUNK_BYTES = 1 << 22;

/**
 * The report as JSON for people and tools alike, as UTF-8: indented, except that each purchase line
 * stands on one text line of its own. At 200,000 lines, indenting every field of every line made
 * 77 MB, most of it spaces, with a line's fields twelve text lines apart; one line per purchase
 * also reads well with `grep`.
 *
 * Each line is encoded into the bytes as soon as it is made. Joined into one text first, a single
 * character outside Latin-1 in any description (a `’`, a `–`) made all 60 MB of it two bytes a
 * character; joined a block at a time, the joining and encoding still took a third of the time.
 */
export function reportJson(report: Report, chunkBytes = CHUNK_BYTES): Buffer {
  const indented = JSON.stringify({ ...report, lines: 'tandem:lines' }, null, 2);
  const at = indented.indexOf(LINES_KEY);
  const lines = report.lines;
  const parts: Buffer[] = [Buffer.from(`${indented.slice(0, at)}\n  "lines": ${lines.length === 0 ? '[]' : '['}`)];
  let chunk = Buffer.allocUnsafe(lines.length === 0 ? 0 : chunkBytes);
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(lines[i])}`;
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (used + text.length * 3 > chunk.length) {
      parts.push(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(Math.max(chunkBytes, text.length * 3));
      used = 0;
    }
    used += chunk.write(text, used);
  }
  parts.push(chunk.subarray(0, used));
  parts.push(Buffer.from(`${lines.length === 0 ? '' : '\n  ]'}${indented.slice(at + LINES_KEY.length)}\n`));
  return Buffer.concat(parts);
}
