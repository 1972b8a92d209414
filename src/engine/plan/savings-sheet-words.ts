import type { Lang } from '../model';

/**
 * The savings sheet's name and the header of its kind column, per language: what a re-run needs to
 * find the kind people chose per category (`KIND_EDITS`). A module of its own, so the task pane's page
 * does not take all the savings sheets' labels with it.
 */
export const SAVINGS_SHEET_WORDS: Record<Lang, { sheet: string; kindHeader: string }> = {
  nl: { sheet: 'Besparingen', kindHeader: 'Soort' },
  fr: { sheet: 'Économies', kindHeader: 'Type' },
  en: { sheet: 'Savings', kindHeader: 'Kind' },
};
