import type { Report } from '../engine/report';

/**
 * Where the lines go in the indented report: the top-level key (two spaces in; anything nested is
 * deeper) with a stand-in value.
 */
const LINES_KEY = `\n  "lines": ${JSON.stringify('tandem:lines')}`;

/**
 * The report as JSON text for people and tools alike: indented, except that each purchase line
 * stands on one text line of its own. At 200,000 lines, indenting every field of every line made
 * 77 MB, most of it spaces, with a line's fields twelve text lines apart; one line per purchase
 * also reads well with `grep`.
 */
export function reportJson(report: Report): string {
  const indented = JSON.stringify({ ...report, lines: 'tandem:lines' }, null, 2);
  const at = indented.indexOf(LINES_KEY);
  const lines = report.lines.length === 0 ? '[]' : `[\n${report.lines.map((line) => `    ${JSON.stringify(line)}`).join(',\n')}\n  ]`;
  return `${indented.slice(0, at)}\n  "lines": ${lines}${indented.slice(at + LINES_KEY.length)}\n`;
}
