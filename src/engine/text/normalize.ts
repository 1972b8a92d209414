/**
 * Text normalisation shared by header guessing, matching and clustering: lower case, no accents,
 * words split on anything that is not a letter or digit.
 */
const LIGATURES: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd' };

// Exports repeat the same supplier names, units and descriptions many thousands of times: each
// distinct text is folded once. The cache is emptied when it grows large, so memory stays bounded.
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_MAX = 200_000;
const FOLD_CACHE_TEXT = 500;
// eslint-disable-next-line no-control-regex -- plain ASCII needs no accent stripping
const ASCII = /^[\u0000-\u007f]*$/;

export function fold(text: string): string {
  let out = FOLD_CACHE.get(text);
  if (out !== undefined) return out;
  out = ASCII.test(text) ? foldAscii(text) : foldUnicode(text);
  if (text.length > FOLD_CACHE_TEXT) return out;
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
  FOLD_CACHE.set(text, out);
  return out;
}

/**
 * A hyphen that makes one word of two where either half alone would be lost: a single letter
 * (`Z-vouw`, `T-shirts`, `e-loket`) is no word, and a packaging word (`WC-rollen`) is dropped as a
 * unit, taking what the compound names with it. Joined, they read as `zvouw`, `tshirts`, `wcrollen`,
 * as the same compounds are written without the hyphen (`eloket`, `toiletrollen`).
 */
const SINGLE_LETTER_HYPHEN = /(?<![\p{L}\p{N}])(\p{L})-(?=\p{L})/gu;
const UNIT_HEAD_HYPHEN = /(\p{L})-(rol|rollen|doos|dozen|pak|pakken)(?![\p{L}\p{N}])/giu;

/** What the hyphen rules need: a hyphen between two letters. Most hyphens stand between spaces or digits (`Ereloon - dossier`, `20-407`). */
const LETTER_HYPHEN_LETTER = /\p{L}-\p{L}/u;

export function joinHyphenCompounds(text: string): string {
  if (!text.includes('-') || !LETTER_HYPHEN_LETTER.test(text)) return text;
  return text.replace(SINGLE_LETTER_HYPHEN, '$1').replace(UNIT_HEAD_HYPHEN, '$1$2');
}

/** Two words joined by a hyphen: `Politie-uniformen`, `Kantoor-benodigdheden`. */
const HYPHEN_PAIR = /(?<![\p{L}\p{N}])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}-])/gu;

/**
 * A compound written with a hyphen where it is usually written solid (as Dutch ones are): joined
 * when the solid form is a word the caller knows (`politie-uniformen` → `politieuniformen`), so that
 * a first half that alone says where or for whom (`politie`) still names what was bought. Pairs
 * whose joined form is no known word stay two words (`onderhoud-herstelling`).
 */
export function joinKnownHyphenPairs(text: string, known: (joined: string) => boolean): string {
  if (!text.includes('-') || !LETTER_HYPHEN_LETTER.test(text)) return text;
  return text.replace(HYPHEN_PAIR, (pair, a: string, b: string) => (known(fold(a + b)) ? a + b : pair));
}

/**
 * The words of `fold(text)` (none for a text without letters or digits). The matcher reads each
 * distinct description once: this splits plain-ASCII text in one pass, without the regular
 * expressions and the cache `fold` spends on it. With `dropCodes`, words with a digit that can never
 * be content words (numbers, article numbers, amounts, dates: all but `a4`, `3d`, `usb2`…) are left
 * out as they are found; a ledger's descriptions hold many, each a distinct word.
 */
export function foldWords(text: string, dropCodes = false): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let digits = false;
  let letters = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 0x7f) {
      const folded = fold(text);
      const words = folded ? folded.split(' ') : [];
      return dropCodes ? words.filter((w) => !isCode(w)) : words;
    }
    if (c >= 0x61 && c <= 0x7a) {
      if (start < 0) start = i;
      letters = true;
    } else if (c >= 0x30 && c <= 0x39) {
      if (start < 0) start = i;
      digits = true;
    } else if (start >= 0) {
      if (!dropCodes || !digits || keptWithDigits(lower, start, i, letters)) out.push(lower.slice(start, i));
      start = -1;
      digits = false;
      letters = false;
    }
  }
  if (start >= 0 && (!dropCodes || !digits || keptWithDigits(lower, start, lower.length, letters)))
    out.push(start === 0 ? lower : lower.slice(start));
  return out;
}

function foldAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function foldUnicode(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßœæøłđ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A set of words written as lines of words separated by spaces. */
function wordSet(...lines: string[]): Set<string> {
  return new Set(lines.join(' ').split(' '));
}

const STOPWORDS = wordSet(
  // Dutch
  'de het een en van voor met op in te aan bij door per om tot uit naar of als is zijn der den des dit dat deze',
  'inzake betreft levering leveringen geleverd factuur facturen fact fa fakt bestelling bestelbon bestelbonnr bon',
  'diverse divers diversen volgens vlg nr nummer periode maand kwartaal jaar jaarlijks week dag ref referentie',
  'onze uw klant klantnr dossier order stuk stuks st stk zie bijlage overeenkomstig conform totaal saldo',
  'voorschot voorschotfactuur tussentijdse afrekening creditnota credit nota',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'jan feb mrt mar apr jun jul aug sep sept okt oct nov dec q1 q2 q3 q4',
  // French
  'le la les un une des du de d l et pour avec sur en au aux par facture factures livraison commande bon selon',
  'mois trimestre annee semaine concernant ref reference note acompte solde voir cf',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  // English
  'the a an of for and to in on with by at from invoice inv delivery order various misc miscellaneous payment',
  'month quarter year annual monthly period per re ref our your account acc number no attached',
  'january february march april may june july august september october november december',
  // Units and packaging that say nothing about the product
  'x ex pc pcs kg g gr l ltr liter litre ml cl m m2 m3 cm mm kwh mwh eur euro excl incl btw tva htva vat',
  'doos dozen pak pakken pk rol rollen vel stuks set sets box boite paquet carton colis unit units ea each',
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Paper and print sizes keep their digits; other words with digits are article numbers or amounts. */
const KEEP_WITH_DIGITS = /^(?:a[0-6]|[0-9]{1,2}d|4g|5g|usb\d?|m365|o365|b2b)$/;
/** The longest word `KEEP_WITH_DIGITS` keeps. */
const MAX_KEPT_WITH_DIGITS = 4;

/**
 * Whether the word with a digit at `start`–`end` of a folded text is a size or standard: one with
 * letters, no longer than the longest of those, and one of them. A number is turned down unread.
 */
function keptWithDigits(text: string, start: number, end: number, letters: boolean): boolean {
  return letters && end - start <= MAX_KEPT_WITH_DIGITS && KEEP_WITH_DIGITS.test(text.slice(start, end));
}

/** A word with a digit that is no size or standard (`foldWords`'s `dropCodes`). */
function isCode(w: string): boolean {
  return HAS_DIGIT.test(w) && !KEEP_WITH_DIGITS.test(w);
}

/** Content words of a text: folded, without stopwords, numbers, article numbers and units. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of foldWords(text)) if (isContentWord(w)) out.push(w);
  return out;
}

/** Whether one folded word says something about the product (see `contentWords`). */
export function isContentWord(w: string): boolean {
  return w.length >= 2 && !STOPWORDS.has(w) && !isCode(w);
}
const HAS_DIGIT = /\d/;

/**
 * Where or for whom something was bought, not what: `Toner printer begraafplaats`, `Glasvezel
 * kinderopvang`, `Essence voiture aide à domicile`. The matcher ignores these words.
 */
const PLACE_WORDS = wordSet(
  'wzc woonzorgcentrum rusthuis rvt serviceflats serviceflat assistentiewoningen assistentiewoning residentie',
  'kinderdagverblijf kinderopvang creche dienstencentrum ldc gemeentehuis stadhuis administratief sporthal',
  'feestzaal dorpszaal ontmoetingscentrum gemeenteschool basisschool school academie bibliotheek cultuurcentrum',
  'jeugdhuis zwembad thuiszorg ocmw gemeente stad politie politiezone brandweer agb cpas commune ville police',
  'residence maison domicile ecole bibliotheque hotel council town hall depot site locatie campus afdeling dienst',
  'seniorenfeest personeelsfeest nieuwjaarsreceptie zomerfeest jubileum',
);

export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word);
}

/**
 * Makers whose name an invoice line often puts before the product (`Samsung MLT-D111S toner zwart`,
 * `Brother TN-2420 toner`, `Stabilo markeerstiften`). The name says nothing of what was bought that
 * the product word does not, and standing first it would push the product word down to where words
 * count less. The matcher ignores these words.
 */
const BRAND_WORDS = wordSet(
  'hp hewlett packard canon brother samsung epson xerox kyocera ricoh lexmark konica minolta oki toshiba',
  'dell lenovo asus acer fujitsu logitech microsoft cisco netgear ubiquiti synology',
  'bic stabilo edding staedtler pentel faber castell leitz esselte fellowes avery tesa pritt rexel exacompta',
  'bosch makita dewalt hilti stihl husqvarna karcher nilfisk vileda tork philips osram duracell energizer varta',
);

export function isBrandWord(word: string): boolean {
  return BRAND_WORDS.has(word);
}

/**
 * Dutch adjectives of what a thing is made of. Before the product they say its material, not what
 * was bought: `Papieren bekers` are cups, `Kartonnen dozen` boxes, `Metalen kast` a cupboard. Only
 * forms that are no other word as well: `linnen` and `stenen` are nouns too, `leren` a verb.
 */
const MATERIAL_ADJECTIVES = wordSet(
  'papieren kartonnen houten glazen metalen stalen ijzeren koperen plastieken kunststoffen katoenen wollen lederen rubberen betonnen porseleinen',
);

export function isMaterialAdjective(word: string): boolean {
  return MATERIAL_ADJECTIVES.has(word);
}

/**
 * Dutch adjectives before the product say what it is like, not what it is: `Witte verf` is paint,
 * `Gerookte zalm` salmon, `Zelfrijzende bloem` flour. The common ones by name (colours, sizes,
 * states), the rest by the endings only adjectives and participles take, and the materials
 * (`isMaterialAdjective`).
 */
const ADJECTIVES = wordSet(
  'witte zwarte rode blauwe groene gele grijze bruine roze paarse oranje',
  'grote kleine lange korte dikke dunne brede smalle hoge lage zware lichte',
  'verse nieuwe oude volle halfvolle magere harde zachte warme koude droge natte',
  'ronde platte vierkante dubbele enkele losse sterke fijne grove',
  'gemalen gesneden gebakken diepgevroren',
);
// `-ische` (biologische), `-lijke` (wettelijke), `-bare` (navulbare), `-loze` (draadloze), `-ende`
// (zelfklevende), `-ige` (eenmalige); participles `ge…de` and `ge…te` (gerookte, gekleurde).
const ADJECTIVE_ENDINGS = /(?:ische|lijke|bare|loze|ende|ige)$|^ge[a-z]{3,}[dt]e$/;

export function isDutchAdjective(word: string): boolean {
  return isMaterialAdjective(word) || ADJECTIVES.has(word) || (word.length >= 7 && ADJECTIVE_ENDINGS.test(word));
}

/**
 * Words that say a line was bought, or point at its article number, not what was bought (`Aankoop
 * hefboomordners`, `Stiften art. 6349515`). Standing first they would push the product word down,
 * and as the most widely shared word of unmatched lines they would gather unrelated lines into one
 * cluster (`Aankop`). They stay keywords' words (`aankoop voertuig` is a purchase, not a lease).
 */
const PURCHASE_WORDS = new Set([
  'aankoop',
  'aankopen',
  'achat',
  'achats',
  'purchase',
  'purchases',
  'art',
  'artikel',
  'article',
  'articles',
]);

export function isPurchaseWord(word: string): boolean {
  return PURCHASE_WORDS.has(word);
}
