import type { PurchaseLine, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { fold, foldWords } from '../text/normalize';
import type { StemLang } from '../text/stem';

/** Languages as bits, so a set of them is one small number (a key for the matcher's caches). */
export const LANG_BIT: Record<StemLang, number> = { nl: 1, fr: 2, en: 4 };
export const ALL_LANGS = 7;

/** The languages in a set of bits, in a fixed order. */
export function languagesIn(bits: number): StemLang[] {
  return (['nl', 'fr', 'en'] as const).filter((lang) => bits & LANG_BIT[lang]);
}

/**
 * Words that belong to one language only: function words and month names. Words two languages share
 * (`de`, `en`, `in`, `of`, `van`, `mars`) are left out.
 */
const MARKERS: Record<StemLang, string> = {
  nl: 'het een voor met naar bij uit aan tot wordt werden ook niet inzake betreft januari februari maart mei juni juli augustus oktober',
  fr: 'le la les du des pour avec sur aux une et par au concernant janvier fevrier avril juin juillet aout septembre octobre novembre decembre',
  en: 'the for and with from to by our january february march may june july august october',
};
const MARKER_LANGS = new Map<string, number>();
for (const lang of ['nl', 'fr', 'en'] as const) {
  for (const word of MARKERS[lang].split(' ')) MARKER_LANGS.set(word, (MARKER_LANGS.get(word) ?? 0) | LANG_BIT[lang]);
}

/** A language in which fewer than this share of a source's marked lines are written is not used. */
const MIN_SHARE = 0.03;
/** With fewer marked lines than this, a source's languages are not guessed: all three stay in use. */
const MIN_EVIDENCE = 30;
/** Enough marked lines, or lines, to tell; the rest of a large source is not read for this. */
const MAX_EVIDENCE = 3000;
const MAX_READ = 20_000;

/**
 * The languages each source's descriptions are written in, as bits (see `LANG_BIT`), by source index.
 *
 * The matcher looks a word up by its stem in each language in use. Across languages, stems collide:
 * in an English ledger `PITCH RENT` met Dutch `rente` (interest), `LIFT AXLE` Dutch `liften`, `CHEMICAL
 * TANK` Dutch `tanken` (refuelling), `MATERIAL DAMAGE` French `matériaux`. A source none of whose
 * lines is in Dutch needs no Dutch stems; a Flemish ledger with French and English lines keeps all three.
 *
 * A line counts for a language when its description (or, without one, its category or account
 * name) has a word only that language uses: a function word or a month. The taxonomy's keywords are
 * no such evidence: Dutch and French lists hold English words (`storage`, `printing`, `computer`).
 */
export function sourceLanguages(lines: readonly PurchaseLine[], tick?: Tick): number[] {
  const marked: number[] = [];
  const read: number[] = [];
  const counts: number[][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const line = lines[i]!;
    const s = line.source;
    marked[s] ??= 0;
    read[s] ??= 0;
    counts[s] ??= [0, 0, 0];
    const text = line.description || line.sourceCategory || line.accountName;
    if (marked[s]! >= MAX_EVIDENCE || read[s]! >= MAX_READ || !text) continue;
    read[s]!++;
    let bits = seen.get(text);
    if (bits === undefined) {
      bits = 0;
      for (const word of foldWords(text, true)) {
        const found = MARKER_LANGS.get(word);
        if (found === LANG_BIT.nl || found === LANG_BIT.fr || found === LANG_BIT.en) bits |= found;
      }
      seen.set(text, bits);
    }
    if (bits === 0) continue;
    marked[s]!++;
    const c = counts[s]!;
    if (bits & LANG_BIT.nl) c[0]!++;
    if (bits & LANG_BIT.fr) c[1]!++;
    if (bits & LANG_BIT.en) c[2]!++;
  }
  return counts.map((c, s) => {
    const total = marked[s] ?? 0;
    if (total < MIN_EVIDENCE) return ALL_LANGS;
    const inUse = (count: number, bit: number) => (count >= total * MIN_SHARE ? bit : 0);
    return inUse(c[0]!, LANG_BIT.nl) | inUse(c[1]!, LANG_BIT.fr) | inUse(c[2]!, LANG_BIT.en) || ALL_LANGS;
  });
}

/** Names and codes of the three languages, in each of them, folded (`fold`). */
const LANGUAGE_WORDS = new Map<string, number>([
  ...['nl', 'nederlands', 'vlaams', 'dutch', 'flemish', 'neerlandais', 'flamand'].map((w) => [w, LANG_BIT.nl] as const),
  ...['fr', 'frans', 'francais', 'french'].map((w) => [w, LANG_BIT.fr] as const),
  ...['en', 'engels', 'anglais', 'english'].map((w) => [w, LANG_BIT.en] as const),
]);
/** `Nederlands en Frans`, `néerlandais et français`, `Dutch and French`. */
const CONJUNCTIONS = new Set(['en', 'et', 'and']);

/**
 * The languages someone typed for a source (`Nederlands, Frans`, `nl; en`, `français et anglais`),
 * as bits; null when the text is empty or holds a word that names no language, so that a typo
 * leaves the languages Tandem found in force rather than some of them. Within a part, `en` joins
 * two names; a part that is only `en` is English.
 */
export function readLanguageChoice(text: string): number | null {
  let bits = 0;
  for (const part of text.split(/[,;/+&|]/)) {
    const words = fold(part).split(' ').filter(Boolean);
    if (words.length === 1 && words[0] === 'en') {
      bits |= LANG_BIT.en;
      continue;
    }
    for (const word of words) {
      if (CONJUNCTIONS.has(word)) continue;
      const bit = LANGUAGE_WORDS.get(word);
      if (bit === undefined) return null;
      bits |= bit;
    }
  }
  return bits === 0 ? null : bits;
}
