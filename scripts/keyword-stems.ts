/**
 * `npm run stems`: writes src/engine/classify/keyword-stems.json, the stem of every taxonomy
 * keyword word in its own language. The keyword index looks these up instead of running the
 * Snowball stemmer on some 5,000 words at the start of every run (about 0.4 s). A test
 * (test/engine/keyword-stems.test.ts) fails when the file no longer matches the taxonomy.
 */
import * as fs from 'node:fs';
import { keywordStems } from '../src/engine/classify/keyword-stem-table';

const file = 'src/engine/classify/keyword-stems.json';
fs.writeFileSync(file, `${JSON.stringify(keywordStems())}\n`);
console.log(`wrote ${file}`);
