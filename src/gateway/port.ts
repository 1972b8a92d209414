import type { SourceTable } from '../engine/model';
import type { WritePlan } from '../engine/plan/types';

/** A sheet of the open workbook, as the task pane lists it. */
export interface SheetInfo {
  name: string;
  /** Size of the used range (0 × 0 for an empty sheet). */
  rows: number;
  columns: number;
  /** Written by Tandem (recognised by its marker), so never offered as a source. */
  tandem: boolean;
}

export interface GatewayProgress {
  phase: 'read' | 'write';
  /** Rows (read) or cells (write) done so far, of the total. */
  done: number;
  total: number;
}

/** What Tandem remembers in the workbook between runs. */
export interface TandemSettings {
  /** Per source sheet: the administration's name and the user-confirmed column per role. */
  sources: { sheet: string; name: string; mapping?: Record<string, number> }[];
  lang?: 'nl' | 'fr' | 'en';
  central?: string;
}

/** How to read Tandem's sheets from an earlier run. */
export interface TandemSheetsRead {
  /**
   * A long sheet of which only the rows someone typed in matter: the sheet with this key in the
   * plan, and the header of its input column in any language. Its table then holds its rows down to
   * the header row, then only the rows with something in that column (the rest are never read).
   */
  editedRowsOnly?: { sheetKey: string; inputHeaders: readonly string[] };
  /** Only Tandem's sheets with these keys in the plan (the others are not read, nor returned). */
  sheetKeys?: readonly string[];
  /**
   * A sheet of which only the table under the header matters: the sheet with this key, and the
   * header of a column of that table in any language. Its table then holds its rows down to the
   * header row, then the rows under it down to the first with that column empty.
   */
  tableOnly?: { sheetKey: string; inputHeaders: readonly string[] };
  /** Rows read so far, of all the sheets' rows. */
  onProgress?: (p: GatewayProgress) => void;
  signal?: AbortSignal;
}

/**
 * The one port through which the app touches a workbook. The Office.js gateway implements it over
 * the open workbook; tests implement it over an in-memory fake.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** Reads a sheet's used range in blocks, as plain values (dates as ISO text). */
  readSheet(name: string, onProgress?: (p: GatewayProgress) => void, signal?: AbortSignal): Promise<SourceTable>;
  /** Tandem's own sheets from an earlier run (for carrying people's edits over); empty when none. */
  readTandemSheets(options?: TandemSheetsRead): Promise<SourceTable[]>;
  /**
   * Writes the plan: Tandem's earlier sheets are replaced, a user's sheet with the same name is never
   * touched (Tandem picks another name), sources are never written. Returns the names used per sheet key.
   */
  applyPlan(plan: WritePlan, onProgress?: (p: GatewayProgress) => void, signal?: AbortSignal): Promise<Record<string, string>>;
  activate(sheet: string): Promise<void>;
  loadSettings(): Promise<TandemSettings | null>;
  saveSettings(settings: TandemSettings): Promise<void>;
}
