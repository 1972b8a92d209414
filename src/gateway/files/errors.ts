/** What can make a source file unusable, said once, in a code the app layer turns into words. */
export type SourceProblem =
  | 'missing'
  | 'unreadable'
  | 'empty'
  | 'not-a-workbook'
  | 'encrypted-or-legacy'
  | 'no-such-sheet'
  | 'unsupported-type';

export class SourceError extends Error {
  constructor(
    readonly problem: SourceProblem,
    readonly file: string,
    readonly detail = '',
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'SourceError';
  }
}
