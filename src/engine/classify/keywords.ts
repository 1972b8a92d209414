import {
  fold,
  foldWords,
  isBrandWord,
  isContentWord,
  isDutchAdjective,
  isMaterialAdjective,
  isPlaceWord,
  isPurchaseWord,
  isStopword,
  joinHyphenCompounds,
  joinKnownHyphenPairs,
} from '../text/normalize';
import { stem, type StemLang } from '../text/stem';
import { namesCartridge } from './cartridge-codes';
import { ALL_LANGS, LANG_BIT } from './languages';
import type { TaxonomyCategory } from './taxonomy-types';

const LANGS: StemLang[] = ['nl', 'fr', 'en'];
/** Words after one of these describe what the product is for, not what it is (`toner voor printer`). */
const PREPOSITIONS = new Set([
  'voor',
  'van',
  'bij',
  'met',
  'for',
  'with',
  'of',
  'pour',
  'de',
  'du',
  'des',
  'avec',
  'aan',
  'in',
  'op',
  'to',
]);
const MIN_PART = 4;

/**
 * Dutch words a prefix made of another word, not compounds of it: their tail is a keyword of
 * something else. `Dienstverlening` and `hulpverlening` are no loans (`lening`), `wandbekleding` no
 * workwear (`kleding`), `loopbaanbegeleiding` and an `omleiding` no pipes (`leiding`),
 * `afvalverbranding` no branding, an `uitzending` no parcel (`zending`), a `paddenstoel` no chair. A
 * word that ends in one has it as its head, which matches nothing; nor is it read as a typo.
 */
const PREFIXED_WORDS = [
  ['verlening', 'verleningen'],
  ['uitlening', 'uitleningen'],
  ['ontlening', 'ontleningen'],
  ['bekleding', 'bekledingen'],
  ['begeleiding', 'begeleidingen'],
  ['omleiding', 'omleidingen'],
  ['verbranding', 'verbrandingen'],
  ['uitzending', 'uitzendingen'],
  ['paddenstoel', 'paddenstoelen'],
  ['paddestoel', 'paddestoelen'],
].flat();

/** The length of the word of `PREFIXED_WORDS` a word ends with (0 for none). */
function prefixedEnd(word: string): number {
  for (const p of PREFIXED_WORDS) if (word.endsWith(p)) return p.length;
  return 0;
}

const ING = /ings?$/;
/** Word kinds, as bits. */
const PREPOSITION = 1;
const COUNTS = 2;
/** A maker's name (`isBrandWord`): it does not count, and the words after it may name its product line. */
const MAKER = 4;
/** A word for buying (`isPurchaseWord`): it counts, but names no product. */
const PURCHASE = 8;
/** How many words after a maker's name may name its product line (`Stabilo Boss Original`). */
const PRODUCT_LINE_WORDS = 2;
const NO_WORDS: readonly number[] = [];
const WORD_KINDS_MAX = 200_000;
const MATCH_CACHE_MAX = 100_000;
/**
 * A word this long that matches nothing is read as a Dutch or French keyword with a letter too many
 * or two letters swapped (`papiier`, `fotokopiepapeir`): invoices are typed in a hurry. Shorter words
 * are too often another word one letter away.
 */
const TYPO_MIN = 6;
/**
 * …and from this long also with a letter wrong or missing (`tonercartride`, `refurishment`). Shorter,
 * a real word is too often one letter from a keyword that way: `planning` and `planting`, `zegels`
 * and `zetels`, `tables` and `tablets`, `groene` and `groente`.
 */
const TYPO_MIN_CHANGED = 9;
/** A keyword read through a typo counts for less than one spelt right. */
const TYPO_FACTOR = 0.8;
/**
 * The languages whose keywords are read through typos, and only in a source written in them.
 * English is dense in real words one letter from a keyword's stem (in an English council's ledger
 * `photocopy` read as `photocopiers`, `swingo` as `swings`): a line matched wrongly is worse than
 * one left to the clusters.
 */
const TYPO_LANGS = LANG_BIT.nl | LANG_BIT.fr;
/**
 * English names a building by two words, and puts it last: `LIFT SERVICE CEMETERY LODGE` is a
 * lift's service, not a cemetery's; `DOOR REPAIRS TRAINING CENTRE` is no training. Such a pair
 * says where, as the place words do. Only these pairs: a head alone says too little
 * (`Printer toners station South` names the toners first, `docking station` is a product).
 */
const ENGLISH_PLACES = new Set(
  [
    'leisure community resource training sports day visitor civic town youth business enterprise arts heritage health'
      .split(' ')
      .flatMap((w) => [`${w} centre`, `${w} center`]),
    'fire police bus railway ambulance'.split(' ').map((w) => `${w} station`),
    ['cemetery lodge', 'park lodge', 'bowls pavilion', 'bowling pavilion', 'cricket pavilion'],
  ].flat(),
);
const ENGLISH_PLACE_HEADS = new Set([...ENGLISH_PLACES].map((pair) => pair.slice(pair.indexOf(' ') + 1)));
/**
 * What a maker followed by one of its cartridge codes reads as (`namesCartridge`): a keyword of
 * toner and ink, which counts in any language because the word is spelt as the keyword is.
 */
const CARTRIDGE = 'cartridge';

interface WordEntry {
  category: number;
  keyword: string;
  weight: number;
  /** Dutch keywords may match inside compounds; French and English do not compound (`transformation` is no `formation`). */
  compounds: boolean;
  lang: StemLang;
  /** Filed under the keyword itself, not its stem: a word spelt so matches in a source of any language. */
  surface: boolean;
  /**
   * An English `-ing` keyword filed under its stem, which only `-ing` words may match: the English
   * stemmer makes `marketing` `market`, `parking` `park` and `training` `train`.
   */
  ingOnly: boolean;
  /** The keyword as one folded word (single-word keywords only). */
  word: string;
}
interface PhraseEntry {
  category: number;
  keyword: string;
  /** Each word's accepted forms (the word and its stem). */
  words: string[][];
  weight: number;
  lang: StemLang;
}

interface WordScore {
  category: number;
  score: number;
  keyword: string;
}
interface WordInfo {
  /** The word and its stems, without repeats. */
  forms: string[];
  /** Its best score per category, in the order they were found. */
  scores: WordScore[];
  /** Whether one of its forms is the first word of a phrase: a text with no such word needs no phrase look-up. */
  startsPhrase: boolean;
}

export interface MatchTokens {
  key: string;
  factor: number;
  /** The words that count, in order. */
  words: string[];
  /** The index of the first word after a preposition (`words.length` when none is): from there on words count half. */
  halfFrom: number;
  /**
   * The indexes of the words right after a maker's name (`Stabilo Boss markeerstiften`): when they
   * score nothing they are the name of its product line, which does not push the product down.
   */
  afterMaker: readonly number[];
  /** The languages (`LANG_BIT`) whose stems the words are looked up by. */
  langs: number;
}

export interface KeywordMatch {
  category: number;
  score: number;
  /** The keywords that scored, for the audit trail. */
  keywords: string[];
}

function keywordWeight(length: number): number {
  return 3 + Math.min(length, 18) / 3;
}

/**
 * An index of the taxonomy's keywords. A description's words are looked up by their own form and by
 * their stem in each language, as whole words, as the head of a compound (`kopieer|papier`) and, more
 * weakly, as its modifier (`brandstof|kaart`). Phrases score when all their words occur.
 */
export class KeywordIndex {
  private readonly words = new Map<string, WordEntry[]>();
  private readonly phrases = new Map<string, PhraseEntry[]>();
  private readonly wordKinds = new Map<string, number>();
  /** What each distinct word of the descriptions scores, worked out once per word and set of languages. */
  private readonly wordInfo: Map<string, WordInfo>[] = [];
  /** Results by the words that count; shared, so callers copy before changing one. */
  private readonly matchCache = new Map<string, readonly KeywordMatch[]>();
  /** The forms of the English one-word keywords of what is no purchase (`grant`, `precept`, `refund`), by category. */
  private readonly englishHeads = new Map<string, number[]>();
  /** Each keyword form (of `TYPO_MIN` letters or more) by the forms it takes with one letter left out; made when first needed. */
  private typoIndex: Map<string, string[]> | undefined;
  /** `typoInfo` per word, by set of languages. */
  private readonly typoInfos: Map<string, WordInfo>[] = [];
  /** `matchTokens` with typos read, by key. */
  private readonly typoMatchCache = new Map<string, readonly KeywordMatch[]>();

  constructor(private readonly taxonomy: readonly TaxonomyCategory[]) {
    taxonomy.forEach((cat, ci) => {
      for (const lang of LANGS) {
        for (const raw of cat.keywords[lang]) {
          const parts = fold(joinHyphenCompounds(raw))
            .split(' ')
            .filter((w) => w && !isStopword(w));
          if (parts.length === 0) continue;
          if (parts.length === 1) {
            const w = parts[0]!;
            const weight = keywordWeight(w.length);
            for (const form of new Set([w, stem(w, lang)])) {
              if (lang === 'en' && cat.purchase === false) push(this.englishHeads, form, ci);
              const surface = form === w;
              const ingOnly = !surface && lang === 'en' && w.endsWith('ing');
              this.addWord(form, { category: ci, keyword: raw, weight, compounds: lang === 'nl', lang, surface, ingOnly, word: w });
            }
          } else {
            const words = parts.map((w) => [...new Set([w, stem(w, lang)])]);
            const weight = keywordWeight(parts.join('').length) * 1.3;
            const entry: PhraseEntry = { category: ci, keyword: raw, words, weight, lang };
            for (const form of words[0]!) push(this.phrases, form, entry);
          }
        }
      }
    });
  }

  private addWord(form: string, entry: WordEntry): void {
    const list = this.words.get(form) ?? [];
    const dominated = (e: WordEntry) =>
      e.category === entry.category &&
      e.weight >= entry.weight &&
      (e.compounds || !entry.compounds) &&
      e.lang === entry.lang &&
      (e.surface || !entry.surface) &&
      (!e.ingOnly || entry.ingOnly) &&
      // An English stem matches only the forms of its own keyword (`inflectionOf`): `consultancy`'s
      // stem entry does not stand for `consultants`'s, which also takes `consultant`.
      (entry.lang !== 'en' || entry.surface || e.word === entry.word);
    if (!list.some(dominated)) list.push(entry);
    this.words.set(form, list);
  }

  /** What one word scores and the forms under which it is looked up, worked out once per word and set of languages. */
  private info(word: string, langs: number): WordInfo {
    let byWord = this.wordInfo[langs];
    if (!byWord) this.wordInfo[langs] = byWord = new Map();
    let info = byWord.get(word);
    if (!info) {
      const forms = [word];
      for (const lang of LANGS) {
        if (!(langs & LANG_BIT[lang])) continue;
        const s = stem(word, lang);
        if (!forms.includes(s)) forms.push(s);
      }
      info = { forms, scores: [...this.scoreWord(word, forms, langs).values()], startsPhrase: this.startsPhrase(forms) };
      byWord.set(word, info);
    }
    return info;
  }

  /**
   * Best score per category for one word, as a whole word or as part of a compound. A keyword of a
   * language not in `langs` matches only a word spelt as the keyword is (`computers`, not `rent` for
   * `rente`).
   */
  private scoreWord(word: string, forms: readonly string[], langs: number): Map<number, WordScore> {
    const best = new Map<number, WordScore>();
    const offer = (entries: WordEntry[] | undefined, factor: number, inCompound = false, form = '') => {
      for (const e of entries ?? []) {
        if (inCompound && !e.compounds) continue;
        if (!(langs & LANG_BIT[e.lang]) && !(e.surface && form === word)) continue;
        if (e.ingOnly && !ING.test(word)) continue;
        if (e.lang === 'en' && !e.surface && !inflectionOf(word, e.word)) continue;
        const score = e.weight * factor;
        const prev = best.get(e.category);
        if (!prev || prev.score < score) best.set(e.category, { category: e.category, score, keyword: e.keyword });
      }
    };
    for (const f of forms) offer(this.words.get(f), 1, false, f);
    // A word spelt exactly as a keyword is read as that keyword: another category's keyword that
    // only shares its stem does not compete (`markers` are pens; `markering` stems to `marker` too).
    const exact = new Set(
      this.words
        .get(word)
        ?.filter((e) => e.surface && (langs & LANG_BIT[e.lang]) !== 0)
        .map((e) => e.category),
    );
    if (exact.size > 0) for (const category of best.keys()) if (!exact.has(category)) best.delete(category);
    // Only Dutch compounds: with no Dutch in use, no compounds either.
    if (word.length >= MIN_PART + 2 && langs & LANG_BIT.nl) {
      // Head of a compound: the longest known word the compound ends with. Not for a compound that is
      // a keyword itself: `politieuniformen` names police uniforms, and no `uniformen` of workwear.
      const nlStem = stem(word, 'nl');
      if (best.size === 0) {
        // As for whole words, a head spelt exactly as a keyword is that keyword: `tarwebloem` is
        // flour (`bloem`), not flowers (`bloemen`, whose stem it shares); `snijbloemen` stay flowers.
        let spelt: Set<number> | undefined;
        for (const w of new Set([word, nlStem])) {
          const entries = this.compoundHead(w);
          if (!entries) continue;
          if (w === word && entries.some((e) => e.surface)) spelt = new Set(entries.map((e) => e.category));
          offer(spelt ? entries.filter((e) => spelt!.has(e.category)) : entries, 0.85, true);
        }
      }
      // Modifier of a compound: the longest known word it starts with (Dutch links with -s- or -en-).
      for (let j = word.length - 2; j >= MIN_PART + 1; j--) {
        const head = word.slice(0, j);
        const linked = head.endsWith('en') ? head.slice(0, -2) : head.endsWith('s') ? head.slice(0, -1) : undefined;
        const entries = (this.words.get(head) ?? (linked === undefined ? undefined : this.words.get(linked)))?.filter((e) => e.compounds);
        if (entries?.length) {
          offer(entries, 0.35, true);
          break;
        }
      }
    }
    return best;
  }

  /**
   * The entries of the longest keyword a Dutch compound ends with (`kopieer|papier`), if any: only
   * those of the categories with a keyword spelt exactly as that head, when there are such.
   */
  private compoundHead(word: string): WordEntry[] | undefined {
    const prefixed = prefixedEnd(word);
    for (let i = 3; i <= word.length - MIN_PART; i++) {
      if (prefixed > 0 && word.length - i < prefixed) break;
      const entries = this.words.get(word.slice(i))?.filter((e) => e.compounds);
      if (!entries?.length) continue;
      const spelt = new Set(entries.filter((e) => e.surface).map((e) => e.category));
      return spelt.size > 0 ? entries.filter((e) => spelt.has(e.category)) : entries;
    }
    return undefined;
  }

  private startsPhrase(forms: readonly string[]): boolean {
    return forms.some((f) => this.phrases.has(f));
  }

  /**
   * What a word that scores nothing scores as a keyword a typo away (`typoForms`): the whole word,
   * else the longest compound head (`kopiepapieer`). The keyword is named with the word as it was
   * typed (`papier ~ papiier`), for the audit trail.
   */
  private typoInfo(word: string, langs: number): WordInfo {
    const info = this.info(word, langs);
    if (info.scores.length > 0 || word.length < TYPO_MIN || !(langs & TYPO_LANGS) || !/^[a-z]+$/.test(word)) return info;
    // A word made with a prefix is a word, not a typo: an `omleiding` is no `opleiding`.
    if (langs & LANG_BIT.nl && prefixedEnd(word) > 0) return info;
    let byWord = this.typoInfos[langs];
    if (!byWord) this.typoInfos[langs] = byWord = new Map();
    let typo = byWord.get(word);
    if (!typo) {
      const best = new Map<number, WordScore>();
      const read: string[] = [];
      const offer = (form: string, entries: readonly WordEntry[], factor: number) => {
        for (const e of entries) {
          if (!(langs & TYPO_LANGS & LANG_BIT[e.lang])) continue;
          if (!read.includes(form)) read.push(form);
          const score = e.weight * factor;
          const prev = best.get(e.category);
          if (!prev || prev.score < score) best.set(e.category, { category: e.category, score, keyword: `${e.keyword} ~ ${word}` });
        }
      };
      for (const form of this.typoForms(word)) offer(form, this.words.get(form)!, TYPO_FACTOR);
      if (best.size === 0 && langs & LANG_BIT.nl) {
        for (let i = 3; i <= word.length - TYPO_MIN && best.size === 0; i++) {
          for (const form of this.typoForms(word.slice(i))) {
            offer(
              form,
              this.words.get(form)!.filter((e) => e.compounds),
              0.85 * TYPO_FACTOR,
            );
          }
        }
      }
      // The forms read through the typo take part in phrases too (`kopiepapier a4`).
      const forms = [...info.forms, ...read];
      typo = { forms, scores: [...best.values()], startsPhrase: this.startsPhrase(forms) };
      byWord.set(word, typo);
    }
    return typo;
  }

  /**
   * The keyword forms a typo away from a word (see `TYPO_MIN`, `TYPO_MIN_CHANGED`), none when it is a
   * form itself.
   */
  private typoForms(word: string): string[] {
    if (this.words.has(word)) return [];
    // The first letter is seldom the one mistyped, and a word differing there is mostly another word
    // (`proofing`, `roofing`).
    const sameStart = (form: string) => form.charCodeAt(0) === word.charCodeAt(0);
    const index = (this.typoIndex ??= this.buildTypoIndex());
    const changed = word.length >= TYPO_MIN_CHANGED;
    const found = new Set<string>();
    // A letter missing from the word: the word is a form with one left out.
    if (changed) for (const form of index.get(word) ?? []) found.add(form);
    for (let i = 0; i < word.length; i++) {
      const shorter = word.slice(0, i) + word.slice(i + 1);
      // A letter too many.
      if (shorter.length >= TYPO_MIN - 1 && this.words.has(shorter)) found.add(shorter);
      // Two letters swapped, or a letter wrong: both leave out a letter to meet.
      for (const form of index.get(shorter) ?? []) {
        const edit = oneEdit(word, form);
        if (edit === 'swapped' || (edit === 'changed' && changed)) found.add(form);
      }
    }
    return [...found].filter(sameStart).sort();
  }

  private buildTypoIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const form of this.words.keys()) {
      if (form.length < TYPO_MIN || !/^[a-z]+$/.test(form)) continue;
      for (let i = 0; i < form.length; i++) {
        const shorter = form.slice(0, i) + form.slice(i + 1);
        const forms = index.get(shorter);
        if (!forms) index.set(shorter, [form]);
        else if (forms[forms.length - 1] !== form) forms.push(form);
      }
    }
    return index;
  }

  /**
   * Scores a text against every category. Invoice lines name the product first (`Toner HP 305A
   * secretariaat`), so earlier words count more; words after a preposition, which usually say what
   * the product is for, count half; words naming a place or beneficiary do not count.
   */
  match(text: string, factor = 1, langs = ALL_LANGS): readonly KeywordMatch[] {
    return this.matchTokens(this.tokens(text, factor, langs));
  }

  /**
   * What of a text the matcher reads: the words that count, each with its weight, and a key that
   * names them. Texts that differ only in numbers, units or stopwords (`Toner HP 305A`, `Toner HP
   * 410X`) have the same key and score alike.
   */
  tokens(text: string, factor = 1, langs = ALL_LANGS): MatchTokens {
    // Weights are worked out only for texts whose key is new (`matchTokens`), not for every text.
    const words: string[] = [];
    const keyParts = [langs === ALL_LANGS ? `${factor}` : `${factor}/${langs}`];
    let halfFrom = -1;
    // Words after a preposition say what the product is for, unless nothing but the word for buying
    // stood before it (`Purchase of vehicle`, `Aankoop van ordners`): then they name the product.
    let named = 0;
    // Most texts name no maker: they share one empty list.
    let afterMaker: number[] | undefined;
    // How many of the next counting words may name a maker's product line (`HP LaserJet Pro toner`).
    let lineWords = 0;
    // Article numbers and amounts neither count nor are prepositions: they need not be looked up.
    const joined = joinKnownHyphenPairs(joinHyphenCompounds(text), (word) => this.isKeywordWord(word, langs));
    const folded = foldWords(joined, true);
    const places = langs & LANG_BIT.en ? this.englishPlaces(folded) : undefined;
    for (let i = 0; i < folded.length; i++) {
      if (places?.has(i)) continue;
      let w = folded[i]!;
      let kind = this.kindOf(w);
      if (kind & MAKER && namesCartridge(text, w)) {
        w = CARTRIDGE;
        kind = this.kindOf(w);
      }
      if (kind & PREPOSITION && named > 0 && halfFrom < 0) halfFrom = words.length;
      if (!(kind & COUNTS)) {
        if (kind & MAKER) lineWords = PRODUCT_LINE_WORDS;
        continue;
      }
      if (!(kind & PURCHASE)) named++;
      const line = lineWords > 0 && halfFrom < 0;
      lineWords = line ? lineWords - 1 : 0;
      if (line) (afterMaker ??= []).push(words.length);
      words.push(w);
      keyParts.push(halfFrom >= 0 ? `${w}_` : line ? `^${w}` : w);
    }
    return {
      key: keyParts.join(' '),
      factor,
      words,
      halfFrom: halfFrom < 0 ? words.length : halfFrom,
      afterMaker: afterMaker ?? NO_WORDS,
      langs,
    };
  }

  /** Whether a folded word, or its stem in one of `langs`, is a one-word keyword. */
  private isKeywordWord(word: string, langs: number): boolean {
    if (this.words.has(word)) return true;
    for (const lang of LANGS) if (langs & LANG_BIT[lang] && this.words.has(stem(word, lang))) return true;
    return false;
  }

  /** The indexes of the words that name a building in English (`ENGLISH_PLACES`). */
  private englishPlaces(words: readonly string[]): Set<number> | undefined {
    let found: Set<number> | undefined;
    for (let i = 1; i < words.length; i++) {
      if (ENGLISH_PLACE_HEADS.has(words[i]!) && ENGLISH_PLACES.has(`${words[i - 1]} ${words[i]}`)) (found ??= new Set()).add(i - 1).add(i);
    }
    return found;
  }

  /** Whether a folded word is a preposition and whether it counts, asked once per distinct word. */
  private kindOf(word: string): number {
    let kind = this.wordKinds.get(word);
    if (kind === undefined) {
      const counts = isContentWord(word) && !isPlaceWord(word);
      kind =
        (PREPOSITIONS.has(word) ? PREPOSITION : 0) |
        (isBrandWord(word) ? MAKER : counts ? COUNTS : 0) |
        (isPurchaseWord(word) ? PURCHASE : 0);
      if (this.wordKinds.size >= WORD_KINDS_MAX) this.wordKinds.clear();
      this.wordKinds.set(word, kind);
    }
    return kind;
  }

  /**
   * `match` for a text's tokens. With `typos`, a word that scores nothing is also read as a keyword a
   * typo away (`typoInfo`): weaker evidence, which callers weigh after a line's supplier and account.
   */
  matchTokens({ key, factor, words, halfFrom, afterMaker, langs }: MatchTokens, typos = false): readonly KeywordMatch[] {
    const cache = typos ? this.typoMatchCache : this.matchCache;
    const cached = cache.get(key);
    if (cached) return cached;
    const scores = new Map<number, KeywordMatch>();
    const infos = words.map((word) => (typos ? this.typoInfo(word, langs) : this.info(word, langs)));
    const heads = this.englishHead(infos, halfFrom, langs);
    // The letters of an article code before the product (`MLT-D111S toner`) do not push it down. In
    // English such letters are as often an abbreviation that says what was bought (`DFG` grants).
    const codes = !(langs & LANG_BIT.en);
    const dutch = (langs & LANG_BIT.nl) !== 0;
    let before = 0;
    for (let w = 0; w < words.length; w++) {
      if (this.namesProductLine(w, infos, afterMaker, halfFrom)) continue;
      // A material before the product neither scores nor pushes the product down (`isMaterialAdjective`),
      // nor does a Dutch adjective that is no keyword (`isDutchAdjective`).
      if (w + 1 < halfFrom && isMaterialAdjective(words[w]!)) continue;
      if (w + 1 < halfFrom && dutch && infos[w]!.scores.length === 0 && isDutchAdjective(words[w]!)) continue;
      const position = Math.max(0.55, 1 - 0.15 * before);
      const pushesDown = !(codes && isCodePart(words[w]!)) && !isPurchaseWord(words[w]!) && !afterMaker.includes(w);
      if (pushesDown || infos[w]!.scores.length > 0) before++;
      const weight = position * (w >= halfFrom ? 0.5 : 1);
      for (const s of infos[w]!.scores) {
        const full = w === halfFrom - 1 && heads?.has(s.category);
        addScore(scores, s.category, s.score * (full ? 1 : weight) * factor, s.keyword);
      }
    }
    if (words.length > 1 && infos.some((info) => info.startsPhrase)) {
      const present = new Set<string>();
      for (const info of infos) for (const f of info.forms) present.add(f);
      const seen = new Set<PhraseEntry>();
      for (const f of present) {
        for (const p of this.phrases.get(f) ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          const found =
            langs & LANG_BIT[p.lang]
              ? p.words.every((forms) => forms.some((x) => present.has(x)))
              : p.words.every((forms) => words.includes(forms[0]!));
          if (found) addScore(scores, p.category, p.weight * factor, p.keyword);
        }
      }
    }
    const result = [...scores.values()].sort((a, b) => b.score - a.score || a.category - b.category);
    if (cache.size >= MATCH_CACHE_MAX) cache.clear();
    cache.set(key, result);
    return result;
  }

  /**
   * Whether a word that scores is read as the second word of a maker's product line rather than as
   * the product (`Lenovo Think Book laptops`): it follows a line word that scores nothing, and a word
   * after the line names another product. Then it neither scores nor pushes the product down.
   * Without a product after it, it is the product (`Stabilo Boss markeerstiften`); with a word after
   * it that says the same (`Xerox Performer papier A5`), it is that product.
   */
  private namesProductLine(w: number, infos: readonly WordInfo[], afterMaker: readonly number[], halfFrom: number): boolean {
    const own = infos[w]!.scores;
    if (afterMaker.length < 2 || own.length === 0 || !afterMaker.includes(w)) return false;
    if (!afterMaker.includes(w - 1) || infos[w - 1]!.scores.length > 0) return false;
    for (let v = w + 1; v < halfFrom; v++) {
      const later = infos[v]!.scores;
      if (afterMaker.includes(v) || later.length === 0) continue;
      return !later.some((s) => own.some((o) => o.category === s.category));
    }
    return false;
  }

  /**
   * English puts the head of a phrase last: `DISABLED FACILITIES GRANT` is a grant, `COUNCIL TAX
   * PRECEPT` a precept. So when the last word before any preposition is an English keyword of what is
   * no purchase, it counts in full for those categories, wherever it stands. Dutch and French name
   * the thing first (`Subsidie jeugdhuis`), and a purchase's qualifier (`Opleiding personeel`) must
   * not turn it into wages, so they keep the weights by position.
   */
  private englishHead(infos: readonly WordInfo[], halfFrom: number, langs: number): Set<number> | undefined {
    if (!(langs & LANG_BIT.en) || halfFrom < 2) return undefined;
    let heads: Set<number> | undefined;
    for (const f of infos[halfFrom - 1]!.forms) {
      for (const c of this.englishHeads.get(f) ?? []) (heads ??= new Set()).add(c);
    }
    return heads;
  }

  category(index: number): TaxonomyCategory {
    return this.taxonomy[index]!;
  }
}

/** A short word without vowels, as the letters of an article code are (`MLT-D111S`, `TN-2420`): no word that names what was bought. */
function isCodePart(word: string): boolean {
  return word.length <= 3 && !/[aeiouy]/.test(word);
}

/** How two different words of the same length differ, when by one edit: two adjacent letters swapped, or one letter changed. */
function oneEdit(a: string, b: string): 'swapped' | 'changed' | null {
  if (a.length !== b.length || a === b) return null;
  let i = 0;
  while (a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 'swapped';
  return a.slice(i + 1) === b.slice(i + 1) ? 'changed' : null;
}

/** English endings that make another form of one word (`services`, `batteries`, `cleaner`), not another word. */
const INFLECTIONS = new Set(['', 's', 'es', 'e', 'ed', 'd', 'ing', 'ies', 'y', 'er', 'ers']);

/**
 * Whether two English words are forms of one word: the English stemmer also joins words derived
 * from one another (`medical` and `medication`, `electrical` and `electricity`), which name other things.
 */
function inflectionOf(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return INFLECTIONS.has(a.slice(i)) && INFLECTIONS.has(b.slice(i));
}

function addScore(scores: Map<number, KeywordMatch>, category: number, score: number, keyword: string): void {
  const m = scores.get(category);
  if (!m) scores.set(category, { category, score, keywords: [keyword] });
  else {
    m.score += score;
    if (!m.keywords.includes(keyword)) m.keywords.push(keyword);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
