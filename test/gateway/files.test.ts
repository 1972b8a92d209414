import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runAnalysis } from '../../src/app/analyze-sources';
import { cooperationSources } from '../support/cooperation';
import { SAVINGS_LABELS } from '../../src/engine/plan/savings-labels';
import { WRAP_ROWS_MAX, wrappedRowHeights, wrapRows } from '../../src/engine/plan/print';
import { readTables, decodeText } from '../../src/gateway/files/read';
import { readSourcePath } from '../../src/gateway/files/node';
import { LABELS } from '../../src/engine/labels';
import { planToXlsx } from '../../src/gateway/files/write';
import { SourceError } from '../../src/gateway/files/errors';
import type { WritePlan } from '../../src/engine/plan/types';

/** A plan as the `.xlsx` writer writes it, read back by ExcelJS. */
async function writtenWorkbook(plan: WritePlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await planToXlsx(plan)) as unknown as ArrayBuffer);
  return wb;
}

const bytes = (s: string) => new TextEncoder().encode(s);

async function problemOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof SourceError ? e.problem : `other: ${String(e)}`;
  }
}

describe('CSV as exports write it', () => {
  it('reads ;-separated UTF-8 with a BOM', async () => {
    const [t] = await readTables('a.csv', bytes('\uFEFFDatum;Leverancier;Bedrag\n01/01/2025;Lyreco;1.234,56\n'));
    expect(t!.rows).toEqual([
      ['Datum', 'Leverancier', 'Bedrag'],
      ['01/01/2025', 'Lyreco', '1.234,56'],
    ]);
  });

  it('reads Windows-1252 with € and accents', async () => {
    const win = Uint8Array.from([
      ...bytes('Omschrijving;Bedrag\r\nCaf'),
      0xe9,
      ...bytes(' cr'),
      0xe8,
      ...bytes('me;'),
      0x80,
      ...bytes(' 12,50\r\n'),
    ]);
    const [t] = await readTables('w.csv', win);
    expect(t!.encoding).toBe('windows-1252');
    expect(t!.rows[1]).toEqual(['Café crème', '€ 12,50']);
  });

  it('reads CR-only line ends, quoted separators and newlines inside quotes', async () => {
    const [t] = await readTables('cr.csv', bytes('Description,Amount\r"Paper, A4",12.00\r"two\rlines",3.00\r'));
    expect(t!.rows).toEqual([
      ['Description', 'Amount'],
      ['Paper, A4', '12.00'],
      ['two\rlines', '3.00'],
    ]);
  });

  it('decodes UTF-8 without BOM as UTF-8', () => {
    expect(decodeText(bytes('Caf\u00e9')).text).toBe('Café');
  });
});

describe('workbooks', () => {
  it('reads values, dates and formula results as the sheet shows them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Uitgaven 2025']);
    ws.addRow([]);
    ws.addRow(['Boekdatum', 'Omschrijving', 'Bedrag']);
    ws.addRow([new Date(Date.UTC(2025, 0, 3)), 'Papier', 12.5]);
    ws.addRow([null, 'Totaal', { formula: 'C4', result: 12.5 }]);
    const [t] = await readTables('g.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t!.sheet).toBe('Export');
    expect(t!.rows[1]).toEqual([]);
    expect(t!.rows[3]).toEqual(['2025-01-03', 'Papier', 12.5]);
    expect(t!.rows[4]).toEqual([null, 'Totaal', 12.5]);
  });

  it('names the sheet that is not there', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Export').addRow(['a']);
    expect(await problemOf(readTables('g.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()), { sheet: 'Blad9' }))).toBe('no-such-sheet');
  });

  it('says what is wrong with files that are no workbook', async () => {
    expect(await problemOf(readTables('empty.csv', new Uint8Array()))).toBe('empty');
    expect(await problemOf(readTables('x.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5])))).toBe('not-a-workbook');
    expect(await problemOf(readTables('x.xlsx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toBe(
      'encrypted-or-legacy',
    );
    expect(await problemOf(readTables('x.xlsx', Uint8Array.from([1, 0, 2, 0, 3, 0])))).toBe('unsupported-type');
  });
});

describe('writing a plan', () => {
  const plan: WritePlan = {
    sheets: [
      {
        key: 'lines',
        name: 'Lijnen',
        rows: [
          [{ v: 'Titel', style: 'title' }],
          [
            { v: 'Omschrijving', style: 'header' },
            { v: 'Bedrag', style: 'header' },
          ],
          [
            { v: '=HYPERLINK("http://x","klik")', style: 'text' },
            { v: 12.5, style: 'money' },
          ],
          [
            { v: '@SUM(1,2)', style: 'text' },
            { f: 'B3*2', result: 25, style: 'money' },
          ],
        ],
        widths: [30, 12],
        tables: [{ name: 'TandemLines', headerRow: 2, lastRow: 4, firstColumn: 1, lastColumn: 2 }],
        freeze: { rows: 2, columns: 0 },
        print: { landscape: true, fitToWidth: true },
      },
    ],
    currency: 'EUR',
  };

  it('writes source text as text that never runs, and formulas with their results', async () => {
    const wb = await writtenWorkbook(plan);
    const ws = wb.getWorksheet('Lijnen')!;
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://x","klik")');
    expect(ws.getCell('A4').value).toBe('@SUM(1,2)');
    expect(ws.getCell('B4').value).toMatchObject({ formula: 'B3*2', result: 25 });
    expect(ws.getCell('B3').numFmt).toContain('€');
  });
});

describe('row numbers', () => {
  it("show a source's row as the spreadsheet numbers it (1085, not 1.085), while counts keep their thousands separator", async () => {
    const { plan } = runAnalysis([
      { name: 'Gemeente', tables: await readSourcePath('samples/gemeente-boekhouding.xlsx') },
      { name: 'OCMW', tables: await readSourcePath('samples/ocmw-aankopen.csv') },
    ]);
    const wb = await writtenWorkbook(plan);
    const L = LABELS.nl;
    const column = (ws: ExcelJS.Worksheet, headerRow: number, header: string) => {
      let found = 0;
      ws.getRow(headerRow).eachCell((cell, c) => {
        if (cell.value === header && !found) found = c;
      });
      expect(found).toBeGreaterThan(0);
      return found;
    };
    const lines = wb.getWorksheet(L.sheets.lines)!;
    const rij = column(lines, 3, L.col.row);
    const big: ExcelJS.Cell[] = [];
    lines.eachRow((row, r) => {
      const cell = row.getCell(rij);
      if (r > 3 && typeof cell.value === 'number' && cell.value >= 1000) big.push(cell);
    });
    expect(big.length).toBeGreaterThan(0);
    for (const cell of big) expect(cell.numFmt).toBe('0');
    // The rejected rows on Controle: their row the same way.
    const control = wb.getWorksheet(L.sheets.control)!;
    const rejectedRows: ExcelJS.Cell[] = [];
    control.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === L.col.row) rejectedRows.push(control.getCell(Number(row.number) + 1, Number(cell.col)));
      });
    });
    expect(rejectedRows.some((cell) => typeof cell.value === 'number')).toBe(true);
    for (const cell of rejectedRows) if (typeof cell.value === 'number') expect(cell.numFmt).toBe('0');
    // A count is a quantity: 1.085 lines keeps its separator.
    const categories = wb.getWorksheet(L.sheets.categories)!;
    expect(categories.getCell(4, column(categories, 3, L.col.lines)).numFmt).toBe('#,##0');
  });
});

describe("printing a cooperation's wide sheets", () => {
  it('writes Toewijzing to print three pages wide, column A and the header rows on each; the other sheets one page wide', async () => {
    const written = await planToXlsx(runAnalysis(cooperationSources(20, 2)).plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ArrayBuffer);
    const setup = (name: string) => wb.getWorksheet(name)!.pageSetup;
    expect(setup('Toewijzing')).toMatchObject({
      fitToPage: true,
      fitToWidth: 3,
      fitToHeight: 0,
      printTitlesColumn: 'A:A',
      printTitlesRow: '1:3',
    });
    expect(setup('Parameters')).toMatchObject({ fitToPage: true, fitToWidth: 1 });
    expect(setup('Parameters').printTitlesColumn).toBeUndefined();
    // As the file says it, for any spreadsheet that prints it.
    const zip = await JSZip.loadAsync(written);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Toewijzing\'!$A:$A,\'Toewijzing\'!$1:$3</definedName>'.replace(
        /'/g,
        '&apos;',
      ),
    );
  });
});

describe("Toewijzing's long texts", () => {
  it('wrap in their columns, every cell of a row at its top, each row as tall as its texts, in Calibri throughout', async () => {
    const plan = runAnalysis(cooperationSources(2, 2)).plan;
    const allocation = plan.sheets.find((s) => s.key === 'allocation')!;
    const wb = await writtenWorkbook(plan);
    const ws = wb.getWorksheet(allocation.name)!;
    const heights = wrappedRowHeights(allocation);
    expect(heights.size).toBeGreaterThan(0);
    const first = allocation.tables[0]!.headerRow + 1;
    for (let r = first; r <= allocation.tables[0]!.lastRow; r++) {
      // LibreOffice keeps the height a file gives (or the default), so the file gives it.
      expect(ws.getRow(r).height).toBe(heights.get(r));
      for (const c of allocation.wrapColumns!) expect(ws.getCell(r, c).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      expect(ws.getCell(r, 3).alignment).toEqual({ vertical: 'top' });
    }
    // The header row, the title and what is not a wrapped row keep their looks; bold text names its face.
    expect(ws.getCell(allocation.tables[0]!.headerRow, 1).font).toMatchObject({ name: 'Calibri', bold: true });
    expect(ws.getCell(1, 1).alignment).toBeUndefined();
  });
  it('let a spreadsheet fit them again when a note is typed later: their heights are not marked as set by hand; a merged paragraph’s is', async () => {
    const plan = runAnalysis(cooperationSources(2, 2)).plan;
    const allocation = plan.sheets.find((s) => s.key === 'allocation')!;
    const summary = plan.sheets.find((s) => s.key === 'summary')!;
    const zip = await JSZip.loadAsync(await planToXlsx(plan));
    const sheetXml = async (name: string) => {
      const book = await zip.file('xl/workbook.xml')!.async('string');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(book)![0];
      const id = /r:id="([^"]+)"/.exec(sheet)![1];
      const target = new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      return zip.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
    };
    const rowTag = (xml: string, r: number) => new RegExp(`<row r="${r}"[^>]*>`).exec(xml)![0];
    const xml = await sheetXml(allocation.name);
    const heights = wrappedRowHeights(allocation);
    expect(heights.size).toBeGreaterThan(0);
    for (const [r, height] of heights) {
      // The height is there for spreadsheets that print what the file says (LibreOffice)…
      expect(rowTag(xml, r)).toContain(`ht="${height}"`);
      // …but not as one set by hand, which Excel would never change.
      expect(rowTag(xml, r)).not.toContain('customHeight');
    }
    expect(rowTag(xml, allocation.tables[0]!.headerRow)).not.toContain('customHeight');
    // Excel fits no merged cell: the council's paragraph keeps the height Tandem gave it.
    const paragraphRow = summary.rows.findIndex((row) => row.some((c) => c.style === 'paragraph')) + 1;
    expect(paragraphRow).toBeGreaterThan(0);
    expect(rowTag(await sheetXml(summary.name), paragraphRow)).toContain('customHeight="1"');
  });
});

describe("a cooperation's long price table", () => {
  it('keeps one line per row, while the categories above it on Besparingen wrap', async () => {
    const plan = runAnalysis(cooperationSources(12, 200)).plan;
    const savings = plan.sheets.find((s) => s.key === 'savings')!;
    const [categories, prices] = savings.tables;
    expect(prices!.lastRow - prices!.headerRow).toBeGreaterThan(WRAP_ROWS_MAX);
    expect(wrapRows(savings)).toEqual([{ from: categories!.headerRow + 1, to: categories!.lastRow }]);
    const wb = await writtenWorkbook(plan);
    const ws = wb.getWorksheet(savings.name)!;
    expect(ws.getCell(categories!.headerRow + 1, 1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // The price table went past ExcelJS (big-sheet.ts): its rows as any other, no wrapping, no heights.
    for (const r of [prices!.headerRow + 1, prices!.headerRow + 2, prices!.lastRow]) {
      expect(ws.getCell(r, 1).alignment).toBeUndefined();
      expect(ws.getRow(r).height).toBeUndefined();
      expect(ws.getCell(r, 1).value).toBe(savings.rows[r - 1]![0]!.v);
    }
  });
});

describe('column widths', () => {
  it('are in the file as the plan gives them, 9 (ExcelJS leaves such a column out) as the sheet default', async () => {
    const plan = runAnalysis(cooperationSources(2, 2)).plan;
    const zip = await JSZip.loadAsync(await planToXlsx(plan));
    for (const [i, sheet] of plan.sheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      const fallback = Number(/defaultColWidth="([\d.]+)"/.exec(xml)?.[1] ?? 8.43);
      const width = (column: number): number => {
        for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) {
          if (column >= Number(m[1]) && column <= Number(m[2])) return Number(m[3]);
        }
        return fallback;
      };
      expect([sheet.key, sheet.widths.map((_, c) => width(c + 1))]).toEqual([sheet.key, sheet.widths]);
    }
    // Besparingen has columns 9 wide.
    expect(plan.sheets.find((s) => s.key === 'savings')!.widths).toContain(9);
  });
});

describe('the kind of a category on Besparingen', () => {
  it('takes only goods, services or works in the sheet’s language, from a dropdown, with a message naming what depends on it', async () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const L = SAVINGS_LABELS[lang];
      const plan = runAnalysis(cooperationSources(3, 2), { lang }).plan;
      const savings = plan.sheets.find((x) => x.key === 'savings')!;
      const wb = await writtenWorkbook(plan);
      const ws = wb.getWorksheet(L.sheets.savings)!;
      const header = savings.rows.findIndex((r) => r.some((c) => c?.v === L.col.kind)) + 1;
      const kindCol = savings.rows[header - 1]!.findIndex((c) => c?.v === L.col.kind) + 1;
      const shared = runAnalysis(cooperationSources(3, 2), { lang }).savings.shared.length;
      expect(shared).toBeGreaterThan(1);
      const words = [L.kind.goods, L.kind.services, L.kind.works];
      for (let r = header + 1; r <= header + shared; r++) {
        const cell = ws.getCell(r, kindCol);
        expect(words).toContain(cell.value);
        expect(cell.dataValidation).toMatchObject({
          type: 'list',
          formulae: [`"${words.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: L.col.kind,
          error: L.text.kindError,
        });
      }
      // Not the cells around the table.
      expect(ws.getCell(header, kindCol).dataValidation).toBeUndefined();
      expect(ws.getCell(header + shared + 1, kindCol).dataValidation).toBeUndefined();
    }
  });
});

describe('the values on Parameters', () => {
  it('take a number, above zero for a period, a duration or a capacity; the date and the defaults are left free', async () => {
    const plan = runAnalysis(cooperationSources(3, 2)).plan;
    const params = plan.sheets.find((x) => x.key === 'parameters')!;
    const wb = await writtenWorkbook(plan);
    const ws = wb.getWorksheet('Parameters')!;
    const rowOf = (key: string) => params.rows.findIndex((r) => r[5]?.v === key) + 1;
    const L = SAVINGS_LABELS.nl;
    for (const key of ['periodYears', 'contractYears', 'capacityPerService']) {
      expect([key, ws.getCell(rowOf(key), 2).dataValidation]).toEqual([
        key,
        expect.objectContaining({
          type: 'decimal',
          operator: 'greaterThan',
          formulae: [0],
          errorTitle: L.col.value,
          error: L.text.positiveError,
        }),
      ]);
    }
    for (const key of ['elasticity.goods.expected', 'coordinationPerYear', 'thresholds.small']) {
      expect([key, ws.getCell(rowOf(key), 2).dataValidation]).toEqual([
        key,
        expect.objectContaining({ type: 'decimal', formulae: [-1e15, 1e15], error: L.text.numberError }),
      ]);
    }
    expect(ws.getCell(rowOf('thresholdDate'), 2).dataValidation).toBeUndefined();
    expect(ws.getCell(rowOf('periodYears'), 3).dataValidation).toBeUndefined();
    // Every input value cell is covered, and nothing else.
    const inputs = params.rows.flatMap((r, i) => (r[1]?.style?.startsWith('input') ? [i + 1] : []));
    const covered = params.validations!.flatMap((v) => Array.from({ length: v.toRow - v.fromRow + 1 }, (_, k) => v.fromRow + k));
    expect(covered.sort((a, b) => a - b)).toEqual(inputs);
  });
});

describe('text any plan may hold', () => {
  it('is written so the workbook opens again: no characters XML forbids, at most 32,767 per cell', async () => {
    const long = 'x'.repeat(40_000);
    const plan: WritePlan = {
      sheets: [
        {
          key: 'lines',
          name: 'Lijnen',
          rows: [[{ v: 'a\u0000b\uffffc\u0007d', style: 'text' }], [{ v: long, style: 'text' }]],
          widths: [30],
          tables: [],
          print: { landscape: true, fitToWidth: true },
        },
      ],
      currency: 'EUR',
    };
    const wb = await writtenWorkbook(plan);
    const ws = wb.getWorksheet('Lijnen')!;
    expect(ws.getCell('A1').value).toBe('abcd');
    expect(String(ws.getCell('A2').value)).toHaveLength(32_767);
  });
});
