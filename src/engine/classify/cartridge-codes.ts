/**
 * Toner and ink are often bought by the maker's cartridge code alone: `HP 305A – geel`, `Brother
 * TN-2420`, `Kyocera TK-5240K`. The code is dropped with the other article numbers, and what is left
 * (`zwart`, `geel`, the maker) names nothing. So a maker followed by one of its cartridge codes reads
 * as the word `cartridge`, a keyword of toner and ink cartridges.
 *
 * Only code shapes that name nothing else of the maker's: HP's numbers need the `A`/`X` of a
 * LaserJet toner or the `XL` of an ink cartridge (`HP 250 G8` is a laptop, `HP 24` may be a screen).
 */
const SEPARATOR = '[\\s._/-]*';

const CODES: Record<string, string> = {
  hp: `\\d{2,3}(?:a|x|xl)|\\d{2,3} xl|(?:cf|ce|cb|cc|q|w)\\d{3,4}[ax]`,
  brother: `(?:tn|lc|dr)${SEPARATOR}\\d{3,5}(?:[a-z]{1,3}|xl)?`,
  canon: `(?:pgi|pg|cli|cl|crg|c${SEPARATOR}exv)${SEPARATOR}\\d{2,4}(?:[a-z]{1,3})?`,
  kyocera: `tk${SEPARATOR}\\d{3,4}[a-z]?`,
  samsung: `(?:mlt|clt)${SEPARATOR}[a-z]?\\d{3,4}[a-z]?`,
  xerox: `(?:0?06|106|108)r\\d{3,5}`,
  epson: `(?:c13)?t\\d{4,6}|\\d{2,3}xl`,
  lexmark: `\\d{2}[a-z]\\d[a-z0-9]{3}`,
};

/** Per maker, its codes as they stand right after its name. */
const CODE_AFTER = new Map(Object.entries(CODES).map(([maker, code]) => [maker, new RegExp(`${SEPARATOR}(?:${code})(?![a-z0-9])`, 'y')]));
const LETTER_OR_DIGIT = /[a-z0-9]/;

/** Whether a text names `maker` (a folded word: `hp`, `brother`…) with one of its cartridge codes right after it. */
export function namesCartridge(text: string, maker: string): boolean {
  const codeAfter = CODE_AFTER.get(maker);
  if (!codeAfter) return false;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(maker); at >= 0; at = lower.indexOf(maker, at + 1)) {
    const end = at + maker.length;
    if ((at > 0 && LETTER_OR_DIGIT.test(lower[at - 1]!)) || (end < lower.length && LETTER_OR_DIGIT.test(lower[end]!))) continue;
    codeAfter.lastIndex = end;
    if (codeAfter.test(lower)) return true;
  }
  return false;
}
