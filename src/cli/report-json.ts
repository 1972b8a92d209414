import type { Report } from '../engine/report';

/**
 * Where the lines go in the indented report: the top-level key (two spaces in; anything nested is
 * deeper) with a stand-in value.
 */
const LINES_KEY = `\n  "lines": ${JSON.stringify('tandem:lines')}`;
/** Purchase lines encoded together. */
const LINES_PER_BLOCK = 2_000;

/**
 * The report as JSON for people and tools alike, as UTF-8: indented, except that each purchase line
 * stands on one text line of its own. At 200,000 lines, indenting every field of every line made
 * 77 MB, most of it spaces, with a line's fields twelve text lines apart; one line per purchase
 * also reads well with `grep`.
 *
 * The lines are encoded a block at a time. As one text, a single character outside Latin-1 in any
 * description (a `’`, a `–`) made all 60 MB of it two bytes a character, and turning that into
 * UTF-8 took a third of a second.
 */
export function reportJson(report: Report): Buffer {
  const indented = JSON.stringify({ ...report, lines: 'tandem:lines' }, null, 2);
  const at = indented.indexOf(LINES_KEY);
  const lines = report.lines;
  const parts: Buffer[] = [Buffer.from(`${indented.slice(0, at)}\n  "lines": ${lines.length === 0 ? '[]' : '['}`)];
  for (let from = 0; from < lines.length; from += LINES_PER_BLOCK) {
    const to = Math.min(lines.length, from + LINES_PER_BLOCK);
    let block = '';
    for (let i = from; i < to; i++) block += `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(lines[i])}`;
    parts.push(Buffer.from(block));
  }
  parts.push(Buffer.from(`${lines.length === 0 ? '' : '\n  ]'}${indented.slice(at + LINES_KEY.length)}\n`));
  return Buffer.concat(parts);
}
