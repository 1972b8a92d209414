/**
 * The savings workbook as finance would audit it, checked by an independent spreadsheet engine:
 * the CLI writes the workbook for the two sample sources, LibreOffice recalculates it, and
 *  (a) every formula's stored result equals LibreOffice's value;
 *  (b) the JSON report's figures equal the recalculated sheets;
 *  (c) a parameter changed on the Parameters sheet moves every figure the way it should;
 *  (d) the sheets are real tables with filters, frozen headers, landscape fit-to-width printing, and a chart;
 *  (e) --lang fr / en name the sheets in French / English (and recalculate just as well);
 * and an edge case (three administrations, a credit-only partner, price gaps, formula-like text,
 * --central) recalculates to the same numbers.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runAnalysis } from '../../src/app/analyze-sources';
import { main } from '../../src/cli/main';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import { LABELS } from '../../src/engine/labels';
import type { Report } from '../../src/engine/report';
import { readSourcePath } from '../../src/gateway/files/node';
import { spawnSync } from 'node:child_process';
import { compareRecalculated, hasLibreOffice, printToPdf, recalculate } from '../support/libreoffice';

const ROOT = path.resolve(__dirname, '../..');
const GEMEENTE = path.join(ROOT, 'samples/gemeente-boekhouding.xlsx');
const OCMW = path.join(ROOT, 'samples/ocmw-aankopen.csv');
const SOURCES = ['--source', `Gemeente=${GEMEENTE}`, '--source', `OCMW=${OCMW}`];
const NAMES = ['Gemeente', 'OCMW'];
const L = SAVINGS_LABELS.nl;
const HEADER_ROW = 3;
const CENT = 0.01;

let dir = '';
const cleanup: string[] = [];
const timings: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    timings.push(`${label}: ${Date.now() - started} ms`);
  }
}

async function cli(args: string[]): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  if (code !== 0) throw new Error(`tandem ${args.join(' ')} → exit ${code}\n${err.join('\n')}`);
}

async function recalculated(file: string): Promise<string> {
  const out = await timed(`LibreOffice recalculation of ${path.basename(file)}`, () => recalculate(file));
  cleanup.push(path.dirname(path.dirname(out)));
  return out;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's value as a spreadsheet shows it: a formula's (cached) result, or the value. */
function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result as unknown;
  return cell.value;
}

function num(cell: ExcelJS.Cell): number {
  const v = valueOf(cell);
  if (typeof v !== 'number') throw new Error(`${cell.worksheet.name}!${cell.address} holds ${JSON.stringify(v)}, not a number`);
  return v;
}

/** The header row's columns by name. */
function columns(ws: ExcelJS.Worksheet, headerRow = HEADER_ROW): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(headerRow).eachCell((c, col) => out.set(String(c.value), col));
  return out;
}

function col(cols: Map<string, number>, header: string): number {
  const c = cols.get(header);
  if (c === undefined) throw new Error(`no column "${header}" (have: ${[...cols.keys()].join(', ')})`);
  return c;
}

/** Rows of the allocation sheet by category id. */
function allocationRows(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const idCol = col(columns(ws), L.col.categoryId);
  const out = new Map<string, ExcelJS.Row>();
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const id = ws.getRow(r).getCell(idCol).value;
    if (typeof id === 'string' && id) out.set(id, ws.getRow(r));
  }
  return out;
}

/** The value next to a label in Samenvatting's headline figures. */
function figure(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return num(ws.getRow(r).getCell(2));
  throw new Error(`no figure "${label}" on ${ws.name}`);
}

type Scenario = 'low' | 'expected' | 'high';
const SCEN: Scenario[] = ['low', 'expected', 'high'];
const scenarioHeader: Record<Scenario, string> = { low: L.col.low, expected: L.col.expected, high: L.col.high };

/** Every shared category's figures in the JSON equal the (recalculated) Toewijzing row; the headline equals Samenvatting. */
function expectJsonMatchesSheets(report: Report, wb: ExcelJS.Workbook): void {
  const allocation = wb.getWorksheet(L.sheets.allocation)!;
  const cols = columns(allocation);
  const rows = allocationRows(allocation);
  const shared = report.categories.filter((c) => c.shared);
  expect(shared.length).toBeGreaterThan(10);
  expect([...rows.keys()].sort()).toEqual(shared.map((c) => c.id).sort());
  const problems: string[] = [];
  const near = (what: string, sheet: number, json: number, tolerance: number) => {
    if (!(Math.abs(sheet - json) <= tolerance)) problems.push(`${what}: sheet ${sheet}, JSON ${json}`);
  };
  for (const c of shared) {
    const row = rows.get(c.id)!;
    for (const s of SCEN) near(`${c.id} ${s}`, num(row.getCell(col(cols, scenarioHeader[s]))), c.savings![s]!.total, CENT);
    for (const name of NAMES) {
      // The JSON rounds the key to 4 decimals.
      near(`${c.id} key ${name}`, num(row.getCell(col(cols, L.col.key(name)))), c.key![name]!, 0.00005 + 1e-9);
      near(`${c.id} split ${name}`, num(row.getCell(col(cols, L.col.split(name)))), c.split![name]!, CENT);
      near(`${c.id} ${name} per year`, num(row.getCell(col(cols, L.col.perYear(name)))), (c.annual as Record<string, number>)[name]!, CENT);
    }
    if (valueOf(row.getCell(col(cols, L.col.procedure))) !== c.procedure!.name) problems.push(`${c.id} procedure`);
    if (row.getCell(col(cols, L.col.lead)).value !== c.lead!.administration) problems.push(`${c.id} lead`);
    if (row.getCell(col(cols, L.col.reason)).value !== c.lead!.reason) problems.push(`${c.id} reason`);
    const verdict = c.savings!['expected']!.total > 0 ? L.text.worthwhile : L.text.notWorthwhile;
    if (valueOf(row.getCell(col(cols, L.col.verdict))) !== verdict) problems.push(`${c.id} verdict`);
  }
  expect(problems).toEqual([]);

  const summary = wb.getWorksheet(L.sheets.summary)!;
  const headline = report.summary.savingsPerYear;
  expect(figure(summary, L.text.figures.low)).toBeCloseTo(headline['low']!, 2);
  expect(figure(summary, L.text.figures.expected)).toBeCloseTo(headline['expected']!, 2);
  expect(figure(summary, L.text.figures.high)).toBeCloseTo(headline['high']!, 2);
  expect(figure(summary, L.text.figures.allShared)).toBeCloseTo(report.summary.savingsPerYearAllShared['expected']!, 2);
  expect(figure(summary, L.text.figures.shared)).toBe(report.summary.sharedCategories);
  expect(figure(summary, L.text.figures.worthwhile)).toBe(report.summary.worthwhileCategories);
  // What was left out as no purchase, per year: the samples hold dotations, subsidies, taxes and social aid.
  expect(report.summary.notPurchases.spend).toBeGreaterThan(0);
  expect(figure(summary, L.text.figures.notPurchases)).toBeCloseTo(report.summary.notPurchases.spend / report.parameters.periodYears, 2);
}

let written = '';
let recalc = '';
let report: Report;

beforeAll(async () => {
  // Fail, never skip: CI installs LibreOffice, so its absence is a broken environment.
  if (!hasLibreOffice())
    throw new Error('LibreOffice (soffice) is not on PATH; the e2e tests need it: apt-get install libreoffice-calc-nogui');
  dir = await mkdtemp(path.join(tmpdir(), 'tandem-workbook-'));
  cleanup.push(dir);
  written = path.join(dir, 'tandem.xlsx');
  const json = path.join(dir, 'tandem.json');
  await timed('CLI on the samples (nl, --out --json)', () => cli(['analyze', ...SOURCES, '--out', written, '--json', json]));
  report = JSON.parse(await readFile(json, 'utf8')) as Report;
  recalc = await recalculated(written);
});

afterAll(async () => {
  for (const d of cleanup) await rm(d, { recursive: true, force: true });
  console.log(`Timings:\n  ${timings.join('\n  ')}`);
});

describe('the sample workbook, recalculated by LibreOffice', () => {
  it('(a) every formula cell holds the value LibreOffice computes', async () => {
    const { checked, mismatches } = await compareRecalculated(written, recalc);
    expect(mismatches).toEqual([]);
    // Toewijzing, Besparingen and Samenvatting are formulas through and through.
    expect(checked).toBeGreaterThan(1000);
  });

  it('(b) the JSON figures equal the recalculated sheets: savings, key, split per category, and the headline', async () => {
    expectJsonMatchesSheets(report, await load(recalc));
  });

  it('(c) change the coordination cost and the goods elasticity on Parameters: every figure follows', async () => {
    const before = await load(recalc);
    const edited = await load(written);
    const params = edited.getWorksheet(L.sheets.parameters)!;
    const pc = columns(params);
    const keyCol = col(pc, L.col.keyCol);
    const valueCol = col(pc, L.col.value);
    const set = (key: string, value: number) => {
      for (let r = HEADER_ROW + 1; r <= params.rowCount; r++) {
        if (params.getRow(r).getCell(keyCol).value === key) {
          params.getRow(r).getCell(valueCol).value = value;
          return;
        }
      }
      throw new Error(`no parameter ${key}`);
    };
    expect(report.parameters.coordinationPerYear).toBe(1000);
    expect(report.parameters.elasticity.goods.expected).toBe(0.06);
    set('coordinationPerYear', 1500);
    set('elasticity.goods.expected', 0.09);
    const editedFile = path.join(dir, 'edited.xlsx');
    await edited.xlsx.writeFile(editedFile);
    const after = await load(await recalculated(editedFile));

    const A = L.sheets.allocation;
    const rowsBefore = allocationRows(before.getWorksheet(A)!);
    const rowsAfter = allocationRows(after.getWorksheet(A)!);
    const cols = columns(after.getWorksheet(A)!);
    const kinds = new Map(report.categories.map((c) => [c.id, c.kind]));
    let goods = 0;
    for (const [id, rowAfter] of rowsAfter) {
      const rowBefore = rowsBefore.get(id)!;
      const get = (row: ExcelJS.Row, s: Scenario) => num(row.getCell(col(cols, scenarioHeader[s])));
      // 500 more coordination cost: every total lower by exactly 500.
      expect(get(rowAfter, 'low')).toBeCloseTo(get(rowBefore, 'low') - 500, 6);
      expect(get(rowAfter, 'high')).toBeCloseTo(get(rowBefore, 'high') - 500, 6);
      if (kinds.get(id) === 'goods') {
        goods++;
        // A higher elasticity for goods: their expected volume effect grows, more than offsetting nothing else.
        expect(get(rowAfter, 'expected')).toBeGreaterThan(get(rowBefore, 'expected') - 500);
      } else {
        expect(get(rowAfter, 'expected')).toBeCloseTo(get(rowBefore, 'expected') - 500, 6);
      }
    }
    expect(goods).toBeGreaterThan(3);

    // And the sheets now say what the engine says with those parameters, category by category and in the headline.
    const sources = [
      { name: 'Gemeente', tables: await readSourcePath(GEMEENTE) },
      { name: 'OCMW', tables: await readSourcePath(OCMW) },
    ];
    const withEdits = runAnalysis(sources, {
      previous: {
        allocation: new Map(),
        lineOverrides: [],
        parameters: { coordinationPerYear: 1500, 'elasticity.goods.expected': 0.09 },
        kinds: new Map(),
        languages: new Map(),
      },
    });
    expect(withEdits.report.summary.savingsPerYear['expected']).not.toBeCloseTo(report.summary.savingsPerYear['expected']!, 0);
    expectJsonMatchesSheets(withEdits.report, after);
    const summaryBefore = before.getWorksheet(L.sheets.summary)!;
    const summaryAfter = after.getWorksheet(L.sheets.summary)!;
    expect(figure(summaryAfter, L.text.figures.allShared)).toBeCloseTo(
      figure(summaryBefore, L.text.figures.allShared) - 500 * rowsAfter.size + sumGoodsGain(before, after, kinds),
      4,
    );
  });

  it('(d2) the kind cells on Besparingen keep their dropdown of goederen, diensten, werken, and the parameters their number rule, after LibreOffice saved the workbook', async () => {
    const ws = (await load(recalc)).getWorksheet(L.sheets.savings)!;
    const cols = columns(ws);
    const kind = col(cols, L.col.kind);
    let checked = 0;
    for (let r = HEADER_ROW + 1; r <= HEADER_ROW + report.categories.filter((c) => c.shared).length; r++) {
      expect(['goederen', 'diensten', 'werken']).toContain(ws.getCell(r, kind).value);
      const validation = ws.getCell(r, kind).dataValidation;
      expect(validation).toMatchObject({ type: 'list', showErrorMessage: true });
      // LibreOffice adds a second, unused formula.
      expect(validation.formulae[0]).toBe('"goederen,diensten,werken"');
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    // And the values on Parameters still take only a number (the period of the data: above 0).
    const params = (await load(recalc)).getWorksheet(L.sheets.parameters)!;
    expect(params.getCell('F4').value).toBe('periodYears');
    expect(params.getCell('B4').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThan', showErrorMessage: true });
  });

  it('(d) seven sheets with their Dutch names, each a real Excel table with filters, frozen headers, landscape fit-to-width printing, euro formats, and a chart on Samenvatting', async () => {
    const zip = await JSZip.loadAsync(await readFile(written));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const sheets = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({
      name: m[1]!,
      file: `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`,
    }));
    expect(sheets.map((s) => s.name)).toEqual([
      'Samenvatting',
      'Toewijzing',
      'Besparingen',
      'Parameters',
      'Categorieën',
      'Lijnen',
      'Controle',
    ]);
    const frozen = ['Toewijzing', 'Besparingen', 'Parameters', 'Categorieën', 'Lijnen'];
    for (const s of sheets) {
      const xml = await zip.file(s.file)!.async('string');
      expect([s.name, /<tableParts count="[1-9]/.test(xml)]).toEqual([s.name, true]);
      expect([s.name, /<pageSetup [^>]*orientation="landscape"/.test(xml)]).toEqual([s.name, true]);
      expect([s.name, /<pageSetup [^>]*fitToWidth="1"/.test(xml) && /<pageSetUpPr fitToPage="1"/.test(xml)]).toEqual([s.name, true]);
      if (frozen.includes(s.name)) expect([s.name, /<pane [^>]*ySplit="3"[^>]*state="frozen"/.test(xml)]).toEqual([s.name, true]);
    }
    // Every table has a filter row.
    const tables = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const t of tables) expect(await zip.file(t)!.async('string')).toMatch(/<autoFilter /);

    // The chart of savings by category, on Samenvatting, over Samenvatting's own cells.
    const chart = await zip.file('xl/charts/chart1.xml')?.async('string');
    expect(chart).toBeDefined();
    expect(chart).toContain("'Samenvatting'!$B$");
    expect(chart).toContain(L.text.chartTitle);
    const summaryRels = await zip.file(`xl/worksheets/_rels/${path.basename(sheets[0]!.file)}.rels`)!.async('string');
    expect(summaryRels).toMatch(/relationships\/drawing/);

    // Tables, euro formats and the council note, as ExcelJS reads them back.
    const wb = await load(written);
    for (const ws of wb.worksheets) expect([ws.name, ws.getTables().length > 0]).toEqual([ws.name, true]);
    const allocation = wb.getWorksheet(L.sheets.allocation)!;
    const cols = columns(allocation);
    expect(allocation.getRow(HEADER_ROW + 1).getCell(col(cols, L.col.expected)).numFmt).toContain('€');
    expect(allocation.getRow(HEADER_ROW + 1).getCell(col(cols, L.col.key('Gemeente'))).numFmt).toContain('%');
    for (const header of [L.col.category, L.col.status, L.col.note, L.col.leadOverride]) expect(cols.has(header)).toBe(true);
    const summary = wb.getWorksheet(L.sheets.summary)!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts).toContain(L.text.councilTitle);
    for (const paragraph of L.text.council) expect(texts).toContain(paragraph);
  });
});

describe('(e) other languages', () => {
  it('--lang fr names the sheets in French, and LibreOffice agrees with every formula', async () => {
    const file = path.join(dir, 'tandem-fr.xlsx');
    await timed('CLI on the samples (fr)', () => cli(['analyze', ...SOURCES, '--lang', 'fr', '--out', file]));
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Synthèse',
      'Attribution',
      'Économies',
      'Paramètres',
      'Catégories',
      'Lignes',
      'Contrôle',
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SAVINGS_LABELS.fr.sheets.summary,
      SAVINGS_LABELS.fr.sheets.allocation,
      SAVINGS_LABELS.fr.sheets.savings,
      SAVINGS_LABELS.fr.sheets.parameters,
      LABELS.fr.sheets.categories,
      LABELS.fr.sheets.lines,
      LABELS.fr.sheets.control,
    ]);
    const { checked, mismatches } = await compareRecalculated(file, await recalculated(file));
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('--lang en names the sheets in English', async () => {
    const file = path.join(dir, 'tandem-en.xlsx');
    await timed('CLI on the samples (en)', () => cli(['analyze', ...SOURCES, '--lang', 'en', '--out', file]));
    const wb = await load(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Allocation', 'Savings', 'Parameters', 'Categories', 'Lines', 'Checks']);
    expect(columns(wb.getWorksheet('Allocation')!).has('Status')).toBe(true);
  });
});

describe('three administrations, a credit-only partner with a wildcard in its name, price gaps, formula-like text, --central', () => {
  it('recalculates to the same numbers, and the text that looks like a formula stays text in LibreOffice too', async () => {
    const head = 'Datum;Leverancier;Omschrijving;Aantal;Eenheid;Eenheidsprijs;Bedrag\n';
    const files = {
      gemeente: [
        '02/01/2025;Lyreco;Kopieerpapier A4 80g;100;doos;25,00;2.500,00',
        '03/02/2025;Engie;Elektriciteit levering;1;forfait;48.000,00;48.000,00',
        '04/03/2025;=HYPERLINK("http://x.example","klik");Koffiebonen 1kg;20;st;15,00;300,00',
        '05/04/2025;@Lyreco;+Kopieerpapier A3;10;doos;40,00;400,00',
        '31/12/2025;Q8;-Diesel voertuigen;1000;l;1,60;1.600,00',
      ],
      ocmw: [
        '02/01/2025;Lyreco;Kopieerpapier A4 80g;80;doos;28,00;2.240,00',
        '03/02/2025;Engie;Elektriciteit;1;forfait;30.000,00;30.000,00',
        '04/03/2025;Koffie Huis;Koffiebonen 1kg;10;st;18,00;180,00',
        '05/05/2025;Q8;Diesel voertuigen;500;l;1,70;850,00',
      ],
      agb: [
        '10/01/2025;Lyreco;Creditnota kopieerpapier A4;1;st;-150,00;-150,00',
        '03/02/2025;Engie;Elektriciteit;1;forfait;1.500.000,00;1.500.000,00',
      ],
    };
    for (const [name, lines] of Object.entries(files)) await writeFile(path.join(dir, `${name}.csv`), head + lines.join('\n') + '\n');
    const file = path.join(dir, 'edge.xlsx');
    const json = path.join(dir, 'edge.json');
    await cli([
      'analyze',
      '--source',
      `Gemeente=${path.join(dir, 'gemeente.csv')}`,
      '--source',
      `OCMW=${path.join(dir, 'ocmw.csv')}`,
      '--source',
      // A name with a wildcard: the sheets' SUMIFS must match it exactly, not also the OCMW's rows.
      `OCMW*=${path.join(dir, 'agb.csv')}`,
      '--central',
      'Aankoopcentrale',
      '--out',
      file,
      '--json',
      json,
    ]);
    const edge = JSON.parse(await readFile(json, 'utf8')) as Report;
    const paper = edge.categories.find((c) => c.id === 'office-paper')!;
    expect(paper.shared).toBe(true);
    expect(paper.spend['OCMW*']).toBe(-150);
    // The credit-only partner counts as buying nothing, on the sheet as in the engine.
    expect((paper.annual as Record<string, number>)['OCMW*']).toBe(0);
    expect(paper.split!['OCMW*']).toBe(0);
    // OCMW pays 28 a box where the Gemeente pays 25: a price gap of 240 a year.
    expect(paper.savings!['expected']!.harmonisation).toBeCloseTo(120, 2);
    // Lump sums (forfait) are no unit prices: no price gap for electricity.
    const power = edge.categories.find((c) => c.id === 'electricity')!;
    expect(power.savings!['expected']!.harmonisation).toBe(0);
    expect(power.lead!.administration).toBe('Aankoopcentrale');

    const recalcFile = await recalculated(file);
    const { checked, mismatches } = await compareRecalculated(file, recalcFile);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(100);

    const wb = await load(recalcFile);
    const lines = wb.getWorksheet(LABELS.nl.sheets.lines)!;
    const lc = columns(lines);
    const seen: { supplier: unknown; description: unknown; type: ExcelJS.ValueType[] }[] = [];
    lines.eachRow((row, r) => {
      if (r <= HEADER_ROW) return;
      const supplier = row.getCell(col(lc, LABELS.nl.col.supplier));
      const description = row.getCell(col(lc, LABELS.nl.col.description));
      seen.push({ supplier: supplier.value, description: description.value, type: [supplier.type, description.type] });
    });
    expect(seen).toEqual(
      expect.arrayContaining([
        {
          supplier: '=HYPERLINK("http://x.example","klik")',
          description: 'Koffiebonen 1kg',
          type: [ExcelJS.ValueType.String, ExcelJS.ValueType.String],
        },
        { supplier: '@Lyreco', description: '+Kopieerpapier A3', type: [ExcelJS.ValueType.String, ExcelJS.ValueType.String] },
        { supplier: 'Q8', description: '-Diesel voertuigen', type: [ExcelJS.ValueType.String, ExcelJS.ValueType.String] },
      ]),
    );
  });
});

/** Cents as a Belgian CSV writes them: `1234,56`. */
const euro = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

describe('a regional cooperation of 14 administrations', () => {
  it("recalculates to the same numbers, with the Shapley part of electricity estimated and every formula within Excel's length limit", async () => {
    const head = 'Datum;Leverancier;Omschrijving;Aantal;Eenheid;Eenheidsprijs;Bedrag\n';
    const names = Array.from({ length: 14 }, (_, i) => `Bestuur ${String.fromCharCode(65 + i)}`);
    const sources: string[] = [];
    for (const [i, name] of names.entries()) {
      const power = 20_000 + 9_000 * i;
      const boxes = 40 + 5 * i;
      const price = 24 + (i % 4);
      const lines = [
        `03/01/2025;Engie;Elektriciteit levering;1;forfait;${power},00;${power},00`,
        `10/02/2025;Lyreco;Kopieerpapier A4 80g;${boxes};doos;${price},00;${boxes * price},00`,
        // 200 toner models that each buys at its own price: 2,800 rows on the price table, which is
        // then written as a long table (as Lijnen is), formulas and all.
        ...Array.from(
          { length: 200 },
          (_, m) => `15/03/2025;Lyreco;Toner model ${m + 100};2;st;${euro(4_000 + 100 * i + m)};${euro(2 * (4_000 + 100 * i + m))}`,
        ),
        // Only four buy diesel: within the exact Shapley value.
        ...(i < 4 ? [`31/12/2025;Q8;Diesel voertuigen;${500 + 100 * i};l;1,${60 + i};${euro((500 + 100 * i) * (160 + i))}`] : []),
      ];
      const file = path.join(dir, `coop-${i}.csv`);
      await writeFile(file, head + lines.join('\n') + '\n');
      sources.push('--source', `${name}=${file}`);
    }
    const file = path.join(dir, 'coop.xlsx');
    const json = path.join(dir, 'coop.json');
    await timed('CLI on 14 administrations', () => cli(['analyze', ...sources, '--out', file, '--json', json]));
    const coop = JSON.parse(await readFile(json, 'utf8')) as Report;
    const power = coop.categories.find((c) => c.id === 'electricity')!;
    const diesel = coop.categories.find((c) => c.id === 'vehicle-fuel')!;
    expect(Object.keys(power.split!)).toEqual(names);
    expect(Object.values(power.split!).reduce((x, y) => x + y, 0)).toBeCloseTo(power.savings!['expected']!.total, 0);
    expect(diesel.split!['Bestuur E']).toBe(0);
    const toner = coop.categories.find((c) => c.id === 'toner-ink')!;
    expect(toner.savings!['expected']!.harmonisation).toBeGreaterThan(0);

    const recalcFile = await recalculated(file);
    const { checked, mismatches } = await compareRecalculated(file, recalcFile);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(100);

    const wb = await load(recalcFile);
    const allocation = wb.getWorksheet(L.sheets.allocation)!;
    const cols = columns(allocation);
    const rows = allocationRows(allocation);
    for (const c of [power, diesel])
      for (const name of names) expect(num(rows.get(c.id)!.getCell(col(cols, L.col.split(name))))).toBeCloseTo(c.split![name]!, 2);
    const savingsSheet = wb.getWorksheet(L.sheets.savings)!;
    let priceRows = 0;
    savingsSheet.eachRow((row) => {
      if (row.getCell(1).value === 'toner-ink' && row.getCell(7).formula) priceRows++;
    });
    expect(priceRows).toBe(200 * 14);
    const note = String(allocation.getRow(2).getCell(1).value);
    expect(note).toContain(L.text.splitValueNote);
    expect(note).toContain(L.text.splitEstimatedNote(12, 2000));

    // Excel refuses a workbook with a formula over 8,192 characters.
    const longest = new Map<string, number>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula) longest.set(ws.name, Math.max(longest.get(ws.name) ?? 0, c.formula.length));
        }),
      ),
    );
    expect(Math.max(...longest.values())).toBeLessThan(8_192 / 4);
  });
});

describe('a regional cooperation of 20 administrations, printed (LibreOffice to PDF)', () => {
  it('spreads Toewijzing over pages side by side, each naming the categories, in type a reader can read', async () => {
    const head = 'Datum;Leverancier;Omschrijving;Bedrag\n';
    const names = Array.from({ length: 20 }, (_, i) => `Bestuur ${i + 1}`);
    const sources: string[] = [];
    for (const [i, name] of names.entries()) {
      const lines = [
        `03/01/2025;Engie;Elektriciteit levering;${euro(2_000_000 + 90_000 * i)}`,
        `10/02/2025;Lyreco;Kopieerpapier A4 80g;${euro(90_000 + 1_000 * i)}`,
        `11/03/2025;Q8;Diesel voertuigen;${euro(400_000 + 7_000 * i)}`,
        `12/04/2025;Ethias;Verzekering brand gebouwen;${euro(700_000 + 5_000 * i)}`,
      ];
      const file = path.join(dir, `print-${i}.csv`);
      await writeFile(file, head + lines.join('\n') + '\n');
      sources.push('--source', `${name}=${file}`);
    }
    // The council copy: what council members receive, printed.
    const file = path.join(dir, 'print.xlsx');
    await cli(['analyze', ...sources, '--council', '--out', file]);
    const pdf = await timed('LibreOffice printing the cooperation to PDF', () => printToPdf(file));
    cleanup.push(path.dirname(path.dirname(pdf)));
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
    const page = (n: number) => spawnSync('pdftotext', ['-f', String(n), '-l', String(n), '-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
    const words = (xml: string) => [...xml.matchAll(/<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)">([^<]*)<\/word>/g)];
    const allocation = Array.from({ length: pages }, (_, i) => page(i + 1)).filter((xml) =>
      words(xml)
        .map((w) => w[3])
        .join(' ')
        .startsWith(L.text.allocationTitle),
    );
    // Fitted on one page, 20 administrations' columns printed at under 2 pt.
    expect(allocation.length).toBeGreaterThanOrEqual(2);
    let parts = 0;
    for (const xml of allocation) {
      const text = words(xml).map((w) => w[3]);
      // Each page repeats the category's name at the left.
      for (const category of ['Elektriciteit', 'Verzekeringen']) expect(text).toContain(category);
      const electricity = words(xml).find((w) => w[3] === 'Elektriciteit')!;
      expect(Number(electricity[2]) - Number(electricity[1])).toBeGreaterThan(4);
      // A part's header, `Deel Bestuur 7`, wraps in its cell: its first two words stay in order.
      text.forEach((w, i) => w === 'Deel' && text[i + 1] === 'Bestuur' && parts++);
    }
    // Every administration's part is on one of the pages, once.
    expect(parts).toBe(names.length);
  });
});

/** What the higher goods elasticity added, over all goods categories (recomputed from the sheets' own spend columns). */
function sumGoodsGain(before: ExcelJS.Workbook, after: ExcelJS.Workbook, kinds: Map<string, string | null>): number {
  const S = L.sheets.savings;
  const b = before.getWorksheet(S)!;
  const a = after.getWorksheet(S)!;
  const cols = columns(b);
  const volume = col(cols, L.col.volume(L.col.expected.split(' ').pop()!));
  const idCol = col(cols, L.col.categoryId);
  let gain = 0;
  for (let r = HEADER_ROW + 1; r <= b.rowCount; r++) {
    const id = b.getRow(r).getCell(idCol).value;
    if (typeof id !== 'string' || !kinds.has(id)) continue;
    if (kinds.get(id) !== 'goods') continue;
    const spends = NAMES.map((n) => num(b.getRow(r).getCell(col(cols, L.col.perYear(n)))));
    const total = spends.reduce((x, y) => x + y, 0);
    const at = (e: number) => spends.reduce((n, s) => n + (s > 0 ? s * (1 - Math.pow(total / s, -e)) : 0), 0);
    // The sheet's own before/after values equal the formula at 0.06 and 0.09.
    expect(num(b.getRow(r).getCell(volume))).toBeCloseTo(at(0.06), 6);
    expect(num(a.getRow(r).getCell(volume))).toBeCloseTo(at(0.09), 6);
    gain += at(0.09) - at(0.06);
  }
  return gain;
}

/** The words LibreOffice printed on one page of a PDF, with their boxes (points). */
function pdfWords(pdf: string, page: number): { x0: number; y0: number; x1: number; y1: number; text: string }[] {
  const xml = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  return [...xml.matchAll(/<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5]!,
  }));
}

describe('a municipality and its OCMW, printed (LibreOffice to PDF)', () => {
  it('prints every text of Toewijzing and Controle whole, no line over another, Toewijzing in type a meeting can read', async () => {
    const head = 'Datum;Leverancier;Omschrijving;Bedrag excl. btw\n';
    const lines = (k: number) => [
      `03/01/2025;Engie Electrabel;Elektriciteit levering;${euro(2_000_000 + k)}`,
      `10/02/2025;BRANDSTOFFEN VERCRUYSSE NV;Stookolie verwarming;${euro(400_000 + k)}`,
      `11/03/2025;Bouwbedrijf Verhaeghe;Herstelling dakgoot;${euro(700_000 + k)}`,
      `12/04/2025;Lyreco Belgium SA;Kopieerpapier A4 80g;${euro(90_000 + k)}`,
      `13/05/2025;Ethias;Verzekering brand gebouwen;${euro(500_000 + k)}`,
      // Rejected: Controle says where and why, in column D (`D (Bedrag excl. btw)`).
      `14/05/2025;Ethias;Verzekering voertuigen;#VALUE!`,
    ];
    const sources: string[] = [];
    for (const [i, name] of NAMES.entries()) {
      const file = path.join(dir, `pair-${i}.csv`);
      await writeFile(file, head + lines(i * 37_000).join('\n') + '\n');
      sources.push('--source', `${name}=${file}`);
    }
    const file = path.join(dir, 'pair.xlsx');
    await cli(['analyze', ...sources, '--out', file]);
    const pdf = await timed('LibreOffice printing two administrations to PDF', () => printToPdf(file));
    cleanup.push(path.dirname(path.dirname(pdf)));
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
    const printed = Array.from({ length: pages }, (_, i) => pdfWords(pdf, i + 1));
    const titled = (title: string) =>
      printed.filter((words) =>
        words
          .map((w) => w.text)
          .join(' ')
          .startsWith(title),
      );
    const allocation = titled(L.text.allocationTitle);
    // One page wide, and (with five categories) one page long.
    expect(allocation).toHaveLength(1);
    const words = allocation[0]!;
    // What a column printed below its header, up to the next header's column. A header's first word
    // stands for it, the leftmost from `after` on (two headers start with `Procedure`).
    const dataTop = words.find((w) => w.text === 'Elektriciteit')!.y0;
    const header = (label: string, after = -1) =>
      words.filter((w) => w.text === label.split(' ')[0] && w.y1 <= dataTop && w.x0 > after).sort((a, b) => a.x0 - b.x0)[0]!;
    const column = (label: string, next: string) => {
      const own = header(label);
      const [from, to] = [own.x0 - 0.5, header(next, own.x0).x0 + 0.5];
      return words
        .filter((w) => w.y0 >= dataTop && w.x0 >= from && w.x1 <= to)
        .map((w) => w.text)
        .join(' ');
    };
    // The longest texts are there whole, wrapped in their cells: a category's name, a reason, a procedure.
    expect(column(L.col.category, L.col.categoryId)).toContain(
      'Gebouwenonderhoud en herstellingen (schilder-, dak-, sanitair-, schrijn- en vloerwerk, sloten)',
    );
    expect(column(L.col.reason, L.col.leadOverride)).toContain(
      'Grootste uitgave (52 % van het totaal); koopt al bij BRANDSTOFFEN VERCRUYSSE NV',
    );
    expect(column(L.col.procedure, L.col.changes)).toContain('Onderhandelingsprocedure zonder voorafgaande bekendmaking');
    // No word printed over another: each wrapped row is as tall as its lines.
    expect(overlapping(words)).toEqual([]);
    // Calibri 11 printed at six points or more: a box over 7.5 pt tall (6.6 pt, five-point type,
    // before the long texts wrapped and the columns could narrow).
    const electricity = words.find((w) => w.text === 'Elektriciteit')!;
    expect(electricity.y1 - electricity.y0).toBeGreaterThan(7.5);

    // Controle: the rejected rows' column and reason, whole and apart.
    const control = titled(LABELS.nl.text.controlTitle);
    expect(control).toHaveLength(1);
    const controlText = control[0]!.map((w) => w.text).join(' ');
    expect(controlText).toContain('D (Bedrag excl. btw)');
    expect(controlText.match(/D \(Bedrag excl\. btw\)/g)).toHaveLength(2);
    expect(overlapping(control[0]!)).toEqual([]);
  });
});

/**
 * Pairs of words printed over each other. (The boxes of one cell's lines, ascenders and descenders
 * included, touch a little; printed over each other, they share most of their height.)
 */
function overlapping(words: ReturnType<typeof pdfWords>): string[] {
  const pairs: string[] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (x > 0.5 && y > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) pairs.push(`${a.text} / ${b.text}`);
    }
  });
  return pairs;
}
