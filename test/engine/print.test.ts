import fc from 'fast-check';
import { runAnalysis } from '../../src/app/analyze-sources';
import { pageCapacity, spreadWideSheet } from '../../src/engine/plan/print';
import type { SheetPlan } from '../../src/engine/plan/types';
import { cooperationSources } from '../support/cooperation';

const sheet = (widths: number[], freezeColumns: number, paper: 'A4' | 'A3', landscape: boolean): SheetPlan => ({
  key: 'x',
  name: 'X',
  rows: [],
  widths,
  tables: [],
  freeze: { rows: 3, columns: freezeColumns },
  print: { landscape, fitToWidth: true, repeatRows: 3, paper },
});

describe('printing a wide sheet', () => {
  it('keeps every sheet on one page wide for two to four administrations, as before', () => {
    for (const n of [2, 3, 4]) {
      for (const s of runAnalysis(cooperationSources(n, 2)).plan.sheets) {
        expect([n, s.key, s.print.pagesWide, s.print.repeatColumns]).toEqual([n, s.key, undefined, undefined]);
      }
    }
  });

  it("spreads a cooperation's sheets with a column per administration over pages, the category's name on each", () => {
    const plan = runAnalysis(cooperationSources(20, 2)).plan;
    const print = Object.fromEntries(plan.sheets.map((s) => [s.key, s.print]));
    expect(print['allocation']).toMatchObject({ pagesWide: 3, repeatColumns: 1, repeatRows: 3, paper: 'A3' });
    expect(print['savings']).toMatchObject({ pagesWide: 2, repeatColumns: 1 });
    expect(print['categories']).toMatchObject({ pagesWide: 2, repeatColumns: 1 });
    // Sheets without a column per administration stay on one page wide.
    for (const key of ['summary', 'parameters', 'lines', 'control']) expect(print[key]!.pagesWide).toBeUndefined();
  });

  it('gives each page no more than it can print at the smallest readable scale, with as few pages as that allows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 1, maxLength: 150 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('A4' as const, 'A3' as const),
        fc.boolean(),
        (widths, freeze, paper, landscape) => {
          const capacity = pageCapacity(paper, landscape);
          const repeat = widths.slice(0, freeze).reduce((a, w) => a + w, 0);
          fc.pre(repeat < capacity / 2);
          const total = widths.reduce((a, w) => a + w, 0);
          const { print } = spreadWideSheet(sheet(widths, freeze, paper, landscape));
          if (total <= capacity) return expect(print.pagesWide).toBeUndefined();
          const pages = print.pagesWide!;
          // What each page holds: its share of the other columns and the repeated ones.
          expect((total - repeat) / pages + repeat).toBeLessThanOrEqual(capacity + 1e-9);
          expect((total - repeat) / (pages - 1) + repeat).toBeGreaterThan(capacity);
          expect(print.repeatColumns).toBe(freeze > 0 ? freeze : undefined);
        },
      ),
    );
  });
});
