/**
 * The matcher splits each distinct description with `foldWords(text, true)`, which leaves article
 * numbers and amounts out as it scans. It must read the same words as `fold`, and leave out only
 * words that could never count.
 */
import fc from 'fast-check';
import { fold, foldWords, isContentWord, joinHyphenCompounds, joinKnownHyphenPairs } from '../../src/engine/text/normalize';

// Descriptions as exports write them: words, article numbers, sizes, amounts, accents, punctuation.
const piece = fc.oneof(
  fc.constantFrom(
    'Toner',
    'HP',
    '305A',
    'A4',
    '80g',
    'kopieerpapier',
    'café',
    'Œuvre',
    'USB3',
    'm365',
    '3D',
    '2025',
    'art.nr',
    '4206880',
    'S3',
    '5G',
  ),
  fc.string({ unit: fc.constantFrom(...'abcxyz0123456789 -./éÜß'.split('')), maxLength: 12 }),
);
const description = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(' '));

test('foldWords reads the words fold reads', () => {
  fc.assert(
    fc.property(description, (text) => {
      const folded = fold(text);
      expect(foldWords(text)).toEqual(folded ? folded.split(' ') : []);
    }),
  );
});

test('with dropCodes it leaves out exactly the words with digits that are never content words', () => {
  fc.assert(
    fc.property(description, (text) => {
      expect(foldWords(text, true)).toEqual(foldWords(text).filter((w) => !/\d/.test(w) || isContentWord(w)));
    }),
  );
  // Numbers, article numbers and printer models go; paper sizes and standards stay.
  expect(foldWords('Toner HP 305A art. 4206880 A4 2025 usb3 3D 5G', true)).toEqual(['toner', 'hp', 'art', 'a4', 'usb3', '3d', '5g']);
});

test('a hyphen joins a single letter or a packaging word to its word, and nothing else', () => {
  expect(joinHyphenCompounds('WC-rollen 2-laags Z-vouw T-shirts e-loket')).toBe('WCrollen 2-laags Zvouw Tshirts eloket');
  expect(joinHyphenCompounds('Riolering-wegenis A4-papier 2-laags tn-2420 keuken-rol')).toBe(
    'Riolering-wegenis A4-papier 2-laags tn-2420 keukenrol',
  );
  // A letter that ends a word or a number is no single letter: `HP 305A-zwart`, `art.-nr`.
  expect(joinHyphenCompounds('305A-zwart art.-nr')).toBe('305A-zwart art.-nr');
});

test('two words joined by a hyphen are joined when the caller knows the solid word, and only then', () => {
  const known = (w: string) => ['politieuniformen', 'kantoorbenodigdheden'].includes(w);
  expect(joinKnownHyphenPairs('Politie-uniformen: polo, Kantoor-benodigdheden', known)).toBe(
    'Politieuniformen: polo, Kantoorbenodigdheden',
  );
  expect(joinKnownHyphenPairs('Onderhoud-herstelling Politie-uniformen-zomer 305A-zwart', known)).toBe(
    'Onderhoud-herstelling Politie-uniformen-zomer 305A-zwart',
  );
});
