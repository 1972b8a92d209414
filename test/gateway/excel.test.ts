import { runAnalysis } from '../../src/app/analyze-sources';
import type { SourceTable } from '../../src/engine/model';
import { readPreviousEdits } from '../../src/engine/plan/edits';
import { EDITED_SHEET_KEYS, KIND_EDITS, LINE_EDITS } from '../../src/engine/plan/line-edits';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import type { SheetPlan, WritePlan } from '../../src/engine/plan/types';
import { isoToExcelSerial } from '../../src/engine/read/values';
import { numberFormatFor } from '../../src/gateway/formats';
import { wrapRows } from '../../src/engine/plan/print';
import { createExcelGateway, type ExcelGatewayOptions } from '../../src/gateway/excel/gateway';
import { MARKER_KEY } from '../../src/gateway/excel/names';
import { ExcelGatewayError, SyncTimeoutError } from '../../src/gateway/excel/sync';
import { cellInput, needsQuotePrefix } from '../../src/gateway/excel/write';
import { readSourcePath } from '../../src/gateway/files/node';
import type { GatewayProgress } from '../../src/gateway/port';
import { cooperationSources } from '../support/cooperation';
import { columnName, createFakeExcel, formulaSheets, mapSheetRefs, type FakeExcel, type FakeInput } from '../support/excel-fake';

const bench = (label: string, fake: FakeExcel) => {
  if (process.env.TANDEM_BENCH) {
    const s = fake.stats;
    console.log(
      `${label}: ${s.syncs} syncs, largest request ${s.maxRequestBytes} B, largest response ${s.maxResponseBytes} B, total request ${s.totalRequestBytes} B`,
    );
  }
};

/** The whole workbook as it was (compared as JSON: the snapshots are large). */
function expectUnchanged(fake: FakeExcel, before: string) {
  const after = JSON.stringify(fake.snapshot());
  if (after !== before) expect(fake.snapshot()).toEqual(JSON.parse(before));
}

const gatewayOver = (fake: FakeExcel, options: ExcelGatewayOptions = {}) => createExcelGateway({ run: fake.run, ...options });

const addr = (row0: number, col0: number) => `${columnName(col0)}${row0 + 1}`;

/** Marks a sheet of the fake as Tandem's, as an earlier run would have. */
function markTandem(fake: FakeExcel, sheet: string, key: string, plan = sheet) {
  fake
    .sheet(sheet)!
    .customProperties.set(MARKER_KEY.toLowerCase(), { key: MARKER_KEY, value: JSON.stringify({ v: 1, key, name: sheet, plan }) });
}

let samplePlan: WritePlan;
let sampleSources: { name: string; tables: SourceTable[] }[];

beforeAll(async () => {
  const g = await readSourcePath('samples/gemeente-boekhouding.xlsx');
  const o = await readSourcePath('samples/ocmw-aankopen.csv');
  sampleSources = [
    { name: 'Gemeente', tables: g },
    { name: 'OCMW', tables: o },
  ];
  samplePlan = runAnalysis(sampleSources).plan;
});

/** A workbook holding the two sample sources as sheets, and a user's own `Parameters` sheet. */
function sampleWorkbook(): FakeExcel {
  return createFakeExcel({
    Gemeente: sampleSources[0]!.tables[0]!.rows as FakeInput[][],
    OCMW: sampleSources[1]!.tables[0]!.rows as FakeInput[][],
    Parameters: [['Mijn eigen parameters'], ['BTW', 0.21]],
  });
}

/** Checks that a sheet holds exactly what its plan says: formulas as formulas, text as text, formats. */
function expectSheetAsPlanned(fake: FakeExcel, plan: SheetPlan, name: string, finalName: (planName: string) => string | undefined) {
  expect(fake.sheet(name)).toBeDefined();
  const wrong: unknown[] = [];
  plan.rows.forEach((row, r) => {
    row.forEach((p, c) => {
      const cell = fake.cell(name, addr(r, c));
      const where = `${name}!${addr(r, c)}`;
      if (p.f !== undefined) {
        const formula = `=${mapSheetRefs(p.f, finalName)}`;
        if (cell?.formula !== formula) wrong.push({ where, formula: cell?.formula, expected: formula });
      } else if (p.v === null || p.v === undefined || p.v === '') {
        if ((cell?.value ?? null) !== null || cell?.formula) wrong.push({ where, value: cell?.value, expected: null });
      } else if (cell?.value !== p.v || cell.formula !== undefined)
        wrong.push({ where, value: cell?.value, formula: cell?.formula, expected: p.v });
      const fmt = numberFormatFor(p.style, 'EUR');
      if (fmt && cell?.numberFormat !== fmt) wrong.push({ where, numberFormat: cell?.numberFormat, expected: fmt });
    });
  });
  expect(wrong.slice(0, 10)).toEqual([]);
}

// ------------------------------------------------------------------------------------------ listing

describe('listing the sheets', () => {
  it('gives each sheet its used range and recognises Tandem’s by the marker, not by name', async () => {
    const fake = createFakeExcel({
      Gemeente: [
        ['Datum', 'Bedrag'],
        ['2025-01-02', 12.5],
        [null, 3],
      ],
      Samenvatting: [['Mijn eigen samenvatting']],
      Lijnen: [
        ['Bestuur', 'Bedrag'],
        ['Gemeente', 1],
      ],
      'Lijnen (2)': [['Bestuur', 'Bedrag']],
      Leeg: [],
    });
    fake.setCells('Leeg', 'C5', [[{ value: null, numberFormat: '0.00' }]]);
    markTandem(fake, 'Lijnen', 'lines');
    // A copy of Tandem's sheet carries the marker along, with the name of the original.
    fake
      .sheet('Lijnen (2)')!
      .customProperties.set('tandem', { key: 'Tandem', value: JSON.stringify({ v: 1, key: 'lines', name: 'Lijnen', plan: 'Lijnen' }) });
    const sheets = await gatewayOver(fake).listSheets();
    expect(sheets).toEqual([
      { name: 'Gemeente', rows: 3, columns: 2, tandem: false },
      { name: 'Samenvatting', rows: 1, columns: 1, tandem: false },
      { name: 'Lijnen', rows: 2, columns: 2, tandem: true },
      { name: 'Lijnen (2)', rows: 1, columns: 2, tandem: false },
      { name: 'Leeg', rows: 0, columns: 0, tandem: false },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  it('a sheet Tandem wrote and the user renamed is the user’s', async () => {
    const fake = createFakeExcel({ 'Lijnen oud': [['x']] });
    fake
      .sheet('Lijnen oud')!
      .customProperties.set('tandem', { key: 'Tandem', value: JSON.stringify({ v: 1, key: 'lines', name: 'Lijnen', plan: 'Lijnen' }) });
    expect((await gatewayOver(fake).listSheets())[0]!.tandem).toBe(false);
  });
});

// ------------------------------------------------------------------------------------------ reading

describe('reading a source in blocks', () => {
  const ROWS = 20_000;
  const LIMIT = 300_000;

  const isoOf = (i: number) => `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

  /** A purchase export starting at B3 (so row and column numbers must be padded), with dates, blanks and long text. */
  function bigExport(): FakeExcel {
    const rows: FakeInput[][] = [['Datum', 'Leverancier', 'Omschrijving', 'Leeg', 'Bedrag', 'Opmerking']];
    for (let i = 0; i < ROWS; i++) {
      if (i === 999) {
        rows.push([]);
        continue;
      }
      const day = isoToExcelSerial(isoOf(i));
      rows.push([
        { value: day, numberFormat: 'dd/mm/yyyy' },
        `Leverancier ${i % 97}`,
        `Omschrijving van aankoop ${i} ${'x'.repeat(i % 40)}`,
        '',
        { value: Math.round(i * 137.31) / 100, numberFormat: '#,##0.00' },
        i % 10 === 0 ? 'Let op' : null,
      ]);
    }
    const fake = createFakeExcel({ Titel: [], Export: [] }, { maxRequestBytes: LIMIT, maxResponseBytes: LIMIT });
    fake.setCells('Export', 'B3', rows);
    return fake;
  }

  it('reads 20,000 rows in blocks that stay under the payload limit, with row numbers, dates and blanks right', async () => {
    const fake = bigExport();
    const progress: GatewayProgress[] = [];
    const table = await gatewayOver(fake, { maxPayloadBytes: 250_000 }).readSheet('Export', (p) => progress.push(p));
    bench(`read ${ROWS} rows (limit ${LIMIT} B, budget 250000 B)`, fake);

    expect(table.sheet).toBe('Export');
    expect(table.rows).toHaveLength(2 + 1 + ROWS);
    expect(table.rows[0]).toEqual([]);
    expect(table.rows[1]).toEqual([]);
    expect(table.rows[2]).toEqual([null, 'Datum', 'Leverancier', 'Omschrijving', 'Leeg', 'Bedrag', 'Opmerking']);
    expect(table.rows[3]).toEqual([null, '2024-01-01', 'Leverancier 0', 'Omschrijving van aankoop 0 ', null, 0, 'Let op']);
    expect(table.rows[4]).toEqual([null, '2024-02-02', 'Leverancier 1', 'Omschrijving van aankoop 1 x', null, 1.37]);
    expect(table.rows[3 + 999]).toEqual([]);
    const last = ROWS - 1;
    expect(table.rows[3 + last]).toEqual([
      null,
      isoOf(last),
      `Leverancier ${last % 97}`,
      `Omschrijving van aankoop ${last} ${'x'.repeat(last % 40)}`,
      null,
      Math.round(last * 137.31) / 100,
    ]);

    const blocks = progress.length - 1;
    expect(blocks).toBeGreaterThan(10);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(fake.stats.syncs).toBe(1 + blocks);
    expect(fake.stats.untracked).toBeGreaterThanOrEqual(blocks);
    expect(progress[0]).toEqual({ phase: 'read', done: 0, total: ROWS + 1 });
    expect(progress.at(-1)).toEqual({ phase: 'read', done: ROWS + 1, total: ROWS + 1 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);

    // With Excel on the web's own limit and the default budget: a few large blocks.
    const web = bigExport();
    web.limits.maxRequestBytes = web.limits.maxResponseBytes = 5 * 1024 * 1024;
    expect(await gatewayOver(web).readSheet('Export')).toEqual(table);
    bench(`read ${ROWS} rows (limit 5 MB, budget 4 MB)`, web);
    expect(web.stats.syncs).toBeLessThan(6);
  });

  it('stops between blocks when cancelled', async () => {
    const fake = bigExport();
    const controller = new AbortController();
    let blocks = 0;
    const reading = gatewayOver(fake, { maxPayloadBytes: 250_000 }).readSheet(
      'Export',
      (p) => {
        if (p.done > 0 && ++blocks === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.stats.syncs).toBe(1 + 2);
  });

  it('reads again in smaller blocks when Excel refuses a response, and keeps under the cell cap', async () => {
    const fake = bigExport();
    fake.limits.maxResponseBytes = 60_000;
    fake.limits.maxCellsPerRead = 30_000;
    const table = await gatewayOver(fake, { maxPayloadBytes: 1_000_000, maxCellsPerRead: 30_000 }).readSheet('Export');
    expect(table.rows).toHaveLength(2 + 1 + ROWS);
    const refused = fake.stats.perSync.filter((s) => !s.ok).length;
    expect(refused).toBeGreaterThan(0);
    // After a refusal blocks stay at most half as large: only the first few are refused.
    expect(refused).toBeLessThanOrEqual(6);
  });

  it('says where when even one row is too large for Excel', async () => {
    const fake = createFakeExcel({ Export: [['kort'], ['kort'], ['x'.repeat(2000)]] }, { maxResponseBytes: 1000 });
    await expect(gatewayOver(fake).readSheet('Export')).rejects.toMatchObject({ problem: 'payload-too-large', sheet: 'Export', row: 3 });
  });

  it('says which sheet is missing, and reads an empty sheet as no rows', async () => {
    const fake = createFakeExcel({ Leeg: [] });
    const gw = gatewayOver(fake);
    expect((await gw.readSheet('Leeg')).rows).toEqual([]);
    await expect(gw.readSheet('Nergens')).rejects.toMatchObject({ problem: 'no-such-sheet', sheet: 'Nergens' });
  });
});

// ------------------------------------------------------------------------------------------ writing

describe('text stays text', () => {
  it('prefixes what Excel would read as a formula, number, date or boolean, and nothing else', () => {
    for (const t of [
      '=1+2',
      '+32 2 123 45 67',
      '-korting',
      '@home',
      "'quoted",
      '00123',
      '2024-01-05',
      '12:30',
      '50%',
      'TRUE',
      'waar',
      'jan 2024',
      'Dec-24',
      '#N/A',
      ' =x',
    ]) {
      expect({ t, prefixed: needsQuotePrefix(t) }).toEqual({ t, prefixed: true });
    }
    for (const t of ['Papier', 'Lyreco Belgium NV', 'A4 papier', 'Brandstof', 'Café', 'Électricité'])
      expect({ t, prefixed: needsQuotePrefix(t) }).toEqual({ t, prefixed: false });
    expect(cellInput({ v: '=HYPERLINK("x")' }, () => undefined)).toBe(`'=HYPERLINK("x")`);
    expect(cellInput({ f: "SUM('Parameters'!B1:B3)" }, (s) => (s === 'Parameters' ? '~Parameters' : undefined))).toBe(
      "=SUM('~Parameters'!B1:B3)",
    );
    expect(cellInput({ v: Number.NaN }, () => undefined)).toBe('');
  });

  it('the fake, like Excel, turns such text into formulas and numbers when written plainly', async () => {
    const fake = createFakeExcel({ S: [] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:E1').values = [['=1+2', '-korting', '00123', 'TRUE', "'=1+2"]];
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['=1+2']];
      await context.sync();
    });
    expect(fake.cell('S', 'A1')!.formula).toBe('=1+2');
    expect(fake.cell('S', 'B1')!.formula).toBe('=-korting');
    expect(fake.cell('S', 'C1')!.value).toBe(123);
    expect(fake.cell('S', 'D1')!.value).toBe(true);
    expect(fake.cell('S', 'E1')).toMatchObject({ value: '=1+2', quotePrefix: true });
    expect(fake.cell('S', 'A2')).toMatchObject({ value: '=1+2' });
    expect(fake.cell('S', 'A2')!.formula).toBeUndefined();
  });

  it('descriptions from a source that start with =, +, -, @ (and other look-alikes) are written as the same text', async () => {
    const risky = [
      '=HYPERLINK("http://example.com","klik")',
      '+32 2 123 45 67',
      '-korting op factuur',
      '@home kantoor',
      "'tussen quotes",
      '00123',
      '2024-01-05',
      'TRUE',
      'jan 2024',
      '#N/A',
      '=1+1',
    ];
    const header = ['Datum', 'Leverancier', 'Omschrijving', 'Bedrag'];
    const source = (name: string): SourceTable => ({
      file: `${name}.csv`,
      sheet: name,
      rows: [header, ...risky.map((d, i) => [`0${(i % 9) + 1}/02/2025`, 'Lyreco Belgium NV', d, `${10 + i},50`])],
    });
    const { plan } = runAnalysis([
      { name: 'Gemeente', tables: [source('Gemeente')] },
      { name: 'OCMW', tables: [source('OCMW')] },
    ]);
    const fake = createFakeExcel({ Gemeente: [['bron']] });
    const names = await gatewayOver(fake).applyPlan(plan);
    const lines = plan.sheets.find((s) => s.key === 'lines')!;
    const written = new Map<string, { value: unknown; formula?: string }>();
    lines.rows.forEach((row, r) =>
      row.forEach((p, c) => {
        if (typeof p.v === 'string' && risky.includes(p.v)) written.set(`${p.v}@${r}`, { ...fake.cell(names.lines!, addr(r, c))! });
      }),
    );
    expect(written.size).toBeGreaterThanOrEqual(risky.length * 2);
    for (const [key, cell] of written) {
      expect({ key, value: cell.value, formula: cell.formula }).toEqual({
        key,
        value: key.slice(0, key.lastIndexOf('@')),
        formula: undefined,
      });
    }
    expectSheetAsPlanned(fake, lines, names.lines!, (s) => names[plan.sheets.find((p) => p.name === s)?.key ?? '']);
  });
});

describe('writing the plan', () => {
  it('writes every sheet of the sample plan: formulas as formulas, text as text, tables once, sources untouched', async () => {
    const fake = sampleWorkbook();
    const before = fake.snapshot() as { sheets: { name: string }[] };
    const progress: GatewayProgress[] = [];
    const names = await gatewayOver(fake).applyPlan(samplePlan, (p) => progress.push(p));
    bench('write the sample plan (limit 5 MB, budget 4 MB)', fake);

    // A user's own `Parameters` stays; Tandem's gets another name, and its formulas point there.
    expect(names.parameters).toBe('Parameters (Tandem)');
    expect(Object.keys(names)).toEqual(samplePlan.sheets.map((s) => s.key));
    expect(fake.sheetNames()).toEqual(['Gemeente', 'OCMW', 'Parameters', ...samplePlan.sheets.map((s) => names[s.key])]);
    const after = fake.snapshot() as { sheets: { name: string }[] };
    for (const name of ['Gemeente', 'OCMW', 'Parameters']) {
      expect(after.sheets.find((s) => s.name === name)).toEqual(before.sheets.find((s) => s.name === name));
    }

    const finalName = (planName: string) =>
      names[samplePlan.sheets.find((p) => p.name.toLowerCase() === planName.toLowerCase())?.key ?? ''];
    for (const sheet of samplePlan.sheets) expectSheetAsPlanned(fake, sheet, names[sheet.key]!, finalName);

    // Formulas refer only to Tandem's sheets, never to the user's `Parameters`, and nothing became #REF!.
    const tandemNames = new Set(Object.values(names).map((n) => n.toLowerCase()));
    let formulas = 0;
    for (const name of Object.values(names)) {
      for (const row of fake.formulas(name)) {
        for (const v of row) {
          if (typeof v !== 'string' || !v.startsWith('=')) continue;
          formulas++;
          expect(v).not.toContain('#REF!');
          for (const ref of formulaSheets(v)) expect(tandemNames.has(ref.toLowerCase())).toBe(true);
        }
      }
    }
    expect(formulas).toBe(samplePlan.sheets.reduce((a, s) => a + s.rows.flat().filter((c) => c.f !== undefined).length, 0));

    // Each table made once, over the written range, with its own name; never row by row.
    const planTables = samplePlan.sheets.flatMap((s) => s.tables.map((t) => ({ ...t, sheet: names[s.key] })));
    expect(fake.stats.actions['tables.add']).toBe(planTables.length);
    expect(fake.stats.actions['table.rows.add']).toBeUndefined();
    expect(
      fake.workbookState.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        row: t.rect.row + 1,
        last: t.rect.row + t.rect.rows,
        columns: t.rect.columns,
      })),
    ).toEqual(
      planTables.map((t) => ({
        name: t.name,
        sheet: t.sheet,
        row: t.headerRow,
        last: Math.max(t.lastRow, t.headerRow + 1),
        columns: t.lastColumn - t.firstColumn + 1,
      })),
    );

    // Styles, widths, view, print, chart.
    const lines = samplePlan.sheets.find((s) => s.key === 'lines')!;
    const linesSheet = fake.sheet(names.lines!)!;
    expect(fake.cell(names.lines!, 'A3')!.format).toMatchObject({ bold: true, fill: '#1F4E79', fontColor: '#FFFFFF' });
    const inputCol = lines.rows[3]!.findIndex((c) => c.style === 'input');
    expect(fake.cell(names.lines!, addr(3, inputCol))!.format).toMatchObject({ fill: '#FFF2CC' });
    expect(linesSheet.columnWidths.size).toBe(lines.widths.length);
    expect(linesSheet.freeze).toEqual(lines.freeze);
    expect(linesSheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A3',
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: '$1:$3',
    });
    // Toewijzing's long texts wrap in their narrow columns, every cell of a row at its top, and Excel
    // fits the rows' heights to them.
    const allocation = samplePlan.sheets.find((s) => s.key === 'allocation')!;
    const reasonCol = allocation.rows[2]!.findIndex((c) => c.v === SAVINGS_LABELS.nl.col.reason);
    expect(fake.cell(names.allocation!, addr(3, reasonCol))!.format).toMatchObject({ wrapText: true, verticalAlignment: 'Top' });
    expect(fake.cell(names.allocation!, addr(3, 2))!.format).toMatchObject({ verticalAlignment: 'Top' });
    expect(fake.cell(names.allocation!, addr(3, 2))!.format?.wrapText).toBeUndefined();
    // One fit per table of a sheet whose texts wrap: every sheet but Lijnen (its hundreds of
    // thousands of rows stay one line each).
    expect(fake.stats.actions['range.format.autofitRows']).toBe(samplePlan.sheets.reduce((n, s) => n + wrapRows(s).length, 0));
    expect(samplePlan.sheets.filter((s) => !s.wrapColumns).map((s) => s.key)).toEqual(['lines']);
    // The kind cells on Besparingen: a dropdown of the three kinds, and nothing else accepted.
    const savingsPlan = samplePlan.sheets.find((s) => s.key === 'savings')!;
    const list = savingsPlan.validations![0]!;
    expect(list.column).toBe(3);
    expect([...fake.sheet(names.savings!)!.validations]).toEqual([
      [
        `C${list.fromRow}:C${list.toRow}`,
        {
          rule: { list: { inCellDropDown: true, source: 'goederen,diensten,werken' } },
          errorAlert: { showAlert: true, style: 'Stop', title: 'Soort', message: list.error.message },
        },
      ],
    ]);
    expect(savingsPlan.rows[list.fromRow - 1]![2]!.style).toBe('input');
    // The values on Parameters take a number: above 0 for the period of the data (B4).
    const params = fake.sheet(names.parameters!)!.validations;
    expect(params.get('B4:B5')).toEqual({
      rule: { decimal: { operator: 'GreaterThan', formula1: 0 } },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Waarde', message: SAVINGS_LABELS.nl.text.positiveError },
    });
    expect([...params.values()].filter((v) => JSON.stringify(v.rule).includes('Between'))).toHaveLength(1);
    expect(savingsPlan.rows[list.toRow]?.[2]?.style).not.toBe('input');
    const summary = fake.sheet(names.summary!)!;
    expect(fake.workbookState.charts).toHaveLength(1);
    const chart = fake.workbookState.charts[0]!;
    const planChart = samplePlan.sheets.find((s) => s.key === 'summary')!.charts![0]!;
    expect(chart).toMatchObject({ type: 'BarClustered', title: planChart.title, sheet: summary });
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]!.name).toBe(planChart.series[0]!.name);
    expect(chart.series[0]!.values!.sheet).toBe(summary);
    expect(chart.series[0]!.xValues!.sheet).toBe(summary);
    expect(chart.categoryAxis.reversePlotOrder).toBe(true);

    // Calculation suspended for the bulk writes and the workbook recalculated at the end; payloads bounded.
    expect(fake.stats.actions['application.suspendApiCalculationUntilNextSync']).toBeGreaterThan(0);
    expect(fake.workbookState.calculations).toBe(1);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(4_000_000);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    expect(fake.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
  });

  it('stays under a small payload limit by writing in more, smaller syncs', async () => {
    const fake = sampleWorkbook();
    fake.limits.maxRequestBytes = 200_000;
    fake.limits.maxResponseBytes = 200_000;
    const names = await gatewayOver(fake, { maxPayloadBytes: 160_000 }).applyPlan(samplePlan);
    bench('write the sample plan (limit 200000 B, budget 160000 B)', fake);
    expect(fake.stats.perSync.every((s) => s.ok)).toBe(true);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(160_000);
    const lines = samplePlan.sheets.find((s) => s.key === 'lines')!;
    expectSheetAsPlanned(fake, lines, names.lines!, () => undefined);
  });

  it('a second run replaces Tandem’s sheets and keeps the user’s sheet of the same name', async () => {
    const fake = sampleWorkbook();
    fake.addSheet('Samenvatting', [['Mijn eigen samenvatting']]);
    const gw = gatewayOver(fake);
    const first = await gw.applyPlan(samplePlan);
    expect(first.summary).toBe('Samenvatting (Tandem)');
    const afterFirst = fake.sheetNames();

    // The user types a status on the allocation sheet; a re-run reads it back from Tandem's own sheets.
    const allocation = samplePlan.sheets.find((s) => s.key === 'allocation')!;
    const statusCol = allocation.rows[2]!.findIndex((c) => c.v === 'Status');
    expect(statusCol).toBeGreaterThan(0);
    fake.setCells(first.allocation!, addr(3, statusCol), [['lopend']]);
    const previous = await gw.readTandemSheets();
    expect(previous.map((t) => t.sheet).sort()).toEqual(samplePlan.sheets.map((s) => s.name).sort());
    expect(previous.find((t) => t.sheet === 'Samenvatting')!.file).toBe('Samenvatting (Tandem)');
    const edits = readPreviousEdits(previous);
    expect([...edits.allocation.values()].map((e) => e.status)).toEqual(['lopend']);

    fake.resetStats();
    const second = await gw.applyPlan(samplePlan);
    expect(second).toEqual(first);
    expect(fake.sheetNames()).toEqual(afterFirst);
    expect(fake.values('Samenvatting')).toEqual([['Mijn eigen samenvatting']]);
    expect(fake.workbookState.tables.map((t) => t.name)).toEqual(samplePlan.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    expect(fake.workbookState.charts).toHaveLength(1);
    expect(fake.workbookState.charts[0]!.sheet.name).toBe('Samenvatting (Tandem)');
    const finalName = (planName: string) => second[samplePlan.sheets.find((p) => p.name === planName)?.key ?? ''];
    for (const sheet of samplePlan.sheets) expectSheetAsPlanned(fake, sheet, second[sheet.key]!, finalName);
    expect(fake.values('Samenvatting')).toEqual([['Mijn eigen samenvatting']]);
  });

  it('a run in another language removes the earlier run’s sheets', async () => {
    const fake = sampleWorkbook();
    const gw = gatewayOver(fake);
    await gw.applyPlan(samplePlan);
    const fr = runAnalysis(sampleSources, { lang: 'fr' }).plan;
    const names = await gw.applyPlan(fr);
    expect(fake.sheetNames()).toEqual(['Gemeente', 'OCMW', 'Parameters', ...fr.sheets.map((s) => names[s.key])]);
    expect(names.parameters).toBe('Paramètres');
  });

  it('removes what an unfinished earlier write left behind', async () => {
    const fake = createFakeExcel({ Bron: [['x']], '~Lijnen': [['half']] });
    fake.sheet('~Lijnen')!.customProperties.set('tandem', {
      key: 'Tandem',
      value: JSON.stringify({ v: 1, key: 'lines', name: 'Lijnen', plan: 'Lijnen', temp: '~Lijnen' }),
    });
    const gw = gatewayOver(fake);
    expect((await gw.listSheets()).find((s) => s.name === '~Lijnen')!.tandem).toBe(true);
    const names = await gw.applyPlan(samplePlan);
    expect(fake.sheetNames()).toEqual(['Bron', ...samplePlan.sheets.map((s) => names[s.key])]);
  });

  it('works with ExcelApi 1.8 (Excel 2019), recognising its sheets through the workbook settings', async () => {
    const fake = sampleWorkbook();
    const upTo18 = (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 8;
    const gw = gatewayOver(fake, { supports: upTo18 });
    const first = await gw.applyPlan(samplePlan);
    // No worksheet custom properties (1.12), page layout or screen updating (1.9); frozen panes (1.7) are there.
    expect(fake.sheet(first.lines!)!.customProperties.size).toBe(0);
    expect(fake.sheet(first.lines!)!.pageLayout).toEqual({});
    expect(fake.sheet(first.lines!)!.freeze).toEqual({ rows: 3, columns: 0 });
    expect(fake.stats.actions['application.suspendScreenUpdatingUntilNextSync']).toBeUndefined();
    expect((await gw.listSheets()).filter((s) => s.tandem).map((s) => s.name)).toEqual(samplePlan.sheets.map((s) => first[s.key]));
    const second = await gw.applyPlan(samplePlan);
    expect(second).toEqual(first);
    expect(fake.sheetNames()).toEqual(['Gemeente', 'OCMW', 'Parameters', ...samplePlan.sheets.map((s) => first[s.key])]);
  });
});

// ------------------------------------------------------------------------------------------ failures

describe('a re-run reads of Lijnen only the rows people typed a category in', () => {
  /** The sample plan written, and categories typed on some of its Lijnen rows (0-based sheet rows). */
  async function typedWorkbook(typedRows: (headerRow: number, last: number) => number[], options: ExcelGatewayOptions = {}) {
    const fake = sampleWorkbook();
    const gw = gatewayOver(fake, options);
    const names = await gw.applyPlan(samplePlan);
    const lines = samplePlan.sheets.find((s) => s.key === 'lines')!;
    const headerRow = lines.rows.findIndex((r) => r.some((c) => c.v === 'Eigen categorie'));
    const input = lines.rows[headerRow]!.findIndex((c) => c.v === 'Eigen categorie');
    const rows = typedRows(headerRow, lines.rows.length - 1);
    for (const r of rows) fake.setCells(names.lines!, addr(r, input), [[`Eigen ${r}`]]);
    return { fake, gw, names, lines, headerRow, input, rows };
  }

  it('finds the same edits as reading every row, from a fraction of the bytes', async () => {
    // Typed on the first rows under the header (a run), on single rows far apart, and on the last row.
    const { fake, gw, lines, headerRow, rows } = await typedWorkbook((h, last) => [h + 1, h + 2, h + 3, 500, 1_500, 1_501, last]);
    expect(lines.rows.length).toBeGreaterThan(3_000);
    fake.resetStats();
    const full = await gw.readTandemSheets();
    const fullBytes = fake.stats.totalResponseBytes;
    fake.resetStats();
    const progress: GatewayProgress[] = [];
    const lean = await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS, onProgress: (p) => progress.push(p) });
    const leanBytes = fake.stats.totalResponseBytes;
    const leanSyncs = fake.stats.syncs;
    bench(`re-run read of the sample's sheets: every row ${fullBytes} B, typed rows only ${leanBytes} B`, fake);
    // Listing the sheets (2), the six small sheets together (1), Lijnen: its size, first rows, input
    // column in two blocks, and the typed rows (5).
    expect(leanSyncs).toBeLessThanOrEqual(8);

    const edits = readPreviousEdits(lean);
    expect(edits.lineOverrides.map((o) => o.category)).toEqual(rows.map((r) => `Eigen ${r}`));
    expect(edits).toEqual(readPreviousEdits(full));
    const fullLines = full.find((t) => t.sheet === lines.name)!;
    const leanLines = lean.find((t) => t.sheet === lines.name)!;
    expect(leanLines.rows).toEqual([...fullLines.rows.slice(0, headerRow + 1), ...rows.map((r) => fullLines.rows[r])]);
    expect(lean.filter((t) => t !== leanLines)).toEqual(full.filter((t) => t !== fullLines));
    expect(leanBytes).toBeLessThan(fullBytes / 4);
    // One bar over all of Tandem's sheets: it never goes back, and ends full.
    expect(progress.length).toBeGreaterThan(2);
    progress.forEach((p, i) => i > 0 && expect(p.done).toBeGreaterThanOrEqual(progress[i - 1]!.done));
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
  });

  it('reads only the sheets edits are read from when asked, and finds the same edits', async () => {
    const { fake, gw, rows } = await typedWorkbook((h) => [h + 1, h + 7]);
    const full = await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS });
    const fullBytes = fake.stats.totalResponseBytes;
    fake.resetStats();
    const only = await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS, sheetKeys: EDITED_SHEET_KEYS, tableOnly: KIND_EDITS });
    expect(only.map((t) => t.sheet).sort()).toEqual(['Besparingen', 'Controle', 'Lijnen', 'Parameters', 'Toewijzing']);
    // Besparingen is small here: read whole with the other small sheets, as a full read reads it.
    expect(only).toEqual(full.filter((t) => ['Besparingen', 'Controle', 'Lijnen', 'Parameters', 'Toewijzing'].includes(t.sheet)));
    expect(readPreviousEdits(only)).toEqual(readPreviousEdits(full));
    expect(readPreviousEdits(only).lineOverrides).toHaveLength(rows.length);
    expect(fake.stats.totalResponseBytes).toBeLessThan(fullBytes);
  });

  it("reads of a cooperation's Besparingen only the categories' table, with the kind typed, not the long price table", async () => {
    const L = SAVINGS_LABELS.nl;
    const plan = runAnalysis(cooperationSources(12, 200)).plan;
    const savings = plan.sheets.find((x) => x.key === 'savings')!;
    const fake = createFakeExcel({ Blad1: [['Mijn blad']] });
    const gw = gatewayOver(fake);
    const names = await gw.applyPlan(plan);
    const header = savings.rows.findIndex((r) => r.some((c) => c?.v === L.col.kind));
    const kindCol = savings.rows[header]!.findIndex((c) => c?.v === L.col.kind);
    const tonerRow = savings.rows.findIndex((r) => r.some((c) => c?.v === 'toner-ink'));
    expect(tonerRow).toBeGreaterThan(header);
    fake.setCells(names.savings!, addr(tonerRow, kindCol), [[L.kind.services]]);
    fake.resetStats();
    const full = await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS, sheetKeys: EDITED_SHEET_KEYS });
    const fullBytes = fake.stats.totalResponseBytes;
    fake.resetStats();
    const lean = await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS, sheetKeys: EDITED_SHEET_KEYS, tableOnly: KIND_EDITS });
    bench(
      `re-run read of a cooperation (2,400 price rows): Besparingen whole ${fullBytes} B, its table only ${fake.stats.totalResponseBytes} B`,
      fake,
    );
    expect(fake.stats.totalResponseBytes).toBeLessThan(fullBytes / 2);
    const edits = readPreviousEdits(lean);
    expect(edits).toEqual(readPreviousEdits(full));
    expect(edits.kinds.get('toner-ink')).toBe('services');
    expect(edits.kinds.get('electricity')).toBe('goods');
    const fullRows = full.find((t) => t.sheet === L.sheets.savings)!.rows;
    expect(fullRows.length).toBeGreaterThan(12 * 200);
    expect(lean.find((t) => t.sheet === L.sheets.savings)!.rows).toEqual(fullRows.slice(0, header + 1 + 3));
  });

  it("prints a cooperation's Toewijzing three pages wide, with column A on each", async () => {
    const fake = createFakeExcel({ Blad1: [['Mijn blad']] });
    const names = await gatewayOver(fake).applyPlan(runAnalysis(cooperationSources(20, 2)).plan);
    expect(fake.sheet(names.allocation!)!.pageLayout).toMatchObject({
      zoom: { horizontalFitToPages: 3 },
      printTitleRows: '$1:$3',
      printTitleColumns: '$A:$A',
    });
    expect(fake.sheet(names.parameters!)!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(fake.sheet(names.parameters!)!.pageLayout.printTitleColumns).toBeUndefined();
  });

  it('reads many scattered rows in batches that stay under a small budget', async () => {
    const LIMIT = 60_000;
    const { fake, gw, rows } = await typedWorkbook((h, last) => {
      const out: number[] = [];
      for (let r = h + 1; r <= last; r += r % 3 === 0 ? 1 : 4) out.push(r);
      return out;
    });
    expect(rows.length).toBeGreaterThan(1_000);
    const full = readPreviousEdits(await gw.readTandemSheets());
    fake.limits.maxResponseBytes = LIMIT;
    fake.resetStats();
    const small = gatewayOver(fake, { maxPayloadBytes: 40_000 });
    const lean = readPreviousEdits(await small.readTandemSheets({ editedRowsOnly: LINE_EDITS }));
    expect(lean).toEqual(full);
    expect(lean.lineOverrides).toHaveLength(rows.length);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    // Many rows to a sync, not a sync per run of rows.
    expect(fake.stats.syncs).toBeLessThan(rows.length / 10);
  });

  it('reads the small sheets one by one when Excel finds them too large together', async () => {
    const { fake, gw } = await typedWorkbook((h) => [h + 1]);
    const together = await gw.readTandemSheets();
    fake.limits.maxResponseBytes = 60_000;
    fake.resetStats();
    expect(await gw.readTandemSheets()).toEqual(together);
    // After the two syncs that list the sheets, the read of the sheets together was refused; then
    // each was read in blocks that fit.
    expect(fake.stats.perSync.findIndex((x) => !x.ok)).toBe(2);
    expect(fake.stats.perSync[2]!.actions).toBeGreaterThan(2);
  });

  it('reads rows Excel finds too large again in smaller batches', async () => {
    // Some 300 rows in short runs: more than one response Excel takes here.
    const { fake, gw, rows } = await typedWorkbook((h) => Array.from({ length: 300 }, (_, i) => h + 1 + i * 5 + (i % 2)));
    const full = readPreviousEdits(await gw.readTandemSheets());
    // A budget larger than what Excel takes: the gateway learns from the refusals.
    fake.limits.maxResponseBytes = 20_000;
    fake.resetStats();
    const lean = readPreviousEdits(
      await gatewayOver(fake, { maxPayloadBytes: 4_000_000 }).readTandemSheets({ editedRowsOnly: LINE_EDITS }),
    );
    expect(lean).toEqual(full);
    expect(lean.lineOverrides).toHaveLength(rows.length);
    expect(fake.stats.perSync.some((x) => !x.ok)).toBe(true);
  });

  it('reads a Lijnen sheet whose input column is no longer recognised in full', async () => {
    const { fake, gw, names, headerRow, input } = await typedWorkbook((h) => [h + 5]);
    fake.setCells(names.lines!, addr(headerRow, input), [['Mijn kolom']]);
    const full = await gw.readTandemSheets();
    expect(await gw.readTandemSheets({ editedRowsOnly: LINE_EDITS })).toEqual(full);
  });

  it('stops reading when cancelled', async () => {
    const { gw } = await typedWorkbook((h) => [h + 1]);
    const controller = new AbortController();
    const read = gw.readTandemSheets({
      editedRowsOnly: LINE_EDITS,
      signal: controller.signal,
      onProgress: (p) => p.done > 0 && controller.abort(),
    });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a failed or cancelled write leaves the workbook as it was', () => {
  let syncsOfAWrite = 0;
  let syncsOfARewrite = 0;

  beforeAll(async () => {
    const fake = sampleWorkbook();
    const gw = gatewayOver(fake, { maxPayloadBytes: 160_000 });
    await gw.applyPlan(samplePlan);
    syncsOfAWrite = fake.stats.syncs;
    fake.resetStats();
    await gw.applyPlan(samplePlan);
    syncsOfARewrite = fake.stats.syncs;
  });

  it.each([
    ['reading the workbook', () => 1],
    ['adding the new sheets', () => 3],
    ['the first block', () => 4],
    ['a block half way', () => Math.round(syncsOfAWrite / 2)],
    ['the last block', () => syncsOfAWrite - 1],
    ['the replacement itself', () => syncsOfAWrite],
  ])('a failure in %s of a first write', async (_, at) => {
    const n = at();
    const fake = sampleWorkbook();
    const before = JSON.stringify(fake.snapshot());
    fake.failAt(n, { afterActions: 1 });
    await expect(gatewayOver(fake, { maxPayloadBytes: 160_000 }).applyPlan(samplePlan)).rejects.toMatchObject({ code: 'GeneralException' });
    expectUnchanged(fake, before);
  });

  it('a failure part way through a re-run keeps the earlier run’s sheets as they were', async () => {
    const fake = sampleWorkbook();
    const gw = gatewayOver(fake, { maxPayloadBytes: 160_000 });
    await gw.applyPlan(samplePlan);
    const before = JSON.stringify(fake.snapshot());
    fake.failAt(Math.round(syncsOfARewrite / 2), { afterActions: 3 });
    await expect(gw.applyPlan(samplePlan)).rejects.toThrow();
    expectUnchanged(fake, before);
    // The replacement sync itself failing before it did anything: still as before.
    fake.failAt(syncsOfARewrite);
    await expect(gw.applyPlan(samplePlan)).rejects.toThrow();
    expectUnchanged(fake, before);
  });

  // The replacement sync: 13 table lookups, the screen-updating pause, 7 deletions of the earlier
  // sheets, then per new sheet its rename and its marker, then the table renames.
  it.each([
    ['after deleting some of the earlier sheets', 13 + 1 + 2],
    ['after renaming some of the new sheets', 13 + 1 + 7 + 5],
  ])('a replacement interrupted %s is finished', async (_, afterActions) => {
    const reference = sampleWorkbook();
    const refGw = gatewayOver(reference, { maxPayloadBytes: 160_000 });
    await refGw.applyPlan(samplePlan);
    await refGw.applyPlan(samplePlan);

    const fake = sampleWorkbook();
    const gw = gatewayOver(fake, { maxPayloadBytes: 160_000 });
    await gw.applyPlan(samplePlan);
    fake.failAt(syncsOfARewrite, { afterActions });
    await expect(gw.applyPlan(samplePlan)).rejects.toThrow();
    expect(fake.sheetNames()).toEqual(reference.sheetNames());
    for (const name of reference.sheetNames())
      expect({ name, same: JSON.stringify(fake.formulas(name)) === JSON.stringify(reference.formulas(name)) }).toEqual({
        name,
        same: true,
      });
    expect(fake.workbookState.tables.map((t) => t.name)).toEqual(reference.workbookState.tables.map((t) => t.name));
    expect((await gw.listSheets()).filter((s) => s.tandem)).toHaveLength(samplePlan.sheets.length);
  });

  it('cancelling during the write removes the new sheets', async () => {
    const fake = sampleWorkbook();
    const before = JSON.stringify(fake.snapshot());
    const controller = new AbortController();
    const writing = gatewayOver(fake, { maxPayloadBytes: 160_000 }).applyPlan(
      samplePlan,
      (p) => {
        if (p.done > 0) controller.abort();
      },
      controller.signal,
    );
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expectUnchanged(fake, before);
  });
});

describe('a sync that never answers', () => {
  it('times out with a clear error', async () => {
    const fake = createFakeExcel({ Bron: [['x']] });
    fake.hangAt(1);
    const started = Date.now();
    const listing = gatewayOver(fake, { syncTimeoutMs: 50 }).listSheets();
    await expect(listing).rejects.toBeInstanceOf(SyncTimeoutError);
    await expect(listing).rejects.toMatchObject({ problem: 'sync-timeout', message: expect.stringContaining('listing the sheets') });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('during a write, times out and leaves the workbook as it was', async () => {
    const fake = sampleWorkbook();
    const before = JSON.stringify(fake.snapshot());
    fake.hangAt(5);
    await expect(gatewayOver(fake, { syncTimeoutMs: 50, maxPayloadBytes: 160_000 }).applyPlan(samplePlan)).rejects.toBeInstanceOf(
      SyncTimeoutError,
    );
    expectUnchanged(fake, before);
  });
});

// ------------------------------------------------------------------------------------------ the rest

describe('settings and activation', () => {
  it('keeps Tandem’s settings in the workbook', async () => {
    const fake = createFakeExcel({ Bron: [['x']] });
    const gw = gatewayOver(fake);
    expect(await gw.loadSettings()).toBeNull();
    const settings = { sources: [{ sheet: 'Bron', name: 'Gemeente', mapping: { amount: 3 } }], lang: 'fr' as const };
    await gw.saveSettings(settings);
    expect(await gw.loadSettings()).toEqual(settings);
    expect(JSON.parse(fake.workbookState.settings.get('tandem')!.value as string)).toEqual(settings);
  });

  it('ignores settings it cannot read', async () => {
    const fake = createFakeExcel({ Bron: [['x']] });
    fake.workbookState.settings.set('tandem', { key: 'tandem', value: '{not json' });
    expect(await gatewayOver(fake).loadSettings()).toBeNull();
  });

  it('activates a sheet, and says when it is not there', async () => {
    const fake = createFakeExcel({ A: [['x']], B: [['y']] });
    const gw = gatewayOver(fake);
    await gw.activate('B');
    expect(fake.workbookState.activeSheet!.name).toBe('B');
    await expect(gw.activate('C')).rejects.toBeInstanceOf(ExcelGatewayError);
  });
});
