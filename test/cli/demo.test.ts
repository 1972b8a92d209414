import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readSourcePath } from '../../src/gateway/files/node';
import type { Report } from '../../src/engine/report';

const root = join(__dirname, '..', '..');
const gemeente = join(root, 'samples', 'gemeente-boekhouding.xlsx');
const ocmw = join(root, 'samples', 'ocmw-aankopen.csv');

async function run(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    [
      'analyze',
      '--source',
      `Gemeente=${gemeente}`,
      '--source',
      `OCMW=${ocmw}`,
      '--out',
      join(dir, 't.xlsx'),
      '--json',
      join(dir, 't.json'),
    ],
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return {
    code,
    out: out.join('\n'),
    err: err.join('\n'),
    json: readFileSync(join(dir, 't.json'), 'utf8'),
    xlsx: readFileSync(join(dir, 't.xlsx')),
  };
}

describe('the analysis of the two sample exports', () => {
  let first: Awaited<ReturnType<typeof run>>;
  let report: Report;
  beforeAll(async () => {
    first = await run(mkdtempSync(join(tmpdir(), 'tandem-demo-')));
    report = JSON.parse(first.json) as Report;
  });

  it('runs and prints what it read and the biggest shared categories', () => {
    expect(first.code).toBe(0);
    expect(first.err).toBe('');
    expect(first.out).toMatch(/^Gemeente \(.*gemeente-boekhouding\.xlsx\): 1\.\d{3} lijnen, \d+ overgeslagen rijen, 4 afgewezen rijen/m);
    expect(first.out).toMatch(/^OCMW \(.*ocmw-aankopen\.csv\): 1\.\d{3} lijnen/m);
    expect(first.out).toContain('Grootste gedeelde categorieën:');
    // The amounts stand in one column, a long name cut at a word.
    const top = first.out.split('Grootste gedeelde categorieën:\n')[1]!.split('\n').slice(0, 8);
    expect(top).toHaveLength(8);
    expect(new Set(top.map((l) => l.length)).size).toBe(1);
    expect(top).toContainEqual(expect.stringMatching(/^ {2}Gebouwenonderhoud en herstellingen… +€\s[\d.]+,\d\d$/));
  });

  it('reports in the tandem.report/1 schema', () => {
    expect(report.schema).toBe('tandem.report/1');
    expect(report.sources.map((s) => [s.name, s.sheet, s.headerRow])).toEqual([
      ['Gemeente', 'Export', 5],
      ['OCMW', 'ocmw-aankopen.csv', 2],
    ]);
    expect(Object.keys(report.sources[1]!.mapping)).toEqual(
      expect.arrayContaining(['amount', 'supplier', 'description', 'date', 'quantity', 'unitPrice']),
    );
    expect(report.lines[0]).toEqual(
      expect.objectContaining({
        administration: 'Gemeente',
        row: 6,
        amount: expect.any(Number),
        category: expect.any(String),
        evidence: expect.any(String),
      }),
    );
  });

  it('accounts for every row of every source exactly once', async () => {
    for (const [name, path] of [
      ['Gemeente', gemeente],
      ['OCMW', ocmw],
    ] as const) {
      const [table] = await readSourcePath(path);
      const seen = [
        ...report.lines.filter((l) => l.administration === name).map((l) => l.row),
        ...report.skipped.filter((s) => s.administration === name).map((s) => s.row),
        ...report.rejected.filter((r) => r.administration === name).map((r) => r.row),
      ].sort((a, b) => a - b);
      expect(seen).toEqual(table!.rows.map((_, i) => i + 1));
    }
  });

  it('reconciles to the cent: lines = amount column − totals rows', () => {
    for (const s of report.sources) {
      expect(s.reconciliation.difference).toBe(0);
      const lineCents = report.lines.filter((l) => l.administration === s.name).reduce((n, l) => n + Math.round(l.amount * 100), 0);
      expect(lineCents).toBe(Math.round(s.total * 100));
      expect(s.reconciliation.totalsRows).toBeGreaterThan(0);
    }
  });

  it('lists every broken amount with its row, column and reason', () => {
    expect(report.rejected).toHaveLength(9);
    for (const r of report.rejected) {
      expect(r.column).toMatch(/^[A-Z]+$/);
      expect(r.reason).toMatch(/Bedrag/);
    }
  });

  it('finds what both buy, and keeps apart what only one buys', () => {
    const shared = new Set(report.categories.filter((c) => c.shared).map((c) => c.id));
    for (const id of ['office-paper', 'electricity', 'vehicle-fuel', 'cleaning-products', 'insurance']) expect(shared).toContain(id);
    const only = (id: string) => {
      const c = report.categories.find((x) => x.id === id)!;
      return Object.entries(c.spend)
        .filter(([, v]) => v > 0)
        .map(([k]) => k);
    };
    expect(only('road-salt')).toEqual(['Gemeente']);
    expect(only('incontinence')).toEqual(['OCMW']);
    expect(only('medicines')).toEqual(['OCMW']);
  });

  it('gives the same bytes for the same input', async () => {
    const second = await run(mkdtempSync(join(tmpdir(), 'tandem-demo-')));
    expect(second.json).toBe(first.json);
    expect(Buffer.compare(second.xlsx, first.xlsx)).toBe(0);
  });
});
