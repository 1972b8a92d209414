import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/engine/report';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  errLines: string[];
}

export async function run(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  const errText = err.join('\n');
  return { code, out: out.join('\n'), err: errText, errLines: errText === '' ? [] : errText.split('\n') };
}

export function tempDir(prefix = 'tandem-trust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a file in `dir` and returns its path. */
export function put(dir: string, name: string, data: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** A small, good source to stand beside the one under test. */
export function goodSource(dir: string): string {
  return put(
    dir,
    'gemeente.csv',
    'Datum;Leverancier;Omschrijving;Bedrag\n03/01/2025;Lyreco Belgium NV;Kopieerpapier A4;250,00\n04/01/2025;Engie;Elektriciteit januari;1.200,00\n',
  );
}

export function readJson(path: string): Report {
  return JSON.parse(readFileSync(path, 'utf8')) as Report;
}

/** A sheet of a written workbook as plain rows of cell values (formula cells give their result). */
export async function sheetRows(path: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v));
    rows[n - 1] = values;
  });
  return rows;
}

/** Asserts the one-line, no-stack error the catalogue asks for. */
export function expectOneLine(r: CliRun): void {
  expect(r.errLines).toHaveLength(1);
  expect(r.err).not.toMatch(/\n\s+at |\bat .+:\d+:\d+\)?$/m);
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text as Windows-1252 bytes, as older exports write it. */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const i = CP1252_HIGH.indexOf(ch);
      if (i < 0) throw new Error(`${ch} is not in Windows-1252`);
      return 0x80 + i;
    }),
  );
}
