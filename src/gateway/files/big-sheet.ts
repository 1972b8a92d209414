/**
 * Long tables (the `Lijnen` sheet: one row per purchase line, 200,000 and more) are written as
 * sheet XML in blocks of rows and compressed as they are made, instead of through ExcelJS's
 * in-memory model of every cell (2.3 GB and most of 37 s for 50,000 lines).
 *
 * ExcelJS still writes the sheet, with the table's header and a few template rows that hold one
 * cell of every style the body uses: so the sheet's columns, freeze panes, print setup, table part
 * and styles are ExcelJS's own. The template rows are then replaced by the body, the table and the
 * sheet's dimension are stretched to the last row, and the body's text goes into the shared strings.
 */
import { strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { columnLetter, TICK_EVERY, type Tick } from '../../engine/model';
import { WRAP_ROWS_MAX } from '../../engine/plan/print';
import type { PlanCell, SheetPlan, StyleRole, WritePlan } from '../../engine/plan/types';
import { findSheetPart, readRels, relsPathOf, resolveTarget } from './chart';
import { concatBytes } from './bytes';
import { cellText } from './cell-text';
import { utf8Text } from './utf8';
import { hasCompressionStream, streamZipEntry } from './stream-zip';

/** Tables with more data rows than this are written by this module: the listings, whose rows never wrap. */
export const BIG_TABLE_ROWS = WRAP_ROWS_MAX;
const ROWS_PER_BLOCK = 2_000;
/** Rows written between two ticks within a block. */
const TICK_ROWS = 250;
/** Same fixed date as the workbook's, so the same input gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Whole numbers up to this (row numbers, dates, string indexes, whole amounts) are written digit by digit. */
const MAX_UINT = 2 ** 31 - 1;

const NUMERIC_ROLES = new Set<StyleRole>([
  'money',
  'money4',
  'number',
  'percent',
  'integer',
  'row',
  'date',
  'input-money',
  'input-percent',
]);

/** One file of the zip, compressed as its data is pushed. */
export interface ZipEntry extends ZipInputFile {
  push(chunk: Uint8Array, final?: boolean): void;
  /** For entries that compress off the main thread: settles when all their data has been handed to the zip. */
  done?: Promise<void>;
  /** For entries that compress on the event loop: settles when they can take more. */
  drained?(): Promise<void>;
}

/** Makes the zip's entries; Node passes one over its native zlib (see `node-zip.ts`). */
export type ZipEntryFactory = (name: string, mtime: Date) => ZipEntry;

/** fflate's own deflate (level 3): works everywhere, also where no `CompressionStream` is. */
export const fflateZipEntry: ZipEntryFactory = (name, mtime) => {
  const entry = new ZipDeflate(name, { level: 3 });
  entry.mtime = mtime;
  return entry;
};

/** The platform's native deflate where it has one (browsers, workers, Node), else fflate's. */
export const defaultZipEntry: ZipEntryFactory = (name, mtime) =>
  hasCompressionStream() ? streamZipEntry(name, mtime) : fflateZipEntry(name, mtime);

/** The body of one long table, taken out of the plan ExcelJS writes. */
export interface BigBody {
  sheet: string;
  /** 1-based row of the first body row (the row under the table's header). */
  firstRow: number;
  rows: PlanCell[][];
  /** The style roles of the template rows, in the order they were laid out. */
  roles: (StyleRole | undefined)[];
  columns: number;
}

/**
 * Splits the long tables off a plan: the plan ExcelJS writes keeps each such sheet's rows down to its
 * table's header, plus template rows with one cell per style the body uses. A long table is the
 * sheet's last: other tables may stand above it (`Besparingen` has the categories above the price
 * table, which a regional cooperation fills with tens of thousands of rows).
 */
export function splitBigSheets(plan: WritePlan, tick?: Tick): { plan: WritePlan; bodies: BigBody[] } {
  const bodies: BigBody[] = [];
  const sheets = plan.sheets.map((sheet) => {
    const table = sheet.tables.find((t) => t.lastRow === sheet.rows.length && t.lastRow - t.headerRow > BIG_TABLE_ROWS);
    if (!table || table.firstColumn !== 1 || sheet.tables.some((t) => t !== table && t.lastRow >= table.headerRow)) return sheet;
    const rows = sheet.rows.slice(table.headerRow);
    const roles = distinctRoles(rows, tick);
    const columns = table.lastColumn;
    const template: PlanCell[][] = [];
    roles.forEach((role, i) => {
      const r = Math.floor(i / columns);
      (template[r] ??= Array.from({ length: columns }, () => ({ v: null })))[i % columns] = {
        v: role && NUMERIC_ROLES.has(role) ? 0 : 'x',
        ...(role ? { style: role } : {}),
      };
    });
    bodies.push({ sheet: sheet.name, firstRow: table.headerRow + 1, rows, roles, columns });
    const reduced: SheetPlan = {
      ...sheet,
      rows: [...sheet.rows.slice(0, table.headerRow), ...template],
      tables: sheet.tables.map((t) => (t === table ? { ...t, lastRow: table.headerRow + template.length } : t)),
    };
    return reduced;
  });
  return { plan: { ...plan, sheets }, bodies };
}

function distinctRoles(rows: readonly PlanCell[][], tick?: Tick): (StyleRole | undefined)[] {
  const seen = new Set<StyleRole | undefined>();
  rows.forEach((row, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, rows.length);
    for (const c of row) seen.add(c.style);
  });
  // A stable order, whatever order the body shows them in.
  return [...seen].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Replaces the template rows ExcelJS wrote with the bodies, and returns the finished `.xlsx`. */
export async function spliceBigSheets(
  xlsx: Uint8Array,
  bodies: readonly BigBody[],
  zipEntry: ZipEntryFactory = defaultZipEntry,
  tick?: Tick,
  meanwhile?: () => void,
): Promise<Uint8Array> {
  if (bodies.length === 0) {
    meanwhile?.();
    return xlsx;
  }
  const files = unzipSync(xlsx);
  const text = (part: string): string => {
    const bytes = files[part];
    if (!bytes) throw new Error(`The workbook has no part ${part}`);
    return utf8Text(bytes);
  };
  const workbookRels = readRels(text('xl/_rels/workbook.xml.rels'), 'xl/_rels/workbook.xml.rels');
  const workbookXml = text('xl/workbook.xml');
  const sst = new SharedStrings(text('xl/sharedStrings.xml'));

  const bodyParts = new Map<string, { head: string; tail: string; body: BigBody; styles: Map<string, string> }>();
  for (const body of bodies) {
    const part = findSheetPart(workbookXml, workbookRels, body.sheet);
    const xml = text(part);
    const start = xml.indexOf(`<row r="${body.firstRow}"`);
    const end = xml.indexOf('</sheetData>');
    if (start < 0 || end < start) throw new Error(`Sheet '${body.sheet}' has no template rows at row ${body.firstRow}`);
    const styles = templateStyles(xml.slice(start, end), body);
    const lastRow = body.firstRow + body.rows.length - 1;
    const lastColumn = columnLetter(body.columns);
    const head = xml.slice(0, start).replace(/<dimension ref="([A-Z]+\d+):[A-Z]+\d+"\/>/, `<dimension ref="$1:${lastColumn}${lastRow}"/>`);
    bodyParts.set(part, { head, tail: xml.slice(end), body, styles });
    stretchTable(files, part, body.firstRow - 1, lastRow);
  }

  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const entries: ZipEntry[] = [];
  const add = (name: string): ZipEntry => {
    const entry = zipEntry(name, FIXED_DATE);
    zip.add(entry);
    entries.push(entry);
    return entry;
  };
  // The shared strings grow while the bodies are written, so they go in last.
  for (const name of Object.keys(files)) {
    // Folder entries are no parts of the package.
    if (name === 'xl/sharedStrings.xml' || name.endsWith('/')) continue;
    const big = bodyParts.get(name);
    const entry = add(name);
    if (!big) {
      entry.push(files[name]!, true);
      continue;
    }
    entry.push(strToU8(big.head));
    const { body, styles } = big;
    const writer = new RowWriter(body.columns, styles, sst);
    for (let from = 0; from < body.rows.length; from += ROWS_PER_BLOCK) {
      tick?.(from, body.rows.length);
      const to = Math.min(body.rows.length, from + ROWS_PER_BLOCK);
      for (let i = from; i < to; i++) {
        // A block takes tens of milliseconds; a major garbage collection (over 100 ms at 200,000
        // lines) landing in one would otherwise hold the next progress message past 200 ms.
        if (tick && i > from && (i - from) % TICK_ROWS === 0) tick(i, body.rows.length);
        writer.row(body.rows[i]!, body.firstRow + i);
      }
      entry.push(writer.take());
      // A compressor on the event loop works between the blocks, not all at the end.
      await entry.drained?.();
    }
    entry.push(strToU8(big.tail), true);
  }
  // In pieces, so a compressor that works on the calling thread lets progress through between them.
  const strings = add('xl/sharedStrings.xml');
  for (const piece of sst.xml(tick)) {
    strings.push(strToU8(piece));
    await strings.drained?.();
  }
  strings.push(new Uint8Array(0), true);
  // Entries that compress off the main thread hand over their last data later.
  meanwhile?.();
  await Promise.all(entries.map((e) => e.done));
  zip.end();
  if (failure) throw failure;
  return concatBytes(out);
}

/** The style index ExcelJS gave each role, read off the template rows. */
function templateStyles(templateXml: string, body: BigBody): Map<string, string> {
  const byCell = new Map<string, string>();
  for (const m of templateXml.matchAll(/<c\b([^>]*?)\/?>/g)) {
    const attrs = m[1]!;
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (ref) byCell.set(ref, /\bs="(\d+)"/.exec(attrs)?.[1] ?? '');
  }
  const styles = new Map<string, string>();
  body.roles.forEach((role, i) => {
    const ref = `${columnLetter((i % body.columns) + 1)}${body.firstRow + Math.floor(i / body.columns)}`;
    styles.set(role ?? '', byCell.get(ref) ?? '');
  });
  return styles;
}

/**
 * Writes rows of sheet XML straight into bytes. The XML of a row is ASCII but for formulas (text
 * goes to the shared strings), so it needs no string building and no UTF-8 encoding: at 200,000
 * rows that was most of the time and garbage of writing the sheet. The bytes go in through a local
 * cursor, with room made once per row: the loop runs three million times at 200,000 lines.
 */
class RowWriter {
  private buf = new Uint8Array(1 << 22);
  private len = 0;
  /** Per column: `<c r="A`. */
  private readonly open: Uint8Array[];
  /** Per column: the last text written and its shared-string index (a source's name repeats on every row). */
  private readonly lastText: (string | undefined)[];
  private readonly lastIndex: number[];
  /** Per role: `"` closing the reference, then ` s="N"` when the role has a style. */
  private readonly styleAttr = new Map<string, Uint8Array>();
  private readonly digits = new Uint8Array(16);
  /** The most a row's cells can take, formulas and long numbers aside (they make room for themselves). */
  private readonly rowRoom: number;

  constructor(
    private readonly columns: number,
    private readonly styles: Map<string, string>,
    private readonly sst: SharedStrings,
  ) {
    this.open = Array.from({ length: columns }, (_, c) => strToU8(`<c r="${columnLetter(c + 1)}`));
    this.lastText = new Array<string | undefined>(columns);
    this.lastIndex = new Array<number>(columns).fill(0);
    this.rowRoom = 64 + columns * (CELL_ROOM + MAX_NUMBER_TEXT);
  }

  row(row: readonly PlanCell[], r: number): void {
    this.room(this.rowRoom);
    const rowDigits = this.digits.subarray(0, putUint(this.digits, 0, r));
    let buf = this.buf;
    let at = put(buf, this.len, ROW_OPEN);
    at = put(buf, at, rowDigits);
    at = put(buf, at, ROW_OPENED);
    let role: string | undefined;
    let roleBytes: Uint8Array = EMPTY;
    for (let c = 0; c < row.length && c < this.columns; c++) {
      const cell = row[c]!;
      const style = cell.style ?? '';
      // A column mostly keeps one role: the last one is checked before the map.
      if (style !== role) {
        role = style;
        roleBytes = this.styleBytes(style);
      }
      const styled = roleBytes.length > 1;
      if (cell.f !== undefined) {
        this.len = at;
        this.text(formulaXml(`r="${columnLetter(c + 1)}${r}"${styled ? ` s="${this.styles.get(style)}"` : ''}`, cell));
        this.room(this.rowRoom);
        buf = this.buf;
        at = this.len;
        continue;
      }
      const v = cell.v;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          if (styled) at = put(buf, put(buf, put(buf, put(buf, at, this.open[c]!), rowDigits), roleBytes), CELL_EMPTY);
          continue;
        }
        at = put(buf, put(buf, put(buf, put(buf, at, this.open[c]!), rowDigits), roleBytes), VALUE_OPEN);
        if (v >= 0 && v <= MAX_UINT && Number.isInteger(v)) at = putUint(buf, at, v);
        else at = putAscii(buf, at, String(v));
        at = put(buf, at, VALUE_CLOSE);
      } else if (typeof v === 'boolean') {
        at = put(buf, put(buf, put(buf, put(buf, at, this.open[c]!), rowDigits), roleBytes), v ? CELL_TRUE : CELL_FALSE);
      } else if (typeof v === 'string' && v !== '') {
        let index: number;
        if (this.lastText[c] === v) index = this.sst.again(this.lastIndex[c]!);
        else {
          index = this.sst.index(v);
          this.lastText[c] = v;
          this.lastIndex[c] = index;
        }
        at = put(buf, put(buf, put(buf, put(buf, at, this.open[c]!), rowDigits), roleBytes), TEXT_OPEN);
        at = put(buf, putUint(buf, at, index), VALUE_CLOSE);
      } else if (styled) {
        // An empty cell that still shows its style (an input cell waiting for the user).
        at = put(buf, put(buf, put(buf, put(buf, at, this.open[c]!), rowDigits), roleBytes), CELL_EMPTY);
      }
    }
    this.len = put(buf, at, ROW_CLOSE);
  }

  /** The bytes written since the last call. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.len);
    this.len = 0;
    return out;
  }

  private styleBytes(role: string): Uint8Array {
    let b = this.styleAttr.get(role);
    if (!b) {
      const s = this.styles.get(role) ?? '';
      b = strToU8(s ? `" s="${s}"` : '"');
      this.styleAttr.set(role, b);
    }
    return b;
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    bigger.set(this.buf.subarray(0, this.len));
    this.buf = bigger;
  }

  /**
   * Text as UTF-8, straight into the buffer. A regional cooperation's price table has 300,000
   * formulas: encoding each into an array of its own first made its workbook (without `Lijnen`)
   * take 1.8–1.9 s to write instead of 1.5–1.6 s.
   */
  private text(s: string): void {
    this.room(s.length * 3);
    const buf = this.buf;
    let at = this.len;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        at += UTF8.encodeInto(s.slice(i), buf.subarray(at)).written;
        break;
      }
      buf[at++] = c;
    }
    this.len = at;
  }
}

const UTF8 = new TextEncoder();

const ascii = (text: string): Uint8Array => strToU8(text);
const EMPTY: Uint8Array = new Uint8Array(0);
const ROW_OPEN = ascii('<row r="');
const ROW_OPENED = ascii('">');
const ROW_CLOSE = ascii('</row>');
const VALUE_OPEN = ascii('><v>');
const TEXT_OPEN = ascii(' t="s"><v>');
const VALUE_CLOSE = ascii('</v></c>');
const CELL_EMPTY = ascii('/>');
const CELL_TRUE = ascii(' t="b"><v>1</v></c>');
const CELL_FALSE = ascii(' t="b"><v>0</v></c>');
/** The markup of one cell: `<c r="XFD1048576" s="99999" t="s"><v>`, `</v></c>` and a margin. */
const CELL_ROOM = 64;
/** More than the longest a JavaScript number prints (25 characters: `-0.0000012345678901234567`). */
const MAX_NUMBER_TEXT = 32;

/** Copies a few bytes of markup (a loop beats `set`, which has a fixed cost per call, at this size). */
function put(buf: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) buf[at++] = bytes[i]!;
  return at;
}

/** Text known to be ASCII (a number as `String` prints it). */
function putAscii(buf: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
  return at;
}

/** A whole number from 0 to `MAX_UINT`, as its digits (what `String` gives, without making a string). */
function putUint(buf: Uint8Array, at: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
  let end = at + digits;
  const after = end;
  let x = n;
  do {
    const q = (x / 10) | 0;
    buf[--end] = 48 + x - q * 10;
    x = q;
  } while (x > 0);
  return after;
}

function formulaXml(attrs: string, cell: PlanCell): string {
  const f = `<f>${escapeXml(cellText(cell.f!))}</f>`;
  const result = cell.result;
  if (typeof result === 'number' && Number.isFinite(result)) return `<c ${attrs}>${f}<v>${result}</v></c>`;
  if (typeof result === 'boolean') return `<c ${attrs} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  if (typeof result === 'string') return `<c ${attrs} t="str">${f}<v>${escapeXml(cellText(result))}</v></c>`;
  return `<c ${attrs}>${f}</c>`;
}

/** Stretches the table (and its filter) that starts on `headerRow` of the sheet to `lastRow`. */
function stretchTable(files: Record<string, Uint8Array>, sheetPart: string, headerRow: number, lastRow: number): void {
  const relsPart = relsPathOf(sheetPart);
  const relsXml = files[relsPart];
  if (!relsXml) throw new Error(`Sheet part ${sheetPart} has no relationships: its table is missing`);
  const stretch = (ref: string) =>
    ref.replace(/^([A-Z]+)(\d+):([A-Z]+)\d+$/, (_, a: string, r: string, b: string) => `${a}${r}:${b}${lastRow}`);
  let found = false;
  for (const rel of readRels(utf8Text(relsXml), relsPart)) {
    if (!rel.type.endsWith('/table')) continue;
    const part = resolveTarget(sheetPart, rel.target);
    const xml = utf8Text(files[part]!);
    const ref = /<table\b[^>]*?\bref="([A-Z]+(\d+):[A-Z]+\d+)"/.exec(xml);
    if (!ref || Number(ref[2]) !== headerRow) continue;
    files[part] = strToU8(xml.replace(/\bref="([A-Z]+\d+:[A-Z]+\d+)"/g, (_, r: string) => `ref="${stretch(r)}"`));
    found = true;
  }
  if (!found) throw new Error(`Sheet part ${sheetPart} has no table with its header on row ${headerRow}`);
}

const STRINGS_PER_PIECE = 8192;

/** The workbook's shared strings, with the bodies' texts added after ExcelJS's own. */
class SharedStrings {
  private readonly added = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();
  private readonly base: number;
  private readonly baseCount: number;
  private references = 0;

  constructor(private readonly source: string) {
    this.base = Number(/\buniqueCount="(\d+)"/.exec(source)?.[1] ?? (source.match(/<si>/g) ?? []).length);
    this.baseCount = Number(/\bcount="(\d+)"/.exec(source)?.[1] ?? this.base);
  }

  /** Counts one more cell showing the text at `index` (its count attribute says how many cells refer to the list). */
  again(index: number): number {
    this.references++;
    return index;
  }

  /** The index of a text (as a cell can hold it: see `cellText`). */
  index(raw: string): number {
    this.references++;
    let i = this.byRaw.get(raw);
    if (i !== undefined) return i;
    const text = cellText(raw);
    i = this.added.get(text);
    if (i === undefined) {
      i = this.base + this.added.size;
      this.added.set(text, i);
    }
    this.byRaw.set(raw, i);
    return i;
  }

  /** The part's XML, in pieces of some 8,000 texts. */
  *xml(tick?: Tick): Generator<string> {
    const unique = this.base + this.added.size;
    const count = this.baseCount + this.references;
    const close = this.source.lastIndexOf('</sst>');
    if (close < 0) throw new Error('The shared strings part has no </sst>');
    yield this.source
      .slice(0, close)
      .replace(/<sst\b[^>]*>/, (open) =>
        open.replace(/\s(?:count|uniqueCount)="\d+"/g, '').replace(/\/?>$/, ` count="${count}" uniqueCount="${unique}">`),
      );
    let items: string[] = [];
    let done = 0;
    for (const text of this.added.keys()) {
      const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      items.push(`<si><t${preserve}>${escapeXml(text)}</t></si>`);
      if (items.length === STRINGS_PER_PIECE) {
        yield items.join('');
        done += items.length;
        items = [];
        tick?.(done, this.added.size);
      }
    }
    yield `${items.join('')}</sst>`;
  }
}
