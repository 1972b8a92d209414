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

// `stemWord` also keeps every word in a memo of its own (a second copy of ours, keyed by a string
// made per call) and looks it up in exception dictionaries, which are empty for these three. With
// them empty, running the Snowball program is all it does; the stem test compares the two.
const programOnly = Object.fromEntries(
  Object.entries(stemmers).map(([lang, s]) => [
    lang,
    Object.keys(s.dictionary.before).length === 0 && Object.keys(s.dictionary.after).length === 0,
  ]),
) as Record<StemLang, boolean>;

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
  if (word.length <= 4) return word;
  const s = stemmers[lang];
  if (!programOnly[lang]) return s.stemWord(word);
  s.setCurrent(word);
  s.innerStem();
  return s.getCurrent();
}
