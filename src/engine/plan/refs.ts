import { columnLetter } from '../model';

/** Cell addresses for formulas: `E7`, `$E$7`, `'Categorieën'!$E$7`. */
export function cell(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

export function absCell(col: number, row: number): string {
  return `$${columnLetter(col)}$${row}`;
}

export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

export function absRange(col: number, fromRow: number, toRow: number): string {
  return `${absCell(col, fromRow)}:${absCell(col, toRow)}`;
}

/** A formula string literal: `"ja"`, with quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
