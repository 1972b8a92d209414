import type { StyleRole } from '../engine/plan/types';

/*
 * How a style role looks in a workbook, shared by both gateways (Office.js and the .xlsx files), so a
 * workbook written by the add-in and one written by the CLI look alike. No dependencies: the task
 * pane must not pull ExcelJS in through it.
 */

const MONEY: Record<string, string> = {
  EUR: '#,##0.00 [$€-nl-BE];-#,##0.00 [$€-nl-BE]',
  GBP: '[$£-en-GB]#,##0.00;-[$£-en-GB]#,##0.00',
  USD: '[$$-en-US]#,##0.00;-[$$-en-US]#,##0.00',
};
const FORMATS: Partial<Record<StyleRole, string>> = {
  percent: '0.0%',
  'input-percent': '0%',
  integer: '#,##0',
  row: '0',
  number: '0.00##',
  date: 'dd/mm/yyyy',
};
const MONEY_ROLES = new Set<StyleRole>(['money', 'total', 'input-money', 'money4']);

export const HEADER_FILL = '#1F4E79';
export const INPUT_FILL = '#FFF2CC';
export const TABLE_STYLE = 'TableStyleLight9';

/** The money format for a currency (euro when the currency is not known). */
export function moneyFormat(currency: string): string {
  return MONEY[currency] ?? MONEY.EUR!;
}

/** The number format a role asks for, or undefined for Excel's `General`. */
export function numberFormatFor(role: StyleRole | undefined, currency: string): string | undefined {
  if (!role) return undefined;
  if (MONEY_ROLES.has(role)) {
    const money = moneyFormat(currency);
    return role === 'money4' ? money.replace(/0\.00/g, '0.0000') : money;
  }
  return FORMATS[role];
}

/** Font, fill and alignment of a role, as Office.js range format properties. */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: 'Top' | 'Center';
}

const LOOKS: Partial<Record<StyleRole, Look>> = {
  title: { bold: true, size: 14, color: '#1F4E79' },
  subtitle: { bold: true, size: 12, color: '#1F4E79' },
  header: { bold: true, color: '#FFFFFF', fill: HEADER_FILL, verticalAlignment: 'Center', wrapText: true },
  note: { italic: true, color: '#595959' },
  input: { fill: INPUT_FILL },
  'input-money': { fill: INPUT_FILL },
  'input-percent': { fill: INPUT_FILL },
  paragraph: { wrapText: true, verticalAlignment: 'Top' },
  total: { bold: true },
};

export function lookFor(role: StyleRole | undefined): Look | undefined {
  return role ? LOOKS[role] : undefined;
}

/** Column width in characters (as the plan gives it) to points (as Office.js sets it), for Calibri 11. */
export function widthToPoints(chars: number): number {
  return Math.round((Math.max(0, chars) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Whether an Excel number format shows a date: it has a day or year part (or a month name) outside
 * quoted text, escapes and `[…]` sections. Times alone (`h:mm`) are not dates.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .toLowerCase();
  return /[dy]/.test(bare) || /mmm/.test(bare);
}
