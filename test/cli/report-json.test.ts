import { runAnalysis } from '../../src/app/analyze-sources';
import { reportJson } from '../../src/cli/report-json';
import { readSourcePath } from '../../src/gateway/files/node';
import type { Report } from '../../src/engine/report';

const jsonText = (r: Report): string => reportJson(r).toString('utf8');

let report: Report;

beforeAll(async () => {
  report = runAnalysis([
    { name: 'Gemeente', tables: await readSourcePath('samples/gemeente-boekhouding.xlsx') },
    { name: 'OCMW', tables: await readSourcePath('samples/ocmw-aankopen.csv') },
  ]).report;
});

describe('the JSON report the CLI writes', () => {
  it('holds the same data as the report, indented, with each purchase line on one text line', () => {
    const text = jsonText(report);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    const rows = text.split('\n');
    const start = rows.indexOf('  "lines": [');
    expect(start).toBeGreaterThan(0);
    const lineRows = rows.slice(start + 1, start + 1 + report.lines.length);
    expect(rows[start + 1 + report.lines.length]).toBe('  ],');
    lineRows.forEach((row, i) => expect(JSON.parse(row.trim().replace(/,$/, ''))).toEqual(JSON.parse(JSON.stringify(report.lines[i]))));
    // Above the lines, the report reads as before.
    const pretty = JSON.stringify(report, null, 2);
    expect(pretty.startsWith(rows.slice(0, start + 1).join('\n'))).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    // Most of an indented report's lines are spaces and one field each.
    expect(text.length).toBeLessThan(pretty.length * 0.8);
  });

  it('writes an empty list of lines as [], and text that looks like its own layout as text', () => {
    const odd = { ...report, lines: [] };
    expect(JSON.parse(jsonText(odd))).toEqual(JSON.parse(JSON.stringify(odd)));
    expect(jsonText(odd)).toContain('\n  "lines": [],\n');
    const tricky = { ...report.lines[0]!, description: '\n  "lines": "tandem:lines"' };
    const withTricky = { ...report, lines: [tricky, ...report.lines.slice(1)] };
    expect(JSON.parse(jsonText(withTricky))).toEqual(JSON.parse(JSON.stringify(withTricky)));
  });

  it('writes thousands of lines, with text beyond Latin-1 among them, as the same UTF-8 as the report', () => {
    const many = Array.from({ length: 4_500 }, (_, i) => ({ ...report.lines[i % report.lines.length]!, row: i + 2 }));
    many[2_001] = { ...many[2_001]!, description: 'Koffie ’t Hoekske – 12 € 🍵' };
    const big = { ...report, lines: many };
    const bytes = reportJson(big);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(big)));
    expect(
      bytes
        .toString('utf8')
        .split('\n')
        .filter((row) => row.startsWith('    {"administration"')),
    ).toHaveLength(4_500);
  });

  it('writes the same bytes however the lines fall across the buffers they are encoded into, a line longer than one among them', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...report.lines[i % report.lines.length]!, row: i + 2 }));
    many[7] = { ...many[7]!, description: `Café ’t Hoekske ${'é€🍵'.repeat(800)}` };
    many[150] = { ...many[150]!, supplier: 'Brouwerij "De Zwaan" \\ Gent\u0001' };
    const big = { ...report, lines: many };
    const whole = reportJson(big);
    expect(JSON.parse(whole.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(big)));
    for (const chunk of [64, 1_000, 4_096]) expect(reportJson(big, chunk).equals(whole)).toBe(true);
  });
});
