/**
 * The keyword index takes its keywords' stems from keyword-stems.json instead of stemming them at
 * every run. The file must say exactly what the stemmer says for today's taxonomy: a keyword added
 * without `npm run stems` would otherwise be matched by a stale or missing stem.
 */
import { keywordStems } from '../../src/engine/classify/keyword-stem-table';
import KEYWORD_STEMS from '../../src/engine/classify/keyword-stems.json';

test('keyword-stems.json is what the stemmer gives for the taxonomy (run `npm run stems` after changing keywords)', () => {
  expect(KEYWORD_STEMS).toEqual(keywordStems());
});
