import type { PlanCell, SheetPlan } from './types';

/** The paper's width across the page, in millimetres. */
const PAPER_MM = { A4: { portrait: 210, landscape: 297 }, A3: { portrait: 297, landscape: 420 } } as const;
/** Excel's default side margins (0.7 inch each). */
const MARGINS_MM = 2 * 17.78;
/** A column width of one character at 100 % (Calibri 11: seven pixels at 96 dpi, and a little padding). */
const MM_PER_CHAR = 1.9;
/**
 * Below this scale a printed sheet is no longer readable: 11 pt text prints at 4.4 pt. The two to
 * four administrations of a municipality, its OCMW, an AGB or a police zone stay above it on one
 * page; a regional cooperation's sheets, with columns per administration, do not.
 */
export const MIN_PRINT_SCALE = 0.4;

/** How many characters of column width one page takes at the smallest readable scale. */
export function pageCapacity(paper: 'A4' | 'A3', landscape: boolean): number {
  const mm = PAPER_MM[paper][landscape ? 'landscape' : 'portrait'] - MARGINS_MM;
  return mm / MM_PER_CHAR / MIN_PRINT_SCALE;
}

/**
 * A sheet too wide to be read when fitted on one page spreads over as many pages side by side as it
 * needs, and each page repeats the columns kept in view (the category's name), so every page says
 * which row is which. Sheets that fit are left as they are.
 */
export function spreadWideSheet(sheet: SheetPlan): SheetPlan {
  const { print } = sheet;
  if (!print.fitToWidth) return sheet;
  const capacity = pageCapacity(print.paper ?? 'A4', print.landscape);
  const total = sheet.widths.reduce((a, w) => a + w, 0);
  if (total <= capacity) return sheet;
  const repeat = sheet.freeze?.columns ?? 0;
  const repeatWidth = sheet.widths.slice(0, repeat).reduce((a, w) => a + w, 0);
  const pagesWide = Math.ceil((total - repeatWidth) / (capacity - repeatWidth));
  return { ...sheet, print: { ...print, pagesWide, ...(repeat > 0 ? { repeatColumns: repeat } : {}) } };
}

/**
 * A table longer than this is a listing to filter and search (a cooperation's price table, the
 * categories of years of ledgers) rather than a page to read: its rows keep one line each, and the
 * `.xlsx` writer streams it past ExcelJS (`BIG_TABLE_ROWS`), where no row has a height of its own.
 */
export const WRAP_ROWS_MAX = 2_000;

/** The rows (1-based, inclusive) where a sheet's `wrapColumns` wrap: the data rows of each of its tables. */
export function wrapRows(sheet: SheetPlan): { from: number; to: number }[] {
  if (!sheet.wrapColumns?.length) return [];
  return sheet.tables
    .filter((t) => t.lastRow > t.headerRow && t.lastRow - t.headerRow <= WRAP_ROWS_MAX)
    .map((t) => ({ from: t.headerRow + 1, to: t.lastRow }));
}

/** Points per line of Calibri 11, the height a spreadsheet gives a row of one line. */
export const LINE_POINTS = 15;
/** Pixels of Calibri 11's digit at 96 dpi; a column's width counts 7 per character. */
const DIGIT_PIXELS = 7.44;
/** Bold letters are about 3 % wider. */
const BOLD = 1.03;

// Advance widths of Calibri 11 (as its metric twin Carlito gives them), in hundredths of a digit's
// width, the unit of a column's width.
const LOWER = [95, 104, 83, 104, 98, 60, 93, 104, 45, 47, 90, 45, 158, 104, 104, 104, 104, 69, 77, 66, 104, 89, 141, 85, 89, 78];
const UPPER = [114, 107, 105, 121, 96, 91, 124, 123, 50, 63, 103, 83, 169, 127, 131, 102, 133, 107, 91, 96, 127, 112, 176, 102, 96, 92];
const OTHER: Record<string, number> = {
  ' ': 45,
  '.': 50,
  ',': 49,
  ':': 53,
  ';': 53,
  '-': 60,
  '/': 76,
  '(': 60,
  ')': 60,
  "'": 44,
  '%': 141,
  '&': 135,
};

/** How wide a character prints, in column-width characters (a digit, and anything not listed, is one). */
function charWidth(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97]! / 100;
  if (code >= 65 && code <= 90) return UPPER[code - 65]! / 100;
  return (OTHER[c] ?? 100) / 100;
}

function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

/**
 * The lines a text takes in a column `width` characters wide, broken after spaces and hyphens as a
 * spreadsheet breaks them (a word longer than the column is broken inside). `scale` widens the
 * letters (`BOLD`).
 */
export function wrappedLines(text: string, width: number, scale = 1): number {
  // A column `width` wide is `width` × 7 + 5 pixels, of which the cell keeps a few clear at its
  // sides; Calibri 11's digit, the unit of the letters' widths, is 7.44 pixels wide.
  const room = Math.max(1, (width * 7 - 1) / DIGIT_PIXELS);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const piece of paragraph.match(/[^\s-]*-|[^\s-]+|\s+/g) ?? []) {
      const w = textWidth(piece) * scale;
      if (/^\s/.test(piece)) {
        if (used > 0) used += w;
        continue;
      }
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      if (used === 0 && w > room) {
        // A word wider than the column is broken inside it.
        const more = Math.ceil(w / room) - 1;
        lines += more;
        used = w - more * room;
      } else used += w;
    }
  }
  return lines;
}

const cellText = (c: PlanCell | undefined): string => {
  const value = c?.f !== undefined ? c.result : c?.v;
  return typeof value === 'string' ? value : '';
};

/**
 * The height (points) of a header row whose labels wrap: as many lines as its longest label takes
 * in bold. Undefined when every label fits on one line.
 */
export function headerRowHeight(row: readonly PlanCell[], widths: readonly number[]): number | undefined {
  if (!row.some((c) => c.style === 'header')) return undefined;
  let lines = 1;
  row.forEach((c, i) => {
    if (c.style === 'header') lines = Math.max(lines, wrappedLines(cellText(c), widths[i] ?? 8.43, BOLD));
  });
  return lines > 1 ? lines * LINE_POINTS : undefined;
}

/**
 * For a sheet with `wrapColumns`, the height (points) of each of its wrapped rows (1-based) that
 * needs more than one line. Excel fits such rows itself; LibreOffice, and other readers of a file,
 * keep the height the file gives.
 */
export function wrappedRowHeights(sheet: SheetPlan): Map<number, number> {
  const heights = new Map<number, number>();
  for (const rows of wrapRows(sheet)) {
    for (let r = rows.from; r <= rows.to; r++) {
      const row = sheet.rows[r - 1] ?? [];
      let lines = 1;
      for (const c of sheet.wrapColumns!) lines = Math.max(lines, wrappedLines(cellText(row[c - 1]), sheet.widths[c - 1] ?? 8.43));
      if (lines > 1) heights.set(r, lines * LINE_POINTS);
    }
  }
  return heights;
}

/**
 * Widens each column to the longest word of its header in bold, so a header wraps between its words
 * and never inside one (`Coördinatiekos` / `t per jaar`), whatever the language or the
 * administrations' names.
 */
export function fitHeaderWords(sheet: SheetPlan): SheetPlan {
  let widths: number[] | undefined;
  // Indexed: the lines sheet has a row per line, and a `for…of` not yet optimised allocates per step.
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (row[0]?.style !== 'header') continue;
    row.forEach((c, i) => {
      if (c.style !== 'header') return;
      const longest = Math.max(
        0,
        ...cellText(c)
          .split(/\s+/)
          .map((word) => textWidth(word) * BOLD),
      );
      // The inverse of `wrappedLines`' room: the column width whose room holds the word.
      const needed = Math.ceil((longest * DIGIT_PIXELS + 1) / 7);
      const now = (widths ?? sheet.widths)[i] ?? 0;
      if (needed > now) (widths ??= [...sheet.widths])[i] = needed;
    });
  }
  return widths ? { ...sheet, widths } : sheet;
}

/**
 * A paragraph (`paragraph` style, in 0-based column `col`) spans up to four columns from its own,
 * merged, in a row tall enough for its lines: estimated from its length, a little over a character
 * per character of width.
 */
export function paragraphLayout(widths: readonly number[], col: number, text: string): { span: number; height: number } {
  const span = Math.min(4, widths.length - col);
  const width = widths.slice(col, col + span).reduce((a, w) => a + w, 0) || 10;
  return { span, height: Math.max(1, Math.ceil((text.length * 1.1) / width)) * LINE_POINTS };
}
