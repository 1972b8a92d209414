/**
 * Guessing a source's column mapping, for the mapping step. Runs where the engine runs (the worker,
 * tests); the page gets the result as plain data (`SourceInspection`).
 */
import { columnLetter, type SourceTable } from '../engine/model';
import { guessLayout } from '../engine/read/headers';
import { cellText } from '../engine/read/values';
import type { ColumnMapping, RoleGuess, SourceInspection } from '../worker/protocol';

/** How many rows under the header are looked at to find the table's width. */
const WIDTH_SAMPLE_ROWS = 500;

/**
 * The columns of a table and the role the engine guesses for each, with its confidence (0..1). A
 * remembered mapping is not applied here: the page shows it over the guess.
 */
export function inspectTable(name: string, table: SourceTable): SourceInspection {
  const layout = guessLayout(table.rows);
  const header = layout.headerRow > 0 ? (table.rows[layout.headerRow - 1] ?? []) : [];
  let width = header.length;
  const from = Math.max(0, layout.headerRow);
  for (let r = from; r < Math.min(table.rows.length, from + WIDTH_SAMPLE_ROWS); r++) width = Math.max(width, table.rows[r]?.length ?? 0);
  for (const c of layout.columns) width = Math.max(width, c.column + 1);
  // Trailing columns without a header and without values are not worth offering.
  while (width > 0 && cellText(header[width - 1] ?? null) === '' && !columnHasValues(table, width - 1, from)) width--;
  const columns = Array.from({ length: width }, (_, index) => ({
    index,
    letter: columnLetter(index + 1),
    header: cellText(header[index] ?? null),
  }));
  const guesses: Partial<Record<RoleGuess['role'], RoleGuess>> = {};
  for (const c of layout.columns) guesses[c.role] = { role: c.role, column: c.column, header: c.header, confidence: c.confidence };
  return { name, file: table.file, sheet: table.sheet, headerRow: layout.headerRow, rows: table.rows.length, columns, guesses };
}

function columnHasValues(table: SourceTable, column: number, from: number): boolean {
  for (let r = from; r < Math.min(table.rows.length, from + WIDTH_SAMPLE_ROWS); r++) {
    if (cellText(table.rows[r]?.[column] ?? null) !== '') return true;
  }
  return false;
}

/** The mapping the guess amounts to (what the engine would use if the user changed nothing). */
export function guessedMapping(inspection: SourceInspection): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const g of Object.values(inspection.guesses)) if (g) mapping[g.role] = g.column;
  return mapping;
}
