import { LABELS, LANGS } from '../labels';
import type { CellValue, Lang, SourceTable } from '../model';
import { cellText } from '../read/values';
import type { AllocationEdits } from './savings-sheets';
import { KINDS, type Kind } from '../savings/parameters';
import { KIND_EDITS, LINE_EDITS } from './line-edits';
import { SAVINGS_LABELS } from './savings-labels';

/** What people typed into a workbook Tandem wrote earlier, to be carried into the next one. */
export interface PreviousEdits {
  allocation: Map<string, AllocationEdits>;
  lineOverrides: LineOverride[];
  parameters: Record<string, number>;
  /** The kind shown for each shared category on the savings sheet, by category id. */
  kinds: Map<string, Kind>;
  /** The languages typed for an administration's descriptions on the control sheet, as typed, by its name. */
  languages: Map<string, string>;
}

/** A category typed on Lijnen, with what the line said, so it finds its line again if rows moved. */
export interface LineOverride {
  administration: string;
  file: string;
  row: number;
  category: string;
  amount?: number;
  description?: string;
  supplier?: string;
}

/** The names, in every language, of the sheets `readPreviousEdits` reads (`EDITED_SHEET_KEYS`). */
export const EDITED_SHEET_NAMES: readonly string[] = LANGS.flatMap((l) => [
  SAVINGS_LABELS[l].sheets.allocation,
  SAVINGS_LABELS[l].sheets.parameters,
  LABELS[l].sheets.lines,
  SAVINGS_LABELS[l].sheets.savings,
  LABELS[l].sheets.control,
]);

function findSheet(tables: readonly SourceTable[], names: readonly string[]): SourceTable | undefined {
  return tables.find((t) => names.includes(t.sheet));
}

/** The header row (within the first rows) that holds all the given labels of one language, and their columns. */
function findColumns(rows: readonly CellValue[][], wanted: (lang: Lang) => string[]): { headerRow: number; columns: number[] } | null {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const texts = (rows[r] ?? []).map((c) => cellText(c));
    for (const lang of LANGS) {
      const columns = wanted(lang).map((label) => texts.indexOf(label));
      if (columns.every((c) => c >= 0)) return { headerRow: r, columns };
    }
  }
  return null;
}

/**
 * Reads the edits from an earlier Tandem workbook (in any of its languages): Status, note and lead
 * override per category on the allocation sheet, own categories per line on the lines sheet,
 * parameter values by key, and each shared category's kind on the savings sheet (or, for a category
 * no longer shared, below the allocation table). Anything it cannot recognise is left alone.
 */
export function readPreviousEdits(tables: readonly SourceTable[]): PreviousEdits {
  const edits: PreviousEdits = { allocation: new Map(), lineOverrides: [], parameters: {}, kinds: new Map(), languages: new Map() };
  const orphanKinds = new Map<string, Kind>();

  const allocation = findSheet(
    tables,
    LANGS.map((l) => SAVINGS_LABELS[l].sheets.allocation),
  );
  if (allocation) {
    const found = findColumns(allocation.rows, (l) => {
      const c = SAVINGS_LABELS[l].col;
      return [c.categoryId, c.leadOverride, c.status, c.note];
    });
    if (found) {
      const [id, lead, status, note] = found.columns as [number, number, number, number];
      const idLabels = new Set(LANGS.map((l) => SAVINGS_LABELS[l].col.categoryId));
      const kindLabels = LANGS.map((l) => SAVINGS_LABELS[l].col.kind);
      // Below the table, the categories that are no longer shared stand under a header of their own,
      // which also names the column of their kind.
      let kind = -1;
      for (const row of allocation.rows.slice(found.headerRow + 1)) {
        const key = cellText(row[id] ?? null);
        if (idLabels.has(key)) {
          kind = row.findIndex((c) => kindLabels.includes(cellText(c)));
          continue;
        }
        const e = { leadOverride: cellText(row[lead] ?? null), status: cellText(row[status] ?? null), note: cellText(row[note] ?? null) };
        if (key && (e.leadOverride || e.status || e.note)) edits.allocation.set(key, e);
        const k = kind >= 0 ? kindOf(row[kind] ?? null) : undefined;
        if (key && k) orphanKinds.set(key, k);
      }
    }
  }

  const lines = findSheet(tables, LINE_EDITS.sheetNames);
  if (lines) {
    const found = findColumns(lines.rows, (l) => {
      const c = LABELS[l].col;
      return [c.administration, c.file, c.row, c.override, c.amount, c.description, c.supplier];
    });
    if (found) {
      const [admin, file, rowCol, override, amount, description, supplier] = found.columns as number[];
      for (const row of lines.rows.slice(found.headerRow + 1)) {
        const category = cellText(row[override!] ?? null);
        const n = Number(row[rowCol!]);
        if (category && Number.isInteger(n)) {
          const value = row[amount!];
          edits.lineOverrides.push({
            administration: cellText(row[admin!] ?? null),
            file: cellText(row[file!] ?? null),
            row: n,
            category,
            ...(typeof value === 'number' ? { amount: value } : {}),
            description: cellText(row[description!] ?? null),
            supplier: cellText(row[supplier!] ?? null),
          });
        }
      }
    }
  }

  const parameters = findSheet(
    tables,
    LANGS.map((l) => SAVINGS_LABELS[l].sheets.parameters),
  );
  if (parameters) {
    const found = findColumns(parameters.rows, (l) => [
      SAVINGS_LABELS[l].col.value,
      SAVINGS_LABELS[l].col.defaultValue,
      SAVINGS_LABELS[l].col.keyCol,
    ]);
    if (found) {
      const [value, byDefault, key] = found.columns as [number, number, number];
      for (const row of parameters.rows.slice(found.headerRow + 1)) {
        const k = cellText(row[key] ?? null);
        const v = row[value];
        // Only what the user changed: a value Tandem filled in itself follows the new data.
        if (k && typeof v === 'number' && Number.isFinite(v) && v !== row[byDefault]) edits.parameters[k] = v;
      }
    }
  }
  const savings = findSheet(tables, KIND_EDITS.sheetNames);
  if (savings) {
    const found = findColumns(savings.rows, (l) => [SAVINGS_LABELS[l].col.categoryId, SAVINGS_LABELS[l].col.kind]);
    if (found) {
      const [id, kind] = found.columns as [number, number];
      // The categories' table only: it ends at the first row without an id (the price table follows).
      for (const row of savings.rows.slice(found.headerRow + 1)) {
        const key = cellText(row[id] ?? null);
        if (!key) break;
        const k = kindOf(row[kind] ?? null);
        if (k) edits.kinds.set(key, k);
      }
    }
  }
  const control = findSheet(
    tables,
    LANGS.map((l) => LABELS[l].sheets.control),
  );
  if (control) readLanguageChoices(control.rows, edits.languages);
  // A category's row on Besparingen wins: in a workbook Tandem wrote, it is in one place or the other.
  for (const [key, k] of orphanKinds) if (!edits.kinds.has(key)) edits.kinds.set(key, k);
  return edits;
}

/**
 * The languages typed per administration in the control sheet's languages table. That table stands
 * below the rejected rows and the warnings, however many there are, so its header is looked for
 * on every row; it ends at the first row without an administration.
 */
function readLanguageChoices(rows: readonly CellValue[][], out: Map<string, string>): void {
  for (let r = 0; r < rows.length; r++) {
    const texts = (rows[r] ?? []).map((c) => cellText(c));
    for (const lang of LANGS) {
      const admin = texts.indexOf(LABELS[lang].col.administration);
      const choice = texts.indexOf(LABELS[lang].text.languagesChoice);
      if (admin < 0 || choice < 0) continue;
      for (const row of rows.slice(r + 1)) {
        const name = cellText(row[admin] ?? null);
        if (!name) return;
        const typed = cellText(row[choice] ?? null);
        if (typed) out.set(name, typed);
      }
      return;
    }
  }
}

const KIND_BY_LABEL = new Map(LANGS.flatMap((l) => KINDS.map((k) => [SAVINGS_LABELS[l].kind[k], k] as const)));

/** A kind as written in any of Tandem's languages, whatever its case; undefined for any other word. */
function kindOf(value: CellValue): Kind | undefined {
  return KIND_BY_LABEL.get(cellText(value).trim().toLowerCase());
}

/** Whether a set of sheet names is one of Tandem's own (in any language). */
export function isTandemSheetName(name: string): boolean {
  return LANGS.some((l) => {
    const s = SAVINGS_LABELS[l].sheets;
    const a = LABELS[l].sheets;
    return [s.summary, s.allocation, s.savings, s.parameters, a.categories, a.lines, a.control].includes(name);
  });
}
