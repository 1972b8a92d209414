/**
 * Proves the LibreOffice harness (test/support/libreoffice.ts) really recalculates: a formula whose
 * stored result is deliberately wrong must come back with LibreOffice's own value, and correct ones
 * (cross-sheet references with accents and spaces, text, powers) must agree.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { compareRecalculated, hasLibreOffice, recalculate } from '../support/libreoffice';

let dir = '';
const cleanup: string[] = [];

beforeAll(async () => {
  // Fail, never skip: CI installs LibreOffice, so its absence is a broken environment.
  if (!hasLibreOffice()) {
    throw new Error('LibreOffice (soffice) is not on PATH; the e2e tests need it: apt-get install libreoffice-calc-nogui');
  }
  dir = await mkdtemp(path.join(tmpdir(), 'tandem-e2e-'));
  cleanup.push(dir);
});

afterAll(async () => {
  for (const d of cleanup) await rm(d, { recursive: true, force: true });
});

async function recalculated(file: string): Promise<string> {
  const out = await recalculate(file);
  cleanup.push(path.dirname(path.dirname(out)));
  return out;
}

describe('LibreOffice recalculation', () => {
  it('recomputes every formula, so a wrong stored result is caught and right ones pass', async () => {
    const wb = new ExcelJS.Workbook();
    const main = wb.addWorksheet('Berekening');
    const categories = wb.addWorksheet('Categorieën');
    const parameters = wb.addWorksheet('Parameters');
    main.getCell('A1').value = 21;
    main.getCell('A2').value = 4;
    categories.getCell('B2').value = 1234.56;
    parameters.getCell('C5').value = 0.21;

    main.getCell('B1').value = { formula: 'A1*2', result: 999 }; // deliberately wrong: 42
    main.getCell('B2').value = { formula: 'SUM(A1:A2)', result: 25 };
    main.getCell('B3').value = { formula: "'Categorieën'!B2*Parameters!$C$5", result: 1234.56 * 0.21 };
    main.getCell('B4').value = { formula: 'IF(A1>10,"ja","nee")', result: 'ja' };
    main.getCell('B5').value = { formula: '(A1/A2)^(-0.07)', result: Math.pow(21 / 4, -0.07) };
    main.getCell('B6').value = { formula: 'ROUND(B3,2)', result: 259.26 };
    main.getCell('B6').numFmt = '#,##0.00 [$€-nl-BE];-#,##0.00 [$€-nl-BE]';
    categories.getCell('C2').value = { formula: 'Berekening!A1+B2', result: 1255.56 };

    const file = path.join(dir, 'recalc proof.xlsx');
    await wb.xlsx.writeFile(file);
    const out = await recalculated(file);
    expect(out).not.toBe(file);

    const { checked, mismatches } = await compareRecalculated(file, out);
    expect(checked).toBe(7);
    expect(mismatches).toEqual([{ sheet: 'Berekening', address: 'B1', formula: 'A1*2', stored: 999, recalculated: 42 }]);
  });

  it('compares numbers within half a cent, and text, booleans and errors exactly', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Vergelijking');
    ws.getCell('A1').value = 10;
    ws.getCell('A2').value = 0;
    const cells: Record<string, ExcelJS.CellFormulaValue> = {
      B1: { formula: 'A1/3', result: 3.3333 + 0.004 }, // within 0.005: equal
      B2: { formula: 'A1/3', result: 3.3333 + 0.01 }, // a cent off: mismatch
      B3: { formula: 'A1*1000000000', result: 1e10 * (1 + 5e-10) }, // 5 off, but relative 5e-10: equal
      B4: { formula: 'IF(A1>5,"ja","nee")', result: 'Ja' }, // text is exact: mismatch
      B5: { formula: 'A1>5', result: true },
      B6: { formula: 'A1<5', result: true }, // mismatch: FALSE
      B7: { formula: 'A1/A2', result: { error: '#DIV/0!' } },
      B8: { formula: 'IF(A1>50,"x","")', result: '' },
      B9: { formula: 'A1-10', result: 0 }, // a zero result is a result, not a missing one
      B10: { formula: 'A1*0', result: 7 }, // mismatch: 0
    };
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;

    const file = path.join(dir, 'compare.xlsx');
    await wb.xlsx.writeFile(file);
    const { checked, mismatches } = await compareRecalculated(file, await recalculated(file));

    expect(checked).toBe(10);
    expect(mismatches.map((m) => [m.address, m.recalculated])).toEqual([
      ['B2', expect.closeTo(10 / 3, 9)],
      ['B4', 'ja'],
      ['B6', false],
      ['B10', 0],
    ]);
  });
});
