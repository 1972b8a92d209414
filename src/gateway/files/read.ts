import { unzipSync, type UnzipDecoderConstructor } from 'fflate';
import Papa from 'papaparse';
import { TICK_EVERY, type CellValue, type SourceTable, type Tick } from '../../engine/model';
import { SourceError, type SourceHint } from './errors';
import { utf8Text } from './utf8';
import { readXlsxSheets, type EditedRowsOnly, type XlsxSheet } from './xlsx-read';

export interface ReadOptions {
  /** The one sheet of a workbook to read; without it, the first visible sheet with content. */
  sheet?: string;
  /** Every visible sheet of a workbook, each as a table. */
  allSheets?: boolean;
  tick?: Tick;
  /** The platform's own inflate for workbooks, where it has one (see `readXlsxSheets`). */
  inflate?: UnzipDecoderConstructor;
  /** Of Tandem's long sheet, only the rows someone typed in (see `readXlsxSheets`). */
  editedRowsOnly?: EditedRowsOnly;
  /** Of that sheet, only the table under its header (see `readXlsxSheets`). */
  tableOnly?: EditedRowsOnly;
  /** With `allSheets`: only the sheets of these names; a workbook without any of them gives no tables. */
  sheets?: readonly string[];
}

/** Reads `.xlsx` and `.csv` bytes into source tables; works in Node and in the browser. */
export async function readTables(file: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceTable[]> {
  const { sheet, allSheets = false, tick } = options;
  if (bytes.length === 0) throw new SourceError('empty', file);
  const kind = sniff(file, bytes);
  if (kind === 'cfb') throw new SourceError('encrypted-or-legacy', file, '', cfbHint(bytes));
  if (kind === 'zip') return readXlsx(file, bytes, sheet, allSheets, options);
  if (kind === 'csv') return [readCsv(file, bytes, tick)];
  // A file named `.xlsx` that is no zip at all: something else renamed, or a broken copy. Its words
  // say so (the type's own words, "only .xlsx and .csv", would puzzle someone holding an .xlsx).
  throw new SourceError('unsupported-type', file, '', /\.(xlsx|xlsm)$/i.test(file) ? 'not-xlsx' : undefined);
}

function sniff(file: string, bytes: Uint8Array): 'zip' | 'cfb' | 'csv' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'cfb';
  const lower = file.toLowerCase();
  if (/\.(xlsx|xlsm|xls|xlsb|ods|numbers|pdf|docx?)$/.test(lower)) return 'other';
  if (/\.(csv|txt|tsv)$/.test(lower) || looksLikeText(bytes)) return 'csv';
  return 'other';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

/**
 * What an OLE compound file holds, from its directory's UTF-16 stream names: Excel writes a
 * password-protected `.xlsx` as `EncryptionInfo` + `EncryptedPackage`; an Excel 97–2003 `.xls`
 * has a `Workbook` (or `Book`) stream.
 */
function cfbHint(bytes: Uint8Array): SourceHint | undefined {
  const has = (name: string) => indexOf(bytes, utf16le(name)) >= 0;
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'legacy-xls';
  return undefined;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first!); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Characters an .xlsx file (XML 1.0) cannot hold: C0 controls other than tab and line breaks, and
// U+FFFE/U+FFFF. A workbook with one of them in a cell does not open; they carry no meaning in an export.
// eslint-disable-next-line no-control-regex -- these control characters are what it finds
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// Half of a surrogate pair on its own (a cut or badly decoded character).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as a workbook can hold it: no control characters, no broken characters. */
export function cleanText(text: string): string {
  // Almost every text is clean: a plain character class says so much faster than the two patterns.
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(NOT_IN_XML, '').replace(LONE_SURROGATE, '\ufffd');
}
// eslint-disable-next-line no-control-regex -- these control characters are what it finds
const MAYBE_UNCLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252, as older exports write. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (looksLikeUtf16le(bytes)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

/** UTF-16LE without a BOM (as some exports write "Unicode text"): Latin text has a zero in every odd byte. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  for (let i = 1; i < n; i += 2) if (bytes[i] !== 0 || bytes[i - 1] === 0) return false;
  return true;
}

// Windows-1252's printable characters at 0x80–0x9F (€, curly quotes, dashes, Š, Ž, …). Some
// TextDecoder builds (Node among them) decode this range as Latin-1 control characters instead.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

export function readCsv(file: string, bytes: Uint8Array, tick?: Tick): SourceTable {
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'utf-16le' && text.slice(0, 4096).includes('\u0000')) throw new SourceError('unreadable', file, '', 'binary');
  // Row by row (Papa's `step`), so a long file reports progress while it is read; Papa parses the
  // text in one piece either way, and gives the same records as without `step`.
  const rows: CellValue[][] = [];
  let unclosed: { message: string; row: number } | undefined;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step: ({ data: record, errors, meta }) => {
      // A quote that opens a field and never closes makes Papa (and Excel) read the rest of the file as
      // that one cell: the rows after it would be lost in it. Said, with the row, rather than read.
      const missing = errors.find((e) => e.code === 'MissingQuotes');
      if (!unclosed && missing && /[\r\n]\s*\S/.test(record[record.length - 1] ?? ''))
        unclosed = { message: missing.message, row: rows.length + 1 };
      const row: CellValue[] = new Array(record.length);
      for (let i = 0; i < record.length; i++) {
        const c = record[i]!;
        row[i] = c.trim() === '' ? null : cleanText(c);
      }
      rows.push(row);
      if (tick && rows.length % TICK_EVERY === 0) tick(meta.cursor, text.length);
    },
  });
  if (unclosed) throw new SourceError('unreadable', file, unclosed.message, 'unclosed-quote', unclosed.row);
  // Papa yields one empty record for the final line break; it is not a row of the file.
  const last = rows[rows.length - 1];
  if (last && last.every((c) => c === null) && /\r?\n$|\r$/.test(text)) rows.pop();
  // Only blank lines (or separators): nothing to read, said as an empty file rather than a missing amount column.
  if (rows.every((row) => row.every((c) => c === null))) throw new SourceError('empty', file);
  return { file, sheet: baseName(file), rows, encoding };
}

const DELIMITERS = [';', '\t', ',', '|'];
const SAMPLE_RECORDS = 60;

/**
 * The separator of a CSV text. The true one stands in the header and in every data line below it,
 * one unbroken stretch of records down the file; decimal commas and commas in descriptions are in
 * data lines only (never the header), and commas in title lines stop above the header. So: the
 * longest stretch of records that all hold it, ending lowest; then the most records that hold it;
 * then the most records split into the same number of fields; then the most fields; then `;`, tab,
 * `,`, `|` in that order. Quoted text, line breaks in it included, is skipped.
 */
export function guessDelimiter(text: string): string {
  const records = sampleRecords(text, SAMPLE_RECORDS);
  let best = ';';
  let bestKey = [0, 0, 0, 0, 0];
  for (const d of DELIMITERS) {
    const counts = records.map((r) => countOutsideQuotes(r, d));
    const byCount = new Map<number, number>();
    for (const n of counts) if (n > 0) byCount.set(n, (byCount.get(n) ?? 0) + 1);
    if (byCount.size === 0) continue;
    const [fields, consistent] = [...byCount].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // The longest stretch of consecutive records that all hold the separator, and where it ends.
    let run = 0;
    let longest = 0;
    let end = 0;
    counts.forEach((n, i) => {
      run = n > 0 ? run + 1 : 0;
      if (run >= longest) [longest, end] = [run, i];
    });
    const key = [longest, end, counts.filter((n) => n > 0).length, consistent, fields];
    if (compareKeys(key, bestKey) > 0) {
      best = d;
      bestKey = key;
    }
  }
  return best;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The first non-blank records of a CSV text; line breaks inside quotes do not end a record. */
function sampleRecords(text: string, max: number): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && records.length < max; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      const record = text.slice(start, i);
      if (record.trim() !== '') records.push(record);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (records.length < max && text.slice(start).trim() !== '') records.push(text.slice(start));
  return records;
}

function countOutsideQuotes(record: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of record) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

async function readXlsx(
  file: string,
  bytes: Uint8Array,
  sheet: string | undefined,
  allSheets: boolean,
  options: ReadOptions,
): Promise<SourceTable[]> {
  const notWorkbook = zipProblem(bytes);
  if (notWorkbook) throw new SourceError('not-a-workbook', file, notWorkbook.detail, notWorkbook.hint);
  const only = allSheets ? options.sheets : undefined;
  const wanted = (name: string, hidden: boolean) => (sheet ? name === sheet : !hidden && (!only || only.includes(name)));
  let sheets: XlsxSheet[];
  try {
    sheets = readXlsxSheets(bytes, wanted, options);
  } catch (e) {
    throw new SourceError('not-a-workbook', file, e instanceof Error ? e.message : String(e));
  }
  const chosen = sheets.filter((ws) => wanted(ws.name, ws.hidden));
  if (sheet && chosen.length === 0) throw new SourceError('no-such-sheet', file, sheet);
  const tables: SourceTable[] = chosen.map((ws) => ({ file, sheet: ws.name, rows: cleanRows(ws.rows) })).filter((t) => t.rows.length > 0);
  if (tables.length === 0 && !only) throw new SourceError('empty', file);
  // Without a named sheet, a workbook's purchase lines are on its first sheet that has content.
  return sheet || allSheets ? tables : tables.slice(0, 1);
}

/** Text as the engine takes it: without control characters or broken characters (see `cleanText`). */
function cleanRows(rows: CellValue[][]): CellValue[][] {
  for (const row of rows) for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string') row[c] = cleanText(row[c] as string);
  return rows;
}

/** Why a zip file is no workbook (an `.ods`, a Word file, any other archive), or null when it holds one. */
function zipProblem(bytes: Uint8Array): { hint?: SourceHint; detail: string } | null {
  // The zip's directory is read; of its files only an OpenDocument `mimetype` is unpacked.
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return f.name === 'mimetype';
      },
    });
  } catch (e) {
    return { detail: e instanceof Error ? e.message : String(e) };
  }
  if (names.some((n) => /^xl\/workbook\d*\.xml$/i.test(n))) return null;
  const mimetype = files.mimetype ? utf8Text(files.mimetype) : undefined;
  if (mimetype?.includes('opendocument.spreadsheet')) return { hint: 'opendocument', detail: mimetype };
  return { hint: 'zip-not-workbook', detail: names.slice(0, 5).join(', ') };
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
