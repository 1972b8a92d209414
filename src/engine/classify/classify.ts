import type { Classification, Lang, PurchaseLine, Tick } from '../model';
import { TICK_EVERY } from '../model';
import { contentWords, fold, isDutchAdjective, isMaterialAdjective, isPurchaseWord } from '../text/normalize';
import { stem, type StemLang } from '../text/stem';
import { KeywordIndex, type KeywordMatch, type MatchTokens } from './keywords';
import { LANG_BIT, sourceLanguages } from './languages';
import { identifySuppliers, mostFrequent } from './suppliers';
import type { TaxonomyCategory } from './taxonomy-types';

export type CategoryOrigin = 'taxonomy' | 'cluster' | 'supplier' | 'user' | 'unclassified';

export interface CategoryInfo {
  id: string;
  names: Record<Lang, string>;
  /** Canonical CPV prefix, when the category has one. */
  cpv: string | null;
  kind: TaxonomyCategory['kind'] | null;
  group: string | null;
  circular: boolean;
  /** False for money passed on rather than bought (subsidies, taxes, wages…): never shared. */
  purchase: boolean;
  origin: CategoryOrigin;
}

export interface ClassifyOptions {
  /** Categories the user typed for given lines (by line index): an id or a name in any language. */
  overrides?: ReadonlyMap<number, string>;
  /** Per source index, the languages (`LANG_BIT`) someone chose for its descriptions, over those found. */
  languages?: readonly (number | undefined)[];
  tick?: Tick;
}

export interface ClassifyOutcome {
  perLine: Classification[];
  categories: Map<string, CategoryInfo>;
  /** Per line: the supplier id shared across spellings ('' when the line names none). */
  supplierIds: string[];
  supplierNames: Map<string, string>;
  /** Per source index, the languages (`LANG_BIT`) its descriptions are read in: those chosen, else those found. */
  languages: number[];
  /** Per source index, the languages its descriptions were found to be written in (`sourceLanguages`). */
  languagesFound: number[];
}

/** Below this a keyword match is noise (a single short modifier). */
const MIN_SCORE = 4.0;
/** A supplier's or account's other lines decide a vague line only when most of them agree. */
const MIN_SHARE = 0.5;
/** A tally of this many agreeing lines decides its other lines however many they are… */
const MIN_SUPPORT = 3;
/** …and one of fewer only when they are at least this share of all its lines. */
const MIN_COVER = 0.2;
const CONTEXT_FACTOR = 0.6;
export const UNCLASSIFIED = 'unclassified';
const NONE: Classification = { category: UNCLASSIFIED, evidence: { kind: 'none', detail: '' } };

function fromTaxonomy(c: TaxonomyCategory): CategoryInfo {
  return {
    id: c.id,
    names: c.names,
    cpv: c.cpv[0] ?? null,
    kind: c.kind,
    group: c.group,
    circular: !!c.circular,
    purchase: c.purchase !== false,
    origin: 'taxonomy',
  };
}

/** A category Tandem made up from the data or the user (not in the taxonomy). */
function ownCategory(id: string, names: Record<Lang, string>, origin: CategoryOrigin): CategoryInfo {
  return { id, names, cpv: null, kind: null, group: null, circular: false, purchase: true, origin };
}

const same = (name: string): Record<Lang, string> => ({ nl: name, fr: name, en: name });

function stripZeros(code: string): string {
  const s = code.replace(/0+$/, '');
  return s.length < 2 ? code.slice(0, 2) : s;
}

class CpvIndex {
  private readonly byPrefix = new Map<string, number>();
  constructor(taxonomy: readonly TaxonomyCategory[]) {
    taxonomy.forEach((c, i) => {
      for (const p of c.cpv) {
        const key = stripZeros(p);
        if (!this.byPrefix.has(key)) this.byPrefix.set(key, i);
      }
    });
  }
  lookup(cpv: string): { category: number; prefix: string } | null {
    const code = stripZeros(cpv);
    for (let n = code.length; n >= 2; n--) {
      const hit = this.byPrefix.get(code.slice(0, n));
      if (hit !== undefined) return { category: hit, prefix: code.slice(0, n) };
    }
    return null;
  }
}

const INDEXES = new WeakMap<readonly TaxonomyCategory[], { keywords: KeywordIndex; cpvIndex: CpvIndex }>();

/**
 * Builds the built-in taxonomy's indexes ahead of a run (the task pane's worker does so when it
 * starts, so the first run does not wait for it).
 */
export function prepareIndexes(taxonomy: readonly TaxonomyCategory[]): void {
  indexesFor(taxonomy);
}

/** The taxonomy's indexes, built once per taxonomy (building the keyword index takes tens of milliseconds). */
function indexesFor(taxonomy: readonly TaxonomyCategory[]): { keywords: KeywordIndex; cpvIndex: CpvIndex } {
  let found = INDEXES.get(taxonomy);
  if (!found) {
    found = { keywords: new KeywordIndex(taxonomy), cpvIndex: new CpvIndex(taxonomy) };
    INDEXES.set(taxonomy, found);
  }
  return found;
}

/**
 * Gives every line a category from the strongest evidence it has: a user override, a CPV code, its
 * description (with the account name as context), the other lines of its supplier or account, the
 * supplier's name, and finally a cluster of similar unmatched lines across all sources.
 */
export function classifyLines(
  lines: readonly PurchaseLine[],
  taxonomy: readonly TaxonomyCategory[],
  options: ClassifyOptions = {},
): ClassifyOutcome {
  const { keywords, cpvIndex } = indexesFor(taxonomy);
  const categories = new Map<string, CategoryInfo>();
  const useTaxonomy = (i: number): string => {
    const c = taxonomy[i]!;
    if (!categories.has(c.id)) categories.set(c.id, fromTaxonomy(c));
    return c.id;
  };
  const { ids: supplierIds, names: supplierNames } = identifySuppliers(lines, options.tick);
  const perLine: (Classification | undefined)[] = new Array(lines.length);
  const overrideIds = resolveOverrides(options.overrides, taxonomy, categories, keywords);

  const languagesFound = sourceLanguages(lines, options.tick);
  const languages = languagesFound.map((found, s) => options.languages?.[s] ?? found);

  // By the source's languages, account name, then the source's own category (a few of each), then
  // description: no joined key per line, and no map per description. Lines that read alike share
  // one (read-only) classification, so a run allocates per distinct text rather than per line.
  const byLanguages = new Map<number, TextCaches>();
  // Results by the context's key ('' for none), then the description's: contexts and descriptions
  // that differ only in numbers or units read alike, and are decided once.
  const byKeys = new Map<string, Map<string, Classification | null>>();
  const matchText = (line: PurchaseLine): Classification | null => {
    const desc = line.description ?? '';
    const account = line.accountName ?? '';
    const sourceCategory = line.sourceCategory ?? '';
    const langs = languages[line.source]!;
    let caches = byLanguages.get(langs);
    if (!caches) byLanguages.set(langs, (caches = { byAccount: new Map(), withoutContext: contextCaches() }));
    let inContext = caches.withoutContext;
    if (account || sourceCategory) {
      let byCategory = caches.byAccount.get(account);
      if (!byCategory) caches.byAccount.set(account, (byCategory = new Map()));
      const known = byCategory.get(sourceCategory);
      if (!known) byCategory.set(sourceCategory, (inContext = contextCaches()));
      else inContext = known;
    }
    const known = inContext.byDescription.get(desc);
    if (known !== undefined) return known;
    if (!inContext.byKey) {
      const context = account ? (sourceCategory ? `${account} ${sourceCategory}` : account) : sourceCategory;
      inContext.tokens = context ? keywords.tokens(context, CONTEXT_FACTOR, langs) : null;
      const contextKey = inContext.tokens?.key ?? '';
      inContext.byKey = byKeys.get(contextKey);
      if (!inContext.byKey) byKeys.set(contextKey, (inContext.byKey = new Map()));
    }
    const descTokens = keywords.tokens(desc, 1, langs);
    let result = inContext.byKey.get(descTokens.key);
    if (result === undefined) inContext.byKey.set(descTokens.key, (result = classifyText(descTokens, inContext.tokens)));
    inContext.byDescription.set(desc, result);
    return result;
  };
  const decide = (descTokens: MatchTokens, contextTokens: MatchTokens | null, typos = false) => {
    if (!contextTokens) {
      // Matches come sorted, best first; with no context to add, the best is the description's own.
      const best = keywords.matchTokens(descTokens, typos)[0];
      return best && best.score >= MIN_SCORE ? { match: best, fromContext: false } : null;
    }
    const combined = new Map<number, KeywordMatch>();
    const descScores = new Map<number, number>();
    for (const m of keywords.matchTokens(descTokens, typos)) {
      combined.set(m.category, { ...m, keywords: [...m.keywords] });
      descScores.set(m.category, m.score);
    }
    for (const m of keywords.matchTokens(contextTokens, typos)) {
      const prev = combined.get(m.category);
      if (prev) {
        prev.score += m.score;
        prev.keywords.push(...m.keywords.filter((k) => !prev.keywords.includes(k)));
      } else combined.set(m.category, { ...m, keywords: [...m.keywords] });
    }
    const best = [...combined.values()].sort((a, b) => b.score - a.score || a.category - b.category)[0];
    return best && best.score >= MIN_SCORE ? { match: best, fromContext: (descScores.get(best.category) ?? 0) < best.score / 2 } : null;
  };
  /** The classification a description and its context give, with what decided it. */
  const classifyText = (descTokens: MatchTokens, contextTokens: MatchTokens | null, typos = false): Classification | null => {
    const decided = decide(descTokens, contextTokens, typos);
    if (!decided) return null;
    const kind = decided.fromContext ? 'account' : 'description';
    return { category: useTaxonomy(decided.match.category), evidence: { kind, detail: decided.match.keywords.join(', ') } };
  };

  const tick = options.tick;
  const cpvCache = new Map<string, Classification | null>();
  // Pass 1: the line's own evidence.
  lines.forEach((line, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const override = overrideIds.get(i);
    if (override) {
      perLine[i] = { category: override, evidence: { kind: 'override', detail: options.overrides!.get(i)! } };
      return;
    }
    if (line.cpv) {
      let byCpv = cpvCache.get(line.cpv);
      if (byCpv === undefined) {
        const hit = cpvIndex.lookup(line.cpv);
        byCpv = hit ? { category: useTaxonomy(hit.category), evidence: { kind: 'cpv', detail: `${line.cpv} ~ ${hit.prefix}` } } : null;
        cpvCache.set(line.cpv, byCpv);
      }
      if (byCpv) {
        perLine[i] = byCpv;
        return;
      }
    }
    const text = matchText(line);
    if (text) perLine[i] = text;
  });

  // Pass 2: what the supplier's other lines (in any administration) were, then the account's.
  // The tallies' keys are made once per account and per supplier and account, not per line.
  const accountKeys = new Map<number, Map<string, string>>();
  const accountKey = (l: PurchaseLine): string => {
    if (!l.account) return '';
    let bySource = accountKeys.get(l.source);
    if (!bySource) accountKeys.set(l.source, (bySource = new Map()));
    let key = bySource.get(l.account);
    if (key === undefined) bySource.set(l.account, (key = `${l.source}|${l.account}`));
    return key;
  };
  const supplierAccountKeys = new Map<string, Map<string, string>>();
  const supplierAccountKey = (l: PurchaseLine, sid: string): string => {
    const account = accountKey(l);
    if (!account || !sid) return '';
    let bySupplier = supplierAccountKeys.get(sid);
    if (!bySupplier) supplierAccountKeys.set(sid, (bySupplier = new Map()));
    let key = bySupplier.get(account);
    if (key === undefined) bySupplier.set(account, (key = `${sid}|${account}`));
    return key;
  };
  // The three tallies in one pass over the lines.
  const bySupplier = new Map<string, Tally>();
  const bySupplierAccount = new Map<string, Tally>();
  const byAccount = new Map<string, Tally>();
  lines.forEach((line, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    const category = perLine[i]?.category;
    const sid = supplierIds[i]!;
    if (sid) count(bySupplier, sid, category);
    const supplierAccount = supplierAccountKey(line, sid);
    if (supplierAccount) count(bySupplierAccount, supplierAccount, category);
    const account = accountKey(line);
    if (account) count(byAccount, account, category);
  });
  // One classification per tally that decides (and per supplier name), shared by its lines.
  const isPurchase = (category: string): boolean => categories.get(category)?.purchase !== false;
  const viaTally = (t: Tally | undefined, evidence: (d: Dominant) => Classification['evidence']): Classification | null => {
    if (!t) return null;
    if (t.decided === undefined) {
      let purchases = 0;
      for (const [category, n] of t.counts) if (isPurchase(category)) purchases += n;
      t.mixed = purchases > 0 && purchases < t.total;
      const d = dominant(t);
      t.decided = d ? { category: d.category, evidence: evidence(d) } : null;
    }
    return t.decided;
  };
  const byTypoKeys = new Map<string, Classification | null>();
  const viaTypos = (line: PurchaseLine): Classification | null => {
    const langs = languages[line.source]!;
    const account = line.accountName ?? '';
    const sourceCategory = line.sourceCategory ?? '';
    const context = account ? (sourceCategory ? `${account} ${sourceCategory}` : account) : sourceCategory;
    const descTokens = keywords.tokens(line.description ?? '', 1, langs);
    const contextTokens = context ? keywords.tokens(context, CONTEXT_FACTOR, langs) : null;
    const pair = contextTokens ? `${descTokens.key}\u0001${contextTokens.key}` : descTokens.key;
    let result = byTypoKeys.get(pair);
    if (result === undefined) byTypoKeys.set(pair, (result = classifyText(descTokens, contextTokens, true)));
    return result;
  };
  const bySupplierNameCache = new Map<string, Classification | null>();
  const supplierNameKeys = new Map<number, Map<string, string>>();
  const supplierNameKey = (supplier: string, langs: number): string => {
    let byName = supplierNameKeys.get(langs);
    if (!byName) supplierNameKeys.set(langs, (byName = new Map()));
    let key = byName.get(supplier);
    if (key === undefined) byName.set(supplier, (key = `${langs}|${supplier}`));
    return key;
  };
  lines.forEach((line, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (perLine[i]) return;
    // Whether a payment is a purchase is said by the payment more than by its supplier's other
    // payments: a builder paid for disabled facilities grants also does the council's own repairs
    // (`REBUILD WALL`). So a tally that holds purchases too decides no purchase only for lines that
    // say nothing of their own (HMRC's or a county's typos, `LCC C/Tax Pecept`, are still decided
    // by theirs, which hold nothing else).
    let saysSomething: boolean | undefined;
    const via = (t: Tally | undefined, evidence: (d: Dominant) => Classification['evidence']): Classification | null => {
      const c = viaTally(t, evidence);
      if (!c || !t!.mixed || isPurchase(c.category)) return c;
      saysSomething ??= keywords.tokens(line.description ?? '', 1, languages[line.source]).words.length > 0;
      return saysSomething ? null : c;
    };
    const sid = supplierIds[i]!;
    if (sid) {
      const supplierEvidence = (d: Dominant) => ({ kind: 'supplier' as const, detail: `${supplierNames.get(sid)}: ${d.count}/${d.total}` });
      const viaSupplier =
        (line.account ? via(bySupplierAccount.get(supplierAccountKey(line, sid)), supplierEvidence) : null) ??
        via(bySupplier.get(sid), supplierEvidence);
      if (viaSupplier) {
        perLine[i] = viaSupplier;
        return;
      }
    }
    const viaAccount = line.account
      ? via(byAccount.get(accountKey(line)), (d) => ({
          kind: 'account',
          detail: `${line.account}: ${d.count}/${d.total}`,
        }))
      : null;
    if (viaAccount) {
      perLine[i] = viaAccount;
      return;
    }
    // Then the description read with its typos (`papiier`): weaker than what the supplier's or the
    // account's other lines say, a real word one letter from a keyword (`zegels`, `zetels`) being no typo.
    const typo = viaTypos(line);
    if (typo) {
      perLine[i] = typo;
      return;
    }
    if (line.supplier) {
      const langs = languages[line.source]!;
      const nameKey = supplierNameKey(line.supplier, langs);
      let bySupplierName = bySupplierNameCache.get(nameKey);
      if (bySupplierName === undefined) {
        const best = keywords.match(line.supplier, 1, langs)[0];
        bySupplierName =
          best && best.score >= MIN_SCORE
            ? {
                category: useTaxonomy(best.category),
                evidence: { kind: 'supplier', detail: `${line.supplier}: ${best.keywords.join(', ')}` },
              }
            : null;
        bySupplierNameCache.set(nameKey, bySupplierName);
      }
      if (bySupplierName) perLine[i] = bySupplierName;
    }
  });

  clusterRest(lines, perLine, supplierIds, supplierNames, categories, languages, tick);
  return { perLine: perLine as Classification[], categories, supplierIds, supplierNames, languages, languagesFound };
}

/** What `classifyLines` keeps per distinct text, for one set of languages. */
interface TextCaches {
  /** By account name, then the source's own category. */
  byAccount: Map<string, Map<string, ContextCaches>>;
  withoutContext: ContextCaches;
}

/** What is known of the lines of one account name and source category. */
interface ContextCaches {
  byDescription: Map<string, Classification | null>;
  /** The tokens of the account name and category (null when both are empty), once a description in it is new. */
  tokens: MatchTokens | null;
  /** Results by the description's key, shared with the contexts that read alike; set with `tokens`. */
  byKey: Map<string, Classification | null> | undefined;
}

function contextCaches(): ContextCaches {
  return { byDescription: new Map(), tokens: null, byKey: undefined };
}

interface Tally {
  counts: Map<string, number>;
  /** Lines with a category of their own. */
  total: number;
  /** All lines, with or without one. */
  lines: number;
  /** What the tally decides for its vague lines, once asked (null: no category has the majority). */
  decided?: Classification | null;
  /** Whether its lines hold both purchases and what is no purchase (set with `decided`). */
  mixed?: boolean;
}

interface Dominant {
  category: string;
  count: number;
  total: number;
}

function count(tallies: Map<string, Tally>, key: string, category: string | undefined): void {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { counts: new Map(), total: 0, lines: 0 }));
  t.lines++;
  if (category === undefined) return;
  t.counts.set(category, (t.counts.get(category) ?? 0) + 1);
  t.total++;
}

/**
 * The category most of a tally's lines have, if it may decide the others. A few lines may not
 * decide many: in an English council's ledger a truck dealer's one line that read as IT hardware
 * would otherwise have filed its 20 other lines (`CLUTCH`, `BRAKE DRUMS`) there too.
 */
function dominant(t: Tally): Dominant | null {
  if (t.total === 0) return null;
  const category = mostFrequent(t.counts);
  const count = t.counts.get(category)!;
  if (count / t.total < MIN_SHARE) return null;
  if (count < MIN_SUPPORT && count < t.lines * MIN_COVER) return null;
  return { category, count, total: t.total };
}

/**
 * Lines nothing matched meet in clusters across all sources: each line joins the cluster of its most
 * widely shared word, so two administrations buying the same unknown thing land together. Lines with
 * no usable words fall back to their supplier, then to `unclassified`.
 */
function clusterRest(
  lines: readonly PurchaseLine[],
  perLine: (Classification | undefined)[],
  supplierIds: readonly string[],
  supplierNames: ReadonlyMap<string, string>,
  categories: Map<string, CategoryInfo>,
  languages: readonly number[],
  tick?: Tick,
): void {
  // Words are joined by their stem in the source's language (`charges` and `charge` in an English ledger);
  // Dutch where a source is read in more than one, as most Flemish ones are.
  const stemLang = (source: number): StemLang => {
    const langs = languages[source];
    return langs === LANG_BIT.en ? 'en' : langs === LANG_BIT.fr ? 'fr' : 'nl';
  };
  const wordsOf = new Map<number, string[]>();
  const df = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  lines.forEach((line, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (perLine[i]) return;
    const all = [...new Set(contentWords(line.description ?? '').filter((w) => w.length >= 3 && !/\d/.test(w) && !isPurchaseWord(w)))];
    // A material or a Dutch adjective gathers unlike things (`Papieren bekers`, `Papieren zakken`,
    // `Herbruikbare wimpels`): the thing names the cluster.
    const dutch = (languages[line.source]! & LANG_BIT.nl) !== 0;
    const things = all.filter((w) => !isMaterialAdjective(w) && !(dutch && isDutchAdjective(w)));
    const words = things.length > 0 ? things : all;
    const lang = stemLang(line.source);
    const stems = [...new Set(words.map((w) => stem(w, lang)))];
    wordsOf.set(i, stems);
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
    words.forEach((w) => {
      const s = stem(w, lang);
      const m = surface.get(s) ?? new Map<string, number>();
      m.set(w, (m.get(w) ?? 0) + 1);
      surface.set(s, m);
    });
  });
  // Classifications are read-only: the lines of one cluster (or supplier) share one.
  const byAnchor = new Map<string, Classification>();
  const bySupplier = new Map<string, Classification>();
  lines.forEach((line, i) => {
    if (tick && i % TICK_EVERY === 0) tick(i, lines.length);
    if (perLine[i]) return;
    const stems = wordsOf.get(i) ?? [];
    let anchor = '';
    for (const s of stems) {
      const better =
        anchor === '' ||
        df.get(s)! > df.get(anchor)! ||
        (df.get(s) === df.get(anchor) && (s.length > anchor.length || (s.length === anchor.length && s < anchor)));
      if (better) anchor = s;
    }
    const sid = supplierIds[i]!;
    if (anchor && (df.get(anchor)! >= 2 || !sid)) {
      let cluster = byAnchor.get(anchor);
      if (!cluster) {
        const id = `x-${anchor}`;
        if (!categories.has(id)) {
          const word = mostFrequent(surface.get(anchor) ?? new Map([[anchor, 1]]));
          const name = word.charAt(0).toUpperCase() + word.slice(1);
          categories.set(id, ownCategory(id, same(name), 'cluster'));
        }
        byAnchor.set(anchor, (cluster = { category: id, evidence: { kind: 'cluster', detail: anchor } }));
      }
      perLine[i] = cluster;
      return;
    }
    if (sid) {
      let ofSupplier = bySupplier.get(sid);
      if (!ofSupplier) {
        const id = `s-${fold(sid.slice(2)).replace(/ /g, '-')}`;
        if (!categories.has(id)) {
          const name = supplierNames.get(sid) ?? sid.slice(2);
          categories.set(id, ownCategory(id, { nl: `Leverancier ${name}`, fr: `Fournisseur ${name}`, en: `Supplier ${name}` }, 'supplier'));
        }
        bySupplier.set(sid, (ofSupplier = { category: id, evidence: { kind: 'cluster', detail: supplierNames.get(sid) ?? sid } }));
      }
      perLine[i] = ofSupplier;
      return;
    }
    if (!categories.has(UNCLASSIFIED)) {
      categories.set(
        UNCLASSIFIED,
        ownCategory(UNCLASSIFIED, { nl: 'Niet ingedeeld', fr: 'Non classé', en: 'Unclassified' }, 'unclassified'),
      );
    }
    perLine[i] = NONE;
  });
}

/**
 * Resolves typed overrides to category ids: a taxonomy id or name in any language, the one name
 * that starts with what was typed (`Werkkledij` for `Werkkledij, uniformen en …`), what the typed
 * words mean to the matcher, and else a new category of the user's own.
 */
function resolveOverrides(
  overrides: ReadonlyMap<number, string> | undefined,
  taxonomy: readonly TaxonomyCategory[],
  categories: Map<string, CategoryInfo>,
  keywords: KeywordIndex,
): Map<number, string> {
  const out = new Map<number, string>();
  if (!overrides) return out;
  const byName = new Map<string, TaxonomyCategory>();
  for (const c of taxonomy) {
    byName.set(fold(c.id), c);
    for (const n of Object.values(c.names)) byName.set(fold(n), c);
  }
  for (const [line, typed] of overrides) {
    const key = fold(typed);
    if (!key) continue;
    const prefixed = taxonomy.filter((c) => Object.values(c.names).some((n) => fold(n).startsWith(key)));
    const byWords = keywords.match(typed)[0];
    const t =
      byName.get(key) ??
      (prefixed.length === 1 ? prefixed[0] : undefined) ??
      (byWords && byWords.score >= MIN_SCORE ? taxonomy[byWords.category] : undefined);
    if (t) {
      if (!categories.has(t.id)) categories.set(t.id, fromTaxonomy(t));
      out.set(line, t.id);
      continue;
    }
    const id = `u-${key.replace(/ /g, '-')}`;
    if (!categories.has(id)) {
      const name = typed.trim();
      categories.set(id, ownCategory(id, same(name), 'user'));
    }
    out.set(line, id);
  }
  return out;
}
