import * as snowball from 'snowball-stemmers';

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

export function stem(word: string, lang: StemLang): string {
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = word.length <= 4 ? word : stemmers[lang].stem(word);
    cache.set(word, s);
  }
  return s;
}
