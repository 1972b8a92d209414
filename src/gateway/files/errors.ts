/** What can make a source file unusable, said once, in a code the app layer turns into words. */
export type SourceProblem =
  'missing' | 'unreadable' | 'empty' | 'not-a-workbook' | 'encrypted-or-legacy' | 'no-such-sheet' | 'unsupported-type';

/**
 * A closer look at a problem, where the gateway can tell (a password-protected workbook rather than
 * an old `.xls`, a quote that never closes at a given row): the CLI says it in words; where a
 * caller does not know the hint, the problem's own words still hold.
 */
export type SourceHint =
  /** `encrypted-or-legacy`: an encrypted (password-protected) `.xlsx`. */
  | 'encrypted'
  /** `encrypted-or-legacy`: an Excel 97–2003 `.xls` workbook. */
  | 'legacy-xls'
  /** `unsupported-type`: named `.xlsx`, but its bytes are no workbook at all (not even a zip). */
  | 'not-xlsx'
  /** `not-a-workbook`: a zip file, but no workbook in it (a Word file, an archive, …). */
  | 'zip-not-workbook'
  /** `not-a-workbook`: an OpenDocument spreadsheet (`.ods`). */
  | 'opendocument'
  /** `unreadable`: a quote opened at `row` never closes; the rest of the file would be one cell. */
  | 'unclosed-quote'
  /** `unreadable`: binary content in what should be a text (CSV) file. */
  | 'binary';

export class SourceError extends Error {
  constructor(
    readonly problem: SourceProblem,
    readonly file: string,
    readonly detail = '',
    readonly hint?: SourceHint,
    /** 1-based row as the spreadsheet shows it, when the problem is at one row. */
    readonly row?: number,
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'SourceError';
  }
}
