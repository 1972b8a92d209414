/**
 * Reads the cell values of an `.xlsx` straight from its sheet XML: the zip is opened with fflate,
 * and only the parts a table needs are read (workbook, relationships, shared strings, styles for
 * the date formats, and the sheets asked for). ExcelJS builds a full object model of every cell,
 * formatting included, which took 9 s and 300 MB for a 100,000-row export; Tandem needs the values.
 *
 * What it gives matches what the ExcelJS-based reader gave, cell for cell: dates (number cells with
 * a date format, or `t="d"`) as ISO text, formulas as their cached result, errors as their text
 * (`#N/A`), rich text joined, and each cell of a merged range holding the range's value.
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipDecoderConstructor } from 'fflate';
import { columnLetter, TICK_EVERY, type CellValue, type Tick } from '../../engine/model';
import { concatBytes } from './bytes';
import { utf8Text, utf8TextInPieces } from './utf8';

export interface XlsxSheet {
  name: string;
  hidden: boolean;
  /** `rows[i]` is the row the spreadsheet shows as `i + 1`; trailing empty cells and rows left out. */
  rows: CellValue[][];
}

/** A problem with the package itself (a part missing or unreadable); the caller says so to the user. */
export class XlsxFormatError extends Error {}

/** Of one sheet Tandem wrote, only the rows someone typed in: a re-run needs no more of it. */
export interface EditedRowsOnly {
  /** The sheet's names, in any of Tandem's languages. */
  sheetNames: readonly string[];
  /** The header of its input column, the sheet's last. */
  inputHeaders: readonly string[];
}

export interface XlsxReadOptions {
  tick?: Tick;
  /** The platform's own inflate where it has one (Node's zlib in the CLI); fflate's JavaScript one otherwise. */
  inflate?: UnzipDecoderConstructor;
  /**
   * Rows of that sheet below the header whose input cell is written empty (`<c r="O5" s="10"/>`) come
   * back empty, without their cells being read; every other row is read as usual.
   */
  editedRowsOnly?: EditedRowsOnly;
  /**
   * Of that sheet, the rows down to the header row that names one of `inputHeaders`, then those under
   * it down to the first with that column empty (or a blank row): the table under the header. What
   * stands below it is not read.
   */
  tableOnly?: EditedRowsOnly;
}

/**
 * The sheets of a workbook, in the workbook's order. `wanted` picks which sheets' cells are read
 * (by name and visibility); the others come back without rows.
 */
export function readXlsxSheets(
  bytes: Uint8Array,
  wanted: (name: string, hidden: boolean) => boolean,
  options: XlsxReadOptions = {},
): XlsxSheet[] {
  const { tick, inflate, editedRowsOnly, tableOnly } = options;
  const workbookParts = unzipSync(bytes, { filter: (f) => /^xl\/(workbook\d*\.xml|_rels\/workbook\d*\.xml\.rels)$/i.test(f.name) });
  const workbookName = Object.keys(workbookParts).find((n) => /^xl\/workbook\d*\.xml$/i.test(n));
  if (!workbookName) throw new XlsxFormatError('xl/workbook.xml is missing');
  const workbookXml = utf8Text(workbookParts[workbookName]!);
  const relsName = `xl/_rels/${workbookName.slice(3)}.rels`;
  const rels = relTargets(workbookParts[relsName] ? utf8Text(workbookParts[relsName]!) : '');
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);

  const entries = [...workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const attrs = m[1]!;
    const name = decodeXml(attr(attrs, 'name') ?? '');
    const state = attr(attrs, 'state') ?? 'visible';
    const rid = /\s(?:r|[A-Za-z0-9]+):id="([^"]*)"/.exec(attrs)?.[1] ?? '';
    return { name, hidden: state === 'hidden' || state === 'veryHidden', part: rels.get(rid) };
  });
  tick?.(0, 1);
  const chosen = entries.filter((e) => wanted(e.name, e.hidden));
  const partNames = new Set(chosen.map((e) => e.part).filter((p): p is string => !!p));
  const wantedPart = (name: string) => partNames.has(name) || /^xl\/(sharedStrings|styles)\.xml$/i.test(name);
  // In chunks only when someone shows progress: with fflate's inflate it costs about a quarter more time.
  const parts = tick || inflate ? unzipInChunks(bytes, wantedPart, tick, inflate) : unzipSync(bytes, { filter: (f) => wantedPart(f.name) });
  const partText = (name: string): string | undefined => {
    const key = Object.keys(parts).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? utf8Text(parts[key]!) : undefined;
  };
  tick?.(0, 1);
  const strings = sharedStrings(partText('xl/sharedStrings.xml') ?? '', tick);
  tick?.(0, 1);
  const dateStyles = dateStyleFlags(partText('xl/styles.xml') ?? '');
  return entries.map((e) => {
    if (!chosen.includes(e)) return { name: e.name, hidden: e.hidden, rows: [] };
    const xml = e.part ? parts[e.part] : undefined;
    if (!xml) throw new XlsxFormatError(`the part of sheet '${e.name}' is missing`);
    const inputHeaders = editedRowsOnly?.sheetNames.includes(e.name) ? editedRowsOnly.inputHeaders : undefined;
    const tableHeaders = tableOnly?.sheetNames.includes(e.name) ? tableOnly.inputHeaders : undefined;
    return {
      name: e.name,
      hidden: e.hidden,
      rows: tableHeaders
        ? tableRows(decodeUtf8(xml, tick), { strings, dateStyles, date1904 }, tableHeaders)
        : sheetRows(decodeUtf8(xml, tick), { strings, dateStyles, date1904 }, tick, inputHeaders),
    };
  });
}

const DECODE_CHUNK = 4 * 1024 * 1024;

/**
 * A part's text. With a tick, a long sheet (tens of megabytes of XML) is decoded a few megabytes at
 * a time, with a tick between: decoding it in one call takes longer than a progress interval.
 */
function decodeUtf8(bytes: Uint8Array, tick?: Tick): string {
  if (!tick || bytes.length <= DECODE_CHUNK) return utf8Text(bytes);
  return utf8TextInPieces(bytes, DECODE_CHUNK, (done) => tick(done, bytes.length));
}

const UNZIP_CHUNK = 256 * 1024;

/**
 * The wanted files of a zip. With a tick, unpacked a quarter megabyte of the zip at a time with a
 * tick between: a 100,000-row sheet takes half a second to inflate, too long without a word of progress.
 */
function unzipInChunks(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  tick: Tick | undefined,
  inflate: UnzipDecoderConstructor = UnzipInflate,
): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (err, data, final) => {
      if (err) {
        failure = err;
        return;
      }
      chunks.push(data);
      if (final) out[file.name] = concatBytes(chunks);
    };
    file.start();
  });
  unzip.register(inflate);
  const chunk = tick ? UNZIP_CHUNK : bytes.length;
  for (let at = 0; at < bytes.length; at += chunk) {
    const end = Math.min(bytes.length, at + chunk);
    unzip.push(bytes.subarray(at, end), end === bytes.length);
    if (failure) throw new XlsxFormatError((failure as Error).message);
    tick?.(end, bytes.length);
  }
  return out;
}

/** Relationship id → part path (inside `xl/`), for the workbook's relationships. */
function relTargets(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (!id || !target || attr(m[1]!, 'TargetMode') === 'External') continue;
    out.set(id, target.startsWith('/') ? target.slice(1) : normalisePath(`xl/${target}`));
  }
  return out;
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function attr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 3;
  const to = attrs.indexOf('"', from);
  return to < 0 ? undefined : attrs.slice(from, to);
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Excel writes characters XML cannot hold (a carriage return, control codes) as `_xHHHH_`.
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function decodeXml(text: string): string {
  let out =
    text.indexOf('&') < 0
      ? text
      : text.replace(ENTITY, (_, named: string, dec: string, hex: string) => {
          if (named) return NAMED[named]!;
          const code = dec ? Number(dec) : parseInt(hex, 16);
          return code <= 0x10ffff ? String.fromCodePoint(code) : '';
        });
  if (out.indexOf('_x') >= 0) out = out.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

/** The text of an `<si>` or `<is>`: its runs joined, phonetic guides (`<rPh>`) left out. */
function richText(inner: string): string {
  const body = inner.indexOf('<rPh') >= 0 ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let text = '';
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? '';
  return decodeXml(text);
}

function sharedStrings(xml: string, tick?: Tick): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    if (tick && out.length % TICK_EVERY === 0) tick(at, xml.length);
    const open = xml.indexOf('<si', at);
    if (open < 0) break;
    const close = xml.indexOf('</si>', open);
    const selfClosing = xml.startsWith('<si/>', open);
    if (selfClosing) {
      out.push('');
      at = open + 5;
      continue;
    }
    if (close < 0) break;
    out.push(richText(xml.slice(xml.indexOf('>', open) + 1, close)));
    at = close + 5;
  }
  return out;
}

// Excel's built-in formats that show a date or a time (ids 14–22 and 45–47).
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format shows a date or time when it has date characters outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Per cell style (`s`), whether its number format shows a date. */
function dateStyleFlags(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1]!, 'numFmtId'));
    custom.set(id, decodeXml(attr(m[1]!, 'formatCode') ?? ''));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** `A` → 0, `AB` → 27: the column of a cell reference such as `AB12`. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const MS_PER_DAY = 86_400_000;

/** A date cell's value as ISO text, the way the spreadsheet counts days (1900 or 1904 system). */
function serialToIso(serial: number, date1904: boolean): string | null {
  // A year of purchase lines holds a few hundred distinct dates.
  const cache = date1904 ? ISO_1904 : ISO_1900;
  let iso = cache.get(serial);
  if (iso === undefined) {
    iso = computeIso(serial, date1904);
    if (cache.size > 100_000) cache.clear();
    cache.set(serial, iso);
  }
  return iso;
}
const ISO_1900 = new Map<number, string | null>();
const ISO_1904 = new Map<number, string | null>();

function computeIso(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function isoOf(text: string): string | null {
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/**
 * The cells of a sheet's XML. A hand-written scan, not a pattern per tag: at 100,000 rows of ten
 * cells, the match arrays and attribute strings of two patterns per cell were most of the reading.
 * Cells whose attributes are not in the order Excel writes (`r`, `s`, `t`) take the slower path.
 */
/** What a cell's value needs besides its own text: the shared strings and which styles show dates. */
interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/**
 * The rows of a sheet's XML. With `inputHeaders`, once a row names the input column, each later row
 * whose last cell is that column's, written empty, is skipped whole (it comes back empty).
 */
function sheetRows(xml: string, context: CellContext, tick?: Tick, inputHeaders?: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let row = -1;
  let column = -1;
  let cells: CellValue[] = [];
  let hasValues = false;
  // `<c r="O`: how the input column's cells start, once the header row has named it.
  let inputCell: string | null = null;
  const flush = () => {
    if (row < 0 || !hasValues) return;
    rows[row] = cells;
    if (inputHeaders && inputCell === null) {
      const c = cells.findIndex((v) => typeof v === 'string' && inputHeaders.includes(v));
      if (c >= 0) inputCell = `<c r="${columnLetter(c + 1)}`;
    }
  };
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const tag = tagAt(xml, lt);
    if (tag === 0) {
      pos = lt + 1;
      continue;
    }
    const nameEnd = lt + TAG_LENGTH[tag]!;
    const gt = xml.indexOf('>', nameEnd);
    if (gt < 0) break;
    const selfClosing = gt > nameEnd && xml.charCodeAt(gt - 1) === SLASH;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    pos = gt + 1;
    if (tag === MERGE) {
      const ref = attr(xml.slice(nameEnd, attrsEnd), 'ref');
      if (ref) merges.push(ref);
      continue;
    }
    if (tag === ROW) {
      flush();
      if (tick && row % TICK_EVERY === 0) tick(lt, xml.length);
      const r = attr(xml.slice(nameEnd, attrsEnd), 'r');
      row = r ? Number(r) - 1 : row + 1;
      column = -1;
      cells = [];
      hasValues = false;
      if (inputCell !== null && !selfClosing) {
        const after = emptyInputRowEnd(xml, pos, inputCell, row + 1);
        if (after >= 0) pos = after;
      }
      continue;
    }
    // A cell. Excel and most writers put `r`, `s`, `t` in that order: read them straight off the XML.
    let type = 'n';
    let style = 0;
    const usual = usualCellAttrs(xml, nameEnd, attrsEnd, SCRATCH);
    if (usual) {
      column = SCRATCH.column;
      style = SCRATCH.style;
      type = SCRATCH.type;
    } else {
      const attrs = xml.slice(nameEnd, attrsEnd);
      const ref = attr(attrs, 'r');
      column = ref ? columnIndex(ref) : column + 1;
      type = attr(attrs, 't') ?? 'n';
      style = Number(attr(attrs, 's') ?? 0);
    }
    if (selfClosing) continue;
    const close = xml.indexOf('</c>', pos);
    if (close < 0) break;
    const value =
      type === 'inlineStr' ? cellValue(xml.slice(pos, close), type, style, context) : valueAt(xml, pos, close, type, style, context);
    pos = close + 4;
    if (value === null) continue;
    cells[column] = value;
    hasValues = true;
  }
  flush();
  spreadMerges(rows, merges);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r === undefined) rows[i] = [];
    else for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  }
  return rows;
}

/**
 * The rows down to the header row that names one of `inputHeaders`, then the table under it: down to
 * the first row with that column empty, or the first row missing (a blank row is not written). The
 * XML from there on is not read.
 */
function tableRows(xml: string, context: CellContext, inputHeaders: readonly string[]): CellValue[][] {
  const end = xml.indexOf('</sheetData>');
  const body = end < 0 ? xml : xml.slice(0, end);
  // The column the header names, once its row is seen; then the number of the table's last row so far.
  let input = -1;
  let last = -1;
  let cut = body.length;
  for (let at = body.indexOf('<row'); at >= 0;) {
    const open = body.indexOf('>', at);
    if (open < 0) break;
    const selfClosing = body.charCodeAt(open - 1) === SLASH;
    const close = selfClosing ? -1 : body.indexOf('</row>', open);
    const next = selfClosing ? open + 1 : close < 0 ? body.length : close + 6;
    const r = Number(attr(body.slice(at + 4, open), 'r'));
    const row = sheetRows(body.slice(at, next), context).at(-1) ?? [];
    if (input < 0) {
      input = row.findIndex((v) => typeof v === 'string' && inputHeaders.includes(v));
      if (input >= 0) last = r;
    } else if (r !== last + 1 || row[input] == null || row[input] === '') {
      cut = at;
      break;
    } else last = r;
    at = body.indexOf('<row', next);
  }
  return sheetRows(body.slice(0, cut), context);
}

/**
 * Where the row whose cells start at `from` ends (after `</row>`) when its last cell is the input
 * cell of this row, written empty; -1 otherwise (the row is then read cell by cell).
 */
function emptyInputRowEnd(xml: string, from: number, inputCell: string, rowNumber: number): number {
  const end = xml.indexOf('</row>', from);
  if (end < 0) return -1;
  const last = xml.lastIndexOf('<c ', end);
  if (last < from || !xml.startsWith(inputCell, last)) return -1;
  const ref = `${rowNumber}"`;
  if (!xml.startsWith(ref, last + inputCell.length)) return -1;
  const gt = xml.indexOf('>', last + inputCell.length + ref.length);
  return gt > 0 && gt < end && xml.charCodeAt(gt - 1) === SLASH ? end + 6 : -1;
}

const ROW = 1;
const CELL = 2;
const MERGE = 3;
/** `<row`, `<c`, `<mergeCell`: the characters up to the attributes. */
const TAG_LENGTH = [0, 4, 2, 10];
const SLASH = 47;
const QUOTE = 34;

/** Which of the tags the scan reads starts at `lt` (0 for any other): the name, then no more name characters. */
function tagAt(xml: string, lt: number): number {
  const c = xml.charCodeAt(lt + 1);
  if (c === 99 /* c */) return isNameChar(xml.charCodeAt(lt + 2)) ? 0 : CELL;
  if (c === 114 /* r */) return xml.startsWith('row', lt + 1) && !isNameChar(xml.charCodeAt(lt + 4)) ? ROW : 0;
  if (c === 109 /* m */) return xml.startsWith('mergeCell', lt + 1) && !isNameChar(xml.charCodeAt(lt + 10)) ? MERGE : 0;
  return 0;
}

/** A character of `\w`: what ends a tag name in the pattern the scan replaced. */
function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const SCRATCH = { column: 0, style: 0, type: 'n' };

/**
 * Reads ` r="AB12"`, then optionally ` s="3"` and ` t="s"`, then only spaces, between `from` and
 * `to`, into `out`; false when the attributes are anything else.
 */
function usualCellAttrs(xml: string, from: number, to: number, out: typeof SCRATCH): boolean {
  let p = from;
  if (!xml.startsWith(' r="', p)) return false;
  p += 4;
  let column = 0;
  const letters = p;
  for (let c = xml.charCodeAt(p); c >= 65 && c <= 90; c = xml.charCodeAt(++p)) column = column * 26 + (c - 64);
  if (p === letters) return false;
  const digits = p;
  while (isDigit(xml.charCodeAt(p))) p++;
  if (p === digits || xml.charCodeAt(p) !== QUOTE) return false;
  p++;
  let style = 0;
  if (xml.startsWith(' s="', p)) {
    p += 4;
    const start = p;
    for (let c = xml.charCodeAt(p); isDigit(c); c = xml.charCodeAt(++p)) style = style * 10 + (c - 48);
    if (p === start || xml.charCodeAt(p) !== QUOTE) return false;
    p++;
  }
  let type = 'n';
  if (xml.startsWith(' t="', p)) {
    p += 4;
    const start = p;
    for (let c = xml.charCodeAt(p); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = xml.charCodeAt(++p));
    if (p === start || xml.charCodeAt(p) !== QUOTE) return false;
    type = p === start + 1 && xml.charCodeAt(start) === 115 /* s */ ? 's' : xml.slice(start, p);
    p++;
  }
  // `\s` of the pattern the scan replaced: the whitespace XML allows there.
  for (let c = xml.charCodeAt(p); p < to && (c === 32 || c === 9 || c === 10 || c === 13); c = xml.charCodeAt(++p));
  if (p !== to) return false;
  out.column = column - 1;
  out.style = style;
  out.type = type;
  return true;
}

/**
 * `cellValue` for the cell whose content runs from `from` to `to` in the sheet's XML, without
 * cutting it out: a shared string's index and the value's bounds are read in place.
 */
function valueAt(xml: string, from: number, to: number, type: string, style: number, context: CellContext): CellValue {
  let open = -1;
  for (let p = xml.indexOf('<', from); p >= 0 && p < to; p = xml.indexOf('<', p + 1)) {
    if (xml.charCodeAt(p + 1) === 118 /* v */) {
      open = p;
      break;
    }
  }
  if (open < 0) return null;
  const gt = xml.indexOf('>', open);
  // Anything unusual inside the cell: the general path decides, on the cell's own text.
  if (gt < 0 || gt >= to) return cellValue(xml.slice(from, to), type, style, context);
  const start = gt + 1;
  if (xml.charCodeAt(start - 2) === SLASH) return null;
  let end = xml.indexOf('</v>', start);
  if (end < 0 || end > to) end = to;
  if (type === 's') {
    let index = 0;
    let p = start;
    for (let c = xml.charCodeAt(p); p < end && isDigit(c); c = xml.charCodeAt(++p)) index = index * 10 + (c - 48);
    if (p === end && end > start) return context.strings[index] ?? null;
  }
  return rawValue(xml.slice(start, end), type, style, context);
}

function cellValue(inner: string, type: string, style: number, context: CellContext): CellValue {
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    return is ? richText(is[1]!) : null;
  }
  const open = inner.indexOf('<v');
  if (open < 0) return null;
  const start = inner.indexOf('>', open) + 1;
  if (inner[start - 2] === '/') return null;
  const end = inner.indexOf('</v>', start);
  return rawValue(inner.slice(start, end < 0 ? undefined : end), type, style, context);
}

/** A cell's value from the text of its `<v>`, by its type and style. */
function rawValue(raw: string, type: string, style: number, { strings, dateStyles, date1904 }: CellContext): CellValue {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? null;
    case 'str':
      return decodeXml(raw);
    case 'e':
      return decodeXml(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd':
      return isoOf(decodeXml(raw));
    default: {
      const n = parseFloat(raw);
      return dateStyles[style] ? serialToIso(n, date1904) : n;
    }
  }
}

/** Each cell of a merged range shows the range's value (its top-left cell's). */
function spreadMerges(rows: CellValue[][], merges: readonly string[]): void {
  if (merges.length === 0) return;
  // A range drawn over the whole sheet (`A1:XFD1048576`) spreads only over the cells in use.
  let lastColumn = 0;
  for (const r of rows) if (r && r.length > lastColumn) lastColumn = r.length;
  for (const ref of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const [c1, r1] = [columnIndex(m[1]!), Number(m[2]) - 1];
    const [c2, r2] = [Math.min(columnIndex(m[3]!), lastColumn - 1), Math.min(Number(m[4]) - 1, rows.length - 1)];
    const value = rows[r1]?.[c1];
    if (value === undefined || value === null) continue;
    for (let r = r1; r <= r2; r++) {
      const cells = (rows[r] ??= []);
      for (let c = c1; c <= c2; c++) cells[c] = value;
    }
  }
}
