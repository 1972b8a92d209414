/**
 * The engine's data model: plain data in (a snapshot of each source), plain data out (a report and
 * a write plan). Nothing here knows about files, workbooks or Office.js.
 */

/**
 * Called every so many rows or lines inside the engine's long loops, with how far the loop has
 * come, so that a caller can report progress. It never changes the result.
 */
export type Tick = (done: number, total: number) => void;

/** How often the loops call a `Tick`. */
export const TICK_EVERY = 2048;

/** A cell as a gateway hands it over. Dates arrive as ISO `yyyy-mm-dd` text, never as Date objects. */
export type CellValue = string | number | boolean | null;

/** One sheet (or CSV file) of one administration, read whole. */
export interface SourceTable {
  /** The file the sheet came from, as the user named it (for messages and the report). */
  file: string;
  /** Sheet name; for CSV the file name. */
  sheet: string;
  /** `rows[i]` is the row the spreadsheet shows as `i + 1`. */
  rows: CellValue[][];
  /** Set when the gateway had to decode text itself (CSV): the encoding it used. */
  encoding?: string;
}

/** One administration (Gemeente, OCMW, AGB, Politiezone, …): one or more tables. */
export interface SourceSnapshot {
  name: string;
  tables: SourceTable[];
  /** A user-confirmed column mapping per table (by sheet), overriding the guess. */
  mapping?: Partial<Record<Role, number>>;
}

export const ROLES = [
  'amount',
  'amountInclVat',
  'debit',
  'credit',
  'date',
  'supplier',
  'supplierVat',
  'description',
  'quantity',
  'unit',
  'unitPrice',
  'account',
  'accountName',
  'cpv',
  'service',
  'reference',
  'category',
] as const;
export type Role = (typeof ROLES)[number];

export interface ColumnGuess {
  role: Role;
  column: number; // 0-based
  header: string;
  /** 0..1: how sure the guess is (header name and values agree → high). */
  confidence: number;
}

export interface TableLayout {
  /** 1-based row of the header as the spreadsheet shows it; 0 when the table has no header row. */
  headerRow: number;
  columns: ColumnGuess[];
}

/** A purchase line, with where it came from. Money in integer cents. */
export interface PurchaseLine {
  /** Index of the source (administration) in the input. */
  source: number;
  table: number;
  row: number;
  amountCents: number;
  date?: string;
  supplier?: string;
  supplierVat?: string;
  description?: string;
  quantity?: number;
  unit?: string;
  unitPriceCents?: number;
  account?: string;
  accountName?: string;
  cpv?: string;
  service?: string;
  reference?: string;
  /** A category the source itself gives (e.g. an expenditure category column). */
  sourceCategory?: string;
}

export type SkipReason = 'blank' | 'title' | 'header' | 'total';

export interface SkippedRow {
  source: number;
  table: number;
  row: number;
  reason: SkipReason;
  /** For totals rows: the amount the row held, so the reconciliation can show it. */
  amountCents?: number;
}

export type RejectCode = 'amount-missing' | 'amount-unreadable' | 'amount-ambiguous' | 'amount-too-large';

export interface RejectedRow {
  source: number;
  table: number;
  row: number;
  /** 1-based column number, and its header. */
  column: number;
  header: string;
  code: RejectCode;
  /** The raw cell text, cut to a readable length. */
  value: string;
}

export type EvidenceKind = 'cpv' | 'override' | 'supplier' | 'account' | 'description' | 'cluster' | 'none';

export interface Evidence {
  readonly kind: EvidenceKind;
  /** What decided it: the CPV prefix, the supplier key, the matched keywords, the cluster key. */
  readonly detail: string;
}

/** Read-only: lines that were decided alike share one. */
export interface Classification {
  readonly category: string;
  readonly evidence: Evidence;
}

export type Lang = 'nl' | 'fr' | 'en';

/** `A`, `B`, …, `Z`, `AA`, … for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
