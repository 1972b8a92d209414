/**
 * The long-table writer (Lijnen as streamed sheet XML) and the sheet-XML reader: what a user sees in
 * the workbook must be what the plan says, the same whichever way the zip is compressed, and a
 * workbook read back gives the cells ExcelJS itself reads.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import type { PlanCell, WritePlan } from '../../src/engine/plan/types';
import { BIG_TABLE_ROWS, fflateZipEntry, splitBigSheets } from '../../src/gateway/files/big-sheet';
import { streamZipEntry } from '../../src/gateway/files/stream-zip';
import { NativeUnzipInflate, nativeZipEntry } from '../../src/gateway/files/node-zip';
import { SourceError } from '../../src/gateway/files/errors';
import { readFileSync } from 'node:fs';
import { readTables } from '../../src/gateway/files/read';
import { planToXlsx, readWorkbookForRerun, TANDEM_MARKER } from '../../src/gateway/files/write';
import { runAnalysis } from '../../src/app/analyze-sources';
import { EDITED_SHEET_NAMES, readPreviousEdits } from '../../src/engine/plan/edits';
import { EDITED_SHEET_KEYS, KIND_EDITS, LINE_EDITS } from '../../src/engine/plan/line-edits';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import { cooperationSources } from '../support/cooperation';
import { readSourcePath } from '../../src/gateway/files/node';
import { hasKeyword, withoutOwnSheetCells } from '../../src/gateway/files/previous';

const ROWS = BIG_TABLE_ROWS + 1_500;

/** A Lijnen-like plan: a title, a header, then more rows than the ExcelJS path takes. */
function longPlan(): WritePlan {
  const body: PlanCell[][] = [];
  for (let i = 0; i < ROWS; i++) {
    body.push([
      { v: i % 2 ? 'Gemeente' : 'OCMW', style: 'text' },
      { v: i === 7 ? '  spaties rondom  ' : i === 8 ? 'a & b < c > "d"' : i === 9 ? '=SUM(1,2)' : `Toner ${i % 40}`, style: 'text' },
      i % 5 === 0 ? { v: '', style: 'text' } : { v: 45_658 + (i % 300), style: 'date' },
      { v: Math.round(i * 1.37 * 100) / 100, style: 'money' },
      i === 11 ? { f: 'D14*2', result: (2 * Math.round(11 * 1.37 * 100)) / 100, style: 'money' } : { v: i % 3 === 0, style: 'text' },
      { v: i === 12 ? 'eigen' : '', style: 'input' },
    ]);
  }
  const header: PlanCell[] = ['Bestuur', 'Omschrijving', 'Datum', 'Bedrag', 'Extra', 'Eigen categorie'].map((v) => ({
    v,
    style: 'header',
  }));
  return {
    currency: 'EUR',
    sheets: [
      {
        key: 'summary',
        name: 'Samenvatting',
        rows: [[{ v: 'Samenvatting', style: 'title' }]],
        widths: [30],
        tables: [],
        print: { landscape: false, fitToWidth: true },
      },
      {
        key: 'lines',
        name: 'Lijnen',
        rows: [[{ v: 'Lijnen', style: 'title' }], header, ...body],
        widths: [12, 40, 12, 12, 10, 16],
        tables: [{ name: 'TandemLines', headerRow: 2, lastRow: 2 + ROWS, firstColumn: 1, lastColumn: 6 }],
        freeze: { rows: 2, columns: 0 },
        print: { landscape: true, fitToWidth: true, repeatRows: 2, paper: 'A3' },
      },
    ],
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('a long table (Lijnen) written as streamed sheet XML', () => {
  const plan = longPlan();
  let fflateBytes: Uint8Array;
  let nativeBytes: Uint8Array;
  let streamBytes: Uint8Array;

  beforeAll(async () => {
    fflateBytes = await planToXlsx(plan, { zipEntry: fflateZipEntry });
    nativeBytes = await planToXlsx(plan, { zipEntry: nativeZipEntry });
    streamBytes = await planToXlsx(plan, { zipEntry: streamZipEntry });
  });

  it('holds every cell of the plan, with the style of its role', async () => {
    const ws = (await load(nativeBytes)).getWorksheet('Lijnen')!;
    expect(ws.rowCount).toBe(2 + ROWS);
    const lines = plan.sheets[1]!.rows;
    for (let r = 2; r < lines.length; r++) {
      lines[r]!.forEach((cell, c) => {
        const got = ws.getCell(r + 1, c + 1);
        if (cell.f !== undefined) {
          expect(got.value).toMatchObject({ formula: cell.f, result: cell.result });
        } else if (cell.style === 'date' && typeof cell.v === 'number') {
          // A date cell: ExcelJS reads it back as a Date (serial 25569 is 1970-01-01).
          expect((got.value as Date).getTime()).toBe((cell.v - 25_569) * 86_400_000);
        } else if (cell.v === '' || cell.v === null) {
          expect(got.value ?? null).toBeNull();
        } else {
          expect(got.value).toBe(cell.v);
        }
      });
    }
    // Body line i is on row i + 3 (a title and the header above it).
    expect(ws.getCell('B10').value).toBe('  spaties rondom  ');
    expect(ws.getCell('B11').value).toBe('a & b < c > "d"');
    // Source text that looks like a formula stays text.
    expect(ws.getCell('B12').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D4').numFmt).toContain('€');
    // An empty input cell keeps its fill, so the user sees where to type.
    expect(ws.getCell('F4').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell('F15').value).toBe('eigen');
  });

  it('stretches the table, its filter and the sheet dimension to the last row', async () => {
    const zip = await JSZip.loadAsync(nativeBytes);
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const lines = tables.find((t) => t.includes('TandemLines'))!;
    expect(lines).toContain(`ref="A2:F${2 + ROWS}"`);
    expect(lines).toMatch(new RegExp(`<autoFilter ref="A2:F${2 + ROWS}"`));
    const ws = (await load(nativeBytes)).getWorksheet('Lijnen')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('gives the same workbook with Node’s zlib, a CompressionStream (as in the browser) and fflate', async () => {
    const a = await readTables('a.xlsx', fflateBytes, { allSheets: true });
    const b = await readTables('b.xlsx', nativeBytes, { allSheets: true });
    const c = await readTables('c.xlsx', streamBytes, { allSheets: true });
    expect(b.map((t) => t.rows)).toEqual(a.map((t) => t.rows));
    expect(c.map((t) => t.rows)).toEqual(a.map((t) => t.rows));
    expect((await load(streamBytes)).getWorksheet('Lijnen')!.rowCount).toBe(2 + ROWS);
  });

  it("reads the same cells with Node's zlib inflating (as the CLI does) as with fflate's", async () => {
    // Tandem's own workbooks (zip entries with data descriptors), one ExcelJS wrote, and the samples and eval workbooks.
    const others = ['samples/gemeente-boekhouding.xlsx', 'eval/french-cpas/commune-depenses.xlsx', 'eval/three-way/agb-boekingen.xlsx'];
    const workbooks: [string, Uint8Array][] = [
      ['native.xlsx', nativeBytes],
      ['stream.xlsx', streamBytes],
      ['exceljs.xlsx', new Uint8Array(await (await load(nativeBytes)).xlsx.writeBuffer())],
      ...others.map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(f))]),
    ];
    for (const [name, bytes] of workbooks) {
      const plain = await readTables(name, bytes, { allSheets: true });
      const native = await readTables(name, bytes, { allSheets: true, inflate: NativeUnzipInflate });
      const nativeTicking = await readTables(name, bytes, { allSheets: true, tick: () => undefined, inflate: NativeUnzipInflate });
      expect(plain.length).toBeGreaterThan(0);
      expect(native).toEqual(plain);
      expect(nativeTicking).toEqual(plain);
    }
  });

  it('says a workbook with a damaged part is no workbook it can read, also with native inflate', async () => {
    // Bytes in the middle of the file, inside the long sheet's compressed data, spoiled; the zip's headers left intact.
    const damaged = nativeBytes.slice();
    const middle = damaged.length >> 1;
    for (let i = middle; i < middle + 400; i++) damaged[i] = 0xff;
    for (const inflate of [undefined, NativeUnzipInflate]) {
      const problem = await readTables('kapot.xlsx', damaged, { allSheets: true, inflate }).then(
        () => 'read',
        (e: unknown) => (e instanceof SourceError ? e.problem : String(e)),
      );
      expect(problem).toBe('not-a-workbook');
    }
  });

  it('does the caller’s other work once while it compresses, and writes the same workbook', async () => {
    const calls: string[] = [];
    const bytes = await planToXlsx(plan, { zipEntry: nativeZipEntry, meanwhile: () => calls.push('meanwhile') });
    expect(calls).toEqual(['meanwhile']);
    expect(Buffer.from(bytes).equals(Buffer.from(nativeBytes))).toBe(true);
    // A workbook without long tables still does it, once.
    const short: WritePlan = { ...plan, sheets: plan.sheets.filter((s) => s.key !== 'lines') };
    await planToXlsx(short, { meanwhile: () => calls.push('short') });
    expect(calls).toEqual(['meanwhile', 'short']);
  });

  it('gives the same bytes for the same plan', async () => {
    expect(Buffer.from(await planToXlsx(plan, { zipEntry: nativeZipEntry })).equals(Buffer.from(nativeBytes))).toBe(true);
    expect(Buffer.from(await planToXlsx(plan, { zipEntry: streamZipEntry })).equals(Buffer.from(streamBytes))).toBe(true);
  });
});

describe('a long table below another table (Besparingen: categories, then a long price table)', () => {
  // A regional cooperation's price table: every row has formulas, and another table stands above it.
  const priceRows = BIG_TABLE_ROWS + 700;
  const rows: PlanCell[][] = [
    [{ v: 'Besparingen', style: 'title' }],
    [
      { v: 'Categorie', style: 'header' },
      { v: 'Prijsverschil', style: 'header' },
    ],
  ];
  for (let k = 0; k < 3; k++)
    rows.push([
      { v: `cat-${k}`, style: 'text' },
      { f: `SUMIF($A$9:$A$${8 + priceRows},A${3 + k},$D$9:$D$${8 + priceRows})`, result: 0, style: 'money' },
    ]);
  rows.push(
    [],
    [{ v: 'Prijzen', style: 'subtitle' }],
    [
      { v: 'Categorie', style: 'header' },
      { v: 'Aantal', style: 'header' },
      { v: 'Bedrag', style: 'header' },
      { v: 'Eenheidsprijs', style: 'header' },
    ],
  );
  for (let i = 0; i < priceRows; i++) {
    const r = rows.length + 1;
    const quantity = 1 + (i % 7);
    const amount = 10 + i / 4;
    rows.push([
      { v: `cat-${i % 3}`, style: 'text' },
      { v: quantity, style: 'number' },
      { v: amount, style: 'money' },
      { f: `C${r}/B${r}`, result: amount / quantity, style: 'money4' },
    ]);
  }
  const plan: WritePlan = {
    currency: 'EUR',
    sheets: [
      {
        key: 'savings',
        name: 'Besparingen',
        rows,
        widths: [20, 12, 12, 12],
        tables: [
          { name: 'TandemSavings', headerRow: 2, lastRow: 5, firstColumn: 1, lastColumn: 2 },
          { name: 'TandemPrices', headerRow: 8, lastRow: rows.length, firstColumn: 1, lastColumn: 4 },
        ],
        print: { landscape: true, fitToWidth: true },
      },
    ],
  };

  it('is split off and written as a long table, leaving the table above to ExcelJS', () => {
    const { plan: small, bodies } = splitBigSheets(plan);
    expect(bodies.map((b) => [b.sheet, b.firstRow, b.rows.length])).toEqual([['Besparingen', 9, priceRows]]);
    expect(small.sheets[0]!.tables[0]).toEqual(plan.sheets[0]!.tables[0]);
  });

  it('holds both tables, every formula with its result, and the tables keep their own ranges', async () => {
    const wb = await load(await planToXlsx(plan, { zipEntry: fflateZipEntry }));
    const ws = wb.getWorksheet('Besparingen')!;
    expect(ws.getCell('B3').formula).toBe(`SUMIF($A$9:$A$${8 + priceRows},A3,$D$9:$D$${8 + priceRows})`);
    expect(ws.getCell('A5').value).toBe('cat-2');
    for (const i of [0, 1, 1_000, priceRows - 1]) {
      const r = 9 + i;
      expect(ws.getCell(`A${r}`).value).toBe(`cat-${i % 3}`);
      expect(ws.getCell(`D${r}`).formula).toBe(`C${r}/B${r}`);
      expect(ws.getCell(`D${r}`).result).toBeCloseTo((10 + i / 4) / (1 + (i % 7)), 10);
    }
    const refs = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables).map(
      (t) => [t.table.name, t.table.tableRef],
    );
    expect(refs.sort()).toEqual([
      ['TandemPrices', `A8:D${8 + priceRows}`],
      ['TandemSavings', 'A2:B5'],
    ]);
  });
});

describe('a re-run over a long workbook Tandem wrote', () => {
  it('gives ExcelJS the user’s sheets whole and Tandem’s own without their cells', async () => {
    const bytes = await planToXlsx(longPlan(), { zipEntry: nativeZipEntry });
    const light = await load(withoutOwnSheetCells(bytes, (name) => name === 'Lijnen'));
    expect(light.getWorksheet('Lijnen')!.actualRowCount).toBe(0);
    expect(light.getWorksheet('Samenvatting')!.getCell('A1').value).toBe('Samenvatting');
  });

  it('knows Tandem’s workbook by its marker without loading its cells', async () => {
    expect(hasKeyword(await planToXlsx(longPlan(), { zipEntry: nativeZipEntry }), TANDEM_MARKER)).toBe(true);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Blad1').getCell('A1').value = 'tandem';
    expect(hasKeyword(new Uint8Array((await other.xlsx.writeBuffer()) as ArrayBuffer), TANDEM_MARKER)).toBe(false);
  });
});

describe('reading a workbook from its sheet XML', () => {
  it('reads what ExcelJS reads: dates, formulas’ results, errors, rich text, merged cells, hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.getCell('A1').value = 'Titel over drie kolommen';
    ws.mergeCells('A1:C1');
    ws.getRow(3).values = ['Datum', 'Omschrijving', 'Bedrag', 'Formule', 'Fout', 'Ja'];
    ws.getCell('A4').value = new Date(Date.UTC(2025, 2, 14));
    ws.getCell('A4').numFmt = 'dd/mm/yyyy';
    ws.getCell('B4').value = { richText: [{ text: 'Toner ' }, { text: 'HP', font: { bold: true } }] };
    ws.getCell('C4').value = 1234.5;
    ws.getCell('D4').value = { formula: 'C4*2', result: 2469 };
    ws.getCell('E4').value = { error: '#N/A' };
    ws.getCell('F4').value = true;
    ws.getCell('B5').value = 'R&D <afdeling> "x"';
    ws.getCell('C5').value = 45_000;
    ws.getCell('C5').numFmt = 'd-mmm-yy';
    wb.addWorksheet('Verborgen', { state: 'hidden' }).getCell('A1').value = 'geheim';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const [table] = await readTables('export.xlsx', bytes);
    expect(table!.sheet).toBe('Export');
    expect(table!.rows).toEqual([
      ['Titel over drie kolommen', 'Titel over drie kolommen', 'Titel over drie kolommen'],
      [],
      ['Datum', 'Omschrijving', 'Bedrag', 'Formule', 'Fout', 'Ja'],
      ['2025-03-14', 'Toner HP', 1234.5, 2469, '#N/A', true],
      [null, 'R&D <afdeling> "x"', '2023-03-15'],
    ]);
    const all = await readTables('export.xlsx', bytes, { allSheets: true });
    expect(all.map((t) => t.sheet)).toEqual(['Export']);
    const hidden = await readTables('export.xlsx', bytes, { sheet: 'Verborgen' });
    expect(hidden[0]!.rows).toEqual([['geheim']]);
  });
});

/** A workbook of one sheet, zipped by hand: the sheet XML exactly as given. */
function handWrittenXlsx(sheetData: string, strings: string[], sheetName = 'Blad1'): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${ns}>${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`),
    'xl/styles.xml': strToU8(`<styleSheet ${ns}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('reading sheet XML as other writers write it', () => {
  it('reads attributes in any order, with spaces and line breaks, cells without a reference, and every cell type', async () => {
    const bytes = handWrittenXlsx(
      [
        '<row r="1" spans="1:3"><c t="s" r="A1"><v>0</v></c><c r="B1" s="0" t="s" ><v>1</v></c><c r="C1"\n t="n"><v>12.5</v></c></row>',
        '<row r="2"><c r="A2" t="s"><v/></c><c r="B2"><f>SUM(1)</f></c><c r="C2" t="s"><v>2</v></c></row>',
        '<row r="3"><c r="A3" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="B3" t="str"><f>A1</f><v>R&amp;D</v></c>' +
          '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="d"><v>2025-03-01T00:00:00</v></c></row>',
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E4" s="1"><v>45000</v></c><c r="F4" xr:uid="x"><v>7</v></c><c r="G4"/></row>',
        '<row r="6"><c r="A6" s="1" t="n"><v>45658</v></c><c r="B6"><v>1.5E-3</v></c><c r="AA6" t="s"><v>1</v></c></row>',
      ].join(''),
      ['Toner', 'Papier A4', 'Bedrag'],
    );
    const [table] = await readTables('ander.xlsx', bytes);
    const empty = (n: number) => new Array<null>(n).fill(null);
    expect(table!.rows).toEqual([
      ['Toner', 'Papier A4', 12.5],
      [null, null, 'Bedrag'],
      ['inline & text', 'R&D', '#N/A', true, '2025-03-01'],
      [1, 2, null, null, '2023-03-15', 7],
      [],
      ['2025-01-01', 0.0015, ...empty(24), 'Papier A4'],
    ]);
  });
});

describe('a re-run reads of Lijnen only the rows someone typed a category in', () => {
  it('finds the same edits as reading every row, in what Tandem wrote and in what ExcelJS wrote after the edits', async () => {
    const [gemeente] = await readSourcePath('samples/gemeente-boekhouding.xlsx');
    const [ocmw] = await readSourcePath('samples/ocmw-aankopen.csv');
    const plan = runAnalysis([
      { name: 'Gemeente', tables: [gemeente!] },
      { name: 'OCMW', tables: [ocmw!] },
    ]).plan;
    const lineRows = plan.sheets.find((x) => x.key === 'lines')!.rows.length;
    expect(lineRows).toBeGreaterThan(BIG_TABLE_ROWS);
    const written = await planToXlsx(plan, { zipEntry: nativeZipEntry });
    // Categories typed on the first lines (a run), a lone line and the last one; the input column is O.
    const typed = [4, 5, 6, 2_000, lineRows];
    const wb = await load(written);
    const ws = wb.getWorksheet('Lijnen')!;
    expect(ws.getCell('O3').value).toBe('Eigen categorie');
    for (const r of typed) ws.getCell(`O${r}`).value = `Eigen ${r}`;
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    for (const [bytes, withCategories] of [
      [written, []],
      [edited, typed],
    ] as const) {
      const full = await readTables('t.xlsx', bytes, { allSheets: true });
      const lean = (await readWorkbookForRerun('t.xlsx', bytes)).tables;
      expect(readPreviousEdits(lean)).toEqual(readPreviousEdits(full));
      expect(readPreviousEdits(lean).lineOverrides.map((o) => o.category)).toEqual(withCategories.map((r) => `Eigen ${r}`));
      const fullLines = full.find((t) => t.sheet === 'Lijnen')!.rows;
      const leanLines = lean.find((t) => t.sheet === 'Lijnen')!.rows;
      // Title, note and header as they are; each line empty unless a category was typed on it (and
      // empty rows at the end left out, as for any sheet).
      const expected = fullLines.map((row, i) => (i < 3 || withCategories.includes((i + 1) as never) ? row : []));
      while (expected.at(-1)?.length === 0) expected.pop();
      expect(leanLines).toEqual(expected);
      // Of Tandem's other sheets only those edits are read from, and of Besparingen its categories' table.
      expect(lean.map((t) => t.sheet).sort()).toEqual(['Besparingen', 'Controle', 'Lijnen', 'Parameters', 'Toewijzing']);
      expect(lean.filter((t) => ['Toewijzing', 'Parameters', 'Controle'].includes(t.sheet))).toEqual(
        full.filter((t) => ['Toewijzing', 'Parameters', 'Controle'].includes(t.sheet)),
      );
      const fullSavings = full.find((t) => t.sheet === 'Besparingen')!.rows;
      const tableEnd = fullSavings.findIndex((row, i) => i > 3 && row.length === 0);
      expect(lean.find((t) => t.sheet === 'Besparingen')!.rows).toEqual(fullSavings.slice(0, tableEnd));
    }
  });

  it('names the same sheets by key (Excel) and by name in each language (files)', async () => {
    const [gemeente] = await readSourcePath('samples/gemeente-boekhouding.xlsx');
    const [ocmw] = await readSourcePath('samples/ocmw-aankopen.csv');
    const names = (['nl', 'fr', 'en'] as const).flatMap((lang) =>
      runAnalysis(
        [
          { name: 'Gemeente', tables: [gemeente!] },
          { name: 'OCMW', tables: [ocmw!] },
        ],
        { lang },
      ).plan.sheets.flatMap((sheet) => (EDITED_SHEET_KEYS.includes(sheet.key) ? [sheet.name] : [])),
    );
    expect(names).toHaveLength(3 * EDITED_SHEET_KEYS.length);
    expect([...names].sort()).toEqual([...EDITED_SHEET_NAMES].sort());
  });

  it('reads a row cell by cell unless its last cell is its own input cell, written empty', async () => {
    const head =
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>';
    const rows = [
      // Skipped: the input cell last, written empty.
      '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>12.5</v></c><c r="C3" s="1"/></row>',
      // Read: a category typed.
      '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4"><v>3</v></c><c r="C4" t="inlineStr"><is><t>Eigen</t></is></c></row>',
      // Read: a cell after the input cell, cells without a reference, no input cell, an input cell of another row.
      '<row r="5"><c r="A5" t="s"><v>4</v></c><c r="C5" s="1"/><c r="D5"><v>9</v></c></row>',
      '<row r="6"><c><v>1</v></c><c><v>2</v></c><c/></row>',
      '<row r="7"><c r="A7" t="s"><v>4</v></c></row>',
      '<row r="8"/>',
      '<row r="9"><c r="A9"><v>5</v></c><c r="C90" s="1"/></row>',
      '<row r="10"><c r="A10" t="s"><v>4</v></c><c r="CA10" s="1"/></row>',
    ];
    const strings = ['Lijnen', 'Bestuur', 'Bedrag', 'Eigen categorie', 'OCMW'];
    const bytes = handWrittenXlsx(head + rows.join(''), strings, 'Lijnen');
    const [full] = await readTables('l.xlsx', bytes);
    const [lean] = await readTables('l.xlsx', bytes, { editedRowsOnly: LINE_EDITS });
    expect(full!.rows[2]).toEqual(['OCMW', 12.5]);
    expect(lean!.rows).toEqual(full!.rows.map((row, i) => (i === 2 ? [] : row)));
    // Another sheet of the same shape is read whole.
    const [other] = await readTables('l.xlsx', handWrittenXlsx(head + rows.join(''), strings, 'Blad1'), { editedRowsOnly: LINE_EDITS });
    expect(other!.rows).toEqual(full!.rows);
  });
});

describe("a re-run reads of Besparingen only the categories' table, not the long price table below it", () => {
  // 12 administrations × 200 toner models: 2,400 price rows, written as a long table.
  const sources = cooperationSources(12, 200);

  it.each(['nl', 'fr', 'en'] as const)('finds every kind, and the one typed, as a full read does (%s)', async (lang) => {
    const L = SAVINGS_LABELS[lang];
    const plan = runAnalysis(sources, { lang }).plan;
    const savings = plan.sheets.find((x) => x.key === 'savings')!;
    expect(savings.rows.length).toBeGreaterThan(BIG_TABLE_ROWS);
    const written = await planToXlsx(plan, { zipEntry: nativeZipEntry });
    // The user says toner is a service (a print contract), on the sheet ExcelJS then saves.
    const wb = await load(written);
    const ws = wb.getWorksheet(L.sheets.savings)!;
    const header = savings.rows.findIndex((r) => r.some((c) => c?.v === L.col.kind));
    const kindCol = savings.rows[header]!.findIndex((c) => c?.v === L.col.kind) + 1;
    const idCol = savings.rows[header]!.findIndex((c) => c?.v === L.col.categoryId) + 1;
    let tonerRow = header + 2;
    while (ws.getCell(tonerRow, idCol).value !== 'toner-ink') tonerRow++;
    expect(ws.getCell(tonerRow, kindCol).value).toBe(L.kind.goods);
    ws.getCell(tonerRow, kindCol).value = L.kind.services;
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    for (const [bytes, toner] of [
      [written, 'goods'],
      [edited, 'services'],
    ] as const) {
      const full = await readTables('t.xlsx', bytes, { allSheets: true });
      const lean = (await readWorkbookForRerun('t.xlsx', bytes)).tables;
      const edits = readPreviousEdits(lean);
      expect(edits).toEqual(readPreviousEdits(full));
      expect(Object.fromEntries(edits.kinds)).toEqual({ electricity: 'goods', 'office-paper': 'goods', 'toner-ink': toner });
      // The rows down to the categories' table's last, and none of the price table.
      const fullRows = full.find((t) => t.sheet === L.sheets.savings)!.rows;
      const leanRows = lean.find((t) => t.sheet === L.sheets.savings)!.rows;
      expect(leanRows).toEqual(fullRows.slice(0, header + 1 + 3));
      expect(fullRows.length).toBeGreaterThan(12 * 200);
    }
  });

  it('reads a sheet without the kind header whole, and a table that runs to the end of the sheet to its end', async () => {
    const strings = ['Besparingen', 'Categorie-id', 'Soort', 'paper', 'goederen', 'Iets anders'];
    const head = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
    const table =
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>4</v></c></row>';
    const [whole] = await readTables('b.xlsx', handWrittenXlsx(head + table, strings, 'Besparingen'), { tableOnly: KIND_EDITS });
    expect(whole!.rows).toEqual([['Besparingen'], [], ['Categorie-id', 'Soort'], ['paper', 'goederen']]);
    const other = '<row r="3"><c r="A3" t="s"><v>5</v></c></row><row r="4"><c r="A4" t="s"><v>3</v></c></row>';
    const [unknown] = await readTables('b.xlsx', handWrittenXlsx(head + other, strings, 'Besparingen'), { tableOnly: KIND_EDITS });
    expect(unknown!.rows).toEqual([['Besparingen'], [], ['Iets anders'], ['paper']]);
    // A row with the kind emptied ends the table, as a missing row does.
    const emptied =
      table + '<row r="5"><c r="A5" t="s"><v>3</v></c></row><row r="6"><c r="A6" t="s"><v>3</v></c><c r="B6" t="s"><v>4</v></c></row>';
    const [cut] = await readTables('b.xlsx', handWrittenXlsx(head + emptied, strings, 'Besparingen'), { tableOnly: KIND_EDITS });
    expect(cut!.rows).toEqual([['Besparingen'], [], ['Categorie-id', 'Soort'], ['paper', 'goederen']]);
  });
});

describe('reading a long CSV', () => {
  // 6,000 records with quoted separators, line breaks inside quotes and a stray inch mark.
  const records = Array.from({ length: 6_000 }, (_, i) =>
    i % 500 === 7 ? `${i};"Kabel; 2 m\nzwart";Monitor 24" HD;12,50` : `${i};Toner ${i % 40};Papier A4;${i},25`,
  );
  const text = `Nr;Omschrijving;Artikel;Bedrag\r\n${records.join('\r\n')}\r\n`;
  const bytes = new TextEncoder().encode(text);

  it('reports how far it has come while it reads, always further', async () => {
    const seen: number[] = [];
    const [table] = await readTables('lang.csv', bytes, { tick: (done, total) => seen.push(done / total) });
    expect(table!.rows).toHaveLength(6_001);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((f) => f > 0 && f <= 1)).toBe(true);
  });

  it('gives the same rows with progress as without', async () => {
    const [quiet] = await readTables('lang.csv', bytes);
    const [ticking] = await readTables('lang.csv', bytes, { tick: () => undefined });
    expect(ticking!.rows).toEqual(quiet!.rows);
    expect(quiet!.rows[8]).toEqual(['7', 'Kabel; 2 m\nzwart', 'Monitor 24" HD', '12,50']);
  });
});
