import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import KEYWORD_STEMS from '../classify/keyword-stems.json';

/**
 * Snowball stemmers for the three languages, memoised per word: a source has far fewer distinct
 * words than lines, so each word is stemmed once. nlp.js's Snowball ports give the same stems as
 * the transpiled-Java `snowball-stemmers` Tandem used before (all 843,501 stems of 281,167 words
 * from the samples, the eval sets, the CPV list and two real spend files agreed) in a quarter to a
 * third of the time, and from only the three stemmer files instead of 24 languages in the bundle.
 */
const stemmers = {
  nl: new StemmerNl(),
  fr: new StemmerFr(),
  en: new StemmerEn(),
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
  return word.length <= 4 ? word : stemmers[lang].stemWord(word);
}
