import type { SheetPlan } from './types';

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
