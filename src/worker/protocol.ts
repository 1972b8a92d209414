/**
 * The messages between the page and the engine worker. Types only: the page imports this file
 * without pulling the engine (or ExcelJS) into its bundle.
 *
 * One request per message; the worker answers with any number of `progress` messages and then
 * exactly one final message (`inspected`, `result` or `error`) carrying the request's `id`. A
 * `result` with a plan is preceded by `plan-rows` messages with its long sheets' rows, and a
 * request with long tables by `table-rows` messages with their rows (src/worker/message-parts.ts);
 * the runner and the worker put them back before anyone sees the plan or the request.
 * Cancelling is the page's business: it terminates the worker (see src/app/runner.ts).
 */
import type { Lang, Role, SourceTable } from '../engine/model';
import type { WritePlan } from '../engine/plan/types';
import type { ReportOverview } from '../engine/report';
import type { PlanRows, TableRows } from './message-parts';
import type { SourceHint, SourceProblem } from '../gateway/files/errors';

/** A user-confirmed column (0-based) per role; -1 means "this source has no such column". */
export type ColumnMapping = Partial<Record<Role, number>>;

/** A file as the page hands it over: its name (for messages) and its bytes. */
export interface WorkerFile {
  name: string;
  bytes: Uint8Array;
  /** A sheet of an .xlsx to read; without it the first sheet with content. */
  sheet?: string;
}

/** An administration whose sheets the page has read already (workbook mode). */
export interface TableSource {
  name: string;
  tables: SourceTable[];
  mapping?: ColumnMapping;
}

/** An administration given as files (standalone mode). */
export interface FileSource {
  name: string;
  files: WorkerFile[];
  mapping?: ColumnMapping;
}

export interface RunSettings {
  lang: Lang;
  /** A central purchasing service that leads the categories needing an open or EU procedure. */
  central?: string;
  /** Council copy: without line-level sheets and descriptions. */
  council?: boolean;
  /** Date the procurement thresholds are taken for (yyyy-mm-dd); default the last date in the data. */
  reportDate?: string;
}

export type WorkerRequest =
  /** Guess the column mapping of sheets already read. */
  | { kind: 'inspect-tables'; id: number; sources: TableSource[] }
  /** Read files and guess their column mapping. */
  | { kind: 'inspect-files'; id: number; sources: FileSource[] }
  /** Tables in, report + write plan out (the task pane applies the plan through its gateway). */
  | { kind: 'run-tables'; id: number; sources: TableSource[]; settings: RunSettings; previous?: SourceTable[] }
  /** Files in, report + .xlsx bytes out (the standalone page offers them as a download). */
  | { kind: 'run-files'; id: number; sources: FileSource[]; settings: RunSettings };

/** Rows of a long table of the coming request, in order (page → worker). */
export interface TableRowsMessage extends TableRows {
  kind: 'table-rows';
  id: number;
}

/** The first request shape (files in, workbook out), still understood: treated as `run-files`. */
export interface LegacyWorkerRequest {
  lang: Lang;
  sources: { name: string; files: WorkerFile[] }[];
}

/** Where a run is. Steps are counted per request: `step` of `steps` is about to start. */
export type WorkerPhase = 'read' | 'inspect' | 'analyze' | 'savings' | 'plan' | 'report' | 'xlsx';

export interface ProgressMessage {
  kind: 'progress';
  id: number;
  phase: WorkerPhase;
  step: number;
  steps: number;
  /** The file or sheet being read, when there is one. */
  detail?: string;
  /** How much of this step is done (0..1), sent while a long step runs. */
  within?: number;
}

/** One column of a table, as the mapping step offers it. */
export interface ColumnOption {
  /** 0-based column index. */
  index: number;
  /** `A`, `B`, … as the spreadsheet shows it. */
  letter: string;
  /** Text of the header cell ('' when the table has no header row there). */
  header: string;
}

export interface RoleGuess {
  role: Role;
  column: number;
  header: string;
  /** 0..1 */
  confidence: number;
}

/** What the mapping step shows for one administration: its columns and the guessed role of each. */
export interface SourceInspection {
  name: string;
  file: string;
  sheet: string;
  /** 1-based header row as the spreadsheet shows it; 0 when no header row was found. */
  headerRow: number;
  rows: number;
  columns: ColumnOption[];
  guesses: Partial<Record<Role, RoleGuess>>;
}

export interface InspectedMessage {
  kind: 'inspected';
  id: number;
  ok: true;
  sources: SourceInspection[];
}

export interface ResultMessage {
  kind: 'result';
  id: number;
  ok: true;
  /**
   * Without the lines: a message is copied into the page's thread, and 200,000 lines took the page
   * 0.7–1.3 s to receive there.
   */
  report: ReportOverview;
  /** For `run-tables`; its long sheets' rows came before it, in `plan-rows` messages. */
  plan?: WritePlan;
  /** For `run-files` (and the legacy request). */
  xlsx?: Uint8Array;
  /** Tables in which no amount column was found. */
  withoutAmounts: { file: string; sheet: string }[];
}

/** Codes the app layer turns into words (src/app/errors.ts); source problems are those of the file gateway. */
export type WorkerProblem = SourceProblem | 'no-amount-column' | 'internal';

export interface ErrorMessage {
  kind: 'error';
  id: number;
  ok: false;
  problem: WorkerProblem;
  file: string;
  sheet?: string;
  /** 1-based row and column letter, when the problem is at one cell. */
  row?: number;
  column?: string;
  /** A closer look at a source problem (a password, an old .xls, a quote that never closes). */
  hint?: SourceHint;
  detail: string;
}

/** Rows of a long sheet of the coming result's plan, in order. */
export interface PlanRowsMessage extends PlanRows {
  kind: 'plan-rows';
  id: number;
}

export type WorkerResponse = ProgressMessage | PlanRowsMessage | InspectedMessage | ResultMessage | ErrorMessage;
export type WorkerFinal = InspectedMessage | ResultMessage | ErrorMessage;
