import type { CellValue } from '../model';

/** How a column writes its decimals: Belgian/French `1.234,56` or English `1,234.56`. */
export type DecimalStyle = 'comma' | 'dot';

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  return String(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const CURRENCY = /€|eur(?:o|os)?\b|£|gbp\b|\$|usd\b/gi;
// Spaces of every kind that exports use as thousands separators (incl. no-break and thin spaces).
const SPACES = /[\s\u00a0\u2007\u202f']/g;

export type AmountResult = { ok: true; cents: number } | { ok: false; code: 'unreadable' | 'ambiguous' | 'too-large' };

/**
 * The largest amount a purchase line can hold: ten billion euro (or pound, or dollar). Anything
 * larger is no purchase but a number in the wrong column (an invoice or account number), and could
 * not be summed to the cent (sums of cents must stay below 2^53).
 */
export const MAX_AMOUNT_CENTS = 1e12;

/**
 * Reads an amount written as a number or as text in any of the styles exports use:
 * `1.234,56`, `€ 1 234,56`, `1.234,56-`, `(12,50)`, `-45,00`, `1,234.56`, `1,234.00-`, `12.50 CR`.
 * `style` settles the one real ambiguity, a single separator followed by three digits (`1.234`).
 */
export function parseAmount(value: CellValue, style: DecimalStyle = 'comma'): AmountResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, code: 'unreadable' };
    return inRange(toCents(value));
  }
  if (typeof value !== 'string') return { ok: false, code: 'unreadable' };
  const text = value.trim();
  if (text === '') return { ok: false, code: 'unreadable' };
  const quick = quickCents(text);
  return quick === undefined ? amountByRules(text, style) : inRange(quick);
}

/**
 * The general rules of `parseAmount` for a trimmed text. Exported for the test that holds the quick
 * reading to them.
 */
export function amountByRules(trimmed: string, style: DecimalStyle): AmountResult {
  let text = trimmed;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(CURRENCY, '').replace(SPACES, '');
  if (/(?:cr|-)$/i.test(text)) {
    negative = !negative;
    text = text.replace(/(?:cr|-)$/i, '');
  } else if (/^[-−–]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[0-9.,]*[0-9][0-9.,]*$/.test(text)) return { ok: false, code: 'unreadable' };
  const normalised = normaliseSeparators(text, style);
  if (normalised === null) return { ok: false, code: 'ambiguous' };
  const number = Number(normalised);
  if (!Number.isFinite(number)) return { ok: false, code: 'unreadable' };
  const cents = toCents(number);
  return inRange(negative && cents !== 0 ? -cents : cents);
}

function inRange(cents: number): AmountResult {
  // `-0` (a zero written `0,00-`) is zero: sums and JSON stay plain.
  return Math.abs(cents) < MAX_AMOUNT_CENTS ? { ok: true, cents: cents === 0 ? 0 : cents } : { ok: false, code: 'too-large' };
}

const MINUS = 0x2d;
const EURO = 0x20ac;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The cents of the shapes nearly every export writes (`501,14`, `12`, `3.176,67`, `3,176.67`,
 * `-45,00`, `1.929,40-`, `€ 39,44`), read in one pass over the characters, without the regular
 * expressions and the strings the general rules make; undefined for any other text, which the
 * general rules read. A property test holds the two to the same result. A single separator followed
 * by three digits (`1.234`) depends on the column's style and is left to the rules.
 */
function quickCents(text: string): number | undefined {
  let i = 0;
  let end = text.length;
  let negative = false;
  if (text.charCodeAt(0) === MINUS) {
    negative = true;
    i = 1;
  } else if (text.charCodeAt(end - 1) === MINUS) {
    negative = true;
    end--;
  }
  if (text.charCodeAt(i) === EURO) {
    i++;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  }
  // The first run of digits; then either one separator and one or two decimals (plain), or groups
  // of three under one separator and one or two decimals after the other (grouped).
  let whole = 0;
  const firstStart = i;
  while (i < end && isDigit(text.charCodeAt(i))) whole = whole * 10 + (text.charCodeAt(i++) - 0x30);
  const firstLength = i - firstStart;
  if (firstLength === 0) return undefined;
  if (i === end) return firstLength <= 10 ? signed(whole * 100, negative) : undefined;
  const sep = text.charCodeAt(i);
  if (sep !== 0x2c && sep !== 0x2e) return undefined;
  let runStart = ++i;
  let run = 0;
  while (i < end && isDigit(text.charCodeAt(i))) run = run * 10 + (text.charCodeAt(i++) - 0x30);
  let runLength = i - runStart;
  if (i === end) {
    if (firstLength > 10 || runLength < 1 || runLength > 2) return undefined;
    return signed(whole * 100 + (runLength === 1 ? run * 10 : run), negative);
  }
  if (firstLength > 3 || runLength !== 3) return undefined;
  whole = whole * 1000 + run;
  while (text.charCodeAt(i) === sep) {
    runStart = ++i;
    run = 0;
    while (i < end && isDigit(text.charCodeAt(i))) run = run * 10 + (text.charCodeAt(i++) - 0x30);
    if (i - runStart !== 3) return undefined;
    whole = whole * 1000 + run;
  }
  const decimal = text.charCodeAt(i);
  if (decimal !== (sep === 0x2c ? 0x2e : 0x2c)) return undefined;
  runStart = ++i;
  run = 0;
  while (i < end && isDigit(text.charCodeAt(i))) run = run * 10 + (text.charCodeAt(i++) - 0x30);
  runLength = i - runStart;
  if (i !== end || runLength < 1 || runLength > 2) return undefined;
  return signed(whole * 100 + (runLength === 1 ? run * 10 : run), negative);
}

/** `-0` (a zero written `0,00-`) is zero. */
const signed = (cents: number, negative: boolean): number => (negative && cents !== 0 ? -cents : cents);

function normaliseSeparators(text: string, style: DecimalStyle): string | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the one that comes last is the decimal mark.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart, fracPart, ...rest] = text.split(decimal);
    if (rest.length > 0 || fracPart === undefined || fracPart.includes(thousands)) return null;
    if (!validGrouping(intPart ?? '', thousands)) return null;
    return `${(intPart ?? '').split(thousands).join('')}.${fracPart}`;
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (sep === '') return text;
  const parts = text.split(sep);
  if (parts.length > 2) {
    // Only thousands separators (`1.234.567`).
    return validGrouping(text, sep) ? parts.join('') : null;
  }
  const frac = parts[1] ?? '';
  const looksLikeThousands = frac.length === 3 && (parts[0] ?? '').length <= 3 && (parts[0] ?? '') !== '0';
  const isDecimal = looksLikeThousands ? (sep === ',') === (style === 'comma') : true;
  return isDecimal ? `${parts[0] || '0'}.${frac}` : parts.join('');
}

function validGrouping(intPart: string, sep: string): boolean {
  if (!intPart.includes(sep)) return true;
  const groups = intPart.split(sep);
  return groups.every((g, i) => (i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3));
}

export function toCents(euro: number): number {
  // Round half away from zero on the decimal representation, so 0.285 gives 29, not 28.
  const cents = Math.round(Math.abs(euro) * 100 + 1e-7);
  return euro < 0 ? -cents : cents;
}

/** Decides a column's decimal style from its values: the style under which the most values read cleanly as money. */
export function detectDecimalStyle(values: readonly CellValue[]): DecimalStyle {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const t = v.replace(SPACES, '');
    if (/,\d{1,2}(?:-|\))?$/.test(t) || /\.\d{3},/.test(t)) comma++;
    else if (/\.\d{1,2}(?:-|\)|cr)?$/i.test(t) || /,\d{3}\./.test(t)) dot++;
  }
  return dot > comma ? 'dot' : 'comma';
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

// Excel counts a 29 February 1900 that never was (serial 60): serials below it are one day later.
const PHANTOM_LEAP_DAY = 60;

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) return null;
  const date = new Date(EXCEL_EPOCH_MS + (day < PHANTOM_LEAP_DAY ? day + 1 : day) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EXCEL_EPOCH_MS) / DAY_MS);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

function validYmd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Month names and their abbreviations in English, Dutch and French, folded (lower case, no accents).
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januari', 'janvier', 'janv'],
  ['february', 'feb', 'februari', 'fevrier', 'fev', 'fevr'],
  ['march', 'mar', 'maart', 'mrt', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mei', 'mai'],
  ['june', 'jun', 'juni', 'juin'],
  ['july', 'jul', 'juli', 'juillet', 'juil'],
  ['august', 'aug', 'augustus', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));

function monthNumber(name: string): number | undefined {
  return MONTHS.get(
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  );
}

function fullYear(digits: string): number {
  const year = Number(digits);
  return digits.length === 2 ? year + (year < 70 ? 2000 : 1900) : year;
}

// `15 June 2023`, `14 Apr 2023`, `05-Apr-17`, `1er janv. 2025`, `3 mrt 2025`, with an optional weekday
// before and a time after.
const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|' +
  'lun|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\.?,?\\s+';
const DAY_MONTH_YEAR = new RegExp(
  `^(?:${WEEKDAY})?(\\d{1,2})(?:st|nd|rd|th|er|e)?[\\s./-]+([a-z\\u00c0-\\u00ff]{3,9})\\.?[\\s./-]+(\\d{4}|\\d{2})(?:,?[\\sT]+\\d{1,2}[:.]\\d{2}.*)?$`,
  'i',
);
// `June 15, 2023`, `Jun 15 2023`.
const MONTH_DAY_YEAR = new RegExp(
  `^(?:${WEEKDAY})?([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?[\\sT]+\\d{1,2}[:.]\\d{2}.*)?$`,
  'i',
);

/**
 * Reads a date: ISO text, `dd/mm/yyyy` (and `-` or `.`), two-digit years, `yyyymmdd`, month names
 * in English, Dutch or French (`15 June 2023`, `05-Apr-17`, `3 mrt 2025`, `June 15, 2023`), or an
 * Excel serial number (for date cells stored as numbers). Returns null for anything else or impossible dates.
 */
export function parseDate(value: CellValue): string | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  // A year of purchases has a few hundred distinct dates over many thousands of lines.
  const known = DATE_CACHE.get(value);
  if (known !== undefined) return known;
  const iso = readDate(value);
  if (typeof value === 'string' && value.length > 40) return iso;
  if (DATE_CACHE.size >= 50_000) DATE_CACHE.clear();
  DATE_CACHE.set(value, iso);
  return iso;
}

const DATE_CACHE = new Map<string | number, string | null>();

function readDate(value: string | number): string | null {
  if (typeof value === 'number') return value > 20000 && value < 80000 ? excelSerialToIso(value) : null;
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/.exec(text);
  if (m) {
    let year = Number(m[3]);
    if ((m[3] ?? '').length === 2) year += year < 70 ? 2000 : 1900;
    return validYmd(year, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return parseDate(Number(text));
  return /[a-z]/i.test(text) ? parseNamedMonth(text) : null;
}

function parseNamedMonth(text: string): string | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month ? validYmd(fullYear(m[3] ?? ''), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month ? validYmd(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/**
 * `read`, asked once per distinct short text: codes and numbers recur on all the lines of their
 * product or supplier. The memo is emptied when it grows large, so memory stays bounded.
 */
function oncePerText(read: (value: CellValue) => string | null): (value: CellValue) => string | null {
  const memo = new Map<string, string | null>();
  return (value) => {
    if (typeof value !== 'string' || value.length > 40) return read(value);
    let out = memo.get(value);
    if (out === undefined) {
      out = read(value);
      if (memo.size >= 50_000) memo.clear();
      memo.set(value, out);
    }
    return out;
  };
}

/** `30192000-1`, `30192000`, `CPV 3019 2000` → `30192000`; anything else → null. */
export const normaliseCpv = oncePerText(readCpv);

function readCpv(value: CellValue): string | null {
  const text = cellText(value).replace(/^cpv[:\s]*/i, '');
  const m = /^(\d{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})(?:\s*-\s*\d)?$/.exec(text);
  if (!m) return null;
  const code = m.slice(1, 5).join('');
  return /^0{2}/.test(code) ? null : code;
}

/**
 * Belgian enterprise/VAT numbers in any spelling (`BE0403.170.701`, `BE 403 170 701`, `0403170701`)
 * → `BE0403170701`; other EU VAT numbers are upper-cased without spaces or dots.
 */
export const normaliseVat = oncePerText(readVat);

function readVat(value: CellValue): string | null {
  const text = cellText(value)
    .toUpperCase()
    .replace(/[\s.\-/]/g, '');
  if (text === '') return null;
  const be = /^(?:BE)?(0?\d{9}|1\d{9})$/.exec(text);
  if (be) return `BE${(be[1] ?? '').padStart(10, '0')}`;
  if (/^[A-Z]{2}[0-9A-Z]{6,13}$/.test(text)) return text;
  return null;
}

export function parseNumber(value: CellValue, style: DecimalStyle = 'comma'): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const r = parseAmount(value, style);
  return r.ok ? r.cents / 100 : null;
}
