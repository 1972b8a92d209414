import * as snowball from 'snowball-stemmers';
import KEYWORD_STEMS from '../classify/keyword-stems.json';

/**
 * Snowball stemmers for the three languages, memoised per word: a source has far fewer distinct
 * words than lines, so each word is stemmed once.
 */
const stemmers = {
  nl: snowball.newStemmer('dutch'),
  fr: snowball.newStemmer('french'),
  en: snowball.newStemmer('english'),
};
export type StemLang = keyof typeof stemmers;

const caches: Record<StemLang, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };
// The taxonomy's keyword words come stemmed already (keyword-stems.json, made by `npm run stems`):
// the stemmer is slow, and the keyword index needs them at the start of every run.
for (const lang of ['nl', 'fr', 'en'] as const) {
  for (const [word, s] of Object.entries((KEYWORD_STEMS as Record<StemLang, Record<string, string>>)[lang]))
    caches[lang].set(word, s || word);
}

export function stem(word: string, lang: StemLang): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = computeStem(word, lang);
    cache.set(word, s);
  }
  return s;
}

/** The stemmer itself, without the memo (for `npm run stems` and its test). */
export function computeStem(word: string, lang: StemLang): string {
  return word.length <= 4 ? word : stemmers[lang].stem(word);
}
