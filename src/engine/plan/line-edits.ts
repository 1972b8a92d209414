import { LABELS, LANGS } from '../labels';
import { SAVINGS_SHEET_WORDS } from './savings-sheet-words';

/**
 * The sheets, by their key in the plan, that hold what a re-run carries over (see
 * `readPreviousEdits`): status, note and lead on the allocation, parameter values, categories typed on
 * the lines, the kind of each category on the savings sheet, and the languages typed for a source on
 * the control sheet. A gateway need not read Tandem's other sheets on a re-run.
 */
export const EDITED_SHEET_KEYS: readonly string[] = ['allocation', 'parameters', 'lines', 'savings', 'control'];

/**
 * A sheet of Tandem's of which a re-run reads only part: its key in the plan, its names, and the
 * header of the column that says which rows.
 */
export interface PartlyRead {
  sheetKey: string;
  sheetNames: readonly string[];
  inputHeaders: readonly string[];
}

/**
 * What a re-run needs of the lines sheet: only the rows where someone typed a category, in the
 * column headed `override` in any of Tandem's languages (see `readPreviousEdits`). A gateway may
 * leave the other rows unread: on 200,000 lines they are nearly all of the workbook. A module of its
 * own, so the task pane's page takes only the labels with it.
 */
export const LINE_EDITS: PartlyRead = {
  sheetKey: 'lines',
  sheetNames: LANGS.map((l) => LABELS[l].sheets.lines),
  inputHeaders: LANGS.map((l) => LABELS[l].col.override),
};

/**
 * What a re-run needs of the savings sheet: the kind people chose per shared category, in the table
 * under the header that names the kind column. That table ends at its first row with the kind cell
 * empty; below it a regional cooperation's price table runs to tens of thousands of rows, which a
 * gateway may leave unread.
 */
export const KIND_EDITS: PartlyRead = {
  sheetKey: 'savings',
  sheetNames: LANGS.map((l) => SAVINGS_SHEET_WORDS[l].sheet),
  inputHeaders: LANGS.map((l) => SAVINGS_SHEET_WORDS[l].kindHeader),
};
