import { LABELS, LANGS } from '../labels';

/**
 * What a re-run needs of the lines sheet: only the rows where someone typed a category, in the
 * column headed `override` in any of Tandem's languages (see `readPreviousEdits`). A gateway may
 * leave the other rows unread: on 200,000 lines they are nearly all of the workbook. A module of its
 * own, so the task pane's page takes only the labels with it.
 */
/**
 * The sheets, by their key in the plan, that hold what a re-run carries over (see
 * `readPreviousEdits`): status, note and lead on the allocation, parameter values, categories typed on
 * the lines. A gateway need not read Tandem's other sheets on a re-run: a regional cooperation's
 * savings sheet has a price table of tens of thousands of rows.
 */
export const EDITED_SHEET_KEYS: readonly string[] = ['allocation', 'parameters', 'lines'];

export const LINE_EDITS: { sheetKey: string; sheetNames: readonly string[]; inputHeaders: readonly string[] } = {
  sheetKey: 'lines',
  sheetNames: LANGS.map((l) => LABELS[l].sheets.lines),
  inputHeaders: LANGS.map((l) => LABELS[l].col.override),
};
