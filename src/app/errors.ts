/**
 * Errors as the app layer passes them to the UI: a code and where it happened (file, sheet, row,
 * column), never a sentence. `describeError` turns one into words in the user's language.
 */
import type { Lang } from '../engine/model';
import type { SourceHint, SourceProblem } from '../gateway/files/errors';
import { MESSAGES } from '../i18n/messages';
import { UI } from '../i18n/ui';
import type { ErrorMessage, WorkerProblem } from '../worker/protocol';

export type AppErrorCode =
  | WorkerProblem
  /** The worker could not start or died. */
  | 'worker-failed'
  /** The workbook gateway could not read a sheet. */
  | 'read-failed'
  /** The workbook gateway could not write the plan. */
  | 'write-failed'
  /** Settings could not be saved in the workbook. */
  | 'settings-failed'
  /** Excel could not be reached (the Office.js gateway did not load). */
  | 'no-gateway'
  /** Excel did not answer in time (the gateway's `context.sync()` timeout). */
  | 'sync-timeout'
  /** Excel refused a request as too large, even in smaller blocks. */
  | 'payload-too-large';

export interface AppError {
  code: AppErrorCode;
  file?: string;
  sheet?: string;
  /** 1-based row as the spreadsheet shows it. */
  row?: number;
  /** Column letter (`D`). */
  column?: string;
  /** Technical detail from where it went wrong (shown after the message). */
  detail?: string;
  /** A closer look at a source problem, with words of its own (`MESSAGES[lang].hint`). */
  hint?: SourceHint;
}

const SOURCE_PROBLEMS: readonly SourceProblem[] = [
  'missing',
  'unreadable',
  'empty',
  'not-a-workbook',
  'encrypted-or-legacy',
  'no-such-sheet',
  'unsupported-type',
];
/** Codes a gateway may throw that have words of their own (the file gateway's and the Office.js gateway's). */
const KNOWN_CODES: readonly string[] = [...SOURCE_PROBLEMS, 'sync-timeout', 'payload-too-large', 'no-amount-column'];

export function fromWorkerError(m: ErrorMessage): AppError {
  return {
    code: m.problem,
    ...(m.file ? { file: m.file } : {}),
    ...(m.sheet ? { sheet: m.sheet } : {}),
    ...(m.row !== undefined ? { row: m.row } : {}),
    ...(m.column ? { column: m.column } : {}),
    ...(m.detail ? { detail: m.detail } : {}),
    ...(m.hint ? { hint: m.hint } : {}),
  };
}

/**
 * An error thrown by a gateway (or anything else) as an AppError. Gateways may throw objects with
 * a `code` or `problem` and `file`/`sheet`/`row`/`column`; anything else becomes `fallback`.
 */
export function toAppError(e: unknown, fallback: AppErrorCode, where: Pick<AppError, 'file' | 'sheet'> = {}): AppError {
  const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
  const named = typeof o.problem === 'string' ? o.problem : typeof o.code === 'string' ? o.code : undefined;
  const code: AppErrorCode = named && KNOWN_CODES.includes(named) ? (named as AppErrorCode) : fallback;
  const column = typeof o.column === 'number' ? columnName(o.column) : typeof o.column === 'string' ? o.column : undefined;
  const detail =
    typeof o.detail === 'string' && o.detail ? o.detail : e instanceof Error ? e.message : typeof e === 'string' ? e : undefined;
  return {
    code,
    ...(typeof o.file === 'string' ? { file: o.file } : where.file ? { file: where.file } : {}),
    ...(typeof o.sheet === 'string' ? { sheet: o.sheet } : where.sheet ? { sheet: where.sheet } : {}),
    ...(typeof o.row === 'number' ? { row: o.row } : {}),
    ...(column ? { column } : {}),
    ...(detail ? { detail } : {}),
  };
}

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "Sheet X, row 12, column D" in the user's language, or '' when nothing is known. */
export function describeWhere(where: Pick<AppError, 'file' | 'sheet' | 'row' | 'column'>, lang: Lang): string {
  const t = UI[lang].where;
  const parts: string[] = [];
  if (where.file && where.file !== where.sheet) parts.push(t.file(where.file));
  if (where.sheet) parts.push(t.sheet(where.sheet));
  if (where.row !== undefined) parts.push(t.row(where.row));
  if (where.column) parts.push(t.column(where.column));
  const s = parts.join(', ');
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : '';
}

/** The error in words: what is wrong and where. */
export function describeError(error: AppError, lang: Lang): string {
  const m = MESSAGES[lang];
  const t = UI[lang].errors;
  const file = error.file ?? error.sheet ?? '';
  const detail = error.detail ?? '';
  const at = describeWhere({ sheet: error.sheet, row: error.row, column: error.column }, lang);
  const withWhere = (text: string) => (at && error.row !== undefined ? `${at}: ${text}` : text);
  switch (error.code) {
    case 'missing':
    case 'unreadable':
    case 'empty':
    case 'not-a-workbook':
    case 'encrypted-or-legacy':
    case 'no-such-sheet':
    case 'unsupported-type':
      // The closer words already say the file and, for a quote that never closes, the row.
      if (error.hint) return m.hint[error.hint](file, error.row);
      // A sheet of the open workbook has no file name: the sheet names it.
      return withWhere(m.problem[error.code](file, error.code === 'no-such-sheet' ? (error.sheet ?? detail) : detail));
    case 'no-amount-column':
      return m.noAmountColumn(file, error.sheet ?? file);
    case 'read-failed':
      return withWhere(t.readFailed(error.sheet ?? file, detail));
    case 'write-failed':
      return t.writeFailed(detail);
    case 'settings-failed':
      return t.settingsFailed(detail);
    case 'worker-failed':
      return t.workerFailed(detail);
    case 'no-gateway':
      return t.noGateway(detail);
    case 'sync-timeout':
      return t.syncTimeout(detail);
    case 'payload-too-large':
      return withWhere(t.payloadTooLarge(error.sheet ?? '', detail));
    case 'internal':
      return withWhere(t.internal(detail));
  }
}
