import { fold, isStopword } from '../text/normalize';
import { computeStem, type StemLang } from '../text/stem';
import { TAXONOMY } from './taxonomy';

export type StemTable = Record<StemLang, Record<string, string>>;

/** The stem of every word of the taxonomy's keywords, in the keyword's language ('' for a word that is its own stem). */
export function keywordStems(): StemTable {
  const table: StemTable = { nl: {}, fr: {}, en: {} };
  for (const category of TAXONOMY) {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const raw of category.keywords[lang]) {
        for (const word of fold(raw).split(' ')) {
          if (!word || isStopword(word)) continue;
          if (word.length <= 4) continue;
          const s = computeStem(word, lang);
          table[lang][word] = s === word ? '' : s;
        }
      }
    }
  }
  for (const lang of ['nl', 'fr', 'en'] as const) {
    table[lang] = Object.fromEntries(Object.entries(table[lang]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return table;
}
