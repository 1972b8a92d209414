import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue, SourceTable } from '../../engine/model';
import { SourceError } from './errors';

/** Reads `.xlsx` and `.csv` bytes into source tables; works in Node and in the browser. */
export async function readTables(file: string, bytes: Uint8Array, sheet?: string, allSheets = false): Promise<SourceTable[]> {
  if (bytes.length === 0) throw new SourceError('empty', file);
  const kind = sniff(file, bytes);
  if (kind === 'cfb') throw new SourceError('encrypted-or-legacy', file);
  if (kind === 'zip') return readXlsx(file, bytes, sheet, allSheets);
  if (kind === 'csv') return [readCsv(file, bytes)];
  throw new SourceError('unsupported-type', file);
}

function sniff(file: string, bytes: Uint8Array): 'zip' | 'cfb' | 'csv' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const lower = file.toLowerCase();
  if (/\.(xlsx|xlsm)$/.test(lower)) return 'other';
  if (/\.(csv|txt|tsv)$/.test(lower) || looksLikeText(bytes)) return 'csv';
  return 'other';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, as older exports write. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

// Windows-1252's printable characters at 0x80–0x9F (€, curly quotes, dashes, Š, Ž, …). Some
// TextDecoder builds (Node among them) decode this range as Latin-1 control characters instead.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

export function readCsv(file: string, bytes: Uint8Array): SourceTable {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows: CellValue[][] = parsed.data.map((record) => record.map((c) => (c.trim() === '' ? null : c)));
  // Papa yields one empty record for the final line break; it is not a row of the file.
  const last = rows[rows.length - 1];
  if (last && last.every((c) => c === null) && /\r?\n$|\r$/.test(text)) rows.pop();
  if (rows.length === 0) throw new SourceError('empty', file);
  return { file, sheet: baseName(file), rows, encoding };
}

const DELIMITERS = [';', '\t', ',', '|'];

/**
 * The separator that splits the most lines into the same number of fields. Decimal commas in a
 * `;` file split consistently too, but into fewer fields and not the header, so `;` still wins.
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\r|\n/, 60).filter((l) => l.trim() !== '');
  let best = ';';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, lineCount * Math.log2(2 + fields));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

async function readXlsx(file: string, bytes: Uint8Array, sheet: string | undefined, allSheets: boolean): Promise<SourceTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for a Node Buffer; in the browser an ArrayBuffer works the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new SourceError('not-a-workbook', file, e instanceof Error ? e.message : String(e));
  }
  const sheets = workbook.worksheets.filter((ws) => (sheet ? ws.name === sheet : ws.state !== 'hidden' && ws.state !== 'veryHidden'));
  if (sheet && sheets.length === 0) throw new SourceError('no-such-sheet', file, sheet);
  const tables = sheets.map((ws) => ({ file, sheet: ws.name, rows: sheetRows(ws) })).filter((t) => t.rows.length > 0);
  if (tables.length === 0) throw new SourceError('empty', file);
  // Without a named sheet, a workbook's purchase lines are on its first sheet that has content.
  return sheet || allSheets ? tables : tables.slice(0, 1);
}

function sheetRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return rows;
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return result.toISOString().slice(0, 10);
      if (typeof result === 'object' && result && 'error' in result) return String((result as { error: unknown }).error);
      return result as CellValue;
    }
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
