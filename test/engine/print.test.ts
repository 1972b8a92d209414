import fc from 'fast-check';
import { runAnalysis } from '../../src/app/analyze-sources';
import {
  headerRowHeight,
  LINE_POINTS,
  pageCapacity,
  spreadWideSheet,
  wrappedLines,
  wrappedRowHeights,
  wrapRows,
} from '../../src/engine/plan/print';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import { readSourcePath } from '../../src/gateway/files/node';
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

describe('wrapping long texts in narrow columns', () => {
  it('counts the lines a text takes as a spreadsheet breaks it: at spaces and hyphens, inside a word too long', () => {
    expect(wrappedLines('Elektriciteit', 26)).toBe(1);
    expect(wrappedLines('', 10)).toBe(1);
    // 30.8 digits wide: on one line in a column 34 wide, on two in one 32 wide (the cell keeps its sides clear).
    expect(wrappedLines('Grootste uitgave (69 % van het totaal);', 34)).toBe(1);
    expect(wrappedLines('Grootste uitgave (69 % van het totaal);', 32)).toBe(2);
    expect(wrappedLines('Gebouwenonderhoud en herstellingen (schilder-, dak-, sanitair-, schrijn- en vloerwerk, sloten)', 26)).toBe(4);
    // After a hyphen: `building-` / `maintenance`.
    expect(wrappedLines('building-maintenance', 16)).toBe(2);
    // Capitals are wider than small letters.
    expect(wrappedLines('BRANDSTOFFEN VERCRUYSSE NV', 26)).toBe(2);
    expect(wrappedLines('brandstoffen vercruysse nv', 26)).toBe(1);
    // A word wider than its column breaks inside it, and a line break starts a line.
    expect(wrappedLines('Onderhandelingsprocedure', 12)).toBe(2);
    expect(wrappedLines('Onderhandelingsprocedure', 8)).toBe(3);
    expect(wrappedLines('een\ntwee', 20)).toBe(2);
  });

  it('gives a header row the lines of its longest label, in bold; none when all fit on one', () => {
    const h = (v: string) => ({ v, style: 'header' as const });
    expect(headerRowHeight([h('Categorie'), h('Sleutel Gemeente')], [26, 10])).toBe(2 * LINE_POINTS);
    expect(headerRowHeight([h('Categorie'), h('Deel Politiezone Voorkempen')], [26, 13])).toBe(3 * LINE_POINTS);
    expect(headerRowHeight([h('Categorie'), h('Status')], [26, 12])).toBeUndefined();
    expect(headerRowHeight([{ v: 'Sleutel Gemeente', style: 'text' }], [5])).toBeUndefined();
  });

  it("prints a municipality's and its OCMW's Toewijzing on one A3 page wide in six-point type, each row as tall as its texts", () => {
    const plan = runAnalysis(cooperationSources(2, 2)).plan;
    const allocation = plan.sheets.find((s) => s.key === 'allocation')!;
    const total = allocation.widths.reduce((a, w) => a + w, 0);
    // Columns narrow enough that Calibri 11 prints at over 6 pt: it printed at 5.3 pt before they wrapped.
    const pageMm = 420 - 2 * 17.78;
    const points = (11 * pageMm) / (total * 1.9);
    expect(points).toBeGreaterThan(6);
    expect(allocation.print.pagesWide).toBeUndefined();
    const header = allocation.rows[2]!.map((c) => c.v);
    const L = SAVINGS_LABELS.nl.col;
    const wrapped = allocation.wrapColumns!.map((c) => header[c - 1]);
    expect(wrapped).toEqual(expect.arrayContaining([L.category, L.reason, L.procedure, L.verdict, L.note]));
    // Every data row has its height when a text takes more than one line; the header row and title do not.
    const heights = wrappedRowHeights(allocation);
    const table = allocation.tables[0]!;
    for (const [row, height] of heights) {
      expect(row).toBeGreaterThan(table.headerRow);
      expect(row).toBeLessThanOrEqual(table.lastRow);
      expect(height % LINE_POINTS).toBe(0);
    }
    const reason = allocation.wrapColumns!.find((c) => header[c - 1] === L.reason)!;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const lines = wrappedLines(String(allocation.rows[r - 1]![reason - 1]!.v), allocation.widths[reason - 1]!);
      expect(heights.get(r) ?? LINE_POINTS).toBeGreaterThanOrEqual(lines * LINE_POINTS);
    }
  });

  it('prints the sources of the Parameters whole, wrapped beside each assumption, on A4 at two thirds of full size', () => {
    const parameters = runAnalysis(cooperationSources(2, 2)).plan.sheets.find((s) => s.key === 'parameters')!;
    const L = SAVINGS_LABELS.nl.col;
    const header = parameters.rows[2]!.map((c) => c.v);
    const source = header.indexOf(L.source) + 1;
    // And the procedures' names in the table below (`Onderhandelingsprocedure zonder …`), in column B.
    expect(parameters.wrapColumns).toEqual([1, 2, source]);
    const total = parameters.widths.reduce((a, w) => a + w, 0);
    expect((297 - 2 * 17.78) / (total * 1.9)).toBeGreaterThan(0.65);
    const heights = wrappedRowHeights(parameters);
    const table = parameters.tables[0]!;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const lines = wrappedLines(String(parameters.rows[r - 1]![source - 1]!.v ?? ''), parameters.widths[source - 1]!);
      expect(heights.get(r) ?? LINE_POINTS).toBeGreaterThanOrEqual(lines * LINE_POINTS);
    }
    // The elasticities' source is the longest: several lines.
    expect(Math.max(...heights.values())).toBeGreaterThanOrEqual(4 * LINE_POINTS);
  });

  it("gives every wrapped row of the samples' workbook the lines its longest text takes, and only those rows", async () => {
    const plan = runAnalysis([
      { name: 'Gemeente', tables: await readSourcePath('samples/gemeente-boekhouding.xlsx') },
      { name: 'OCMW', tables: await readSourcePath('samples/ocmw-aankopen.csv') },
    ]).plan;
    let tall = 0;
    for (const sheet of plan.sheets.filter((s) => s.wrapColumns)) {
      const heights = wrappedRowHeights(sheet);
      const rows = new Set(wrapRows(sheet).flatMap(({ from, to }) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));
      for (const [r] of heights) expect(rows.has(r)).toBe(true);
      for (const r of rows) {
        const cells = sheet.wrapColumns!.map((c) => sheet.rows[r - 1]?.[c - 1]);
        const lines = Math.max(
          ...cells.map((c, i) => {
            const v = c?.f !== undefined ? c.result : c?.v;
            return typeof v === 'string' ? wrappedLines(v, sheet.widths[sheet.wrapColumns![i]! - 1]!) : 1;
          }),
        );
        expect([sheet.key, r, heights.get(r) ?? LINE_POINTS]).toEqual([sheet.key, r, lines * LINE_POINTS]);
        if (lines > 1) tall++;
      }
    }
    // Controle's rejected rows name their column (`J (Bedrag excl. btw)`) in full, over two lines where needed.
    const control = plan.sheets.find((s) => s.key === 'control')!;
    expect(wrappedRowHeights(control).size).toBeGreaterThan(0);
    expect(tall).toBeGreaterThan(20);
  });

  it('breaks no header inside a word, in any of the three languages, with long administration names', () => {
    const sources = cooperationSources(3, 2).map((src, i) => ({ ...src, name: ['Gemeente', 'OCMW', 'Hulpverleningszone'][i]! }));
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const sheet of runAnalysis(sources, { lang }).plan.sheets) {
        const broken: string[] = [];
        for (const row of sheet.rows) {
          row.forEach((c, i) => {
            if (c.style !== 'header') return;
            for (const word of String(c.v ?? '').split(/\s+/)) {
              if (wrappedLines(word, sheet.widths[i]!, 1.03) > 1) broken.push(`${word} (${sheet.widths[i]})`);
            }
          });
        }
        expect([lang, sheet.key, broken]).toEqual([lang, sheet.key, []]);
      }
    }
  });
});
