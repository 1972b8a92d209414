/**
 * The keyword index takes its keywords' stems from keyword-stems.json instead of stemming them at
 * every run. The file must say exactly what the stemmer says for today's taxonomy: a keyword added
 * without `npm run stems` would otherwise be matched by a stale or missing stem.
 */
import { keywordStems } from '../../src/engine/classify/keyword-stem-table';
import KEYWORD_STEMS from '../../src/engine/classify/keyword-stems.json';
import { readFileSync } from 'node:fs';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import { TAXONOMY } from '../../src/engine/classify/taxonomy';
import { fold, foldWords, isBrandWord, isContentWord, isPlaceWord, isStopword, joinHyphenCompounds } from '../../src/engine/text/normalize';
import { computeStem } from '../../src/engine/text/stem';

test('keyword-stems.json is what the stemmer gives for the taxonomy (run `npm run stems` after changing keywords)', () => {
  expect(KEYWORD_STEMS).toEqual(keywordStems());
});

test("Tandem's direct call of the Snowball program stems as nlp.js's own stemWord does", () => {
  // The taxonomy's words and those of the sample and eval exports, in the three languages.
  const csvs = ['samples/ocmw-aankopen.csv', 'eval/english-layout/gemeente-purchases.csv', 'eval/french-cpas/cpas-achats.csv'];
  const words = [
    ...Object.keys(KEYWORD_STEMS.nl),
    ...Object.keys(KEYWORD_STEMS.fr),
    ...Object.keys(KEYWORD_STEMS.en),
    ...csvs.flatMap((f) => foldWords(readFileSync(f, 'utf8'))),
  ];
  const nlpjs = { nl: new StemmerNl(), fr: new StemmerFr(), en: new StemmerEn() };
  const differing: string[] = [];
  for (const lang of ['nl', 'fr', 'en'] as const) {
    for (const w of new Set(words)) {
      const own = w.length <= 4 ? w : nlpjs[lang].stemWord(w);
      if (computeStem(w, lang) !== own) differing.push(`${lang} ${w}`);
    }
  }
  expect(new Set(words).size).toBeGreaterThan(1000);
  expect(differing).toEqual([]);
});

test('every keyword can match: none of its words is one the matcher never reads (a single letter, a code with digits, a maker, a place)', () => {
  const unread: string[] = [];
  for (const category of TAXONOMY) {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      for (const keyword of category.keywords[lang]) {
        // As the keyword index splits a keyword: stopwords are left out of the keyword as of the text.
        const words = fold(joinHyphenCompounds(keyword))
          .split(' ')
          .filter((w) => w && !isStopword(w));
        const never = words.filter((w) => !isContentWord(w) || isPlaceWord(w) || isBrandWord(w));
        if (never.length > 0) unread.push(`${category.id} ${lang} '${keyword}': ${never.join(', ')}`);
      }
    }
  }
  expect(unread).toEqual([]);
});
