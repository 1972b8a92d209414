import { runAnalysis } from '../../src/app/analyze-sources';
import { reportJson } from '../../src/cli/report-json';
import { readSourcePath } from '../../src/gateway/files/node';
import type { Report } from '../../src/engine/report';

let report: Report;

beforeAll(async () => {
  report = runAnalysis([
    { name: 'Gemeente', tables: await readSourcePath('samples/gemeente-boekhouding.xlsx') },
    { name: 'OCMW', tables: await readSourcePath('samples/ocmw-aankopen.csv') },
  ]).report;
});

describe('the JSON report the CLI writes', () => {
  it('holds the same data as the report, indented, with each purchase line on one text line', () => {
    const text = reportJson(report);
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
    expect(JSON.parse(reportJson(odd))).toEqual(JSON.parse(JSON.stringify(odd)));
    expect(reportJson(odd)).toContain('\n  "lines": [],\n');
    const tricky = { ...report.lines[0]!, description: '\n  "lines": "tandem:lines"' };
    const withTricky = { ...report, lines: [tricky, ...report.lines.slice(1)] };
    expect(JSON.parse(reportJson(withTricky))).toEqual(JSON.parse(JSON.stringify(withTricky)));
  });
});
