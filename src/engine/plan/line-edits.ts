import { LABELS, LANGS } from '../labels';

/**
 * What a re-run needs of the lines sheet: only the rows where someone typed a category, in the
 * column headed `override` in any of Tandem's languages (see `readPreviousEdits`). A gateway may
 * leave the other rows unread: on 200,000 lines they are nearly all of the workbook. A module of its
 * own, so the task pane's page takes only the labels with it.
 */
export const LINE_EDITS: { sheetKey: string; sheetNames: readonly string[]; inputHeaders: readonly string[] } = {
  sheetKey: 'lines',
  sheetNames: LANGS.map((l) => LABELS[l].sheets.lines),
  inputHeaders: LANGS.map((l) => LABELS[l].col.override),
};
