/**
 * Deterministic generator for Tandem's sample exports and evaluation set (`npm run samples` runs
 * `main`; the benchmark uses `writeScaledSamples`).
 *
 * Writes samples/gemeente-boekhouding.xlsx, samples/ocmw-aankopen.csv and eval/<case>/ (source files +
 * truth.json). Everything comes from a seeded PRNG (mulberry32): no Math.random, no clock. The .xlsx
 * files are re-zipped with a fixed timestamp so that a re-run gives byte-identical files.
 *
 * The data is invented: suppliers, VAT numbers (valid mod-97 check digits, generated from the supplier
 * id), amounts and descriptions. CPV codes are real CPV 2008 codes with their check digits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mulberry32 } from '../src/engine/random';

// ---------------------------------------------------------------------------------------------------
// PRNG and small helpers
// ---------------------------------------------------------------------------------------------------

function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

class Rng {
  private readonly f: () => number;
  constructor(seed: number) {
    this.f = mulberry32(seed);
  }
  next(): number {
    return this.f();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.next() * arr.length)] as T;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from empty list');
    return last[0];
  }
  logUniform(a: number, b: number): number {
    return Math.exp(Math.log(a) + this.next() * (Math.log(b) - Math.log(a)));
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new Error(`index ${i} out of range`);
  return v;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------
// Dates (all in 2025, as day-of-year; converted with Date.UTC, never the clock)
// ---------------------------------------------------------------------------------------------------

const YEAR = 2025;
function doyToYmd(doy: number): { y: number; m: number; d: number } {
  const dt = new Date(Date.UTC(YEAR, 0, 1 + doy));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function doyToDate(doy: number): Date {
  return new Date(Date.UTC(YEAR, 0, 1 + doy));
}
function fmtDmy(doy: number, sep = '/'): string {
  const { y, m, d } = doyToYmd(doy);
  return `${pad(d, 2)}${sep}${pad(m, 2)}${sep}${y}`;
}
function fmtIso(doy: number): string {
  const { y, m, d } = doyToYmd(doy);
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}

type Lang = 'nl' | 'fr' | 'en';
const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const MONTHS_SHORT: Record<Lang, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

// ---------------------------------------------------------------------------------------------------
// Belgian enterprise / VAT numbers (mod 97 check), generated from the supplier id
// ---------------------------------------------------------------------------------------------------

function enterpriseNumber(id: string): string {
  const fixed: Record<string, string> = { engie: '0403170701' };
  const f = fixed[id];
  if (f) return f;
  const r = new Rng(hashStr('kbo:' + id));
  const base = '0' + String(r.pick([4, 4, 4, 7, 8, 8, 8])) + r.digits(6);
  const check = 97 - (Number(base) % 97);
  return base + pad(check, 2);
}

type VatStyle = 'dots' | 'BEdots' | 'BEplain' | 'BEspaced' | 'plain' | 'BE dots';
function fmtVat(digits: string, style: VatStyle): string {
  const a = digits.slice(0, 4);
  const b = digits.slice(4, 7);
  const c = digits.slice(7, 10);
  switch (style) {
    case 'dots':
      return `${a}.${b}.${c}`;
    case 'BEdots':
      return `BE${a}.${b}.${c}`;
    case 'BEplain':
      return `BE${digits}`;
    case 'BEspaced':
      return `BE ${a} ${b} ${c}`;
    case 'plain':
      return digits;
    case 'BE dots':
      return `BE ${a}.${b}.${c}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------------------------------

function groupDigits(intPart: string, sep: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

/** Format cents as text: thousands separator, decimal separator. */
function fmtCents(cents: number, thou: string, dec: string): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const int = Math.floor(abs / 100);
  const frac = pad(abs % 100, 2);
  return (neg ? '-' : '') + groupDigits(String(int), thou) + dec + frac;
}

/** A unit price (in 1/10000 euro) with 2 or 4 decimals. */
function fmtUnitPrice(p4: number, dec: string, thou: string, decimals: number): string {
  const neg = p4 < 0;
  const abs = Math.abs(p4);
  const int = Math.floor(abs / 10000);
  let frac = pad(abs % 10000, 4);
  if (decimals === 2) frac = frac.slice(0, 2);
  return (neg ? '-' : '') + groupDigits(String(int), thou) + dec + frac;
}

function fmtQty(q: number, dec: string, thou: string): string {
  const neg = q < 0;
  const abs = Math.abs(q);
  const int = Math.floor(abs + 1e-9);
  const frac = Math.round((abs - int) * 100);
  let s = groupDigits(String(int), thou);
  if (frac) s += dec + String(frac).padStart(2, '0').replace(/0$/, '');
  return (neg ? '-' : '') + s;
}

// ---------------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------------

type CatKind = 'goods' | 'services' | 'works' | 'utility';

interface AmtOpt {
  /** quantity range; decimals allowed when qdec > 0 */
  q: [number, number];
  /** unit price range in euro (log-uniform) */
  p: [number, number];
  /** unit key, see UNITS */
  u: string;
  /** decimals for the unit price (2 or 4) */
  pdec?: number;
  /** step for the quantity (e.g. 100 for kWh) */
  qstep?: number;
}

interface CatDef {
  id: string;
  kind: CatKind;
  cpv: string[];
  /** BBC economic account codes; the first is the usual one */
  acc: string[];
  /** economic part of a Walloon/Brussels budget article, e.g. 123-02 */
  fr: string;
  /** GL account for the English-layout exports */
  gl: string;
  /** service roles that buy it */
  roles: string[];
  amt: AmtOpt[];
  vat: number;
  /** category-specific slot values; `name_fr` / `name_en` override per language */
  slots?: Record<string, string[]>;
  /** day-of-year ranges when it is bought (seasonal goods) */
  season?: [number, number][];
}

const UNITS: Record<string, Record<Lang, string>> = {
  st: { nl: 'st', fr: 'pc', en: 'pcs' },
  doos: { nl: 'doos', fr: 'boîte', en: 'box' },
  pak: { nl: 'pak', fr: 'paquet', en: 'pack' },
  kg: { nl: 'kg', fr: 'kg', en: 'kg' },
  l: { nl: 'l', fr: 'l', en: 'l' },
  kwh: { nl: 'kWh', fr: 'kWh', en: 'kWh' },
  m3: { nl: 'm³', fr: 'm³', en: 'm³' },
  maand: { nl: 'maand', fr: 'mois', en: 'month' },
  kwartaal: { nl: 'kwartaal', fr: 'trimestre', en: 'quarter' },
  uur: { nl: 'uur', fr: 'heure', en: 'hour' },
  forfait: { nl: 'forfait', fr: 'forfait', en: 'lump sum' },
  ton: { nl: 'ton', fr: 't', en: 't' },
  pers: { nl: 'pers.', fr: 'pers.', en: 'pax' },
  jaar: { nl: 'jaar', fr: 'an', en: 'year' },
  rol: { nl: 'rol', fr: 'rouleau', en: 'roll' },
  paar: { nl: 'paar', fr: 'paire', en: 'pair' },
  lic: { nl: 'licentie', fr: 'licence', en: 'licence' },
  ex: { nl: 'ex.', fr: 'ex.', en: 'copies' },
  ledig: { nl: 'lediging', fr: 'vidange', en: 'lift' },
};

// CATS and the vocabularies are defined further down (plain data).

// ---------------------------------------------------------------------------------------------------
// Suppliers and sources
// ---------------------------------------------------------------------------------------------------

interface SupplierDef {
  id: string;
  cats: string[];
  /** spellings per source key: first is the usual one, the others occur now and then */
  names: Record<string, string[]>;
  w?: number;
}

function sup(id: string, cats: string[], names: Record<string, string | string[]>, w = 1): SupplierDef {
  const n: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(names)) n[k] = Array.isArray(v) ? v : [v];
  return { id, cats, names: n, w };
}

type VocabKey = 'A' | 'B' | 'F' | 'E' | 'U';
const VOCAB_LANG: Record<VocabKey, Lang> = { A: 'nl', B: 'nl', F: 'fr', E: 'en', U: 'en' };

interface Noise {
  upper: number;
  lower: number;
  abbr: number;
  typo: number;
  strip: number;
  art: number;
  maxLen?: number;
}

interface SourceSpec {
  key: string;
  name: string;
  seed: number;
  n: number;
  vocab: [VocabKey, number][];
  lang: Lang;
  cats: Record<string, number>;
  suppliers: SupplierDef[];
  roles: Record<string, string[]>;
  slots: Partial<Record<Lang, Record<string, string[]>>>;
  noise: Noise;
  vagueP: number;
  creditP: number;
  vatP: number;
  vatStyles: VatStyle[];
  cpvP: number;
  bbP: number;
  /** templates this source would not write (e.g. police-only wording in a gemeente) */
  skipTpl?: RegExp;
  /**
   * What else the ledger pays (dotations, subsidies, taxes, social aid), drawn from a seed of its own
   * and mixed in: the purchases stay the lines they were before these were added.
   */
  also?: SourceSpec;
}

interface Line {
  src: string;
  cat: string;
  kind: 'clear' | 'vague' | 'credit';
  doy: number;
  sup: SupplierDef;
  supName: string;
  vat: string | null;
  desc: string;
  qty: number;
  unit: string;
  /** unit price in 1/10000 euro */
  p4: number;
  pdec: number;
  cents: number;
  accIdx: number;
  service: string;
  cpv: string | null;
  inv: string;
  bb: string | null;
  vatRate: number;
  /** set on the few lines whose amount cell is broken */
  broken: string | null;
  /** the vocabulary language the description came from */
  lang: Lang;
}

// ---------------------------------------------------------------------------------------------------
// Text: slots and noise
// ---------------------------------------------------------------------------------------------------

interface FillCtx {
  rng: Rng;
  cat: CatDef | null;
  lang: Lang;
  spec: SourceSpec;
  doy: number;
  inv: string;
  bb: string;
  service: string;
  chosen: Record<string, string>;
}

function globalSlot(name: string, c: FillCtx): string | null {
  const { rng, lang } = c;
  const { m } = doyToYmd(c.doy);
  // the period a utility or service invoice covers: mostly the month before the invoice date
  const prev = rng.chance(0.7);
  const pm = prev ? (m + 10) % 12 : m - 1;
  const py = prev && m === 1 ? YEAR - 1 : YEAR;
  const yy = String(YEAR).slice(2);
  switch (name) {
    case 'month':
      return rng.chance(0.75) ? at(MONTHS[lang], pm) : at(MONTHS_SHORT[lang], pm);
    case 'period': {
      const v = rng.int(0, 4);
      if (v === 0) return `${at(MONTHS_SHORT[lang], pm)} ${py}`;
      if (v === 1) return `${pad(pm + 1, 2)}/${py}`;
      if (v === 2) return `${py}-${pad(pm + 1, 2)}`;
      if (v === 3) return `${at(MONTHS[lang], pm)} ${py}`;
      return `${pad(pm + 1, 2)}/${String(py).slice(2)}`;
    }
    case 'q': {
      const q = Math.floor(pm / 3) + 1;
      const forms: Record<Lang, string[]> = {
        nl: [`Q${q}`, `${q}e kwartaal`, `Q${q} ${py}`, `kw${q}`, `${q}e kw. ${py}`],
        fr: [`T${q}`, `${q}${q === 1 ? 'er' : 'e'} trimestre`, `T${q} ${py}`, `Q${q}`],
        en: [`Q${q}`, `Q${q} ${py}`, `quarter ${q}`],
      };
      return rng.pick(forms[lang]);
    }
    case 'year':
      // early in the year, an annual settlement or renewal often concerns the year before
      return String(c.doy < 45 && rng.chance(0.5) ? YEAR - 1 : YEAR);
    case 'yy':
      return yy;
    case 'art':
      return rng.digits(rng.pick([5, 6, 6, 7]));
    case 'n':
      return String(rng.int(2, 12));
    case 'nn':
      return String(rng.int(10, 99));
    case 'inv':
      return c.inv;
    case 'bb':
      return c.bb;
    case 'dd':
      return fmtDmy(c.doy);
    case 'wk':
      return String(Math.min(52, Math.floor(c.doy / 7) + 1));
    case 'km':
      return String(rng.int(3, 36) * 5000);
    case 'ean':
      return '5414' + rng.digits(14);
    case 'polnr':
      return `${rng.int(10, 99)}.${rng.digits(3)}.${rng.digits(3)}`;
    case 'dossier':
      return rng.pick([
        `${YEAR}/${rng.digits(4)}`,
        `${rng.int(20, 25)}-${rng.digits(3)}`,
        `ref. ${rng.digits(5)}`,
        `${rng.digits(4)}/${yy}`,
      ]);
    case 'dienst':
    case 'afdeling':
      return c.service;
    case 'w':
      return rng.pick(['120', '140', '160', '180']);
    default:
      return null;
  }
}

function slotList(name: string, c: FillCtx): string[] | null {
  const cs = c.cat?.slots;
  const ss = c.spec.slots[c.lang];
  const cands = [cs?.[`${name}_${c.lang}`], cs?.[name], ss?.[name], GLOBAL_SLOTS[`${name}_${c.lang}`], GLOBAL_SLOTS[name]];
  for (const l of cands) if (l && l.length) return l;
  return null;
}

function slotValue(name: string, c: FillCtx, depth: number): string {
  let base = name;
  let second = false;
  if (/2$/.test(name)) {
    base = name.slice(0, -1);
    second = true;
  }
  const list = slotList(base, c);
  if (list) {
    let v = c.rng.pick(list);
    if (second) {
      for (let i = 0; i < 6 && v === c.chosen[base]; i++) v = c.rng.pick(list);
    } else {
      c.chosen[base] = v;
    }
    return depth < 3 ? fillTpl(v, c, depth + 1) : v;
  }
  const g = globalSlot(base, c);
  if (g !== null) return g;
  throw new Error(`unknown slot {${name}} in category ${c.cat?.id ?? '-'} (${c.lang})`);
}

function fillTpl(tpl: string, c: FillCtx, depth = 0): string {
  return tpl.replace(/\{(\w+)\}/g, (_m, name: string) => slotValue(name, c, depth));
}

const ABBR: Record<Lang, [RegExp, string][]> = {
  nl: [
    [/\bonderhoud\b/gi, 'ond.'],
    [/\bherstelling\b/gi, 'herst.'],
    [/\blevering\b/gi, 'lev.'],
    [/\belektriciteit\b/gi, 'elektr.'],
    [/\bkopieerpapier\b/gi, 'kop.papier'],
    [/\bverwarming\b/gi, 'verw.'],
    [/\binstallatie\b/gi, 'inst.'],
    [/\bkantoorbenodigdheden\b/gi, 'kantoorbenodigdh.'],
    [/\bverzekering\b/gi, 'verz.'],
    [/\babonnement\b/gi, 'abo'],
    [/\bgemeentehuis\b/gi, 'GH'],
    [/\bwoonzorgcentrum\b/gi, 'WZC'],
    [/\bstuks\b/gi, 'st.'],
    [/\bvoor\b/gi, 'v.'],
    [/\ben\b/gi, '&'],
    [/\bbrandstof\b/gi, 'brandst.'],
    [/\bgeneesmiddelen\b/gi, 'geneesm.'],
    [/\bbijdrage\b/gi, 'bijdr.'],
    [/\bopleiding\b/gi, 'opl.'],
    [/\bverbruik\b/gi, 'verbr.'],
  ],
  fr: [
    [/\bfourniture\b/gi, 'fourn.'],
    [/\bfournitures\b/gi, 'fournit.'],
    [/\bentretien\b/gi, 'entr.'],
    [/\bréparation\b/gi, 'répar.'],
    [/\bélectricité\b/gi, 'élec.'],
    [/\bconsommation\b/gi, 'conso'],
    [/\bmaison communale\b/gi, 'MC'],
    [/\bassurance\b/gi, 'ass.'],
    [/\bet\b/gi, '&'],
  ],
  en: [
    [/\bmaintenance\b/gi, 'maint.'],
    [/\bsupplies\b/gi, 'suppl.'],
    [/\binsurance\b/gi, 'ins.'],
    [/\band\b/gi, '&'],
    [/\bconsumption\b/gi, 'cons.'],
  ],
};

function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

function typo(s: string, rng: Rng): string {
  const words = s.split(' ');
  const idx: number[] = [];
  words.forEach((w, i) => {
    if (/^[A-Za-zÀ-ÿ]{6,}$/.test(w)) idx.push(i);
  });
  if (!idx.length) return s;
  const wi = rng.pick(idx);
  const w = at(words, wi);
  const p = rng.int(1, w.length - 2);
  const t = rng.int(0, 2);
  let nw: string;
  if (t === 0) nw = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
  else if (t === 1) nw = w.slice(0, p) + w.slice(p + 1);
  else nw = w.slice(0, p) + w[p] + w.slice(p);
  words[wi] = nw;
  return words.join(' ');
}

function addArticle(s: string, rng: Rng, lang: Lang): string {
  const no = rng.digits(rng.pick([5, 6, 6, 7]));
  const forms: Record<Lang, string[]> = {
    nl: [`${s} art. ${no}`, `[${no}] ${s}`, `${s} - art.nr ${no}`, `${s} ref. ${no.slice(0, 4)}-${rng.digits(2)}`, `${no} ${s}`],
    fr: [`${s} réf. ${no}`, `[${no}] ${s}`, `${s} - art. ${no}`, `${no} ${s}`],
    en: [`${s} item ${no}`, `[${no}] ${s}`, `${s} - ref ${no}`, `${no} ${s}`],
  };
  return rng.pick(forms[lang]);
}

function applyNoise(s: string, rng: Rng, nz: Noise, lang: Lang, goods: boolean): string {
  if (!s) return s;
  let out = s;
  if (goods && rng.chance(nz.art)) out = addArticle(out, rng, lang);
  if (rng.chance(nz.abbr)) {
    for (const [re, rep] of ABBR[lang]) if (rng.chance(0.5)) out = out.replace(re, rep);
  }
  if (rng.chance(nz.typo)) out = typo(out, rng);
  if (rng.chance(nz.strip)) out = stripAccents(out);
  const r = rng.next();
  if (r < nz.upper) out = out.toUpperCase();
  else if (r < nz.upper + nz.lower) out = out.toLowerCase();
  if (nz.maxLen && out.length > nz.maxLen) out = out.slice(0, nz.maxLen).trimEnd();
  return out.replace(/\s+/g, ' ').trim();
}

const VAGUE: Record<Lang, string[]> = {
  nl: [
    'Factuur {inv}',
    'Diverse',
    'Levering volgens bestelbon {bb}',
    '',
    '',
    'Fact. {inv}',
    'Diverse leveringen',
    'Volgens offerte {nn}{n}',
    'Zie factuur',
    'Levering {dd}',
    'Bestelling {bb}',
    'Div.',
    'Factuur nr {inv} dd {dd}',
    'Levering volgens bon {bb}',
    'Aankoop',
    'Ref. {inv}',
    'Volgens contract',
    'Zie bijlage',
  ],
  fr: [
    'Facture {inv}',
    'Divers',
    'Livraison selon bon de commande {bb}',
    '',
    '',
    'Fact. {inv}',
    'Fournitures diverses',
    'Selon devis {nn}{n}',
    'Voir facture',
    'Livraison du {dd}',
    'Commande {bb}',
    'Réf. {inv}',
  ],
  en: [
    'Invoice {inv}',
    'Misc.',
    'Delivery as per PO {bb}',
    '',
    '',
    'Inv. {inv}',
    'Sundries',
    'As per quote {nn}{n}',
    'See invoice',
    'Delivery {dd}',
    'PO {bb}',
    'Ref {inv}',
  ],
};

const CREDIT: Record<Lang, string[]> = {
  nl: [
    'Creditnota: {desc}',
    'CN {inv} - {desc}',
    'Kredietnota {desc}',
    'Retour {desc}',
    'Correctie {desc}',
    '{desc} (creditnota)',
    'Creditnota retour {desc}',
  ],
  fr: ['Note de crédit: {desc}', 'NC {desc}', 'Retour {desc}', '{desc} (note de crédit)', 'Avoir {desc}'],
  en: ['Credit note: {desc}', 'CN {desc}', 'Return {desc}', '{desc} (credit)', 'Credit {desc}'],
};
const CREDIT_VAGUE: Record<Lang, string[]> = {
  nl: ['Creditnota fact. {inv}', 'Kredietnota {inv}', 'Creditnota'],
  fr: ['Note de crédit fact. {inv}', 'Note de crédit'],
  en: ['Credit note inv. {inv}', 'Credit note'],
};

// ---------------------------------------------------------------------------------------------------
// Line generation
// ---------------------------------------------------------------------------------------------------

const INV_PATTERNS = ['F{yy}/{s5}', '{yy}{s6}', 'VF{yy}-{s5}', '{s7}', 'INV-{yy}{s4}', 'FA{yy}{s6}', '{yy}.{s5}', '9{s8}'];

function genLines(spec: SourceSpec): Line[] {
  const rng = new Rng(spec.seed);
  const catW: [string, number][] = Object.entries(spec.cats).filter(([, w]) => w > 0);
  for (const [c] of catW) if (!CATS[c]) throw new Error(`unknown category ${c}`);
  const bought = new Set(catW.map(([c]) => c));

  // suppliers per category for this source
  const supByCat = new Map<string, SupplierDef[]>();
  const effCats = new Map<string, string[]>();
  for (const s of spec.suppliers) {
    if (!s.names[spec.key]) continue;
    const eff = s.cats.filter((c) => bought.has(c));
    effCats.set(s.id, eff);
    for (const c of eff) {
      const l = supByCat.get(c) ?? [];
      l.push(s);
      supByCat.set(c, l);
    }
  }
  for (const [c] of catW) if (!supByCat.get(c)?.length) throw new Error(`${spec.key}: no supplier for ${c}`);

  // per-supplier facts for this source
  const supVat = new Map<string, string | null>();
  const supInv = new Map<string, InvState>();
  for (const s of spec.suppliers) {
    if (!s.names[spec.key]) continue;
    const r = new Rng(hashStr(spec.key + ':' + s.id));
    const style = r.pick(spec.vatStyles);
    supVat.set(s.id, r.chance(spec.vatP) ? fmtVat(enterpriseNumber(s.id), style) : null);
    supInv.set(s.id, { pat: r.pick(INV_PATTERNS), start: r.int(100, 40000), rate: r.int(2, 40), used: new Set() });
  }
  const cpvFor = (s: SupplierDef, cat: CatDef): string => {
    const r = new Rng(hashStr(spec.key + ':cpv:' + s.id + ':' + cat.id));
    return r.pick(cat.cpv);
  };

  const lines: Line[] = [];
  let bbSeq = rng.int(100, 900);
  const hasClear = new Set<string>();
  // every category a source buys gets at least two invoices; the rest follows the weights
  const firstCats = [...catW.map(([c]) => c), ...catW.map(([c]) => c)];
  while (lines.length < spec.n) {
    const catId = firstCats.shift() ?? rng.weighted(catW);
    const cands = supByCat.get(catId) ?? [];
    const s = rng.weighted(cands.map((x) => [x, x.w ?? 1] as const));
    const eff = effCats.get(s.id) ?? [];
    const cat0 = CATS[catId];
    if (!cat0) throw new Error('cat');
    const doy = cat0.season
      ? rng.pick(cat0.season.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_v, i) => a + i)))
      : rng.int(3, 360);
    const inv = nextInvoice(supInv.get(s.id), doy, rng);
    bbSeq += rng.int(1, 4);
    const bb = `${String(YEAR).slice(2)}/${pad(bbSeq, 4)}`;
    const k =
      cat0.kind === 'goods'
        ? rng.weighted([
            [1, 4],
            [2, 3],
            [3, 2],
            [4, 1],
            [5, 1],
          ] as const)
        : cat0.kind === 'utility'
          ? 1
          : rng.weighted([
              [1, 5],
              [2, 1],
            ] as const);
    for (let i = 0; i < k && lines.length < spec.n; i++) {
      let cid = catId;
      if (i > 0 && eff.length > 1 && rng.chance(0.35)) cid = rng.pick(eff);
      const line = makeLine(spec, rng, s, eff, cid, doy, inv, bb, supVat.get(s.id) ?? null, cpvFor, hasClear.has(s.id));
      if (line.kind !== 'vague') hasClear.add(s.id);
      lines.push(line);
    }
  }

  // a vague line must have a supplier that also appears on clear lines of this source
  const clearSup = new Set(lines.filter((l) => l.kind !== 'vague').map((l) => l.sup.id));
  for (const l of lines) {
    if (l.kind === 'vague' && !clearSup.has(l.sup.id)) throw new Error(`vague line without clear line: ${l.sup.id}`);
  }
  return lines;
}

interface InvState {
  pat: string;
  start: number;
  rate: number;
  used: Set<number>;
}

/** Invoice numbers rise with the invoice date, as a supplier's numbering does. */
function nextInvoice(st: InvState | undefined, doy: number, rng: Rng): string {
  if (!st) throw new Error('no invoice state');
  let seq = st.start + doy * st.rate + rng.int(0, st.rate - 1);
  while (st.used.has(seq)) seq++;
  st.used.add(seq);
  const yy = String(YEAR).slice(2);
  return st.pat.replace('{yy}', yy).replace(/\{s(\d)\}/, (_m, w: string) => pad(seq % 10 ** Number(w), Number(w)));
}

function templatesFor(spec: SourceSpec, vk: VocabKey, catId: string): string[] {
  const all = TPL[vk][catId] ?? [];
  const re = spec.skipTpl;
  return re ? all.filter((t) => !re.test(t)) : all;
}

function pickAmount(rng: Rng, cat: CatDef): { qty: number; unit: string; p4: number; pdec: number } {
  const o = rng.pick(cat.amt);
  const step = o.qstep ?? 1;
  let qty = Math.round(rng.logUniform(Math.max(o.q[0], 0.5), o.q[1] + 0.49) / step) * step;
  if (qty < o.q[0]) qty = o.q[0];
  const pdec = o.pdec ?? 2;
  let p4 = Math.round(rng.logUniform(o.p[0], o.p[1]) * 10000);
  if (pdec === 2) p4 = Math.round(p4 / 100) * 100;
  return { qty, unit: o.u, p4, pdec };
}

function makeLine(
  spec: SourceSpec,
  rng: Rng,
  s: SupplierDef,
  eff: string[],
  catId: string,
  doy: number,
  inv: string,
  bb: string,
  vat: string | null,
  cpvFor: (s: SupplierDef, c: CatDef) => string,
  mayBeVague: boolean,
): Line {
  const cat = CATS[catId];
  if (!cat) throw new Error(catId);
  const names = s.names[spec.key] ?? [];
  const supName = names.length > 1 && rng.chance(0.15) ? rng.pick(names.slice(1)) : at(names, 0);
  // service
  const svc: string[] = [];
  for (const r of cat.roles) for (const n of spec.roles[r] ?? []) svc.push(n);
  const service = rng.pick(svc.length ? svc : (spec.roles['all'] ?? ['Algemeen']));
  // vocabulary for this line
  const vk = rng.weighted(spec.vocab.filter(([v]) => templatesFor(spec, v, catId).length));
  const lang = VOCAB_LANG[vk];
  const c: FillCtx = { rng, cat, lang, spec, doy, inv, bb, service, chosen: {} };
  // a line without detail only for a supplier that sells one category here and already has clear lines
  const single = eff.length === 1 && mayBeVague;
  let kind: Line['kind'] = 'clear';
  let desc: string;
  const r = rng.next();
  if (single && r < spec.vagueP) {
    kind = 'vague';
    desc = fillTpl(rng.pick(VAGUE[spec.lang]), { ...c, lang: spec.lang });
  } else {
    desc = fillTpl(rng.pick(templatesFor(spec, vk, catId)), c);
    desc = applyNoise(desc, rng, spec.noise, lang, cat.kind === 'goods');
    if (r > 1 - spec.creditP) kind = 'credit';
  }
  let { qty, unit, p4, pdec } = pickAmount(rng, cat);
  if (kind === 'vague') {
    // an invoice line without detail: quantity 1, the amount as its price
    p4 = Math.round((qty * p4) / 100) * 100;
    qty = 1;
    unit = 'forfait';
    pdec = 2;
  }
  if (kind === 'credit') {
    const cl = spec.lang;
    if (single && rng.chance(0.3)) desc = fillTpl(rng.pick(CREDIT_VAGUE[cl]), { ...c, lang: cl });
    else desc = rng.pick(CREDIT[lang]).replace('{desc}', desc).replace('{inv}', inv);
    qty = -Math.max(1, Math.round(qty / rng.int(1, 4)));
  }
  const cents = Math.round((qty * p4) / 100);
  const accIdx = cat.acc.length > 1 && rng.chance(0.12) ? rng.int(1, cat.acc.length - 1) : 0;
  // What is no purchase has no CPV code.
  const cpv = cat.cpv.length > 0 && rng.chance(spec.cpvP) ? cpvFor(s, cat) : null;
  return {
    src: spec.key,
    cat: catId,
    kind,
    doy,
    sup: s,
    supName,
    vat,
    desc,
    qty,
    unit,
    p4,
    pdec,
    cents,
    accIdx,
    service,
    cpv,
    inv,
    bb: rng.chance(spec.bbP) ? bb : null,
    vatRate: cat.vat,
    broken: null,
    lang,
  };
}

// ---------------------------------------------------------------------------------------------------
// Category definitions (truth labels). Granularity = one tender lot.
// ---------------------------------------------------------------------------------------------------

const U = (q: [number, number], p: [number, number], u: string, extra: Partial<AmtOpt> = {}): AmtOpt => ({ q, p, u, ...extra });

const CAT_DEFS: CatDef[] = [
  {
    id: 'office-paper',
    kind: 'goods',
    cpv: ['30197630-1', '30197642-8', '30197600-2'],
    acc: ['6140000', '6140100'],
    fr: '123-02',
    gl: '614000',
    roles: ['admin', 'lib', 'all'],
    vat: 21,
    amt: [U([1, 40], [17, 34], 'doos'), U([5, 60], [3.2, 6.9], 'pak')],
    slots: {
      brand: [
        'Navigator',
        'Double A',
        'Clairefontaine',
        'Xerox Performer',
        'HP Office',
        'Steinbeis',
        'Rey Office',
        'Fastprint',
        'Inapa Tecno',
        'Canon Black Label',
        'Mondi Color Copy',
      ],
      gsm: ['80g', '80 gr', '75g', '80g', '90g', '100g', '120 g', '80 g'],
      fmt: ['A4', 'A4', 'A4', 'A3', 'A4', 'A5'],
      color: ['geel', 'blauw', 'roze', 'groen', 'pastel assorti', 'oranje'],
      color_fr: ['jaune', 'bleu', 'rose', 'vert', 'pastel assorti'],
      color_en: ['yellow', 'blue', 'pink', 'green', 'assorted pastel'],
    },
  },
  {
    id: 'office-supplies',
    kind: 'goods',
    cpv: ['30192000-1', '30192000-1'],
    acc: ['6140000', '6140100'],
    fr: '123-02',
    gl: '614000',
    roles: ['admin', 'all', 'lib'],
    vat: 21,
    amt: [U([1, 30], [0.6, 28], 'st'), U([1, 10], [4, 45], 'doos')],
    slots: {
      item: [
        'balpennen',
        'Bic balpennen blauw',
        'nietjes 24/6',
        'nietmachine',
        'perforator',
        'markeerstiften',
        'post-it notes 76x76',
        'ordners 80 mm',
        'ordners 50 mm rug',
        'plakband Scotch',
        'correctieroller',
        'potloden HB',
        'gommen',
        'schrijfblokken A4 gelijnd',
        'enveloppen C4',
        'enveloppen DL met venster',
        'archiefdozen',
        'hangmappen',
        'showtanden',
        'insteekhoezen',
        'elastiekjes',
        'paperclips',
        'whiteboardstiften',
        'lijmstick Pritt',
        'scharen',
        'etiketten Avery',
        'tussenbladen',
        'Stabilo Boss stiften',
        'rekenmachine Casio',
        'bureau-agenda {year}',
      ],
      brand: ['Bic', 'Pilot', 'Stabilo', 'Leitz', 'Esselte', 'Post-it', 'Tesa', 'Pritt', 'Rexel', 'Maped'],
    },
  },
  {
    id: 'toner-ink',
    kind: 'goods',
    cpv: ['30125100-2', '30125110-5', '30192113-6'],
    acc: ['6140000', '6143000'],
    fr: '123-02',
    gl: '614100',
    roles: ['admin', 'all', 'ict'],
    vat: 21,
    amt: [U([1, 8], [28, 260], 'st')],
    slots: {
      cart: [
        'HP 305A',
        'HP 26X CF226X',
        'HP 415A',
        'Brother TN-2420',
        'Brother TN-423',
        'Canon 045H',
        'Kyocera TK-5240',
        'Kyocera TK-1170',
        'Lexmark 56F2000',
        'Xerox 106R03621',
        'Samsung MLT-D111S',
        'OKI C332',
        'Epson T9451',
        'HP 953XL',
        'HP 62A',
      ],
      color: ['zwart', 'cyaan', 'magenta', 'geel', 'zwart', 'zwart'],
      color_fr: ['noir', 'cyan', 'magenta', 'jaune', 'noir'],
      color_en: ['black', 'cyan', 'magenta', 'yellow', 'black'],
      pbrand: ['HP', 'Brother', 'Kyocera', 'Canon', 'Lexmark'],
    },
  },
  {
    id: 'copier-lease',
    kind: 'services',
    cpv: ['30121100-4', '50313000-2', '30120000-6'],
    acc: ['6100300', '6103500'],
    fr: '123-12',
    gl: '610300',
    roles: ['admin', 'all'],
    vat: 21,
    amt: [U([1, 3], [85, 690], 'maand'), U([1, 1], [120, 1900], 'kwartaal')],
    slots: {
      model: [
        'Canon iR-ADV C5535i',
        'Ricoh IM C3000',
        'Konica Minolta bizhub C300i',
        'Sharp MX-3071',
        'Xerox AltaLink C8130',
        'Kyocera TASKalfa 3554ci',
        'Ricoh MP C3004',
      ],
    },
  },
  {
    id: 'printing',
    kind: 'services',
    cpv: ['79800000-2', '79810000-5'],
    acc: ['6140200', '6150300'],
    fr: '123-05',
    gl: '614200',
    roles: ['admin', 'culture', 'all'],
    vat: 21,
    amt: [U([1, 1], [140, 6800], 'forfait'), U([250, 5000], [0.06, 1.1], 'ex', { qstep: 50 })],
  },
  {
    id: 'postage',
    kind: 'services',
    cpv: ['64110000-0', '64112000-4'],
    acc: ['6141000'],
    fr: '123-07',
    gl: '614300',
    roles: ['admin'],
    vat: 0,
    amt: [U([1, 1], [45, 3600], 'forfait'), U([20, 600], [1.2, 7.9], 'st', { qstep: 10 })],
  },
  {
    id: 'subscriptions',
    kind: 'services',
    cpv: ['22200000-2', '22212000-9'],
    acc: ['6140400'],
    fr: '123-08',
    gl: '614400',
    roles: ['admin', 'all'],
    vat: 6,
    amt: [U([1, 1], [39, 2400], 'jaar')],
    slots: {
      pub: [
        'Lokaal (VVSG)',
        'Binnenband',
        'Juristenkrant',
        'Fiscale Actualiteit',
        'Codex Lokale Besturen',
        'Zorgwijzer',
        'Nursing',
        'Lokaal Bestuur in Vlaanderen',
        'Overheidsopdrachten Actueel',
        'Burgerzaken Praktijk',
      ],
      newspaper: ['De Standaard', 'Het Nieuwsblad', 'Het Laatste Nieuws', 'De Tijd', 'Krant van West-Vlaanderen', 'Gazet van Antwerpen'],
    },
  },
  {
    id: 'telecom',
    kind: 'utility',
    cpv: ['64200000-8', '64212000-5'],
    acc: ['6142000'],
    fr: '123-11',
    gl: '614500',
    roles: ['admin', 'ict'],
    vat: 21,
    amt: [U([1, 1], [24, 1900], 'maand')],
  },
  {
    id: 'electricity',
    kind: 'utility',
    cpv: ['09310000-5'],
    acc: ['6121000'],
    fr: '125-12',
    gl: '612100',
    roles: ['tech', 'admin'],
    vat: 21,
    amt: [U([600, 60000], [0.17, 0.33], 'kwh', { pdec: 4, qstep: 1 })],
  },
  {
    id: 'natural-gas',
    kind: 'utility',
    cpv: ['09123000-7'],
    acc: ['6122000'],
    fr: '125-03',
    gl: '612200',
    roles: ['tech', 'admin'],
    vat: 21,
    amt: [U([1500, 95000], [0.043, 0.092], 'kwh', { pdec: 4 })],
  },
  {
    id: 'heating-oil',
    kind: 'goods',
    cpv: ['09135100-5', '09135000-4'],
    acc: ['6123000'],
    fr: '125-03',
    gl: '612300',
    roles: ['tech'],
    vat: 21,
    amt: [U([800, 6000], [0.82, 1.06], 'l', { pdec: 4, qstep: 50 })],
    season: [
      [3, 110],
      [260, 360],
    ],
  },
  {
    id: 'water',
    kind: 'utility',
    cpv: ['65100000-4', '65110000-7'],
    acc: ['6124000'],
    fr: '125-13',
    gl: '612400',
    roles: ['tech', 'admin'],
    vat: 6,
    amt: [U([12, 950], [3.4, 6.3], 'm3', { pdec: 4 })],
  },
  {
    id: 'fuel',
    kind: 'goods',
    cpv: ['09134100-8', '09134200-9', '09132100-4', '30163100-0'],
    acc: ['6105000'],
    fr: '127-03',
    gl: '610500',
    roles: ['tech', 'green', 'road', 'care', 'police'],
    vat: 21,
    amt: [U([25, 900], [1.42, 1.86], 'l', { pdec: 4 }), U([1, 1], [180, 5200], 'maand')],
  },
  {
    id: 'vehicle-maintenance',
    kind: 'services',
    cpv: ['50112000-3', '34350000-5', '50116500-6'],
    acc: ['6104000', '6104100'],
    fr: '127-06',
    gl: '610400',
    roles: ['tech', 'green', 'road', 'care', 'police'],
    vat: 21,
    amt: [U([1, 1], [65, 3400], 'forfait'), U([2, 4], [70, 210], 'st')],
    slots: { tyre: ['Michelin Agilis 215/65R16', 'Continental VanContact', 'Bridgestone Duravis', 'Goodyear Cargo 205/75 R16'] },
  },
  {
    id: 'cleaning-products',
    kind: 'goods',
    cpv: ['39830000-9', '39831200-8'],
    acc: ['6160000', '6161000'],
    fr: '124-02',
    gl: '616000',
    roles: ['clean', 'tech', 'kitchen'],
    vat: 21,
    amt: [U([1, 24], [2.3, 68], 'st'), U([1, 8], [14, 95], 'doos')],
    slots: {
      brand: [
        'Diversey Taski',
        'Ecolab',
        'Greenspeed',
        'Sun Professional',
        'Dettol',
        'Cif',
        'Mr. Proper',
        'Ecover',
        'Sanit',
        'Dreft Professional',
        'Suma',
      ],
    },
  },
  {
    id: 'cleaning-services',
    kind: 'services',
    cpv: ['90910000-9', '90911200-8'],
    acc: ['6133000'],
    fr: '125-15',
    gl: '613300',
    roles: ['tech', 'admin', 'clean'],
    vat: 21,
    amt: [U([4, 160], [27, 43], 'uur'), U([1, 1], [280, 6900], 'forfait')],
  },
  {
    id: 'hygiene-paper',
    kind: 'goods',
    cpv: ['33760000-5', '33763000-6', '33761000-2', '33711900-6'],
    acc: ['6160000'],
    fr: '124-02',
    gl: '616100',
    roles: ['clean', 'tech', 'all'],
    vat: 21,
    amt: [U([1, 40], [11, 66], 'doos'), U([6, 96], [0.4, 2.2], 'rol', { qstep: 6 })],
    slots: {
      brand: ['Tork', 'Katrin', 'Lucart', 'Satino', 'Kleenex', 'Renova', 'Papernet', 'Scott'],
      fold: ['Z-vouw', 'C-vouw', 'W-vouw', 'V-vouw', 'Z-fold'],
      fold_fr: ['pliage Z', 'pliage C', 'pliage V'],
      fold_en: ['Z-fold', 'C-fold', 'V-fold'],
      ply: ['2', '3', '2', '1'],
      sheets: ['200 vel', '250 vel', '150 vel'],
    },
  },
  {
    id: 'workwear',
    kind: 'goods',
    cpv: ['18110000-3', '18130000-9', '18830000-6', '35113400-3', '18141000-9'],
    acc: ['6170000', '6170100'],
    fr: '124-05',
    gl: '617000',
    roles: ['tech', 'green', 'road', 'kitchen', 'care', 'clean'],
    vat: 21,
    amt: [U([1, 25], [7, 150], 'st'), U([1, 20], [3, 19], 'paar')],
    slots: {
      brand: ['Snickers', 'Blaklader', 'Sioen', 'Portwest', 'Dassy', 'Safety Jogger', 'Emma', 'Puma Safety', 'Bata', 'Uvex', '3M', 'Havep'],
      size: ['S', 'M', 'L', 'XL', 'XXL', '48', '52', '56'],
      shoe: ['39', '40', '41', '42', '43', '44', '45', '46'],
    },
  },
  {
    id: 'waste-collection',
    kind: 'services',
    cpv: ['90500000-2', '90511000-2'],
    acc: ['6134000'],
    fr: '124-06',
    gl: '613400',
    roles: ['tech', 'kitchen', 'care'],
    vat: 21,
    amt: [U([1, 12], [38, 880], 'ledig'), U([1, 1], [90, 4800], 'forfait')],
  },
  {
    id: 'it-hardware',
    kind: 'goods',
    cpv: ['30213100-6', '30213000-5', '30231000-7', '30237000-9'],
    acc: ['2420000', '6143000'],
    fr: '742-53',
    gl: '242000',
    roles: ['ict'],
    vat: 21,
    amt: [U([1, 12], [18, 1650], 'st')],
    slots: {
      laptop: [
        'Dell Latitude 5440',
        'HP EliteBook 840 G10',
        'Lenovo ThinkPad T14',
        'HP ProBook 450',
        'Dell Latitude 7450',
        'Lenovo ThinkPad L14',
      ],
      monitor: ['Dell P2423D 24"', 'HP E24 G5', 'iiyama ProLite 27"', 'Philips 243B1', 'Lenovo ThinkVision T24'],
      desktop: ['HP EliteDesk 800 G9', 'Dell OptiPlex 7010', 'Lenovo ThinkCentre M70q'],
      dock: ['Dell WD19S', 'HP USB-C Dock G5', 'Lenovo ThinkPad Universal USB-C'],
      tablet: ['iPad 10.9 Wi-Fi 64GB', 'Samsung Galaxy Tab A9', 'Microsoft Surface Go 4'],
      switch: ['HPE Aruba 2930F 24G', 'Cisco CBS250-24P', 'Netgear GS724T'],
      ap: ['Aruba AP-505', 'Ubiquiti U6 Pro', 'Cisco Meraki MR36'],
      printer: ['HP LaserJet Pro M404dn', 'Brother HL-L5100DN', 'Kyocera ECOSYS P3145dn'],
      headset: ['Jabra Evolve2 40', 'Logitech H390', 'Poly Blackwire 3320'],
      server: ['Dell PowerEdge R650', 'HPE ProLiant DL380 Gen11'],
      brand: ['Logitech', 'Dell', 'HP', 'Lenovo', 'Samsung', 'Kingston', 'APC', 'Eaton'],
    },
  },
  {
    id: 'software',
    kind: 'services',
    cpv: ['48000000-8', '72267000-4', '72260000-5', '48900000-7'],
    acc: ['6144000', '2110000'],
    fr: '123-13',
    gl: '614600',
    roles: ['ict', 'admin'],
    vat: 21,
    amt: [U([1, 1], [180, 19000], 'jaar'), U([1, 60], [5, 38], 'lic')],
    slots: {
      sw: [
        'Mercurius',
        'Remmicom Atlas',
        'BBC-boekhouding',
        'Saphir burgerzaken',
        'Green Valley BBC',
        'Vubis Smart',
        'ArcGIS',
        'eGov-loket',
        'Inforum',
        'CareDesk zorgdossier',
        'Topdesk',
        'Afas HRM',
        'Zorgplan WZC',
      ],
      plan: ['Business Standard', 'E3', 'F3', 'Business Basic', 'E5'],
      av: ['ESET Endpoint', 'Sophos Intercept X', 'Bitdefender GravityZone', 'Microsoft Defender for Business'],
      module: ['rapportering', 'e-facturatie', 'digitaal ondertekenen', 'personeelsplanning', 'archief'],
    },
  },
  {
    id: 'insurance',
    kind: 'services',
    cpv: ['66510000-8', '66516000-0', '66514110-0', '66515200-5'],
    acc: ['6150000'],
    fr: '125-08',
    gl: '615000',
    roles: ['admin'],
    vat: 0,
    amt: [U([1, 1], [280, 36000], 'jaar')],
  },
  {
    id: 'legal-services',
    kind: 'services',
    cpv: ['79100000-5', '79110000-8'],
    acc: ['6131000'],
    fr: '122-03',
    gl: '613100',
    roles: ['admin'],
    vat: 21,
    amt: [U([1, 1], [380, 12500], 'forfait'), U([2, 40], [95, 185], 'uur')],
    slots: {
      topic: [
        'overheidsopdrachten',
        'personeelsdossier',
        'omgevingsvergunning',
        'onteigening',
        'huurgeschil',
        'invordering',
        'aansprakelijkheid',
        'GDPR',
      ],
      topic_fr: ['marchés publics', 'dossier du personnel', "permis d'urbanisme", 'recouvrement', 'bail', 'responsabilité'],
      topic_en: ['public procurement', 'staff case', 'planning permit', 'debt recovery', 'lease dispute', 'liability claim'],
    },
  },
  {
    id: 'training',
    kind: 'services',
    cpv: ['80500000-9', '80511000-9'],
    acc: ['6230000'],
    fr: '123-48',
    gl: '623000',
    roles: ['hr', 'admin', 'all'],
    vat: 0,
    amt: [U([1, 15], [40, 680], 'pers'), U([1, 1], [250, 4800], 'forfait')],
    slots: {
      course: [
        'Excel gevorderd',
        'EHBO',
        'brandpreventie (eerste interventie)',
        'VCA basis',
        'timemanagement',
        'klantvriendelijkheid',
        'dementie',
        'palliatieve zorg',
        'tiltechnieken',
        'HACCP',
        'BBC-rapportering',
        'overheidsopdrachten',
        'GDPR',
        'leidinggeven',
        'agressiebeheersing',
        'rijbewijs C',
      ],
      course_fr: [
        'Excel avancé',
        'premiers secours',
        'équipier de première intervention',
        'VCA',
        'gestion du temps',
        'accueil du public',
        'démence',
        'soins palliatifs',
        'HACCP',
        'marchés publics',
        'RGPD',
        "gestion d'équipe",
      ],
      course_en: [
        'advanced Excel',
        'first aid',
        'fire warden',
        'VCA safety',
        'time management',
        'customer service',
        'public procurement',
        'GDPR',
        'leadership',
        'de-escalation',
        'defensive driving',
      ],
      topic: [
        'lokale financiën',
        'woonzorg',
        'armoedebestrijding',
        'digitalisering',
        'omgevingsvergunning',
        'personeelsbeleid',
        'mobiliteit',
        'klimaatplan',
      ],
      topic_fr: ['finances locales', 'aide sociale', 'numérique', 'urbanisme', 'ressources humaines', 'mobilité'],
      topic_en: ['local finance', 'community policing', 'digital government', 'HR policy', 'mobility', 'cybersecurity'],
      org: ['VVSG', 'Politeia', 'Vanden Broele', 'Syntra', 'Rode Kruis'],
    },
  },
  {
    id: 'temp-staff',
    kind: 'services',
    cpv: ['79620000-6', '79624000-4'],
    acc: ['6180000'],
    fr: '111-01',
    gl: '618000',
    roles: ['all', 'care', 'kitchen', 'tech'],
    vat: 21,
    amt: [U([8, 160], [24, 49], 'uur')],
    slots: {
      function: [
        'administratief medewerker',
        'poetshulp',
        'zorgkundige',
        'logistiek medewerker',
        'arbeider groendienst',
        'kok',
        'verpleegkundige',
        'redder',
        'onthaalmedewerker',
      ],
    },
  },
  {
    id: 'coffee-supplies',
    kind: 'goods',
    cpv: ['15861000-1', '15863000-5'],
    acc: ['6190000', '6140000'],
    fr: '123-16',
    gl: '619000',
    roles: ['admin', 'all'],
    vat: 6,
    amt: [U([1, 20], [3.5, 29], 'st'), U([1, 12], [9, 24], 'kg')],
    slots: {
      brand: [
        'Rombouts',
        'Douwe Egberts',
        'Miko',
        'Lavazza',
        'Nespresso',
        'Jacobs',
        'Illy',
        'Senseo',
        'Café Liégeois',
        'Fairtrade Original',
      ],
      teabrand: ['Pickwick', 'Lipton', 'Twinings', 'Clipper', 'Dammann'],
    },
  },
  {
    id: 'coffee-machines',
    kind: 'services',
    cpv: ['42968000-9', '39711310-5'],
    acc: ['6100300', '6190000'],
    fr: '123-16',
    gl: '610300',
    roles: ['admin', 'all'],
    vat: 21,
    amt: [U([1, 3], [38, 460], 'maand')],
    slots: { model: ['Jura X8', 'Franke A600', 'WMF 1500S', 'Necta Krea', 'Bravilor Bolero', 'Schaerer Coffee Art', 'Animo Optime'] },
  },
  {
    id: 'catering',
    kind: 'services',
    cpv: ['55520000-1'],
    acc: ['6190100'],
    fr: '123-16',
    gl: '619100',
    roles: ['admin', 'culture', 'all'],
    vat: 12,
    amt: [U([10, 160], [6, 46], 'pers'), U([1, 1], [90, 3900], 'forfait')],
  },
  {
    id: 'office-furniture',
    kind: 'goods',
    cpv: ['39130000-2', '39150000-8'],
    acc: ['2410000', '6140000'],
    fr: '741-51',
    gl: '241000',
    roles: ['admin', 'all'],
    vat: 21,
    amt: [U([1, 20], [45, 1450], 'st')],
    slots: {
      chair: ['Steelcase Series 1', 'Sedus Se:flex', 'Ahrend 2020', 'Interstuhl Every', 'Haworth Zody', 'Vepa Yuno'],
      finish: ['eiken', 'wit', 'antraciet', 'beuk', 'grijs'],
    },
  },
  {
    id: 'building-maintenance',
    kind: 'works',
    cpv: ['50700000-2', '45450000-6', '45442100-8', '45421000-4'],
    acc: ['6103000', '2210000'],
    fr: '125-06',
    gl: '610300',
    roles: ['tech'],
    vat: 21,
    amt: [U([1, 1], [110, 29000], 'forfait'), U([2, 40], [42, 68], 'uur')],
  },
  {
    id: 'electrical-works',
    kind: 'works',
    cpv: ['45310000-3', '45311000-0', '50711000-2'],
    acc: ['6103000', '2300000'],
    fr: '125-06',
    gl: '610310',
    roles: ['tech'],
    vat: 21,
    amt: [U([1, 1], [85, 18500], 'forfait'), U([1, 40], [44, 66], 'uur')],
  },
  {
    id: 'hvac-maintenance',
    kind: 'services',
    cpv: ['50720000-8', '50730000-1'],
    acc: ['6103000', '6103100'],
    fr: '125-06',
    gl: '610320',
    roles: ['tech'],
    vat: 21,
    amt: [U([1, 1], [140, 9800], 'forfait')],
  },
  {
    id: 'lift-maintenance',
    kind: 'services',
    cpv: ['50750000-7'],
    acc: ['6103100'],
    fr: '125-06',
    gl: '610330',
    roles: ['tech'],
    vat: 21,
    amt: [U([1, 1], [190, 4700], 'forfait')],
  },
  {
    id: 'fire-safety',
    kind: 'goods',
    cpv: ['35111300-8', '50413200-5'],
    acc: ['6103100', '2300000'],
    fr: '125-06',
    gl: '610340',
    roles: ['tech'],
    vat: 21,
    amt: [U([1, 60], [7, 165], 'st'), U([1, 1], [110, 2500], 'forfait')],
    slots: {
      size: ['6 kg', '6 l schuim', '9 kg', '2 kg', 'CO2 5 kg', '6 kg ABC'],
      size_fr: ['6 kg', '6 l mousse', '9 kg', 'CO2 5 kg'],
      size_en: ['6 kg', '6 l foam', '9 kg', 'CO2 5 kg'],
      type: ['poeder ABC', 'schuim', 'CO2'],
    },
  },
  {
    id: 'security',
    kind: 'services',
    cpv: ['79710000-4', '79711000-1'],
    acc: ['6130500'],
    fr: '125-48',
    gl: '613050',
    roles: ['tech', 'admin'],
    vat: 21,
    amt: [U([4, 60], [27, 46], 'uur'), U([1, 1], [55, 3600], 'forfait')],
  },
  {
    id: 'green-maintenance',
    kind: 'services',
    cpv: ['77310000-6', '77313000-7'],
    acc: ['6103200', '6130700'],
    fr: '124-48',
    gl: '610320',
    roles: ['green', 'tech'],
    vat: 21,
    amt: [U([1, 1], [140, 9200], 'forfait'), U([5, 200], [1.5, 28], 'st')],
    slots: {
      plant: ['haagbeuk', 'lavendel', 'zomerbloeiers', 'tulpenbollen', 'vaste planten', 'hoogstamfruitbomen'],
      season: ['voorjaar', 'zomer', 'najaar'],
      season_fr: ['printemps', 'été', 'automne'],
      season_en: ['spring', 'summer', 'autumn'],
    },
  },
  {
    id: 'road-salt',
    kind: 'goods',
    cpv: ['34927100-2', '14410000-8'],
    acc: ['6106000'],
    fr: '124-02',
    gl: '610600',
    roles: ['road'],
    vat: 21,
    amt: [U([8, 120], [66, 98], 'ton')],
    season: [
      [3, 75],
      [300, 360],
    ],
  },
  {
    id: 'road-works',
    kind: 'works',
    cpv: ['45233140-2', '45233142-6'],
    acc: ['2240000', '6103300'],
    fr: '731-60',
    gl: '224000',
    roles: ['road'],
    vat: 21,
    amt: [U([1, 1], [1800, 190000], 'forfait')],
  },
  {
    id: 'library-media',
    kind: 'goods',
    cpv: ['22113000-5', '22110000-4'],
    acc: ['6145000', '2400000'],
    fr: '124-08',
    gl: '614700',
    roles: ['lib'],
    vat: 6,
    amt: [U([3, 80], [6, 36], 'st')],
    slots: {
      genre: ['jeugd', 'thrillers', 'kookboeken', 'reisgidsen', 'geschiedenis', 'young adult', 'taalcursussen', 'literaire romans'],
      genre_fr: ['jeunesse', 'romans policiers', 'cuisine', 'guides de voyage', 'histoire'],
      genre_en: ['children', 'crime fiction', 'cookery', 'travel guides', 'history'],
    },
  },
  {
    id: 'incontinence',
    kind: 'goods',
    cpv: ['33751000-9', '33141621-9'],
    acc: ['6040100'],
    fr: '124-23',
    gl: '604010',
    roles: ['care'],
    vat: 6,
    amt: [U([2, 60], [11, 49], 'pak')],
    slots: { brand: ['Tena', 'Hartmann MoliCare', 'Attends', 'iD Expert', 'Seni'], size: ['M', 'L', 'XL', 'Medium', 'Large', 'S'] },
  },
  {
    id: 'medicines',
    kind: 'goods',
    cpv: ['33600000-6', '33690000-3'],
    acc: ['6040200'],
    fr: '124-24',
    gl: '604020',
    roles: ['care'],
    vat: 6,
    amt: [U([1, 1], [70, 6900], 'forfait'), U([1, 30], [2.5, 38], 'doos')],
    slots: {
      drug: [
        'Dafalgan 1 g',
        'Paracetamol 500 mg',
        'Movicol',
        'Pantomed 40 mg',
        'Ibuprofen 400',
        'Bisoprolol 2,5 mg',
        'Lorazepam 1 mg',
        'Isobetadine',
        'Flammazine',
        'Cetirizine',
        'Furosemide 40 mg',
      ],
    },
  },
  {
    id: 'food',
    kind: 'goods',
    cpv: ['15000000-8', '15100000-9', '15300000-1', '15500000-3', '15811000-6'],
    acc: ['6040000'],
    fr: '124-23',
    gl: '604000',
    roles: ['kitchen'],
    vat: 6,
    amt: [U([5, 150], [1.1, 19], 'kg'), U([1, 1], [140, 4600], 'forfait')],
    slots: {
      meat: ['gehakt', 'kippenfilet', 'varkensgebraad', 'rundsstoofvlees', 'worsten', 'kalkoenfilet'],
      meat_fr: ['haché', 'filet de poulet', 'rôti de porc', 'carbonnades', 'saucisses'],
      fish: ['kabeljauw', 'zalm', 'pangasius', 'koolvis', 'vispannetje'],
      fish_fr: ['cabillaud', 'saumon', 'colin', 'lieu noir'],
    },
  },
  {
    id: 'care-aids',
    kind: 'goods',
    cpv: ['33190000-8', '33193000-9', '33192100-3', '33196000-0', '33141110-4'],
    acc: ['6040300', '2300000'],
    fr: '124-25',
    gl: '604030',
    roles: ['care'],
    vat: 6,
    amt: [U([1, 4], [25, 4900], 'st'), U([1, 40], [3, 30], 'doos')],
    slots: { brand: ['Invacare', 'Vermeiren', 'Arjo', 'Hill-Rom', 'Drive Medical', 'Sunrise Medical'], size: ['M', 'L', 'XL'] },
  },
  {
    id: 'linen-laundry',
    kind: 'services',
    cpv: ['98310000-9', '98311000-6', '39512000-4'],
    acc: ['6133500', '6040400'],
    fr: '124-26',
    gl: '613350',
    roles: ['care', 'clean'],
    vat: 21,
    amt: [U([80, 2500], [0.9, 2.3], 'kg', { qstep: 10 }), U([1, 1], [120, 5200], 'forfait'), U([6, 60], [4, 28], 'st')],
    slots: { size: ['1-persoons', '2-persoons', '90x200', '160x240'] },
  },
  {
    id: 'sports-equipment',
    kind: 'goods',
    cpv: ['37400000-2', '37420000-8', '37421000-5'],
    acc: ['2300000', '6190500'],
    fr: '124-09',
    gl: '619050',
    roles: ['sport'],
    vat: 21,
    amt: [U([1, 30], [7, 1300], 'st')],
    slots: {
      sport: ['volleybal', 'basketbal', 'badminton', 'voetbal', 'handbal', 'turnen', 'zwemmen', 'tafeltennis'],
      brand: ['Molten', 'Mikasa', 'Select', 'Derbystar', 'Yonex', 'Technogym', 'Sport-Thieme'],
    },
  },
  {
    id: 'pool-chemicals',
    kind: 'goods',
    cpv: ['24962000-5', '24311900-6'],
    acc: ['6160500'],
    fr: '124-02',
    gl: '616050',
    roles: ['sport'],
    vat: 21,
    amt: [U([1, 40], [18, 96], 'st'), U([200, 3000], [0.35, 1.4], 'l', { qstep: 50 })],
  },
  {
    id: 'stage-technics',
    kind: 'services',
    cpv: ['32321200-1', '92370000-5', '32342000-2'],
    acc: ['6100400', '6130800'],
    fr: '124-12',
    gl: '610040',
    roles: ['culture'],
    vat: 21,
    amt: [U([1, 1], [160, 6600], 'forfait'), U([4, 40], [38, 62], 'uur')],
  },
  {
    id: 'police-equipment',
    kind: 'goods',
    cpv: ['35811200-4', '35810000-5', '35330000-6', '35113000-9'],
    acc: ['6170200', '2300000'],
    fr: '124-05',
    gl: '617020',
    roles: ['police'],
    vat: 21,
    amt: [U([1, 50], [12, 1850], 'st')],
    slots: {
      size: ['S', 'M', 'L', 'XL', '48', '52'],
      item_en: ['uniform shirts', 'uniform trousers', 'service caps', 'duty belts', 'winter parkas', 'polo shirts POLICE'],
      item: ['uniformhemden', 'uniformbroeken', 'kepies', 'koppelriemen', "winterparka's", "polo's POLITIE"],
    },
  },
  // Payments that are no purchase: a gemeente's and an OCMW's ledgers hold them too.
  {
    id: 'dotations',
    kind: 'services',
    cpv: [],
    acc: ['6494000', '6494100'],
    fr: '330-01',
    gl: '649400',
    roles: ['admin'],
    vat: 0,
    amt: [U([1, 1], [60000, 320000], 'forfait')],
  },
  {
    id: 'subsidies',
    kind: 'services',
    cpv: [],
    acc: ['6490000', '6491000'],
    fr: '331-01',
    gl: '649000',
    roles: ['culture', 'sport'],
    vat: 0,
    amt: [U([1, 1], [250, 6500], 'forfait')],
    slots: {
      club: ['KFC Zonnebeke-Oost', 'harmonie Sint-Cecilia', 'jeugdhuis De Kelder', 'seniorenraad', 'Chiro Sint-Jan', 'tennisclub'],
    },
  },
  {
    id: 'taxes',
    kind: 'services',
    cpv: [],
    acc: ['6400000', '6401000'],
    fr: '124-21',
    gl: '640000',
    roles: ['admin'],
    vat: 0,
    amt: [U([1, 1], [45, 3400], 'forfait')],
  },
  {
    id: 'social-aid',
    kind: 'services',
    cpv: [],
    acc: ['6480000'],
    fr: '333-01',
    gl: '648000',
    roles: ['admin'],
    vat: 0,
    amt: [U([1, 1], [90, 1500], 'forfait')],
  },
];

const CATS: Record<string, CatDef> = Object.fromEntries(CAT_DEFS.map((c) => [c.id, c]));

/** Slot values shared by all categories (per language where it matters). */
const GLOBAL_SLOTS: Record<string, string[]> = {
  fmt: ['A4'],
  event: ['nieuwjaarsreceptie', 'infoavond', 'personeelsfeest'],
  event_fr: ['réception de nouvel an', "soirée d'information", 'fête du personnel'],
  event_en: ['new year reception', 'information evening', 'staff party'],
  meeting: ['vergadering', 'overleg'],
  meeting_fr: ['conseil', 'réunion'],
  meeting_en: ['board meeting', 'staff meeting'],
};

// ---------------------------------------------------------------------------------------------------
// Description templates. A = the samples (Dutch); B = the other Dutch phrasing (three-way case and the
// Dutch lines of the French/English cases: other words and synonyms on purpose); F = French; E = English.
// ---------------------------------------------------------------------------------------------------

const TPL_A: Record<string, string[]> = {
  'office-paper': [
    'Kopieerpapier {fmt} {gsm} {brand}',
    'Kopieerpapier {fmt} wit {gsm} - doos 5 x 500 vel',
    '{brand} papier {fmt} {gsm} 5x500 vel',
    'Printpapier {fmt} {gsm} ({n} dozen)',
    'Papier {fmt} {gsm} wit, doos 2500 vel',
    'Kopiepapier {fmt} gerecycleerd {gsm}',
    'Gerecycleerd papier {fmt} {gsm} Blauwe Engel',
    'Riem papier {fmt} {gsm} {brand}',
    '{fmt} papier wit {gsm} - {n} riemen',
    'Papier voor printer {fmt} {brand}',
    'Kopieerpapier gekleurd {fmt} {color} {gsm}',
    'Gekleurd papier {fmt} {color} 500 vel',
    'Fotokopiepapier {fmt} {gsm}',
    'Kopieerpapier FSC {fmt} {gsm} levering {site}',
    'Wit papier {fmt} voor kopieermachine {site}',
    'Papier {brand} {fmt} {gsm} 500 vel/pak',
    'KOPIEERPAPIER {fmt} {gsm}',
    'Kopieerpapier {fmt} - pallet {n}0 dozen',
  ],
  'office-supplies': [
    '{item}',
    '{item} - {n} st.',
    'Kantoorbenodigdheden: {item}, {item2}',
    'Kantoormateriaal {site}',
    'Bureaubenodigdheden {month}: {item}',
    '{item} art. {art}',
    'Bestelling kantoorartikelen: {item} e.a.',
    '{item} doos {n}0 st.',
    'Kantoorartikelen divers ({item})',
    '{n} x {item}',
    '{item} ({brand})',
    'Schrijfwaren {site}',
    '{item} + {item2}',
    'Levering kantoorbenodigdheden {site}',
    'Kantoorbenodigdheden {dienst}',
  ],
  'toner-ink': [
    'Toner {cart} {color}',
    'Tonercartridge {cart}',
    'Toner {cart} {color} - {site}',
    'Inktpatroon {cart} {color}',
    '{cart} toner {color}',
    'Toners voor printers {site}',
    'Inktcartridges {cart} (set 4 kleuren)',
    'Toner compatibel {cart}',
    'Tonerkit {cart} {color} hoge capaciteit',
    'Drum unit {cart}',
    'Inkt {cart} multipack',
    'Cartridge {cart} {color}',
    'Toner printer {pbrand} {site}',
    'Vervanging toners {month}',
  ],
  'copier-lease': [
    'Huur multifunctioneel toestel {model} {period}',
    'Huur kopieermachine {site} {q}',
    'Kopieerkosten {period} - teller',
    'Afrekening kopies zwart/wit {q} {model}',
    'Kleurkopies {q} toestel {site}',
    'Onderhoudscontract kopieertoestel {model}',
    'Leasing printer/kopieerapparaat {model} {period}',
    'Huur MFP {model} {site}',
    'Clickprijs overschrijding {period}',
    'Overschrijding kopievolume {q}',
    'Onderhoud multifunctional {model}',
    'Huur + onderhoud MFP {site} {q}',
    'Tellerstanden {period} {model}',
    'Herstelling kopieerapparaat {site}',
  ],
  printing: [
    'Drukwerk infoblad {month}',
    'Bedrukte enveloppen {fmt} met logo',
    'Visitekaartjes {n} personen',
    'Drukken affiches {event}',
    'Flyers A5 {event} - {n}00 ex.',
    'Briefpapier met hoofding {n}000 st.',
    'Drukwerk folders {event}',
    'Brochure {event} {n}00 ex',
    'Drukken jaarverslag {year}',
    'Roll-up banner {event}',
    'Drukwerk uitnodigingen {event}',
    'Zelfklevende etiketten bedrukt met logo',
    'Spandoek {event}',
    'Drukwerk: naamkaartjes + badges',
  ],
  postage: [
    'Frankering {month}',
    'Postzegels {n} x 50 st.',
    'Bpost frankeermachine opladen {month}',
    'Verzending aangetekende zendingen {month}',
    'Portkosten {period}',
    'Aangetekende brieven {month}',
    'Bpost - verzending {n}00 zendingen',
    'Opladen frankeermachine',
    'Huur postbus {year}',
    'Kosten verzending belastingbrieven',
    'Postdiensten {period}',
    'Prior zegels 10 st.',
    'Zending pakjes {site}',
  ],
  subscriptions: [
    'Abonnement {pub} {year}',
    'Abonnement vakliteratuur {pub}',
    'Vernieuwing abonnement {pub}',
    'Krant {newspaper} digitaal {year}',
    'Kranten en tijdschriften {site}',
    'Losbladige uitgave {pub} - aanvulling',
    'Jaarabonnement {newspaper}',
    'Online databank {pub}',
    'Handboek {pub} editie {year}',
    'Abonnement {newspaper} {site}',
  ],
  telecom: [
    'Mobiele telefonie {period}',
    'GSM-abonnementen {month} ({n}0 lijnen)',
    'Vaste telefonie + internet {site} {month}',
    'Internetverbinding {site} {period}',
    'Data-abonnement tablets {month}',
    'Telefoonkosten {period}',
    'Glasvezelverbinding {site}',
    'Huurlijn {site} {q}',
    'Abonnement mobiele data {n} simkaarten',
    'Onderhoud telefooncentrale {year}',
    'Internet en tv {site}',
    'Verbruik roaming buitenland {month}',
    'Nummerportering + simkaarten',
  ],
  electricity: [
    'Elektriciteit {site} {period}',
    'Verbruik elektriciteit {period} - {site}',
    'Elektriciteitsverbruik {site} {month}',
    'Voorschotfactuur elektriciteit {month}',
    'Afrekening elektriciteit {year} EAN {ean}',
    'Stroomverbruik {site} {period}',
    'Elektriciteit laagspanning {site}',
    'Levering groene stroom {period}',
    'Energie elek. {site} {month}',
    'Elektriciteit hoogspanning {site} {q}',
    'Maandfactuur stroom {site}',
    'kWh verbruik elektriciteit {site} {period}',
    'Elektriciteit {site} - voorschot {month}',
  ],
  'natural-gas': [
    'Aardgas {site} {period}',
    'Gasverbruik {site} {month}',
    'Voorschotfactuur aardgas {month}',
    'Afrekening gas {year} {site}',
    'Levering aardgas {period}',
    'Gas verwarming {site} {month}',
    'Aardgas verbruik {q} - EAN {ean}',
    'Maandfactuur gas {site}',
    'Aardgas {site} - voorschot',
    'Gaslevering {site} {month}',
    'Verbruik aardgas (H-gas) {period}',
  ],
  'heating-oil': [
    'Stookolie {n}000 l {site}',
    'Mazout levering {site}',
    'Huisbrandolie {n}.000 liter',
    'Levering gasolie verwarming {site}',
    'Stookolie voor verwarming {site}',
    'Mazout {n}000L',
    'Gasolie extra (verwarming) {site}',
    'Bijvullen stookolietank {site}',
    'Levering huisbrandolie {month}',
    'Stookolie {site}',
  ],
  water: [
    'Waterverbruik {site} {period}',
    'Drinkwater {site} {year}',
    'Afrekening water {site}',
    'Voorschot water {q}',
    'Leidingwater {site} {period}',
    'Water + saneringsbijdrage {site}',
    'Waterfactuur {site} {month}',
    'Verbruik water {site}',
    'Vastrecht water {year}',
    'Bijdrage afvalwater (sanering) {site}',
  ],
  fuel: [
    'Brandstof {vehicle} {month}',
    'Diesel tankkaart {month}',
    'Tankkaarten {period}',
    'Brandstof tankkaart {n}',
    'Diesel {n}0 l',
    'Benzine 95 {vehicle}',
    'Dieselolie voertuigen TD {month}',
    'Gasolie wegen (rode diesel) {n}00 l',
    'Brandstof {month} - {nn} tankbeurten',
    'AdBlue {n}0 l',
    'Tanken {vehicle} {dd}',
    'Euro 95 E10 {vehicle}',
    'Brandstofkosten {period}',
    'Levering diesel eigen tank werkplaats {n}000 l',
    'Brandst. {vehicle}',
  ],
  'vehicle-maintenance': [
    'Onderhoud {vehicle}',
    'Onderhoudsbeurt {vehicle} {km} km',
    'Herstelling remmen {vehicle}',
    'Winterbanden {vehicle} (4 st.)',
    'Banden {tyre} - {n} st.',
    'Autokeuring {vehicle}',
    'Vervangen distributieriem {vehicle}',
    'Olie verversen + filters {vehicle}',
    'Herstelling airco {vehicle}',
    'Ruitherstelling {vehicle}',
    'Onderdelen {vehicle}',
    'Motorolie 5W30 {n}0 l',
    'Wisselstukken {vehicle}',
    'Grote beurt {vehicle}',
    'Herstelling schade {vehicle}',
  ],
  'cleaning-products': [
    'Schoonmaakproducten {site}',
    'Allesreiniger {brand} {n} x 1 l',
    'Vloerreiniger {brand} 5 l',
    'Afwasmiddel {brand} 5L',
    'Vaatwastabletten {brand}',
    'Ontsmettingsmiddel oppervlakken {n} l',
    'WC-reiniger {brand}',
    'Glasreiniger spray {n} st.',
    'Schuurcrème {brand}',
    'Microvezeldoeken {n}0 st.',
    'Moppen en dweilen',
    'Vuilniszakken 60 l {n}0 rollen',
    'Ontkalker {brand}',
    'Emmer + trekker',
    'Poetsproducten {month}',
    'Reinigingsmiddelen keuken {brand}',
    'Javel {n} l',
  ],
  'cleaning-services': [
    'Schoonmaak {site} {month}',
    'Poetsdiensten {site} {period}',
    'Schoonmaakprestaties {month} ({nn} u)',
    'Glazenwassen {site}',
    'Ruitenwassen buitenzijde {site}',
    'Reiniging {site} na werken',
    'Dieptereiniging keuken {site}',
    'Schoonmaak sanitair {site}',
    'Periodieke reiniging {site} {q}',
    'Vloeronderhoud (kristalliseren) {site}',
    'Onderhoudsschoonmaak {site} - {month}',
    'Tapijtreiniging {site}',
    'Reinigen ramen {site} {q}',
  ],
  'hygiene-paper': [
    'Papieren handdoeken {fold} {n} x {sheets}',
    'Handdoekpapier {brand} {n} st.',
    'Toiletpapier {ply}-laags {n}0 rollen',
    'WC-papier {brand} {n}0 rol',
    'Handdoekrollen {brand} Matic',
    'Tork handdoekjes Z-vouw',
    'Poetspapier rol {n}00 m',
    'Keukenrollen {n}0 st.',
    'Zakdoeken/tissues {brand}',
    'Handzeep {brand} 1 l navulling',
    'Zeepdispenser {brand}',
    'Dispenser toiletpapier',
    'Maxi jumbo toiletrollen {n} st.',
    'Servetten papier 33x33 {n}00 st.',
    'Papieren handdoeken {fold} {brand}',
    'Handzeepschuim {brand}',
    'Hygiënepapier {site}',
  ],
  workwear: [
    'Werkkledij {dienst}',
    'Werkbroek {brand} maat {size}',
    'Veiligheidsschoenen S3 {brand} maat {shoe}',
    'Fluovest {brand} {n} st.',
    'Werkhandschoenen {n}0 paar',
    'Regenjas fluo {size}',
    "Polo's met logo {n}0 st.",
    'Softshell jassen {dienst}',
    'Werkschoenen {brand} S3',
    'Overalls {size}',
    'Koksvesten keukenpersoneel',
    'Verpleegkundige tunieken {n}0 st.',
    'Gehoorbescherming {brand}',
    'Veiligheidsbrillen {brand}',
    'Winterjas {brand} fluo',
    'T-shirts {dienst} {n}0 st',
  ],
  'waste-collection': [
    'Afvalophaling {site} {month}',
    'Lediging containers {site} {month}',
    'Huur container {n} m³ {site}',
    'Ophaling restafval {site}',
    'Verwerking groenafval {month}',
    'PMD-ophaling {site}',
    'Ophaling papier en karton {site}',
    'Containerhuur + lediging {period}',
    'Afvoer bouwafval {site}',
    'Ophalen GFT {site}',
    'Verwerking grofvuil {month}',
    'Medisch risicoafval {month}',
    'Ophaling vetafval keuken',
    'Restafval {n} ton',
  ],
  'it-hardware': [
    'Laptop {laptop}',
    'Laptop {laptop} + docking',
    'Beeldscherm {monitor}',
    '{n} x monitor {monitor}',
    'Desktop pc {desktop}',
    'Docking station {dock}',
    'Toetsenbord + muis {brand}',
    'Tablet {tablet}',
    'Harde schijf extern 2TB {brand}',
    'Switch {switch}',
    'Netwerkprinter {printer}',
    'Server {server}',
    'Wifi access point {ap}',
    'Headset {headset}',
    'USB-sticks 64GB {n}0 st.',
    'Webcam {brand}',
    'UPS {brand}',
    'Computermateriaal {site}',
    "Vervanging pc's {dienst}",
  ],
  software: [
    'Licentie {sw} {year}',
    'Onderhoudscontract software {sw}',
    'Microsoft 365 {plan} {n}0 licenties',
    'Softwareonderhoud {sw} {year}',
    'Jaarlicentie {sw}',
    'Abonnement {sw} {period}',
    'Hosting {sw} {year}',
    'Antivirus {av} {n}0 toestellen',
    'Gebruiksrecht {sw} {year}',
    'Support en updates {sw}',
    'SaaS {sw} {q}',
    'Module {module} {sw}',
    'Licenties Adobe Acrobat Pro',
    'AutoCAD LT licentie',
  ],
  insurance: [
    'Verzekering brand {site} {year}',
    'Polis BA {year}',
    'Premie arbeidsongevallen {year}',
    'Verzekering voertuigen {year}',
    'Omniumverzekering {vehicle}',
    'Polis {polnr} - premie {year}',
    'Verzekering burgerlijke aansprakelijkheid {year}',
    'Vrijwilligersverzekering {year}',
    "Verzekering alle risico's elektronica",
    'Verzekering rechtsbijstand {year}',
    'Brandpolis gebouwen {q}',
    'Premie polis nr. {polnr}',
    'Verzekering bestuurdersaansprakelijkheid',
    'Collectieve hospitalisatieverzekering {year}',
    'Tijdelijke verzekering {event}',
  ],
  'legal-services': [
    'Erelonen advocaat dossier {dossier}',
    'Juridisch advies {topic}',
    'Ereloon advocaat - {topic}',
    'Kosten procedure Raad van State {dossier}',
    'Juridische bijstand {topic}',
    'Advies overheidsopdrachten',
    'Provisie ereloon dossier {dossier}',
    'Erelonen en kosten {dossier}',
    'Gerechtsdeurwaarder {dossier}',
    'Bijstand advocaat personeelsdossier',
    'Staat van kosten en erelonen {dossier}',
  ],
  training: [
    'Opleiding {course}',
    'Inschrijving studiedag {topic}',
    'Vorming {course} - {n} deelnemers',
    'Cursus {course}',
    'Inschrijving {org} {topic}',
    'Opleiding EHBO {n} pers.',
    'Bijscholing {course}',
    'Workshop {course}',
    'Seminarie {topic}',
    'Opleiding heftruck / VCA',
    'Studienamiddag {topic}',
    'Vorming personeel {dienst}',
    'Webinar {topic}',
    'Train-de-trainer {course}',
  ],
  'temp-staff': [
    'Interimarbeid {dienst} week {wk}',
    'Uitzendkracht {dienst} {period}',
    'Interim {function} {month}',
    'Prestaties uitzendkracht week {wk}',
    'Tijdelijke arbeidskracht {dienst}',
    'Interimpersoneel {function}',
    'Uitzendarbeid {nn} uren',
    'Vervanging {function} via interim',
    'Interim {function} {period}',
    'Uitzendkracht jobstudent {dienst}',
  ],
  'coffee-supplies': [
    'Koffie {brand} {n} kg',
    'Koffiebonen {brand} 1 kg',
    'Gemalen koffie {brand} 250 gr',
    'Koffiecapsules {brand} {n}0 st.',
    'Koffiepads {brand}',
    'Thee {teabrand} assortiment',
    'Suikerkletsjes + koffiemelk',
    'Koffiebekers karton {n}00 st.',
    'Koffie voor vergaderingen',
    'Oploskoffie {brand}',
    'Melkpoeder voor koffieautomaat',
    'Cacao / chocolademelk Van Houten',
    'Koffie decafeïne {brand}',
    'Roerstaafjes + suikersticks',
    'Koffie en thee {site}',
  ],
  'coffee-machines': [
    'Huur koffieautomaat {site} {q}',
    'Huur koffiemachine {model}',
    'Onderhoud koffieautomaat {site}',
    'Huur drankautomaat {period}',
    'Leasing koffietoestel {model} {period}',
    'Herstelling koffiemachine {site}',
    'Huur waterfontein {site}',
    'Ontkalking koffiemachines {site}',
    'Huur vending {site}',
    'Onderhoudscontract koffietoestellen {year}',
    'Huur koffieautomaten {n} st. {month}',
    'Plaatsing nieuwe koffieautomaat {site}',
    'Huur waterkoeler + CO2',
  ],
  catering: [
    'Broodjes vergadering {meeting}',
    'Receptie {event}',
    'Catering {event}',
    'Traiteur {event} ({nn} pers.)',
    'Broodjeslunch {meeting}',
    'Walking dinner {event}',
    'Hapjes en dranken {event}',
    'Drank receptie {event}',
    'Ontbijt {event}',
    'Lunch personeelsfeest',
    'Koffiepauze seminarie {event}',
    'Belegde broodjes {nn} st. {meeting}',
    'Taart en koffie {event}',
    'Dessertbuffet {event}',
  ],
  'office-furniture': [
    'Bureaustoel {chair}',
    'Bureau {w}x80 {finish}',
    'Zit-sta bureau {finish}',
    'Vergadertafel {n} pers.',
    'Kast met schuifdeuren {finish}',
    'Ladeblok op wieltjes',
    'Archiefkast metaal',
    'Bezoekersstoelen {n} st.',
    'Meubilair {site}',
    'Ergonomische stoel {chair}',
    'Stoelen polyvalente zaal {n}0 st.',
    'Kantoormeubilair {dienst}',
    'Lockers {n} vakken',
    'Boekenrekken bibliotheek',
    'Tafels en stoelen cafetaria {site}',
  ],
  'building-maintenance': [
    'Schilderwerken {site}',
    'Herstelling dak {site}',
    'Herstelling sanitair {site}',
    'Loodgieterswerk {site}',
    'Vervangen ramen {site}',
    'Schrijnwerk deuren {site}',
    'Herstelling dakgoot {site}',
    'Onderhoud gebouw {site}',
    'Tegelwerk {site}',
    'Herstelling lekkage {site}',
    'Plaatsen gyprocwanden {site}',
    'Herstelling poort {site}',
    'Bouwmaterialen {site}',
    'Slotenmaker {site}',
    'Vervangen vloerbekleding {site}',
    'Glaswerk (vervangen ruit) {site}',
    'Ontstopping riolering {site}',
  ],
  'electrical-works': [
    'Elektriciteitswerken {site}',
    'Herstelling elektriciteit {site}',
    'Elektrische installatie {site}',
    'Vervangen verlichting LED {site}',
    'Aanpassing elektrisch bord {site}',
    'Keuring elektrische installatie {site}',
    'Plaatsen stopcontacten {site}',
    'Elektrisch materiaal (kabels, schakelaars)',
    'Herstellen defecte verlichting {site}',
    'Elektriciteitswerken laadpalen {site}',
    'Elektricien prestaties {nn} u {site}',
    'Vervangen zekeringen/differentieel {site}',
    'Elektr. werken {site}',
    'Aansluiting elektriciteit {event}',
  ],
  'hvac-maintenance': [
    'Onderhoud verwarmingsketel {site}',
    'Onderhoud CV-installatie {site}',
    'Herstelling verwarming {site}',
    'Jaarlijks onderhoud ketels {year}',
    'Onderhoud gasketel {site}',
    'Reiniging stookolieketel + verbrandingsattest {site}',
    'Herstelling airco {site}',
    'Onderhoud ventilatie (VMV) {site}',
    'Vervangen circulatiepomp {site}',
    'Onderhoud warmtepomp {site}',
    'Interventie pannedienst verwarming {site}',
    'Onderhoudscontract HVAC {q}',
    'Filters luchtgroep {site}',
  ],
  'lift-maintenance': [
    'Onderhoud lift {site} {q}',
    'Liftonderhoud {period}',
    'Periodieke keuring lift {site}',
    'Herstelling lift {site}',
    'Onderhoudscontract liften {year}',
    'Noodoproepsysteem lift {site}',
    'Interventie lift defect {site}',
    'Modernisering liftinstallatie {site}',
    'Onderhoud traplift {site}',
    'Lift {site}: vervangen deurcontact',
    'Onderhoud goederenlift keuken',
  ],
  'fire-safety': [
    'Controle brandblussers {site}',
    'Brandblusser {size} poeder',
    'Brandblussers {n} st. {type}',
    'Jaarlijks nazicht blustoestellen {year}',
    'Onderhoud brandhaspels {site}',
    'Branddeken keuken {site}',
    'Keuring branddetectie {site}',
    'Onderhoud brandmeldcentrale {site}',
    'Vervangen rookmelders {site}',
    'Blusapparaat CO2 5 kg',
    'Pictogrammen evacuatie',
    'Nazicht RWA-installatie {site}',
    'Controle brandbeveiliging {site}',
    'Navullen brandblussers',
  ],
  security: [
    'Bewaking {event}',
    'Alarmopvolging {site} {q}',
    'Onderhoud inbraakalarm {site}',
    'Camerabewaking {site}',
    'Toegangscontrole badges {site}',
    'Nachtelijke ronde {site} {month}',
    'Abonnement meldkamer {year}',
    'Interventie alarm {site} {dd}',
    'Bewakingsagent {event}',
    "Onderhoud camera's {site}",
    'Sleutelkluis {site}',
    'Alarmcentrale {site}',
    'Beveiliging {event}',
  ],
  'green-maintenance': [
    'Groenonderhoud {site}',
    'Maaien {site}',
    'Snoeiwerken {site}',
    'Onderhoud tuin {site}',
    'Bloembakken beplanting {season}',
    'Haagscheren {site}',
    'Bomen vellen {site}',
    'Plantgoed {plant}',
    'Onkruidbestrijding {site}',
    'Onderhoud sportvelden',
    'Graszaad {n}0 kg',
    'Potgrond {n}0 zakken',
    'Uitbesteed groenonderhoud {month}',
    'Aanplanting {site}',
  ],
  'road-salt': [
    'Strooizout {nn} ton',
    'Strooizout in bulk {nn} ton',
    'Zout voor gladheidsbestrijding',
    'Strooizout winterdienst {year}',
    'Dooizout zakken 25 kg',
    'Wegenzout {nn} ton',
    'Levering strooizout',
    'Strooizout - nalevering',
    'Zout voor strooiwagen',
    'Natriumchloride (strooizout) {nn} t',
  ],
  'road-works': [
    'Herstelling voetpad {street}',
    'Asfalteringswerken {street}',
    'Wegenwerken {street}',
    'Herstelling putten in wegdek',
    'Koude asfalt {n}0 zakken',
    'Aanleg fietspad {street}',
    'Wegmarkeringen {street}',
    'Herstelling rioolkolken {street}',
    'Vorderingsstaat {n} wegenwerken {street}',
    'Herasfaltering {street}',
    'Boordstenen {street}',
    'Kasseiwerken {street}',
    'Onderhoud wegen {year} - perceel {n}',
  ],
  'library-media': [
    'Boeken jeugdafdeling',
    'Aankoop boeken {genre}',
    'Romans {nn} ex.',
    'Strips {nn} st.',
    "Dvd's bibliotheek",
    'Luisterboeken',
    'Prentenboeken',
    'Non-fictie {genre}',
    'Collectie-aankoop {month}',
    'Boeken volwassenen {month}',
    'Graphic novels',
    'Nieuwe aanwinsten {month}',
    'Boeken {genre} bib',
  ],
  incontinence: [
    'Incontinentiemateriaal {brand}',
    'Tena Slip {size} {n} st.',
    'Incontinentieslips {brand} {size}',
    'Inlegkruisjes {brand}',
    'Tena Pants Plus {size}',
    'Incontinentieverbanden {brand}',
    'Onderleggers {n}0 st.',
    'Luierbroekjes {size}',
    'Incontinentie {month} WZC',
    'Tena Flex Maxi {size}',
    'Incomateriaal {afdeling}',
    'Wegwerponderleggers 60x90',
    'Fixatiebroekjes {size}',
  ],
  medicines: [
    'Geneesmiddelen {month}',
    'Apotheek levering {afdeling} {month}',
    'Medicatie bewoners {month}',
    'Geneesmiddelen {drug}',
    '{drug} {n}0 tabl.',
    'Baxterlevering week {wk}',
    'Medicatie {afdeling}',
    'Paracetamol 1 g {n}0 tabl.',
    'Apotheekkosten {month}',
    'Individuele medicatievoorbereiding {month}',
    'Zalven en crèmes apotheek',
    'Geneesmiddelen niet-terugbetaalbaar {month}',
  ],
  food: [
    'Voeding keuken {month}',
    'Vlees {meat} {nn} kg',
    'Groenten en fruit week {wk}',
    'Brood {nn} st.',
    'Zuivel: melk, yoghurt, kaas',
    'Diepvriesgroenten {nn} kg',
    'Aardappelen {nn} kg',
    'Vis {fish} {nn} kg',
    'Charcuterie',
    'Droge voeding (pasta, rijst)',
    'Voedingswaren week {wk}',
    'Eieren {n}0 st.',
    'Soepgroenten',
    'Verse melk {nn} l',
    'Desserten',
    'Levensmiddelen WZC {month}',
    'Koffiekoeken bewoners',
  ],
  'care-aids': [
    'Rolstoel {brand}',
    'Rollator {brand}',
    'Antidecubitusmatras {brand}',
    'Tillift {brand}',
    'Tilzeilen {size}',
    'Hoog-laagbed {brand}',
    'Douchestoel',
    'Verbandmateriaal',
    'Wondzorg kompressen {n}0 st.',
    'Bloeddrukmeter',
    'Thermometers',
    'Glucosestrips {n}0',
    'Zorghulpmiddelen {afdeling}',
    'Huur alternerende matras {month}',
    'Valdetectie sensor {afdeling}',
    'Onderhoud tilliften {year}',
  ],
  'linen-laundry': [
    'Wasserij bewonerslinnen {month}',
    'Huur en was linnen {month}',
    'Wassen platte was {nn}0 kg',
    'Lakens {size}',
    'Badhanddoeken {n}0 st.',
    'Washandjes {n}0 st.',
    'Linnenverhuur {period}',
    'Stomerij gordijnen {site}',
    'Wassen werkkledij {month}',
    'Naamlabels kledij bewoners',
    'Dekbedden en kussens',
    'Molton matrasbeschermers',
  ],
  dotations: [
    'Dotatie politiezone {year}',
    'Gemeentelijke dotatie politiezone {q}',
    'Dotatie politiezone - voorschot {q}',
    'Bijdrage hulpverleningszone {year}',
    'Dotatie hulpverleningszone {q}',
    'Gemeentelijke bijdrage brandweerzone {year}',
  ],
  subsidies: [
    'Werkingssubsidie {club} {year}',
    'Werkingstoelage {club}',
    'Projectsubsidie {club}',
    'Nominatieve subsidie {club} {year}',
    'Subsidie {club} {year}',
    'Toelage jeugdwerking {year}',
  ],
  taxes: [
    'Verkeersbelasting {vehicle}',
    'Onroerende voorheffing {year}',
    'Provinciebelasting {year}',
    'Registratierechten akte {dossier}',
    'Milieuheffing {year}',
  ],
  'social-aid': [
    'Leefloon {month}',
    'Equivalent leefloon {month}',
    'Financiële steun dossier {dossier}',
    'Huurwaarborg dossier {dossier}',
    'Verwarmingstoelage {year}',
    'Leefgeld week {wk}',
  ],
};

const TPL_B: Record<string, string[]> = {
  'office-paper': [
    'Kantoorpapier {fmt} {gsm}/m² – {brand}',
    'Printerpapier {fmt} ({n} dozen)',
    'Multifunctioneel papier {fmt} {gsm}',
    'Recyclagepapier {fmt} {gsm} – {n}0 pakken',
    'Pakken papier {fmt} à 500 bl.',
    'Doos papier {fmt} {brand}',
    'Papier {brand} {gsm}/m² {fmt} hoogwit',
    'Laserpapier {fmt} {gsm}',
    'Papierlevering {dienst}',
    'Kopiepapier {fmt} met ecolabel',
    'Papier voor MFP {fmt} {gsm}',
    'Kantoorpapier wit {fmt} (karton 2500 bl.)',
    'Papier {fmt} gerecycleerd – pallet',
  ],
  'office-supplies': [
    'Bureaumateriaal: {itemb}',
    'Schrijfgerief {dienst}',
    '{itemb} – {n} stuks',
    'Kantoorartikelen {dienst} ({itemb})',
    'Aankoop {itemb} en {itemb2}',
    'Bureauartikelen volgens bestelling',
    'Kleinmateriaal bureau: {itemb}',
    'Bestelling schrijfwaren {dienst}',
    '{itemb} (verpakking {n})',
    'Bureaubenodigdh. {itemb}',
    'Kantoorvoorraad {site}',
  ],
  'toner-ink': [
    'Tonerpatroon {cart} ({color})',
    'Laser toner {cart}',
    'Printerinkt {cart}',
    'Originele toner {cart} {color}',
    'Vervangtoner {cart}',
    'Cartridges printer {dienst}',
    'Toner + drum {cart}',
    'Huismerk toner voor {cart}',
    '{cart} – {color} – {n} st.',
    'Inktcassette {cart}',
    'Printerpatronen {n} stuks',
  ],
  'copier-lease': [
    'Leasecontract MFP {model} – {q}',
    'Huurprijs printer-kopieertoestel {period}',
    'Kostprijs per afdruk {q}',
    'Afrekening clicks {period} ({dienst})',
    'Kopieertoestel {site} – huur en service',
    'Verbruik afdrukken z/w en kleur {q}',
    'Full-service contract multifunctionals',
    'Huur printstraat {site}',
    'Extra afdrukken boven forfait {q}',
    'Servicecontract printers {year}',
    'Technische interventie MFP {site}',
  ],
  printing: [
    'Drukken stadsmagazine nr. {n}',
    'Gedrukte omslagen met logo',
    'Naamkaartjes {dienst}',
    'Posters {event}',
    'Folders {event} – oplage {n}00',
    'Briefhoofden {n}000 ex.',
    'Programmaboekje {event}',
    'Drukwerk campagne {event}',
    'Vlaggen en banners {event}',
    'Print uitnodigingskaarten {event}',
    'Jaarprogramma drukken {year}',
    'Grafische opmaak en druk {event}',
  ],
  postage: [
    'Postkosten {month}',
    'Portokosten {period}',
    'Aangetekende zendingen {month}',
    'Postverzending {dienst}',
    'Frankeerkrediet opladen',
    'Zegels (prior) {n} boekjes',
    'Verzendkosten pakketten',
    'Mailing via bpost {event}',
    'Postverzendingen aanslagbiljetten',
    'Maandelijkse frankering {month}',
  ],
  subscriptions: [
    'Jaarabonnement {pub}',
    'Vakblad {pub} {year}',
    'Digitale krant {newspaper}',
    'Hernieuwing vaktijdschrift {pub}',
    'Abonnement online wetgeving {pub}',
    'Dagbladen {site} {year}',
    'Bijwerking losbladige {pub}',
    'Vakliteratuur {dienst}',
  ],
  telecom: [
    'GSM-kosten {period}',
    'Mobiel bellen {month}',
    'Vaste lijnen {site}',
    'Internet {site} {period}',
    'Telefonie en data {month}',
    'Breedband {site}',
    'Simkaarten {n} st. + abonnement',
    'Datakaarten tablets',
    'Telefoonabonnementen {dienst}',
    'Glasvezel {site} {q}',
  ],
  electricity: [
    'Stroom {site} {period}',
    'Elektriciteitsfactuur {month} – {site}',
    'Elektriciteit: voorschot {month}',
    'Jaarafrekening stroom {site}',
    'Groene stroom levering {q}',
    'Verbruiksfactuur elektriciteit EAN {ean}',
    'Elektrische energie {site}',
    'Stroomlevering {period} ({site})',
    'Elektriciteit {site} – maandvoorschot',
    'Energie (elektriciteit) {site} {month}',
  ],
  'natural-gas': [
    'Gas {site} {period}',
    'Aardgaslevering {month}',
    'Voorschot gas {site}',
    'Jaarafrekening aardgas {site}',
    'Gasfactuur {month} – {site}',
    'Aardgas: verbruik {q}',
    'Verwarming (aardgas) {site} {month}',
    'Aardgas EAN {ean} {period}',
    'Gas – maandvoorschot {site}',
  ],
  'heating-oil': [
    'Huisbrandolie {site} – {n}000 liter',
    'Mazout levering tank {site}',
    'Gasolie verwarming {n}.500 l',
    'Verwarmingsolie {site}',
    'Levering stookolie extra',
    'Mazout (verwarming) {month}',
  ],
  water: [
    'Drinkwaterfactuur {site}',
    'Waterlevering {period}',
    'Water {site} – afrekening',
    'Waterverbruik {q} {site}',
    'Voorschotfactuur water {month}',
    'Leidingwater en sanering {site}',
    'Water – vaste vergoeding {year}',
    'Watermeter {site} verbruik',
  ],
  fuel: [
    'Tankbeurten {vehicle}',
    'Dieselbrandstof {month}',
    'Brandstofkaart {period}',
    'Diesel {n}0 liter {vehicle}',
    'Benzine {vehicle}',
    'Tankkaart afrekening {month}',
    'Brandstof dienstvoertuigen {period}',
    'Euro 95 {n}0 l',
    'Diesel voor eigen tank {n}.000 l',
    'Brandstofverbruik wagenpark {month}',
    'AdBlue bijvullen {vehicle}',
    'Getankt {vehicle} op {dd}',
  ],
  'vehicle-maintenance': [
    'Servicebeurt {vehicle}',
    'Garagekosten {vehicle}',
    'Reparatie {vehicle}',
    'Nieuwe banden {vehicle}',
    'Technische keuring {vehicle}',
    'Onderhoud wagenpark {month}',
    'Herstelling carrosserie {vehicle}',
    'Remblokken vervangen {vehicle}',
    'Olie en filters {vehicle}',
    'Diagnose + herstelling {vehicle}',
    'Bandenwissel {vehicle} (zomer/winter)',
    'Pechhulp + takelen {vehicle}',
  ],
  'cleaning-products': [
    'Poetsmiddelen {site}',
    'Reinigingsproducten {brand}',
    'Sanitairreiniger {brand}',
    'Vloerzeep {brand} {n} l',
    'Detergent vaatwasser {brand}',
    'Desinfecterend middel {brand}',
    'Onderhoudsproducten {site}',
    'Glasreinigingsmiddel {brand}',
    'Dweilen en sponzen',
    'Schoonmaakmateriaal {site}',
    'Afvalzakken {n}0 rollen',
    'Kalkverwijderaar {brand}',
    'Reinigingsdoekjes microvezel',
  ],
  'cleaning-services': [
    'Reinigingsdiensten {site} {month}',
    'Schoonmaakfirma {site} {period}',
    'Poetsen {site} – {nn} uren',
    'Ramen wassen {site}',
    'Onderhoudsreiniging {site} {month}',
    'Grote kuis {site}',
    'Reinigen sanitaire blokken {site}',
    'Glasbewassing {site} {q}',
    'Eindschoonmaak na renovatie {site}',
    'Reiniging tapijten en stoffering {site}',
  ],
  'hygiene-paper': [
    'Handdoekjes papier {fold}',
    'Papieren handdoekrollen {brand}',
    'WC-rollen {ply}-laags',
    'Toiletrollen {brand} {n}0 st.',
    'Vouwhanddoekjes {brand}',
    'Handzeep navulling {brand}',
    'Dispensers handdoekpapier',
    'Sanitair papier {site}',
    'Hygiënisch papier + zeep',
    'Jumbo toiletpapier',
    'Tissues {brand} {n}0 doosjes',
    'Zeepschuim {brand}',
  ],
  workwear: [
    'Werkkleding {dienst}',
    'Veiligheidsschoeisel {brand} mt {shoe}',
    'Signalisatiekledij fluo',
    'Werkjassen {brand}',
    'Beschermkledij {dienst}',
    'Werkbroeken {brand} {n} st.',
    'Handschoenen (werk) {brand}',
    'Dienstkledij {dienst}',
    "Polo's en sweaters met logo",
    'Regenkledij {brand}',
    'PBM: veiligheidsbrillen + oordopjes',
    'Kleding personeel {dienst}',
  ],
  'waste-collection': [
    'Afvalverwerking {site} {month}',
    'Containerdienst {site}',
    'Restafvalcontainer {n} m³',
    'Afvoer afval {site} {period}',
    'Ophalen glas/papier {site}',
    'Ledigen afvalbakken {month}',
    'Afvalinzameling {site}',
    'Verwerking snoeiafval',
    'Afvalcontainer huren {site}',
    'Inzameling KGA {site}',
  ],
  'it-hardware': [
    'Notebook {laptop}',
    'Computerscherm {monitor}',
    'Pc {desktop} + scherm',
    'Dockingstation {dock}',
    'Tablets {tablet}',
    'Netwerkswitch {switch}',
    'Toegangspunt wifi {ap}',
    'ICT-materiaal {site}',
    'Hardware {dienst}',
    'Draadloze muis en toetsenbord',
    'Externe SSD {brand}',
    'Printer {printer}',
    'Vervanging laptops {dienst}',
    'Koptelefoon {headset}',
  ],
  software: [
    'Softwarelicentie {sw}',
    'Jaarlijkse bijdrage {sw}',
    'Onderhoud pakket {sw}',
    'Abonnement cloud {sw}',
    'Microsoft licenties {plan}',
    'Licentiekosten {sw} {year}',
    'Hosting en support {sw}',
    'Toepassing {sw} – gebruiksrecht',
    'Updates {sw} {year}',
    'Beveiligingssoftware {av}',
    'Module {module}',
    'Software {dienst}',
  ],
  insurance: [
    'Verzekeringspremie {year}',
    'Polis brandverzekering {site}',
    'Autoverzekering {vehicle}',
    'BA-verzekering {year}',
    'Verzekering personeel (arbeidsongevallen)',
    'Polis nr. {polnr}',
    'Verzekeringen wagenpark {year}',
    'Verzekering evenement {event}',
    'Aansprakelijkheidspolis {year}',
    'Premie {year} – vrijwilligers',
  ],
  'legal-services': [
    'Advocaatkosten {dossier}',
    'Juridische ondersteuning {topic}',
    'Honorarium advocaat {dossier}',
    'Rechtskundig advies {topic}',
    'Kosten geding {dossier}',
    'Ereloonnota {dossier}',
    'Advies door advocatenkantoor',
    'Deurwaarderskosten {dossier}',
  ],
  training: [
    'Vormingssessie {course}',
    'Deelname congres {topic}',
    'Cursusgeld {course}',
    'Opleidingskosten {dienst}',
    'Training {course}',
    'Inschrijvingsgeld {org} – {topic}',
    'Navorming {course}',
    'Studiedag {topic} ({n} pers.)',
    'Leertraject {course}',
    'E-learning {course}',
  ],
  'temp-staff': [
    'Uitzendarbeid {dienst}',
    'Interimprestaties {period}',
    'Tijdelijke kracht {function}',
    'Interimkantoor – week {wk}',
    'Uitzendkrachten {month}',
    'Tijdelijk personeel {function}',
    'Vervanging via uitzendbureau {dienst}',
  ],
  'coffee-supplies': [
    'Koffiebonen {brand}',
    'Koffie (gemalen) {brand}',
    'Bonen voor koffiemachine {n} kg',
    'Capsules {brand}',
    'Theezakjes {teabrand}',
    'Suiker en melk voor koffie',
    'Koffie & thee {dienst}',
    'Bekertjes voor koffie',
    'Cacaopoeder',
    'Koffie Fairtrade {brand} {n} kg',
  ],
  'coffee-machines': [
    'Huurcontract koffietoestel {site}',
    'Koffiemachine huur {q}',
    'Onderhoud espressomachine {model}',
    'Drankenautomaat {site} – huur',
    'Huur warmedrankenautomaat',
    'Service koffietoestel {site}',
    'Waterdispenser huur {site}',
    'Herstelling koffietoestel {model}',
    'Verhuur koffieautomaten {period}',
  ],
  catering: [
    'Lunch {meeting}',
    'Broodjes voor {meeting}',
    'Drankje en hapje {event}',
    'Cateraar {event}',
    'Buffet {event} {nn} personen',
    'Aperitief {event}',
    'Receptiekosten {event}',
    'Maaltijden {event}',
    'Ontbijtbuffet {event}',
    'Koffiekoeken vergadering {meeting}',
  ],
  'office-furniture': [
    'Bureaustoelen {chair}',
    'Werktafel {w} cm',
    'Elektrisch verstelbaar bureau',
    'Vergadermeubilair',
    'Opbergkasten {site}',
    'Kantoorinrichting {dienst}',
    'Stoelen {n}0 st.',
    'Archiefrekken',
    'Kapstok en lockers',
    'Meubelen {site}',
    'Rolkast',
  ],
  'building-maintenance': [
    'Schilderen {site}',
    'Dakherstelling {site}',
    'Sanitaire herstelling {site}',
    'Herstelling ramen en deuren {site}',
    'Klusjes {site}',
    'Onderhoud patrimonium {site}',
    'Tegels en voegwerk {site}',
    'Waterlek herstellen {site}',
    'Plafond herstellen {site}',
    'Herstelling toegangspoort',
    'Bouwmaterialen (cement, zand)',
    'Deur herstellen {site}',
    'Riolering ontstoppen {site}',
  ],
  'electrical-works': [
    'Elektrische werken {site}',
    'Elektricien {site}',
    'Herstellen stroomkring {site}',
    'LED-verlichting plaatsen {site}',
    'Uitbreiding elektrische installatie {site}',
    'AREI-keuring {site}',
    'Bekabeling en stopcontacten {site}',
    'Vervanging armaturen {site}',
    'Elektro-installatie {site}',
    'Zekeringkast {site}',
    'Elektrotechnische werken {site}',
  ],
  'hvac-maintenance': [
    'Ketelonderhoud {site}',
    'Verwarmingsinstallatie nazicht {site}',
    'Herstelling centrale verwarming {site}',
    'Onderhoud klimaatregeling {site}',
    'Airco-onderhoud {site}',
    'Brander herstellen {site}',
    'Ventilatiesysteem {site}',
    'Stookplaats {site} onderhoud',
    'Onderhoud HVAC {q}',
    'Verbrandingsattest {site}',
  ],
  'lift-maintenance': [
    'Liftcontract {year}',
    'Liften {site} – onderhoud',
    'Keuring liftinstallatie {site}',
    'Storing lift {site}',
    'Liftherstelling {site}',
    'Periodiek nazicht liften {q}',
  ],
  'fire-safety': [
    'Blustoestellen nazicht {site}',
    'Snelblussers {n} st.',
    'Onderhoud blusmiddelen {year}',
    'Brandhaspel nazicht {site}',
    'Branddetectie onderhoud {site}',
    'Rookdetectoren {n} st.',
    'Blusdekens',
    'Brandmeldinstallatie {site}',
    'Blusapparaten {type}',
    'Brandveiligheid: keuring {site}',
  ],
  security: [
    'Bewakingsdienst {event}',
    'Alarmsysteem {site} onderhoud',
    'Interventie na alarm {site}',
    'Camerasysteem {site}',
    'Toegangsbeheer {site}',
    'Meldkamer abonnement {year}',
    'Beveiligingsagenten {event}',
    'Nachtbewaking {site}',
    'Sleutels en badges',
  ],
  'green-maintenance': [
    'Maaiwerken {site}',
    'Groenzorg {site}',
    'Snoeien bomen {site}',
    'Tuinonderhoud {site}',
    'Beplanting perken',
    'Hagen snoeien {site}',
    'Onderhoud grasvelden',
    'Planten en bloemen {site}',
    'Boomverzorging {site}',
    'Graszoden {nn} m²',
    'Bemesting sportvelden',
    'Aarde en compost',
  ],
  'road-salt': [
    'Wegzout {nn} ton',
    'Zout voor winterdienst',
    'Dooimiddel {nn} ton',
    'Strooizout bulk',
    'Levering zout strooidienst',
    'Strooimiddelen winter {year}',
  ],
  'road-works': [
    'Wegherstelling {street}',
    'Asfaltwerken {street}',
    'Heraanleg voetpaden {street}',
    'Putten herstellen {street}',
    'Fietspad {street}',
    'Belijning {street}',
    'Riolering en wegenis {street}',
    'Onderhoud wegennet',
    'Gietasfalt',
    'Klinkers herleggen {street}',
  ],
  'library-media': [
    'Bibliotheekboeken {genre}',
    'Nieuwe boeken {genre}',
    'Jeugdboeken',
    'Stripverhalen',
    'Films op dvd',
    'Aankoop collectie bib',
    'Boeken en luisterboeken',
    'Prentenboeken kinderafdeling',
    'Lees- en studieboeken',
  ],
  incontinence: [
    'Incontinentieproducten {brand}',
    'Slips voor incontinentie {size}',
    'Pants {brand} {size}',
    'Incontinentiebroekjes',
    'Onderlegmatjes',
    'Verbanden incontinentie',
    'Incontinentiezorg {afdeling}',
    'Absorberend materiaal {brand}',
  ],
  medicines: [
    'Apotheek {month}',
    'Farmaceutische producten',
    'Medicatie {afdeling}',
    'Geneesmiddelen per bewoner {month}',
    'Apotheekfactuur {month}',
    'Medicijnen {drug}',
    'Pillen {drug}',
    'Medicatie in rollen {month}',
  ],
  food: [
    'Levensmiddelen {month}',
    'Vleeswaren',
    'Verse groenten',
    'Fruit {nn} kg',
    'Zuivelproducten',
    'Bakkerij: brood',
    'Diepvriesproducten',
    'Voedingsmiddelen centrale keuken',
    'Aardappelen en groenten',
    'Vis {fish}',
    'Kruidenierswaren',
    'Vleesproducten {meat}',
  ],
  'care-aids': [
    'Rolwagen {brand}',
    'Looprek',
    'Decubitusmatras',
    'Patiëntenlift',
    'Tilband {size}',
    'Zorgbed',
    'Badstoel',
    'Wondverband',
    'Steriele kompressen',
    'Zorgmateriaal {afdeling}',
    'Medische hulpmiddelen',
    'Bloedsuikermeter strips',
  ],
  'linen-laundry': [
    'Linnen {month}',
    'Was beddengoed',
    'Wasserijdienst {period}',
    'Handdoeken badstof',
    'Lakens en slopen',
    'Verhuur textiel {month}',
  ],
  'sports-equipment': [
    'Sportmateriaal {sport}',
    'Ballen {sport} {n} st.',
    'Fitnesstoestel {brand}',
    'Turnmatten',
    'Doelen {sport}',
    'Netten {sport}',
    'Zwemmateriaal (plankjes, pullbuoys)',
    'Sporttoestellen {site}',
    'Badmintonshuttles {brand}',
    'Kegels en hesjes',
    'Tafeltennistafel',
    'Ballen {brand} ({sport})',
  ],
  'pool-chemicals': [
    'Chloor zwembad {n} x 25 kg',
    'Natriumhypochloriet {n}00 l',
    'pH-min {n} bidons',
    'Waterbehandeling zwembad',
    'Zoutzuur zwembad',
    'Flocculant',
    'Chemicaliën zwembad {month}',
    'Chloortabletten',
    'pH-correctie zwembadwater',
  ],
  'stage-technics': [
    'Huur licht en geluid {event}',
    'Podiumtechniek {event}',
    'Geluidsinstallatie {event}',
    'Podiumelementen huur',
    'Technicus licht/klank {event}',
    'Huur projector en scherm {event}',
    'Belichting voorstelling {event}',
    "Micro's en versterker",
    'Theatertechniek {site}',
  ],
  'police-equipment': [
    'Munitie 9 mm',
    'Kogelwerende vesten {n} st.',
    'Handboeien',
    'Politie-uniformen: {item}',
    'Wapenstok + houder',
    'Pepperspray',
    '{item} maat {size}',
    'Mondstukken ademtesters',
  ],
};

const TPL_F: Record<string, string[]> = {
  'office-paper': [
    'Papier copie {fmt} {gsm}',
    'Papier {fmt} blanc {gsm} - boîte 5 x 500 f.',
    'Ramettes papier {fmt} {brand}',
    'Papier photocopieur {fmt}',
    'Papier recyclé {fmt} {gsm}',
    'Papier imprimante {fmt} ({n} cartons)',
    'Papier couleur {fmt} {color}',
    'Rames de papier {fmt} 80 g',
    'Papier {brand} {fmt} {gsm}',
    'Papier multifonction {fmt}',
  ],
  'office-supplies': [
    'Fournitures de bureau',
    'Fournitures de bureau: {item}',
    '{item} - {n} pcs',
    'Petit matériel de bureau {site}',
    'Articles de bureau ({item})',
    'Commande fournitures {dienst}',
    '{item} et {item2}',
    'Matériel de bureau divers',
    'Papeterie {site}',
    'Fourn. bureau {month}',
  ],
  'toner-ink': [
    'Toner {cart} {color}',
    'Cartouche toner {cart}',
    "Cartouche d'encre {cart}",
    'Toners imprimantes {site}',
    'Toner compatible {cart}',
    'Tambour {cart}',
    'Kit toner {cart} haute capacité',
    'Cartouches {cart} ({n} pcs)',
  ],
  'copier-lease': [
    'Location photocopieur {model} {q}',
    'Location multifonction {site}',
    'Frais de copies {q}',
    'Contrat entretien copieur {model}',
    'Copies couleur {period}',
    'Leasing copieur {period}',
    'Dépassement volume copies {q}',
    'Relevé compteur {period}',
  ],
  printing: [
    'Impression bulletin communal {month}',
    'Impression affiches {event}',
    'Enveloppes imprimées logo',
    'Cartes de visite',
    'Dépliants {event}',
    'Impression invitations {event}',
    'Brochure {event}',
    'Papier à en-tête imprimé',
    'Bâche {event}',
  ],
  postage: [
    'Affranchissement {month}',
    'Timbres-poste {n} carnets',
    'Envois recommandés {month}',
    'Frais postaux {period}',
    'Recharge machine à affranchir',
    'bpost - envois {month}',
    'Port {period}',
  ],
  subscriptions: [
    'Abonnement {newspaper} {year}',
    'Abonnement revue {pub}',
    'Renouvellement abonnement {pub}',
    'Journaux et périodiques {site}',
    'Documentation juridique {year}',
  ],
  telecom: [
    'Téléphonie mobile {period}',
    'Abonnements GSM {month}',
    'Téléphonie fixe {site}',
    'Connexion internet {site}',
    'Frais de télécommunication {period}',
    'Fibre optique {site}',
    'Cartes SIM data {n}',
    'Internet et téléphonie {month}',
  ],
  electricity: [
    'Électricité {site} {period}',
    'Fourniture électricité {month}',
    'Consommation électricité {site}',
    'Acompte électricité {month}',
    'Décompte annuel électricité {year}',
    'Électricité - EAN {ean}',
    'Énergie électrique {site} {month}',
    'Électricité verte {q}',
  ],
  'natural-gas': [
    'Gaz naturel {site} {period}',
    'Fourniture gaz {month}',
    'Consommation gaz {site}',
    'Acompte gaz naturel {month}',
    'Décompte gaz {year}',
    'Gaz chauffage {site}',
    'Gaz - EAN {ean}',
  ],
  'heating-oil': [
    'Mazout de chauffage {n}000 l',
    'Gasoil chauffage {site}',
    'Livraison mazout {site}',
    'Mazout {site}',
    'Remplissage citerne mazout',
  ],
  water: [
    'Eau {site} {period}',
    "Consommation d'eau {site}",
    'Facture eau {month}',
    'Eau de distribution {site}',
    'Acompte eau {q}',
    'Décompte eau {year}',
  ],
  fuel: [
    'Carburant {vehicle} {month}',
    'Gasoil routier {n}0 l',
    'Diesel {vehicle}',
    'Cartes carburant {period}',
    'Essence {vehicle}',
    'Carburant véhicules {month}',
    'Plein {vehicle} {dd}',
    'AdBlue {n}0 l',
  ],
  'vehicle-maintenance': [
    'Entretien {vehicle}',
    'Réparation {vehicle}',
    'Pneus {vehicle}',
    'Contrôle technique {vehicle}',
    'Vidange {vehicle}',
    'Freins {vehicle}',
    'Pièces {vehicle}',
    'Carrosserie {vehicle}',
    'Entretien véhicules {month}',
  ],
  'cleaning-products': [
    "Produits d'entretien {site}",
    'Détergent sol {brand}',
    'Produit vaisselle {brand}',
    'Désinfectant {brand}',
    'Nettoyant sanitaire {brand}',
    'Produits de nettoyage {month}',
    'Sacs poubelle {n}0 rouleaux',
    'Lavettes microfibre',
    'Nettoyant vitres',
    'Javel {n} l',
  ],
  'cleaning-services': [
    'Nettoyage {site} {month}',
    'Entretien des locaux {site}',
    'Nettoyage vitres {site}',
    'Prestations nettoyage {period}',
    'Nettoyage après travaux {site}',
    'Nettoyage approfondi cuisine',
  ],
  'hygiene-paper': [
    'Essuie-mains papier {fold}',
    'Papier toilette {n}0 rouleaux',
    'Essuie-mains {brand}',
    'Papier hygiénique {ply} plis',
    'Savon mains {brand}',
    'Distributeur essuie-mains',
    'Rouleaux essuie-tout',
    'Mouchoirs {brand}',
  ],
  workwear: [
    'Vêtements de travail {dienst}',
    'Chaussures de sécurité {brand} pointure {shoe}',
    'Gilets fluo {n} pcs',
    'Pantalons de travail {brand}',
    'Gants de travail',
    'Vestes de pluie',
    'Polos avec logo',
    'Équipements de protection (EPI)',
    'Tenues cuisine',
    'Tuniques soignants {n}0 pcs',
  ],
  'waste-collection': [
    'Collecte déchets {site} {month}',
    'Location conteneur {n} m³',
    'Vidange conteneurs {site}',
    'Enlèvement déchets verts',
    'Collecte PMC {site}',
    'Collecte papiers-cartons',
    'Déchets médicaux {month}',
    'Évacuation encombrants',
  ],
  'it-hardware': [
    'Ordinateur portable {laptop}',
    'Écran {monitor}',
    'PC fixe {desktop}',
    "Station d'accueil {dock}",
    'Tablette {tablet}',
    'Switch réseau {switch}',
    'Matériel informatique {site}',
    'Clavier + souris',
    'Disque dur externe',
    'Imprimante {printer}',
    'Casque {headset}',
  ],
  software: [
    'Licence {sw} {year}',
    'Maintenance logiciel {sw}',
    'Abonnement {sw}',
    'Licences Microsoft 365 {plan}',
    'Logiciel {sw}',
    'Hébergement {sw}',
    'Antivirus {av}',
    'Support logiciel {year}',
  ],
  insurance: [
    'Assurance incendie {site}',
    'Prime RC {year}',
    'Assurance accidents du travail {year}',
    'Assurance véhicules {year}',
    'Police n° {polnr}',
    'Assurance omnium {vehicle}',
    'Assurance bénévoles',
    'Assurance protection juridique',
  ],
  'legal-services': [
    'Honoraires avocat {dossier}',
    'Conseil juridique {topic}',
    'Frais de procédure {dossier}',
    'État de frais et honoraires',
    'Frais huissier {dossier}',
    'Consultation juridique marchés publics',
  ],
  training: [
    'Formation {course}',
    "Inscription journée d'étude {topic}",
    'Formation premiers secours',
    'Séminaire {topic}',
    'Cours {course}',
    'Formation continue {dienst}',
    'Colloque {topic}',
  ],
  'temp-staff': [
    'Intérim {dienst} semaine {wk}',
    'Travail intérimaire {period}',
    'Personnel intérimaire {dienst}',
    'Prestations intérim {month}',
  ],
  'coffee-supplies': [
    'Café en grains {brand}',
    'Café moulu {brand}',
    'Capsules café {brand}',
    'Thé {teabrand}',
    'Sucre et lait pour café',
    'Gobelets carton',
    'Café pour réunions',
    'Chocolat chaud',
  ],
  'coffee-machines': [
    'Location machine à café {site}',
    'Location distributeur boissons',
    'Entretien machine à café {model}',
    'Location fontaine à eau',
    'Réparation percolateur',
    'Location machine café {q}',
  ],
  catering: [
    'Sandwiches réunion {meeting}',
    'Réception {event}',
    'Traiteur {event}',
    'Buffet {event} {nn} pers.',
    'Apéritif {event}',
    'Lunch {meeting}',
    'Pause-café séminaire',
    'Repas {event}',
  ],
  'office-furniture': [
    'Chaise de bureau {chair}',
    'Bureau {w}x80',
    'Bureau assis-debout',
    'Table de réunion',
    'Armoire à portes coulissantes',
    'Caisson mobile',
    'Mobilier {site}',
    'Chaises visiteurs {n} pcs',
    'Vestiaires métalliques',
  ],
  'building-maintenance': [
    'Travaux de peinture {site}',
    'Réparation toiture {site}',
    'Plomberie {site}',
    'Menuiserie {site}',
    'Entretien bâtiment {site}',
    'Remplacement vitre {site}',
    'Carrelage {site}',
    'Réparation fuite {site}',
    'Serrurier {site}',
    'Débouchage égout {site}',
  ],
  'electrical-works': [
    "Travaux d'électricité {site}",
    'Réparation électricité {site}',
    'Installation électrique {site}',
    'Remplacement éclairage LED {site}',
    'Contrôle installation électrique {site}',
    'Électricien {n} h {site}',
    'Tableau électrique {site}',
    'Prises et câblage {site}',
  ],
  'hvac-maintenance': [
    'Entretien chaudière {site}',
    'Réparation chauffage {site}',
    'Entretien chauffage central',
    'Entretien climatisation {site}',
    'Attestation combustion {site}',
    'Entretien ventilation {site}',
    'Remplacement circulateur {site}',
  ],
  'lift-maintenance': [
    'Entretien ascenseur {site}',
    'Contrôle ascenseur {site}',
    'Dépannage ascenseur {site}',
    'Contrat ascenseurs {year}',
  ],
  'fire-safety': [
    'Contrôle extincteurs {site}',
    'Extincteur {size} poudre',
    'Extincteurs {n} pcs',
    'Entretien dévidoirs {site}',
    'Couverture anti-feu',
    'Détecteurs de fumée {n} pcs',
    'Entretien détection incendie {site}',
    'Recharge extincteurs',
  ],
  security: [
    'Gardiennage {event}',
    'Télésurveillance {site}',
    'Entretien alarme {site}',
    'Vidéosurveillance {site}',
    "Contrôle d'accès badges",
    'Agents de sécurité {event}',
    'Intervention alarme {site}',
  ],
  'green-maintenance': [
    'Entretien espaces verts {site}',
    'Tonte {site}',
    'Élagage {site}',
    'Plantations {site}',
    'Taille haies',
    'Fleurissement {season}',
    'Terreau {n}0 sacs',
  ],
  'road-salt': [
    'Sel de déneigement {nn} t',
    'Sel de voirie vrac',
    "Sel d'épandage hiver {year}",
    'Fondant routier {nn} tonnes',
    'Sel déneigement sacs 25 kg',
  ],
  'road-works': [
    'Réfection trottoir {street}',
    'Travaux de voirie {street}',
    'Asphaltage {street}',
    'Réparation nids-de-poule',
    'Marquages routiers {street}',
    'Pavage {street}',
    'Entretien voiries {year}',
    'Enrobé à froid {n}0 sacs',
  ],
  'library-media': [
    'Livres bibliothèque {genre}',
    'Achat livres jeunesse',
    'Romans {nn} ex.',
    'Bandes dessinées',
    'DVD bibliothèque',
    'Livres audio',
    'Nouveautés {month}',
  ],
  incontinence: [
    "Matériel d'incontinence {brand}",
    'Tena Slip {size}',
    'Changes complets {brand} {size}',
    'Protections incontinence',
    'Alèses jetables',
    'Slips absorbants {size}',
  ],
  medicines: [
    'Médicaments {month}',
    'Pharmacie {month}',
    'Médication résidents',
    'Produits pharmaceutiques',
    '{drug} {n}0 comprimés',
    'Préparation médication {month}',
  ],
  food: [
    'Denrées alimentaires {month}',
    'Viande {meat} {nn} kg',
    'Fruits et légumes',
    'Pain {nn} pcs',
    'Produits laitiers',
    'Surgelés',
    'Pommes de terre {nn} kg',
    'Poisson {fish}',
    'Alimentation cuisine {month}',
    'Épicerie',
  ],
  'care-aids': [
    'Chaise roulante {brand}',
    'Déambulateur',
    'Matelas anti-escarres',
    'Lève-personne {brand}',
    'Lit médicalisé',
    'Chaise de douche',
    'Pansements',
    'Compresses stériles',
    'Matériel de soins',
  ],
};

const TPL_E: Record<string, string[]> = {
  'office-paper': [
    'Copy paper {fmt} {gsm}',
    'Printer paper A4 80gsm ({n} boxes)',
    'Paper A4 white 5 x 500 sheets',
    'Recycled paper {fmt}',
    'Copier paper {brand}',
    'A3 paper {gsm}',
    'Paper reams {fmt} {brand}',
    'Multipurpose paper {fmt}',
    'Coloured paper {fmt} {color}',
  ],
  'office-supplies': [
    'Office supplies',
    'Office supplies: {item}',
    '{item} x{n}',
    'Stationery {site}',
    'Stationery order {dienst}',
    '{item} and {item2}',
    'Desk supplies',
    'Misc. office supplies {month}',
  ],
  'toner-ink': [
    'Toner {cart} {color}',
    'Toner cartridge {cart}',
    'Ink cartridge {cart}',
    'Printer toners {site}',
    'Compatible toner {cart}',
    'Drum unit {cart}',
    'High-yield toner {cart}',
    'Cartridges {cart} ({n} pcs)',
  ],
  'copier-lease': [
    'Copier lease {model} {q}',
    'MFP rental {site}',
    'Copy charges {q}',
    'Click charges {period}',
    'Copier service contract {model}',
    'Colour copies {period}',
    'Excess copy volume {q}',
    'Meter reading {period}',
  ],
  printing: [
    'Printing leaflets {event}',
    'Printed envelopes with logo',
    'Business cards',
    'Posters {event}',
    'Printing annual report {year}',
  ],
  postage: [
    'Postage {month}',
    'Stamps {n} books',
    'Registered mail {month}',
    'Franking machine top-up',
    'Postal charges {period}',
    'Courier shipments',
    'bpost mailing',
  ],
  subscriptions: ['Subscription {newspaper} {year}', 'Journal subscription {pub}', 'Online legal database {year}', 'Newspapers {site}'],
  telecom: [
    'Mobile phone subscriptions {period}',
    'Mobile data {month}',
    'Landline {site}',
    'Internet connection {site}',
    'Telecom charges {period}',
    'Fibre line {site}',
    'Data SIM cards {n}',
    'ASTRID radio subscription {q}',
    'Roaming charges {month}',
  ],
  electricity: [
    'Electricity {site} {period}',
    'Electricity supply {month}',
    'Power consumption {site}',
    'Electricity advance {month}',
    'Annual electricity settlement {year}',
    'Electricity EAN {ean}',
    'Green power {q}',
  ],
  'natural-gas': [
    'Natural gas {site} {period}',
    'Gas supply {month}',
    'Gas consumption {site}',
    'Gas advance invoice {month}',
    'Annual gas settlement {year}',
    'Heating gas {site}',
  ],
  water: ['Water {site} {period}', 'Water consumption {site}', 'Water bill {month}', 'Water advance {q}', 'Water settlement {year}'],
  fuel: [
    'Fuel {vehicle} {month}',
    'Diesel {n}0 l',
    'Fuel cards {period}',
    'Petrol {vehicle}',
    'Fleet fuel {month}',
    'Refuelling {vehicle} {dd}',
    'AdBlue {n}0 l',
    'Fuel card statement {month}',
  ],
  'vehicle-maintenance': [
    'Vehicle service {vehicle}',
    'Repair {vehicle}',
    'Tyres {vehicle}',
    'Technical inspection {vehicle}',
    'Oil change {vehicle}',
    'Brake pads {vehicle}',
    'Spare parts {vehicle}',
    'Bodywork repair {vehicle}',
    'Fleet maintenance {month}',
    'Blue lights repair {vehicle}',
  ],
  'cleaning-products': [
    'Cleaning products {site}',
    'Floor cleaner {brand}',
    'Dishwashing liquid {brand}',
    'Disinfectant {brand}',
    'Toilet cleaner {brand}',
    'Bin bags {n}0 rolls',
    'Microfibre cloths',
    'Glass cleaner',
    'Cleaning supplies {month}',
  ],
  'cleaning-services': [
    'Cleaning {site} {month}',
    'Office cleaning {site}',
    'Window cleaning {site}',
    'Cleaning services {period}',
    'Deep clean {site}',
    'Cleaning of holding cells',
  ],
  'hygiene-paper': [
    'Paper hand towels {fold}',
    'Toilet paper {n}0 rolls',
    'Hand towels paper {brand}',
    'Toilet tissue {ply}-ply',
    'Hand soap {brand}',
    'Towel dispenser',
    'Kitchen rolls',
    'Facial tissues {brand}',
  ],
  workwear: [
    'Workwear {dienst}',
    'Safety shoes {brand} size {shoe}',
    'Hi-vis vests {n} pcs',
    'Work trousers {brand}',
    'Work gloves',
    'Rain jackets',
    'Polo shirts with logo',
    'PPE: safety glasses, ear plugs',
  ],
  'waste-collection': [
    'Waste collection {site} {month}',
    'Container rental {n} m³',
    'Container emptying {site}',
    'Green waste disposal',
    'PMD collection',
    'Paper and cardboard collection',
    'Hazardous waste disposal',
  ],
  'it-hardware': [
    'Laptop {laptop}',
    'Monitor {monitor}',
    'Desktop PC {desktop}',
    'Docking station {dock}',
    'Tablet {tablet}',
    'Network switch {switch}',
    'IT equipment {site}',
    'Keyboard + mouse',
    'External hard drive',
    'Printer {printer}',
    'Headset {headset}',
    'Rugged laptop for patrol car',
  ],
  software: [
    'Licence {sw} {year}',
    'Software maintenance {sw}',
    'Subscription {sw}',
    'Microsoft 365 {plan} licences',
    'Software {sw}',
    'Hosting {sw}',
    'Antivirus {av}',
    'Software support {year}',
  ],
  insurance: [
    'Fire insurance {site}',
    'Liability insurance {year}',
    'Workers compensation insurance {year}',
    'Vehicle insurance {year}',
    'Policy no. {polnr}',
    'Fleet insurance premium',
    'Legal expenses insurance',
  ],
  'legal-services': [
    'Legal fees {dossier}',
    'Legal advice {topic}',
    'Court costs {dossier}',
    'Lawyer fees and expenses',
    'Bailiff costs {dossier}',
  ],
  training: [
    'Training {course}',
    'Seminar registration {topic}',
    'First aid course',
    'Course {course}',
    'Conference {topic}',
    'Shooting training {n} officers',
    'Training staff {dienst}',
  ],
  'temp-staff': ['Temporary staff {dienst} week {wk}', 'Agency worker {period}', 'Interim staff {dienst}'],
  'coffee-supplies': [
    'Coffee beans {brand}',
    'Ground coffee {brand}',
    'Coffee capsules {brand}',
    'Tea {teabrand}',
    'Sugar and milk for coffee',
    'Paper cups',
    'Coffee for meetings',
    'Hot chocolate powder',
  ],
  'coffee-machines': [
    'Coffee machine rental {site}',
    'Vending machine rental {q}',
    'Coffee machine maintenance {model}',
    'Water cooler rental',
    'Coffee machine repair',
    'Rental coffee machines {period}',
  ],
  catering: [
    'Sandwiches {meeting}',
    'Reception {event}',
    'Catering {event}',
    'Buffet {event} {nn} pax',
    'Drinks reception {event}',
    'Lunch {meeting}',
    'Coffee break seminar',
    'Dinner {event}',
  ],
  'office-furniture': [
    'Office chair {chair}',
    'Desk {w}x80',
    'Sit-stand desk',
    'Meeting table',
    'Cabinet with sliding doors',
    'Mobile pedestal',
    'Furniture {site}',
    'Visitor chairs {n} pcs',
    'Lockers {n} compartments',
  ],
  'building-maintenance': [
    'Painting works {site}',
    'Roof repair {site}',
    'Plumbing {site}',
    'Carpentry {site}',
    'Building maintenance {site}',
    'Window pane replacement {site}',
    'Tiling {site}',
    'Leak repair {site}',
    'Locksmith {site}',
    'Drain unblocking {site}',
  ],
  'electrical-works': [
    'Electrical works {site}',
    'Electrical repair {site}',
    'Electrical installation {site}',
    'LED lighting replacement {site}',
    'Electrical inspection {site}',
    'Electrician {n} h {site}',
    'Distribution board {site}',
    'Sockets and cabling {site}',
  ],
  'hvac-maintenance': [
    'Boiler maintenance {site}',
    'Heating repair {site}',
    'Central heating service',
    'Air conditioning maintenance {site}',
    'Ventilation maintenance {site}',
    'Circulation pump replacement {site}',
    'Combustion certificate {site}',
  ],
  'lift-maintenance': [
    'Lift maintenance {site}',
    'Elevator inspection {site}',
    'Lift breakdown repair {site}',
    'Lift service contract {year}',
  ],
  'fire-safety': [
    'Fire extinguisher inspection {site}',
    'Fire extinguisher {size} powder',
    'Fire extinguishers {n} pcs',
    'Fire hose reel maintenance {site}',
    'Fire blanket',
    'Smoke detectors {n} pcs',
    'Fire alarm maintenance {site}',
    'Extinguisher refill',
  ],
  security: [
    'Security guards {event}',
    'Alarm monitoring {site}',
    'Intruder alarm maintenance {site}',
    'CCTV {site}',
    'Access control badges',
    'Alarm call-out {site}',
  ],
  'green-maintenance': [
    'Grounds maintenance {site}',
    'Mowing {site}',
    'Tree pruning {site}',
    'Planting {site}',
    'Hedge trimming',
    'Flower beds {season}',
    'Potting soil {n}0 bags',
  ],
  'road-salt': ['Road salt {nn} t', 'De-icing salt bulk', 'Winter gritting salt {year}', 'Rock salt {nn} tonnes', 'Salt bags 25 kg'],
  'library-media': [
    'Library books {genre}',
    "Children's books",
    'Novels {nn} copies',
    'Comics',
    'DVDs library',
    'Audiobooks',
    'New acquisitions {month}',
  ],
  'police-equipment': [
    'Ammunition 9mm {n}000 rounds',
    'Body armour vests {n} pcs',
    'Handcuffs',
    'Police {item}',
    'Baton + holster',
    'Pepper spray',
    'Bulletproof vest size {size}',
    'Police tape and traffic cones',
    'Breathalyser mouthpieces',
    '{item} size {size}',
  ],
};

/**
 * An English council's and fire service's ledger wording: terse, mostly capitals, as British public
 * bodies publish their spend. Some lines hold English words whose stem is a Dutch or French keyword
 * of another category (`MATERIAL DAMAGE`: French `matériaux`;
 * `OIL TANK`: Dutch `tanken`, refuelling), as seen in real English spend files.
 */
const TPL_U: Record<string, string[]> = {
  'office-paper': ['A4 COPY PAPER', 'PAPER REAMS', 'Printer paper {n} boxes', 'COPIER PAPER A3'],
  'toner-ink': ['TONER CARTRIDGES', 'Toner {n} pcs', 'INK CARTRIDGES', 'PRINTER TONER'],
  'copier-lease': ['PHOTOCOPIER LEASE {period}', 'PHOTOCOPIER CHARGES {month}', 'PHOTOCOPIER RENTAL {period}'],
  telecom: [
    'LINE RENT {site}',
    'LINE RENTAL AND CALLS {month}',
    'TELEPHONE CALLS {month}',
    'Mobile phone contract {month}',
    'BROADBAND {site}',
  ],
  electricity: ['ELECTRICITY {site} {month}', 'ELECTRICITY SUPPLY {period}', 'Electricity charges {site}'],
  'natural-gas': ['GAS SUPPLY {site} {month}', 'GAS CHARGES {period}', 'Natural gas {site}'],
  water: ['WATER RATES {site}', 'WATER CHARGES {period}', 'Water and sewerage {site}'],
  'heating-oil': ['HEATING OIL {site}', 'KEROSENE DELIVERY {site}', 'OIL TANK FILL {site}', 'HEATING OIL TANK REFILL {site}'],
  fuel: ['DIESEL {n} LITRES', 'FUEL CARD {month}', 'Bulk diesel delivery {site}', 'UNLEADED PETROL', 'DERV {n} LTRS'],
  'vehicle-maintenance': [
    'VEHICLE SERVICE {vehicle}',
    'MOT TEST {vehicle}',
    'TYRES {vehicle}',
    'BRAKE PADS AND DISCS {vehicle}',
    'Vehicle repairs {vehicle}',
  ],
  insurance: [
    'MATERIAL DAMAGE {year}',
    'MATERIAL DAMAGE PREMIUM {year}',
    'MOTOR FLEET INSURANCE {year}',
    'PUBLIC LIABILITY INSURANCE {year}',
    'Property insurance premium {year}',
  ],
  'lift-maintenance': [
    'LIFT SERVICE {site}',
    'PASSENGER LIFT REPAIR {site}',
    'LIFT BREAKDOWN CALL OUT {site}',
    'Lift maintenance contract {year}',
  ],
  'electrical-works': [
    'ELECTRICAL REPAIRS {site}',
    '2 PIN LAMPS',
    'REPLACEMENT LAMPS {site}',
    'Rewiring {site}',
    'EMERGENCY LIGHTING TEST {site}',
  ],
  'it-hardware': ['LAPTOPS', 'DESKTOP COMPUTERS', 'MONITORS {n}', 'Computer equipment', 'DOCKING STATIONS {n}'],
  software: ['SOFTWARE LICENCE {year}', 'ANNUAL SOFTWARE SUPPORT {year}', 'Software maintenance {year}'],
  'cleaning-services': ['CLEANING {site} {month}', 'WINDOW CLEANING {site}', 'Cleaning contract {month}'],
  'waste-collection': ['TRADE WASTE COLLECTION {site}', 'SKIP HIRE {site}', 'Refuse collection {month}'],
  'green-maintenance': ['GROUNDS MAINTENANCE {month}', 'GRASS CUTTING {site}', 'TREE WORKS {site}'],
  training: ['TRAINING COURSE', 'FIRST AID TRAINING', 'Course fees {n} delegates', 'MANUAL HANDLING TRAINING'],
  catering: ['CATERING {event}', 'BUFFET {event}', 'Refreshments for {meeting}'],
  workwear: ['UNIFORMS', 'PROTECTIVE CLOTHING', 'Work boots {n} pairs', 'HI VIS JACKETS'],
  'fire-safety': ['FIRE EXTINGUISHER SERVICE {site}', 'FIRE ALARM MAINTENANCE {site}', 'Smoke detectors {n} pcs'],
  'legal-services': ['LEGAL FEES', 'LEGAL ADVICE', 'Solicitors fees'],
  'building-maintenance': ['ROOF REPAIRS {site}', 'PLUMBING REPAIRS {site}', 'DOOR REPAIRS {site}', 'Painting and decorating {site}'],
  'temp-staff': ['AGENCY STAFF {month}', 'TEMPORARY STAFF {period}', 'Agency worker {month}'],
};

const TPL: Record<VocabKey, Record<string, string[]>> = { A: TPL_A, B: TPL_B, F: TPL_F, E: TPL_E, U: TPL_U };

// extra slot values used by the B/F/E vocabularies
Object.assign(
  at(
    CAT_DEFS.filter((c) => c.id === 'office-supplies'),
    0,
  ).slots ?? {},
  {
    itemb: [
      "stylo's",
      'balpennen Pilot',
      'nietjes nr. 10',
      'nietapparaat',
      'perforeermachine',
      'fluostiften',
      'memoblokjes',
      'hefboomordners',
      'klasseurs',
      'kleefband',
      'correctielint',
      'vulpotloden',
      'notitieblokken',
      'omslagen C5',
      'vensteromslagen',
      'archiefboxen',
      'insteekmapjes',
      'rekkers',
      'trombones',
      'whiteboardmarkers',
      'lijmstiften',
      'papierscharen',
      'adresetiketten',
      'tabbladen',
      'kaftjes',
      'bureaukalenders',
    ],
    item_fr: [
      'stylos à bille',
      'agrafes 24/6',
      'agrafeuse',
      'perforatrice',
      'surligneurs',
      'post-it',
      'classeurs à levier',
      'ruban adhésif',
      'correcteur',
      'crayons',
      'gommes',
      'blocs-notes',
      'enveloppes C4',
      'enveloppes à fenêtre',
      "boîtes d'archives",
      'chemises suspendues',
      'pochettes plastiques',
      'trombones',
      'marqueurs tableau blanc',
      'bâtons de colle',
      'ciseaux',
      'étiquettes',
      'intercalaires',
    ],
    item_en: [
      'ballpoint pens',
      'staples 24/6',
      'stapler',
      'hole punch',
      'highlighters',
      'sticky notes',
      'lever arch files',
      'adhesive tape',
      'correction tape',
      'pencils',
      'erasers',
      'notepads A4',
      'envelopes C4',
      'window envelopes',
      'archive boxes',
      'suspension files',
      'punched pockets',
      'rubber bands',
      'paper clips',
      'whiteboard markers',
      'glue sticks',
      'scissors',
      'labels',
      'dividers',
    ],
  },
);

Object.assign(
  at(
    CAT_DEFS.filter((c) => c.id === 'subscriptions'),
    0,
  ).slots ?? {},
  {
    newspaper_fr: ['Le Soir', 'La Libre Belgique', "L'Avenir", "L'Echo", 'Le Moniteur des communes'],
    newspaper_en: ['De Standaard', 'De Tijd', 'Het Nieuwsblad', 'Financial Times', 'The Brussels Times'],
    pub_fr: ['Mouvement communal', 'Revue de droit communal', 'CPAS Plus', 'Le Journal des tribunaux'],
    pub_en: ['Police Chief Magazine', 'Inforevue', 'Lokaal (VVSG)'],
  },
);

// ---------------------------------------------------------------------------------------------------
// Suppliers per case ("world"). Names per source key; a missing key = that source does not use it.
// ---------------------------------------------------------------------------------------------------

const WORLD_SAMPLES: SupplierDef[] = [
  sup(
    'lyreco',
    ['office-paper', 'office-supplies', 'toner-ink', 'hygiene-paper', 'coffee-supplies'],
    { gem: ['LYRECO BELGIUM SA', 'LYRECO'], ocmw: ['Lyreco Belgium NV', 'Lyreco'] },
    6,
  ),
  sup(
    'staples',
    ['office-supplies', 'office-paper', 'toner-ink', 'office-furniture'],
    { gem: ['Staples Solutions', 'STAPLES SOLUTIONS NV'], ocmw: ['STAPLES SOLUTIONS BELGIUM NV', 'Staples'] },
    3,
  ),
  sup('antalis', ['office-paper'], { gem: ['ANTALIS NV'], ocmw: ['Antalis Belgium'] }, 2),
  sup('printcenter', ['toner-ink'], { gem: ['PRINTCENTER VLAANDEREN BV'], ocmw: ['Printcenter Vlaanderen'] }, 2),
  sup('ricoh', ['copier-lease'], { gem: ['RICOH BELGIUM NV', 'Ricoh Belgium'], ocmw: ['Ricoh Belgium NV'] }, 2),
  sup('konica', ['copier-lease'], { gem: ['KONICA MINOLTA BUSINESS SOLUTIONS BELGIUM'] }, 1),
  sup('canon', ['copier-lease'], { ocmw: ['Canon Belgium NV'] }, 1),
  sup('vanhove', ['printing'], { gem: ['DRUKKERIJ VANHOVE BV'], ocmw: ['Drukkerij Vanhove'] }, 2),
  sup('diekeure', ['printing', 'subscriptions'], { gem: ['DIE KEURE NV', 'die Keure'], ocmw: ['Die Keure'] }, 2),
  sup('bpost', ['postage'], { gem: ['BPOST', 'bpost NV van publiek recht'], ocmw: ['Bpost SA', 'bpost'] }, 2),
  sup('kluwer', ['subscriptions'], { gem: ['WOLTERS KLUWER BELGIUM NV'], ocmw: ['Wolters Kluwer Belgium'] }, 1),
  sup('vandenbroele', ['subscriptions', 'training'], { gem: ['VANDEN BROELE NV'], ocmw: ['Vanden Broele Group'] }, 1),
  sup('mediahuis', ['subscriptions'], { gem: ['MEDIAHUIS NV'], ocmw: ['Mediahuis'] }, 1),
  sup('proximus', ['telecom'], { gem: ['PROXIMUS NV VAN PUBLIEK RECHT', 'PROXIMUS'], ocmw: ['Proximus SA', 'Proximus'] }, 3),
  sup('telenet', ['telecom'], { gem: ['TELENET BV'], ocmw: ['Telenet Group'] }, 1),
  sup('orange', ['telecom'], { ocmw: ['Orange Belgium NV'] }, 1),
  sup(
    'engie',
    ['electricity', 'natural-gas'],
    { gem: ['Engie Electrabel', 'ENGIE Electrabel NV'], ocmw: ['ENGIE ELECTRABEL NV', 'Electrabel'] },
    5,
  ),
  sup('luminus', ['electricity'], { ocmw: ['Luminus NV'] }, 1),
  sup('totalgas', ['natural-gas'], { gem: ['TOTALENERGIES POWER & GAS BELGIUM'] }, 1),
  sup('vercruysse', ['heating-oil', 'fuel'], { gem: ['BRANDSTOFFEN VERCRUYSSE BV'], ocmw: ['Vercruysse Brandstoffen'] }, 2),
  sup('watergroep', ['water'], { gem: ['DE WATERGROEP'], ocmw: ['De Watergroep CVBA', 'Watergroep'] }, 2),
  sup(
    'q8',
    ['fuel'],
    { gem: ['Q8 / Kuwait Petroleum Belgium', 'KUWAIT PETROLEUM BELGIUM NV'], ocmw: ['KUWAIT PETROLEUM (BELGIUM) NV', 'Q8'] },
    3,
  ),
  sup('totalfuel', ['fuel'], { gem: ['TOTALENERGIES MARKETING BELGIUM'] }, 1),
  sup('dats24', ['fuel'], { ocmw: ['DATS 24 NV'] }, 1),
  sup('vandenbussche', ['vehicle-maintenance'], { gem: ['GARAGE VANDENBUSSCHE BV'], ocmw: ['Garage Vandenbussche'] }, 2),
  sup('euromaster', ['vehicle-maintenance'], { gem: ['EUROMASTER BELGIUM'], ocmw: ['Euromaster Belgium NV'] }, 1),
  sup('keuring', ['vehicle-maintenance'], { gem: ['KEURINGSCENTRUM WESTHOEK'], ocmw: ['Keuringscentrum Westhoek vzw'] }, 1),
  sup('diversey', ['cleaning-products'], { gem: ['DIVERSEY BELGIUM BV'], ocmw: ['Diversey Belgium'] }, 2),
  sup('ecolab', ['cleaning-products'], { ocmw: ['Ecolab BV', 'ECOLAB'] }, 1),
  sup(
    'vandaele',
    ['cleaning-products', 'hygiene-paper'],
    { gem: ['HYGIENE SERVICE VANDAELE BV'], ocmw: ['Hygiëne Service Vandaele', 'Vandaele Hygiëne'] },
    3,
  ),
  sup('manutan', ['office-furniture', 'cleaning-products', 'workwear'], { gem: ['MANUTAN NV'], ocmw: ['Manutan'] }, 1),
  sup('iss', ['cleaning-services'], { gem: ['ISS FACILITY SERVICES NV'], ocmw: ['ISS Facility Services'] }, 2),
  sup('cleanit', ['cleaning-services'], { gem: ['POETSBEDRIJF CLEAN-IT BV'] }, 1),
  sup('desmet-glas', ['cleaning-services'], { gem: ['GLAZENWASSERIJ DE SMET'], ocmw: ['Glazenwasserij De Smet BV'] }, 1),
  sup('essity', ['hygiene-paper', 'incontinence'], { gem: ['ESSITY BELGIUM SA'], ocmw: ['Essity Belgium NV', 'Essity (Tena)'] }, 3),
  sup('cws', ['hygiene-paper'], { gem: ['CWS BELGIUM'], ocmw: ['CWS Belgium NV'] }, 1),
  sup('vandeputte', ['workwear'], { gem: ['VANDEPUTTE SAFETY NV'], ocmw: ['Vandeputte Safety Experts'] }, 2),
  sup('depoorter', ['workwear'], { gem: ['WERKKLEDIJ DEPOORTER BV'], ocmw: ['Depoorter Werkkledij'] }, 1),
  sup('renewi', ['waste-collection'], { gem: ['RENEWI BELGIUM SA'], ocmw: ['Renewi Belgium NV'] }, 2),
  sup('ivvo', ['waste-collection'], { gem: ['INTERCOMMUNALE IVVO'], ocmw: ['IVVO'] }, 1),
  sup('sanicare', ['waste-collection'], { ocmw: ['Sanicare Medisch Afval BV'] }, 1),
  sup('bechtle', ['it-hardware'], { gem: ['BECHTLE BRUSSELS NV'], ocmw: ['Bechtle NV'] }, 2),
  sup('inetum', ['it-hardware', 'software'], { gem: ['INETUM-REALDOLMEN BELGIUM NV', 'REALDOLMEN'], ocmw: ['Inetum Realdolmen'] }, 2),
  sup('dell', ['it-hardware'], { gem: ['DELL NV'], ocmw: ['Dell Technologies'] }, 1),
  sup('cipal', ['software'], { gem: ['CIPAL SCHAUBROECK NV'], ocmw: ['Cipal Schaubroeck'] }, 2),
  sup('softwareone', ['software'], { gem: ['SOFTWAREONE BELGIUM'], ocmw: ['SoftwareOne Belgium NV'] }, 1),
  sup('caredesk', ['software'], { ocmw: ['CareDesk BV'] }, 1),
  sup('ethias', ['insurance'], { gem: ['ETHIAS SA'], ocmw: ['Ethias NV', 'Ethias'] }, 2),
  sup('kbcverz', ['insurance'], { gem: ['KBC VERZEKERINGEN NV'], ocmw: ['KBC Verzekeringen'] }, 1),
  sup('aginsurance', ['insurance'], { ocmw: ['AG Insurance NV'] }, 1),
  sup('lexpublica', ['legal-services'], { gem: ['ADVOCATENKANTOOR LEX PUBLICA BV'], ocmw: ['Lex Publica advocaten'] }, 1),
  sup('vandamme-adv', ['legal-services'], { gem: ['MEESTER VANDAMME ADVOCATEN'] }, 1),
  sup('peeters', ['legal-services'], { gem: ['GERECHTSDEURWAARDERSKANTOOR PEETERS'], ocmw: ['Gerechtsdeurwaarders Peeters & Co'] }, 1),
  sup('vvsg', ['training'], { gem: ['VVSG VZW', 'VERENIGING VLAAMSE STEDEN EN GEMEENTEN'], ocmw: ['VVSG vzw'] }, 2),
  sup('politeia', ['training', 'subscriptions'], { gem: ['POLITEIA NV'], ocmw: ['Politeia'] }, 1),
  sup('vormingzorg', ['training'], { ocmw: ['Vormingscentrum Zorg vzw'] }, 1),
  sup('randstad', ['temp-staff'], { gem: ['RANDSTAD BELGIUM NV'], ocmw: ['Randstad Belgium', 'Randstad'] }, 2),
  sup('startpeople', ['temp-staff'], { ocmw: ['Start People NV'] }, 1),
  sup(
    'miko',
    ['coffee-supplies', 'coffee-machines'],
    { gem: ['MIKO KOFFIE NV', 'MIKO COFFEE SERVICE'], ocmw: ['Miko Koffie', 'Miko Coffee Service NV'] },
    3,
  ),
  sup('rombouts', ['coffee-supplies'], { gem: ['KOFFIE ROMBOUTS NV'], ocmw: ['Rombouts Koffie'] }, 1),
  sup('selecta', ['coffee-machines'], { gem: ['SELECTA BENELUX'], ocmw: ['Selecta Benelux NV'] }, 1),
  sup('dewulf', ['catering'], { gem: ['TRAITEUR DEWULF BV'], ocmw: ['Traiteur Dewulf'] }, 2),
  sup('pleintje', ['catering'], { gem: ['BROODJESBAR HET PLEINTJE'] }, 1),
  sup('vermeulen', ['catering', 'food'], { gem: ['BAKKERIJ VERMEULEN'], ocmw: ['Bakkerij Vermeulen BV'] }, 1),
  sup('ahrend', ['office-furniture'], { gem: ['AHREND NV'], ocmw: ['Ahrend Belgium'] }, 1),
  sup('deprez', ['office-furniture'], { gem: ['KANTOORMEUBELEN DEPREZ BV'], ocmw: ['Deprez Kantoormeubelen'] }, 1),
  sup('verhaeghe', ['building-maintenance'], { gem: ['BOUWBEDRIJF VERHAEGHE BV'], ocmw: ['Bouwbedrijf Verhaeghe'] }, 2),
  sup('decock', ['building-maintenance'], { gem: ['SCHILDERWERKEN DECOCK'], ocmw: ['Decock Schilderwerken BV'] }, 1),
  sup('vandecasteele', ['building-maintenance'], { gem: ['SANITAIR VANDECASTEELE BV'], ocmw: ['Sanitair Vandecasteele'] }, 1),
  sup('maes', ['building-maintenance'], { gem: ['SCHRIJNWERKERIJ MAES'] }, 1),
  sup('elektrovandamme', ['electrical-works'], { gem: ['ELEKTRO VANDAMME BV'], ocmw: ['Elektro Vandamme'] }, 2),
  sup('soenen', ['electrical-works'], { gem: ['ELEKTRICITEITSWERKEN SOENEN BV'], ocmw: ['Elektriciteitswerken Soenen'] }, 1),
  sup('equans', ['hvac-maintenance'], { gem: ['EQUANS SERVICES (ex-ENGIE COFELY)'], ocmw: ['Equans Services NV'] }, 2),
  sup('dewitte', ['hvac-maintenance'], { gem: ['VERWARMING DEWITTE BV'], ocmw: ['Dewitte Verwarming'] }, 1),
  sup('schindler', ['lift-maintenance'], { gem: ['SCHINDLER SA'], ocmw: ['Schindler NV'] }, 1),
  sup('kone', ['lift-maintenance'], { ocmw: ['Kone Belgium NV'] }, 1),
  sup('sicli', ['fire-safety'], { gem: ['SICLI SA'], ocmw: ['Sicli NV'] }, 2),
  sup('brandwesthoek', ['fire-safety'], { gem: ['BRANDBEVEILIGING WESTHOEK BV'], ocmw: ['Brandbeveiliging Westhoek'] }, 1),
  sup('securitas', ['security'], { gem: ['SECURITAS SA'], ocmw: ['Securitas NV'] }, 2),
  sup('vigilis', ['security'], { gem: ['ALARMCENTRALE VIGILIS BV'], ocmw: ['Vigilis Alarmcentrale'] }, 1),
  sup('vanneste', ['green-maintenance'], { gem: ['GROENWERKEN VANNESTE BV'], ocmw: ['Groenwerken Vanneste'] }, 2),
  sup('deoever', ['green-maintenance'], { gem: ['MAATWERKBEDRIJF DE OEVER VZW'], ocmw: ['De Oever vzw'] }, 1),
  sup('claeys', ['green-maintenance'], { gem: ['TUINCENTRUM CLAEYS'] }, 1),
  sup('zoutman', ['road-salt'], { gem: ['ZOUTMAN NV', 'ZOUTMAN'] }, 1),
  sup('vanthournout', ['road-works'], { gem: ['WEGENBOUW VANTHOURNOUT BV'] }, 1),
  sup('colas', ['road-works'], { gem: ['COLAS BELGIUM SA'] }, 1),
  sup('standaard', ['library-media', 'office-supplies'], { gem: ['STANDAARD BOEKHANDEL NV'] }, 1),
  sup('theoria', ['library-media'], { gem: ['BOEKHANDEL THEORIA'] }, 1),
  sup('hartmann', ['incontinence', 'care-aids'], { ocmw: ['Paul Hartmann NV', 'Hartmann'] }, 2),
  sup('apodelinde', ['medicines'], { ocmw: ['Apotheek De Linde BV', 'Apotheek De Linde'] }, 3),
  sup('apovanmassenhove', ['medicines'], { ocmw: ['Apotheek Vanmassenhove'] }, 1),
  sup('sligro', ['food'], { ocmw: ['Sligro-ISPC Belgium NV', 'Sligro ISPC'] }, 3),
  sup('slagerijdesmet', ['food'], { ocmw: ['Slagerij Desmet'] }, 2),
  sup('vanreusel', ['food'], { ocmw: ['Vanreusel Groenten & Fruit BV'] }, 2),
  sup('bidfood', ['food'], { ocmw: ['Bidfood Belgium NV'] }, 1),
  sup('medimarket', ['care-aids'], { ocmw: ['Medi-Market Ieper'] }, 1),
  sup('invacare', ['care-aids'], { ocmw: ['Invacare NV'] }, 1),
  sup('elis', ['linen-laundry'], { ocmw: ['Elis Belgium NV', 'ELIS BELGIUM SA'] }, 2),
  sup('wasserijterlinde', ['linen-laundry'], { ocmw: ['Wasserij Ter Linde vzw'] }, 1),
  sup('politiezone', ['dotations'], { gem: ['POLITIEZONE ARRO IEPER'] }, 1),
  sup('hvz-westhoek', ['dotations'], { gem: ['HULPVERLENINGSZONE WESTHOEK'] }, 1),
  sup('kfc-zo', ['subsidies'], { gem: ['KFC ZONNEBEKE-OOST VZW'] }, 1),
  sup('harmonie', ['subsidies'], { gem: ['KONINKLIJKE HARMONIE SINT-CECILIA VZW'] }, 1),
  sup('jeugdhuis', ['subsidies'], { gem: ['JEUGDHUIS DE KELDER VZW'], ocmw: ['Vzw De Brug'] }, 1),
  sup('fod-fin', ['taxes'], { gem: ['FOD FINANCIEN'], ocmw: ['FOD Financiën'] }, 1),
  sup('vlabel', ['taxes'], { gem: ['VLAAMSE BELASTINGDIENST'], ocmw: ['Vlaamse Belastingdienst'] }, 1),
  sup('clienten', ['social-aid'], { ocmw: ['Cliënten sociale dienst'] }, 1),
];

const WORLD_THREE: SupplierDef[] = [
  sup('bruneau', ['office-supplies', 'office-paper', 'office-furniture'], { tg: ['Bruneau NV'], to: ['BRUNEAU SA'], ta: ['Bruneau'] }, 4),
  sup(
    'officedepot',
    ['office-supplies', 'office-paper', 'toner-ink', 'coffee-supplies'],
    { tg: ['Office Depot Belgium BV', 'Viking Direct'], to: ['OFFICE DEPOT BELGIUM'], ta: ['Office Depot'] },
    4,
  ),
  sup('papyrus', ['office-paper'], { tg: ['Papyrus Belgium'], to: ['PAPYRUS BELGIUM NV'] }, 2),
  sup('inkt-express', ['toner-ink'], { tg: ['Inkt Express BV'], to: ['INKT-EXPRESS'], ta: ['Inkt Express'] }, 2),
  sup('sharp', ['copier-lease'], { tg: ['Sharp Electronics Benelux'], to: ['SHARP ELECTRONICS BENELUX BV'] }, 2),
  sup('xerox', ['copier-lease'], { ta: ['Xerox NV'], tg: ['XEROX'] }, 1),
  sup('graphius', ['printing'], { tg: ['Drukkerij Graphius'], ta: ['Graphius Group'], to: ['DRUKKERIJ GRAPHIUS'] }, 2),
  sup('bpost', ['postage'], { tg: ['B-POST'], to: ['bpost NV'], ta: ['Bpost'] }, 2),
  sup('vandenbroele', ['subscriptions', 'training'], { tg: ['Vanden Broele'], to: ['VANDEN BROELE NV'] }, 1),
  sup('knack', ['subscriptions'], { tg: ['Roularta Media Group'], ta: ['ROULARTA MEDIA GROUP NV'] }, 1),
  sup('telenet', ['telecom'], { tg: ['Telenet Business'], to: ['TELENET BV'], ta: ['Telenet'] }, 2),
  sup('orange', ['telecom'], { tg: ['ORANGE BELGIUM SA'], to: ['Orange Belgium'] }, 1),
  sup('luminus', ['electricity', 'natural-gas'], { tg: ['Luminus'], to: ['LUMINUS NV'], ta: ['Luminus SA'] }, 5),
  sup('eneco', ['electricity'], { ta: ['Eneco Belgium'], to: ['ENECO BELGIUM NV'] }, 1),
  sup('totalgas', ['natural-gas', 'electricity'], { tg: ['TotalEnergies Power & Gas'], ta: ['TOTALENERGIES POWER & GAS BELGIUM SA'] }, 1),
  sup('mazout-vanacker', ['heating-oil'], { tg: ['Mazout Vanacker'], to: ['VANACKER MAZOUT BV'] }, 1),
  sup('farys', ['water'], { tg: ['Farys | TMVW'], to: ['FARYS'], ta: ['Farys TMVW ov'] }, 2),
  sup('dats24', ['fuel'], { tg: ['DATS 24'], to: ['Dats 24 NV'], ta: ['DATS24'] }, 2),
  sup('totalfuel', ['fuel'], { tg: ['TotalEnergies Marketing Belgium SA', 'Total fleet card'], to: ['TOTAL BELGIUM'] }, 2),
  sup('garagedeclercq', ['vehicle-maintenance'], { tg: ['Garage Declercq'], to: ['GARAGE DECLERCQ BV'] }, 2),
  sup('vaco', ['vehicle-maintenance'], { tg: ['Bandencentrale Vaco'], ta: ['VACO BANDEN'] }, 1),
  sup('igiene', ['cleaning-products', 'hygiene-paper'], { tg: ['Igiene Pro BV'], to: ['IGIENE PRO'], ta: ['Igiene Pro'] }, 3),
  sup('tork', ['hygiene-paper'], { to: ['Papierwaren Lucart Benelux'], tg: ['LUCART BENELUX'] }, 1),
  sup('chemiclean', ['cleaning-products'], { tg: ['Chemiclean'], ta: ['CHEMICLEAN BV'] }, 1),
  sup('atalian', ['cleaning-services'], { tg: ['Atalian Global Services'], to: ['ATALIAN BELGIUM'], ta: ['Atalian'] }, 2),
  sup('glansrijk', ['cleaning-services'], { ta: ['Glansrijk Ramen BV'], tg: ['GLANSRIJK'] }, 1),
  sup('wibra', ['workwear'], { tg: ['Wibra Werkkledij'], to: ['WIBRA NV'], ta: ['Wibra'] }, 2),
  sup('lamoot', ['workwear'], { tg: ['LAMOOT PBM BV'] }, 1),
  sup('suez', ['waste-collection'], { tg: ['Suez R&R Belgium'], to: ['PREZERO BELGIUM (ex-SUEZ)'], ta: ['Prezero'] }, 2),
  sup('imog', ['waste-collection'], { tg: ['Imog'], ta: ['IMOG intercommunale'] }, 1),
  sup('cegeka', ['it-hardware', 'software'], { tg: ['Cegeka NV'], to: ['CEGEKA'], ta: ['Cegeka'] }, 3),
  sup('priminfo', ['it-hardware'], { tg: ['PRIMINFO'], to: ['Priminfo NV'] }, 1),
  sup('remmicom', ['software'], { tg: ['Remmicom'], to: ['REMMICOM NV'] }, 1),
  sup('recreatex', ['software'], { ta: ['Recreatex (Gantner)'] }, 1),
  sup('belfius-ins', ['insurance'], { tg: ['Belfius Insurance'], to: ['BELFIUS INSURANCE NV'], ta: ['Belfius Verzekeringen'] }, 2),
  sup('pv', ['insurance'], { tg: ['P&V Verzekeringen CV'], ta: ['P&V'] }, 1),
  sup('gda', ['legal-services'], { tg: ['GD&A Advocaten'], to: ['GD&A ADVOCATEN BV'] }, 1),
  sup('syntra', ['training'], { tg: ['Syntra Midden-Vlaanderen'], to: ['SYNTRA'], ta: ['Syntra MV'] }, 1),
  sup('tempoteam', ['temp-staff'], { tg: ['Tempo-Team'], to: ['TEMPO-TEAM NV'], ta: ['Tempo Team'] }, 2),
  sup(
    'jde',
    ['coffee-supplies'],
    { tg: ['JDE Professional Belgium'], to: ['JDE PROFESSIONAL'], ta: ['Jacobs Douwe Egberts Professional'] },
    2,
  ),
  sup(
    'koffieservice',
    ['coffee-machines', 'coffee-supplies'],
    { tg: ['Koffieservice Verbeke'], ta: ['KOFFIESERVICE VERBEKE BV'], to: ['Verbeke Koffieservice'] },
    2,
  ),
  sup('traiteur-lieven', ['catering'], { tg: ['Traiteur Lieven'], ta: ['TRAITEUR LIEVEN BV'] }, 2),
  sup('sodexo', ['catering', 'food'], { to: ['Sodexo Belgium NV'] }, 2),
  sup('vepa', ['office-furniture'], { tg: ['Vepa Kantoormeubelen'], to: ['VEPA'] }, 1),
  sup('bouw-deprez', ['building-maintenance'], { tg: ['Bouwonderneming Deprez'], to: ['DEPREZ BOUW BV'], ta: ['Deprez Bouw'] }, 2),
  sup('dakwerken', ['building-maintenance'], { tg: ['Dakwerken Lambrecht'], ta: ['DAKWERKEN LAMBRECHT'] }, 1),
  sup('electro-deconinck', ['electrical-works'], { tg: ['Electro Deconinck NV'], to: ['ELECTRO DECONINCK'], ta: ['Electro Deconinck'] }, 2),
  sup('stievenart', ['hvac-maintenance'], { tg: ['Stievenart Technieken'], to: ['STIEVENART TECHNIEKEN BV'], ta: ['Stievenart'] }, 2),
  sup('otis', ['lift-maintenance'], { tg: ['Otis NV'], to: ['OTIS'], ta: ['Otis Belgium'] }, 1),
  sup('chubb', ['fire-safety'], { tg: ['Chubb Fire & Security'], to: ['CHUBB FIRE & SECURITY BELGIUM'], ta: ['Chubb'] }, 2),
  sup('seris', ['security'], { tg: ['Seris Security'], ta: ['SERIS SECURITY NV'], to: ['Seris'] }, 2),
  sup(
    'groenservice',
    ['green-maintenance'],
    { tg: ['Groenservice Vandewalle'], ta: ['GROENSERVICE VANDEWALLE'], to: ['Vandewalle Groenservice BV'] },
    2,
  ),
  sup('aswebo', ['road-works'], { tg: ['Wegenbouw Aswebo'] }, 1),
  sup('stadsbader', ['road-works'], { tg: ['STADSBADER NV'] }, 1),
  sup('corman', ['library-media'], { tg: ['Boekhandel Corman'] }, 1),
  sup('moli', ['incontinence'], { to: ['Ontex Healthcare'] }, 1),
  sup('apotheekhof', ['medicines'], { to: ['Apotheek Hof ter Beke'] }, 2),
  sup('hanos', ['food'], { to: ['Hanos Gent'] }, 2),
  sup('vermeersch', ['food'], { to: ['Zuivelhoeve Vermeersch'] }, 1),
  sup('mobilab', ['care-aids'], { to: ['Thuiszorgwinkel Mobilab'] }, 1),
  sup('arjo', ['care-aids'], { to: ['ARJO BELGIUM NV'] }, 1),
  sup('sportthieme', ['sports-equipment'], { ta: ['Sport-Thieme Benelux'], tg: ['SPORT-THIEME'] }, 2),
  sup('decathlonpro', ['sports-equipment'], { ta: ['Decathlon Pro'] }, 1),
  sup('aquachem', ['pool-chemicals'], { ta: ['Aquachem BV', 'AQUACHEM'] }, 2),
  sup('podium', ['stage-technics'], { ta: ['Podiumtechniek Vermaut', 'PODIUMTECHNIEK VERMAUT BV'] }, 2),
  sup('stagelight', ['stage-technics'], { ta: ['Stagelight Rental'] }, 1),
];

const WORLD_FRENCH: SupplierDef[] = [
  sup(
    'lyreco',
    ['office-paper', 'office-supplies', 'toner-ink', 'hygiene-paper'],
    { fc: ['LYRECO BELGIUM SA'], fp: ['Lyreco Belgium S.A.'] },
    4,
  ),
  sup('bruneau', ['office-supplies', 'office-furniture'], { fc: ['Bruneau SA'], fp: ['BRUNEAU'] }, 2),
  sup('papeterie-leroy', ['office-paper', 'office-supplies'], { fc: ['Papeterie Leroy SPRL'] }, 1),
  sup('encre-service', ['toner-ink'], { fc: ['Encre Service SRL'], fp: ['ENCRE SERVICE'] }, 1),
  sup('canon', ['copier-lease'], { fc: ['Canon Belgium SA'], fp: ['CANON BELGIUM NV'] }, 1),
  sup('imprimerie-bietlot', ['printing'], { fc: ['Imprimerie Bietlot'], fp: ['IMPRIMERIE BIETLOT SA'] }, 1),
  sup('bpost', ['postage'], { fc: ['bpost SA de droit public'], fp: ['BPOST'] }, 1),
  sup('proximus', ['telecom'], { fc: ['Proximus SA de droit public'], fp: ['PROXIMUS'] }, 2),
  sup('engie', ['electricity', 'natural-gas'], { fc: ['ENGIE Electrabel SA'], fp: ['Electrabel (Engie)'] }, 4),
  sup('luminus', ['electricity'], { fp: ['LUMINUS SA'] }, 1),
  sup('vivaqua', ['water'], { fc: ['VIVAQUA'], fp: ['Vivaqua SCRL'] }, 1),
  sup('mazout-dubois', ['heating-oil', 'fuel'], { fc: ['Combustibles Dubois SPRL'], fp: ['DUBOIS COMBUSTIBLES'] }, 1),
  sup('q8', ['fuel'], { fc: ['Kuwait Petroleum (Belgium) SA'], fp: ['Q8 KUWAIT PETROLEUM'] }, 2),
  sup('garage-lambert', ['vehicle-maintenance'], { fc: ['Garage Lambert SRL'], fp: ['GARAGE LAMBERT'] }, 1),
  sup('autosecurite', ['vehicle-maintenance'], { fc: ['Autosécurité SA'] }, 1),
  sup(
    'hygiene-services',
    ['cleaning-products', 'hygiene-paper'],
    { fc: ['Hygiène Services Bruxelles SRL'], fp: ['HYGIENE SERVICES BRUXELLES'] },
    2,
  ),
  sup('ecolab', ['cleaning-products'], { fp: ['Ecolab SA'] }, 1),
  sup('iss', ['cleaning-services'], { fc: ['ISS Facility Services SA'], fp: ['ISS FACILITY SERVICES'] }, 2),
  sup('vdl-workwear', ['workwear'], { fc: ['VDL Vêtements de travail'], fp: ['VDL VETEMENTS PROFESSIONNELS'] }, 1),
  sup('bxl-proprete', ['waste-collection'], { fc: ['Bruxelles-Propreté / Net Brussel'], fp: ['BRUXELLES-PROPRETE'] }, 1),
  sup('renewi', ['waste-collection'], { fp: ['Renewi Belgium SA'] }, 1),
  sup('civadis', ['software'], { fc: ['Civadis SA'], fp: ['CIVADIS'] }, 2),
  sup('easi', ['it-hardware', 'software'], { fc: ['Easi SA'], fp: ['EASI'] }, 2),
  sup('ethias', ['insurance'], { fc: ['Ethias SA'], fp: ['ETHIAS'] }, 2),
  sup('cabinet-avocats', ['legal-services'], { fc: ["Cabinet d'avocats Lex Forum"], fp: ['LEX FORUM AVOCATS'] }, 1),
  sup('brulocalis', ['training'], { fc: ['Brulocalis asbl'], fp: ['BRULOCALIS'] }, 1),
  sup('croix-rouge', ['training'], { fp: ['Croix-Rouge de Belgique'] }, 1),
  sup('cafe-liegeois', ['coffee-supplies', 'coffee-machines'], { fc: ['Café Liégeois SA'], fp: ['CAFE LIEGEOIS'] }, 2),
  sup('selecta', ['coffee-machines'], { fp: ['Selecta Benelux SA'] }, 1),
  sup('traiteur-dumont', ['catering'], { fc: ['Traiteur Dumont'], fp: ['TRAITEUR DUMONT SRL'] }, 1),
  sup('renovbat', ['building-maintenance'], { fc: ['Renovbat SRL'], fp: ['RENOVBAT'] }, 2),
  sup('electricite-martin', ['electrical-works'], { fc: ['Électricité Martin SRL'], fp: ['ELECTRICITE MARTIN'] }, 1),
  sup('chauffage-dupont', ['hvac-maintenance'], { fc: ['Chauffage Dupont SA'], fp: ['DUPONT CHAUFFAGE'] }, 1),
  sup('kone', ['lift-maintenance'], { fc: ['KONE Belgium SA'], fp: ['Kone'] }, 1),
  sup('sicli', ['fire-safety'], { fc: ['SICLI SA'], fp: ['Sicli'] }, 1),
  sup('g4s', ['security'], { fc: ['G4S Secure Solutions SA'], fp: ['G4S'] }, 1),
  sup('jardins-henrard', ['green-maintenance'], { fc: ['Jardins Henrard SRL'], fp: ['JARDINS HENRARD'] }, 1),
  sup('sel-esco', ['road-salt'], { fc: ['ESCO Benelux SA'] }, 1),
  sup('travaux-wilmotte', ['road-works'], { fc: ['Travaux Wilmotte SA'] }, 1),
  sup('librairie-filigranes', ['library-media'], { fc: ['Librairie Filigranes'] }, 1),
  sup('multipharma', ['medicines'], { fp: ['Multipharma SC'] }, 2),
  sup('delhaize', ['food'], { fp: ['Delhaize Le Lion SA', 'DELHAIZE'] }, 2),
  sup('boucherie-renard', ['food'], { fp: ['Boucherie Renard'] }, 1),
  sup('ontex', ['incontinence'], { fp: ['Ontex Healthcare SA'] }, 1),
  sup('vermeiren', ['care-aids'], { fp: ['Vermeiren SA'] }, 1),
];

/** Suppliers of the English council (`ub`) and fire service (`uf`). */
const WORLD_UK: SupplierDef[] = [
  sup('ukoffice', ['office-paper', 'toner-ink'], { ub: ['OFFICE DEPOT UK LTD'], uf: ['Office Depot UK'] }, 2),
  sup('ukcopier', ['copier-lease'], { ub: ['SHARP BUSINESS SYSTEMS UK PLC'], uf: ['Sharp Business Systems'] }, 1),
  sup('ukbt', ['telecom'], { ub: ['BRITISH TELECOMMUNICATIONS PLC'], uf: ['BT PLC'] }, 2),
  sup('ukvodafone', ['telecom'], { ub: ['VODAFONE LTD'], uf: ['Vodafone Corporate'] }, 1),
  sup('ukeon', ['electricity', 'natural-gas'], { ub: ['E.ON UK PLC'], uf: ['EON Energy Solutions'] }, 2),
  sup('ukwater', ['water'], { ub: ['UNITED UTILITIES WATER LTD'], uf: ['United Utilities'] }, 1),
  sup('ukoil', ['heating-oil'], { ub: ['WATSON FUELS LTD'], uf: ['Watson Fuels'] }, 1),
  sup('ukfuel', ['fuel'], { ub: ['CERTAS ENERGY UK LTD'], uf: ['Certas Energy'] }, 2),
  sup('ukgarage', ['vehicle-maintenance'], { ub: ['DENNIS EAGLE LIMITED'], uf: ['Emergency One UK Ltd'] }, 2),
  sup('ukzurich', ['insurance'], { ub: ['ZURICH INSURANCE PLC'], uf: ['Zurich Municipal'] }, 1),
  sup('uklift', ['lift-maintenance'], { ub: ['OTIS LIMITED'], uf: ['Otis Ltd'] }, 1),
  sup('ukelec', ['electrical-works'], { ub: ['DENMANS ELECTRICAL WHOLESALERS'], uf: ['Denmans Electrical'] }, 1),
  sup('ukit', ['it-hardware', 'software'], { ub: ['INSIGHT DIRECT (UK) LTD'], uf: ['Insight Direct UK'] }, 2),
  sup('ukcivica', ['software'], { ub: ['CIVICA UK LIMITED'], uf: ['Civica UK Ltd'] }, 1),
  sup('ukclean', ['cleaning-services'], { ub: ['CLEANWELL SERVICES LTD'], uf: ['Cleanwell Services'] }, 1),
  sup('ukwaste', ['waste-collection'], { ub: ['BIFFA WASTE SERVICES LTD'], uf: ['Biffa'] }, 1),
  sup('ukgrounds', ['green-maintenance'], { ub: ['IDVERDE LIMITED'], uf: ['idverde'] }, 1),
  sup('uktraining', ['training'], { ub: ['ST JOHN AMBULANCE'], uf: ['St John Ambulance'] }, 1),
  sup('ukcater', ['catering'], { ub: ['HOLLAND HOUSE CATERING'], uf: ['Holland House Catering'] }, 1),
  sup('ukwear', ['workwear'], { ub: ['ARCO LTD'], uf: ['Arco'] }, 1),
  sup('ukfire', ['fire-safety'], { ub: ['CHUBB FIRE & SECURITY LTD'], uf: ['Chubb Fire'] }, 1),
  sup('uklegal', ['legal-services'], { ub: ['HILL DICKINSON LLP'], uf: ['Hill Dickinson'] }, 1),
  sup('ukbuild', ['building-maintenance'], { ub: ['B MCDERMOTT & SON (LANCS) LTD'], uf: ['B McDermott & Son'] }, 2),
  sup('ukagency', ['temp-staff'], { ub: ['HAYS SPECIALIST RECRUITMENT'], uf: ['Hays Recruitment'] }, 1),
];

const WORLD_ENGLISH: SupplierDef[] = [
  sup(
    'lyreco',
    ['office-paper', 'office-supplies', 'toner-ink', 'hygiene-paper'],
    { ep: ['Lyreco Belgium N.V.'], eg: ['LYRECO BELGIUM'] },
    4,
  ),
  sup('vanrijn', ['office-supplies', 'office-paper'], { ep: ['Van Rijn Kantoorartikelen'], eg: ['VAN RIJN KANTOORARTIKELEN BV'] }, 1),
  sup('hp', ['toner-ink', 'it-hardware'], { ep: ['HP Belgium BV'], eg: ['HP BELGIUM'] }, 2),
  sup('konica', ['copier-lease'], { ep: ['Konica Minolta Belgium'], eg: ['KONICA MINOLTA'] }, 1),
  sup('bpost', ['postage'], { ep: ['bpost'], eg: ['BPOST NV'] }, 1),
  sup('mediahuis', ['subscriptions', 'printing'], { eg: ['Mediahuis NV'], ep: ['MEDIAHUIS'] }, 1),
  sup('astrid', ['telecom'], { ep: ['A.S.T.R.I.D. NV'] }, 1),
  sup('proximus', ['telecom'], { ep: ['Proximus NV'], eg: ['PROXIMUS'] }, 2),
  sup('eneco', ['electricity', 'natural-gas'], { ep: ['Eneco Belgium NV'], eg: ['ENECO'] }, 3),
  sup('pidpa', ['water'], { ep: ['Pidpa'], eg: ['PIDPA'] }, 1),
  sup('q8', ['fuel'], { ep: ['Kuwait Petroleum Belgium (Q8)'], eg: ['Q8'] }, 2),
  sup('dkv', ['fuel'], { ep: ['DKV Euro Service'] }, 1),
  sup('fleetgarage', ['vehicle-maintenance'], { ep: ['Garage Fleetcare BV'], eg: ['FLEETCARE GARAGE'] }, 2),
  sup('bluelight', ['vehicle-maintenance'], { ep: ['Bluelight Solutions'] }, 1),
  sup('hygienix', ['cleaning-products', 'hygiene-paper'], { ep: ['Hygienix BV'], eg: ['HYGIËNIX'] }, 2),
  sup('cleanpro', ['cleaning-services'], { ep: ['CleanPro Services'], eg: ['CLEANPRO SERVICES NV'] }, 2),
  sup('sioen', ['workwear'], { ep: ['Sioen Protective Apparel'], eg: ['SIOEN'] }, 1),
  sup('renewi', ['waste-collection'], { ep: ['Renewi'], eg: ['RENEWI BELGIUM'] }, 1),
  sup('bechtle', ['it-hardware', 'software'], { ep: ['Bechtle Belgium'], eg: ['BECHTLE NV'] }, 2),
  sup('securelink', ['software'], { ep: ['SecureLink (Orange Cyberdefense)'] }, 1),
  sup('cipal', ['software'], { eg: ['Cipal Schaubroeck'] }, 1),
  sup('ethias', ['insurance'], { ep: ['Ethias'], eg: ['ETHIAS SA'] }, 2),
  sup('lawfirm', ['legal-services'], { ep: ['Claeys & Engels Lawyers'], eg: ['CLAEYS & ENGELS'] }, 1),
  sup('policeacademy', ['training'], { ep: ['Police Academy West Flanders (PIVO)'] }, 1),
  sup('vvsg', ['training'], { eg: ['VVSG'] }, 1),
  sup('nespresso', ['coffee-supplies', 'coffee-machines'], { ep: ['Nespresso Professional'], eg: ['NESPRESSO BELGIQUE'] }, 1),
  sup('traiteur', ['catering'], { ep: ['Café Léon Catering'], eg: ['Brasserie Café Léon'] }, 1),
  sup('kinnarps', ['office-furniture'], { ep: ['Kinnarps Belgium'], eg: ['KINNARPS'] }, 1),
  sup('bouwgroep', ['building-maintenance'], { ep: ['Bouwgroep Vanhaecke'], eg: ['BOUWGROEP VANHAECKE NV'] }, 1),
  sup('elektro', ['electrical-works'], { ep: ['Elektro Dewaele BV'], eg: ['ELEKTRO DEWAELE'] }, 1),
  sup('thermo', ['hvac-maintenance'], { ep: ['Thermo Service BV'], eg: ['THERMO SERVICE'] }, 1),
  sup('schindler', ['lift-maintenance'], { ep: ['Schindler NV'], eg: ['SCHINDLER'] }, 1),
  sup('ajax', ['fire-safety'], { ep: ['Ajax Fire Protection'], eg: ['AJAX BRANDBEVEILIGING'] }, 1),
  sup('securitas', ['security'], { ep: ['Securitas'], eg: ['SECURITAS NV'] }, 1),
  sup('fnherstal', ['police-equipment'], { ep: ['FN Herstal SA'] }, 1),
  sup('uniforms', ['police-equipment'], { ep: ['Vanpoucke Uniforms'] }, 1),
  sup('groen', ['green-maintenance'], { eg: ['Groenbedrijf Desmet'] }, 1),
  sup('zoutman', ['road-salt'], { eg: ['Zoutman'] }, 1),
  sup('bib', ['library-media'], { eg: ['Standaard Boekhandel'] }, 1),
];

// ---------------------------------------------------------------------------------------------------
// Sheets: from lines to rows (titles, header, data, blank rows, broken amounts, a totals row)
// ---------------------------------------------------------------------------------------------------

type Cell = string | number | Date | null | { error: string };

interface TruthLine {
  source: string;
  row: number;
  category: string;
}

interface Layout<C> {
  titles: C[][];
  header: C[];
  data: (l: Line, r: Rng) => C[];
  blank: () => C[];
  total?: (sumCents: number, count: number) => C[];
  blanks: number;
  broken: string[];
  sort: (a: Line, b: Line) => number;
}

function sortKey(s: string): string {
  return stripAccents(s).toUpperCase();
}
const byDate = (a: Line, b: Line): number => a.doy - b.doy || (a.inv < b.inv ? -1 : a.inv > b.inv ? 1 : 0);
const bySupplier = (a: Line, b: Line): number => {
  const x = sortKey(a.supName);
  const y = sortKey(b.supName);
  return x < y ? -1 : x > y ? 1 : byDate(a, b);
};

function assemble<C>(srcName: string, lines: Line[], lay: Layout<C>, rng: Rng): { rows: C[][]; truth: TruthLine[]; sum: number } {
  const sorted = lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => lay.sort(a.l, b.l) || a.i - b.i)
    .map((x) => x.l);
  // broken amounts on clear lines
  const candidates = sorted.map((l, i) => ({ l, i })).filter((x) => x.l.kind === 'clear' && x.i > 10 && x.i < sorted.length - 5);
  const used = new Set<number>();
  for (const kind of lay.broken) {
    let c = rng.pick(candidates);
    while (used.has(c.i)) c = rng.pick(candidates);
    used.add(c.i);
    c.l.broken = kind;
  }
  const blankAt = new Set<number>();
  while (blankAt.size < lay.blanks) blankAt.add(rng.int(20, sorted.length - 10));
  const rows: C[][] = [...lay.titles, lay.header];
  const truth: TruthLine[] = [];
  let sum = 0;
  let count = 0;
  sorted.forEach((l, i) => {
    if (blankAt.has(i)) rows.push(lay.blank());
    rows.push(lay.data(l, rng));
    if (!l.broken) {
      truth.push({ source: srcName, row: rows.length, category: l.cat });
      sum += l.cents;
      count++;
    }
  });
  if (lay.total) {
    rows.push(lay.blank());
    rows.push(lay.total(sum, count));
  }
  return { rows, truth, sum };
}

function xlsxBroken(kind: string): Cell {
  if (kind === 'empty') return null;
  if (kind.startsWith('#')) return { error: kind };
  return kind;
}
function csvBroken(kind: string): string {
  return kind === 'empty' ? '' : kind;
}

interface XlsxSheet {
  name: string;
  rows: Cell[][];
  /** number format per column (0-based) for number and date cells */
  fmts: (string | undefined)[];
  widths: number[];
  headerRow: number;
  merges?: string[];
  titleRows?: number;
}

const FIXED_TIME = new Date(Date.UTC(2026, 0, 12, 9, 0, 0));

async function writeXlsx(file: string, sheet: XlsxSheet): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tandem sample generator';
  wb.lastModifiedBy = 'Tandem sample generator';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(sheet.name);
  ws.columns = sheet.widths.map((w) => ({ width: w }));
  sheet.rows.forEach((cells, ri) => {
    const row = ws.getRow(ri + 1);
    cells.forEach((v, ci) => {
      if (v === null || v === '') return;
      const cell = row.getCell(ci + 1);
      cell.value = v as ExcelJS.CellValue;
      const f = sheet.fmts[ci];
      if (f && (typeof v === 'number' || v instanceof Date)) cell.numFmt = f;
    });
    if (ri + 1 === sheet.headerRow) row.font = { bold: true };
    if (sheet.titleRows && ri === 0) row.font = { bold: true, size: 13 };
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, await normaliseZip(buf));
}

/** Re-zip with fixed timestamps so that a re-run is byte-identical. */
async function normaliseZip(buf: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names: string[] = [];
  src.forEach((p, f) => {
    if (!f.dir) names.push(p);
  });
  for (const n of names) {
    const f = src.file(n);
    if (!f) continue;
    out.file(n, await f.async('uint8array'), { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

type CsvEncoding = 'utf8bom' | 'utf8' | 'cp1252';

function csvField(v: string, sep: string): string {
  if (v.includes(sep) || v.includes('"') || v.includes('\n') || v.includes('\r')) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function encodeCp1252(s: string): Buffer {
  const out = Buffer.alloc(s.length);
  let i = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const extra = CP1252_EXTRA[ch];
    if (extra !== undefined) out[i++] = extra;
    else if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out[i++] = cp;
    else throw new Error(`not encodable in Windows-1252: ${JSON.stringify(ch)} in ${JSON.stringify(s.slice(0, 80))}`);
  }
  return out.subarray(0, i);
}

function writeCsv(file: string, rows: string[][], sep: string, enc: CsvEncoding): void {
  const text = rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join('\r\n') + '\r\n';
  let buf: Buffer;
  if (enc === 'cp1252') buf = encodeCp1252(text);
  else buf = Buffer.from((enc === 'utf8bom' ? '\uFEFF' : '') + text, 'utf8');
  fs.writeFileSync(file, buf);
}

// ---------------------------------------------------------------------------------------------------
// Amount text in the formats the exports use
// ---------------------------------------------------------------------------------------------------

const NBSP = '\u00a0';

function amountBE(cents: number, r: Rng): string {
  if (cents < 0) {
    const s = fmtCents(-cents, '.', ',');
    return r.chance(0.6) ? '-' + s : s + '-';
  }
  const x = r.next();
  if (x < 0.7) return fmtCents(cents, '.', ',');
  if (x < 0.88) return fmtCents(cents, '', ',');
  if (x < 0.95) return '€ ' + fmtCents(cents, r.chance(0.5) ? ' ' : NBSP, ',');
  return '€' + fmtCents(cents, '.', ',');
}

function amountFR(cents: number, r: Rng): string {
  const x = r.next();
  if (x < 0.4) return fmtCents(cents, NBSP, ',');
  if (x < 0.6) return fmtCents(cents, ' ', ',');
  return fmtCents(cents, '', ',');
}

function amountEN(cents: number, r: Rng): string {
  if (cents < 0) {
    const s = fmtCents(-cents, ',', '.');
    return r.chance(0.5) ? `(${s})` : '-' + s;
  }
  const x = r.next();
  if (x < 0.72) return fmtCents(cents, ',', '.');
  if (x < 0.85) return fmtCents(cents, '', '.');
  if (x < 0.93) return '€' + fmtCents(cents, ',', '.');
  return '€ ' + fmtCents(cents, ',', '.');
}

function cpvText(code: string, r: Rng): string {
  return r.chance(0.5) ? code : code.slice(0, 8);
}

function vatCents(l: Line): number {
  return Math.round((l.cents * l.vatRate) / 100);
}

const unitName = (l: Line, lang: Lang): string => (l.kind === 'vague' ? '' : (UNITS[l.unit]?.[lang] ?? l.unit));
const accOf = (l: Line): string => {
  const c = CATS[l.cat];
  if (!c) throw new Error(l.cat);
  return at(c.acc, Math.min(l.accIdx, c.acc.length - 1));
};

// ---------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------

const NOISE_OFF: Noise = { upper: 0, lower: 0, abbr: 0, typo: 0, strip: 0, art: 0 };

function spec(
  s: Partial<SourceSpec> & Pick<SourceSpec, 'key' | 'name' | 'seed' | 'n' | 'vocab' | 'lang' | 'cats' | 'suppliers' | 'roles' | 'slots'>,
): SourceSpec {
  return {
    noise: NOISE_OFF,
    vagueP: 0.08,
    creditP: 0.02,
    vatP: 0.8,
    vatStyles: ['dots'],
    cpvP: 0,
    bbP: 0,
    ...s,
  };
}

// --- samples ---------------------------------------------------------------------------------------

const GEM_SAMPLE = spec({
  key: 'gem',
  name: 'Gemeente',
  seed: 20250101,
  n: 1720,
  vocab: [['A', 1]],
  lang: 'nl',
  suppliers: WORLD_SAMPLES,
  cats: {
    'office-paper': 5,
    'office-supplies': 8,
    'toner-ink': 5,
    'copier-lease': 3,
    printing: 3,
    postage: 3,
    subscriptions: 2,
    telecom: 4,
    electricity: 6,
    'natural-gas': 4,
    'heating-oil': 1,
    water: 2,
    fuel: 7,
    'vehicle-maintenance': 5,
    'cleaning-products': 4,
    'cleaning-services': 3,
    'hygiene-paper': 3,
    workwear: 4,
    'waste-collection': 3,
    'it-hardware': 4,
    software: 3,
    insurance: 2,
    'legal-services': 1.5,
    training: 3,
    'temp-staff': 1.5,
    'coffee-supplies': 3,
    'coffee-machines': 1.5,
    catering: 3,
    'office-furniture': 2,
    'building-maintenance': 5,
    'electrical-works': 3,
    'hvac-maintenance': 2,
    'lift-maintenance': 1,
    'fire-safety': 2,
    security: 2,
    'green-maintenance': 4,
    'road-salt': 2,
    'road-works': 3,
    'library-media': 3,
  },
  roles: {
    admin: ['Secretariaat', 'Financiële dienst', 'Burgerzaken', 'Onthaal', 'Communicatie'],
    tech: ['Technische dienst', 'Patrimonium', 'Werkplaats'],
    all: ['Secretariaat', 'Technische dienst', 'Bibliotheek', 'Sportdienst', 'Cultuurdienst', 'Burgerzaken'],
    ict: ['ICT'],
    hr: ['Personeelsdienst'],
    lib: ['Bibliotheek'],
    green: ['Groendienst'],
    road: ['Wegendienst'],
    sport: ['Sportdienst'],
    culture: ['Cultuurdienst', 'Communicatie'],
    clean: ['Schoonmaak'],
  },
  slots: {
    nl: {
      site: [
        'gemeentehuis',
        'bibliotheek',
        'sporthal De Kouter',
        'werkplaats TD',
        'OC De Linde',
        "basisschool 't Klavertje",
        'jeugdhuis Kaleidoscoop',
        'recyclagepark',
        'begraafplaats',
        'administratief centrum',
        'dorpszaal Westhoek',
      ],
      vehicle: [
        'Ford Transit 1-KVB-412',
        'Renault Master',
        'Iveco Daily 2-ATT-887',
        'Nissan e-NV200',
        'vrachtwagen MAN',
        'tractor New Holland',
        'veegmachine',
        'dienstwagen Skoda Octavia',
        'bestelwagen TD',
        'kraanwagen',
      ],
      event: [
        'nieuwjaarsreceptie',
        'Open Monumentendag',
        'kerstmarkt',
        'speelpleinwerking',
        'Week van de Bib',
        'sportgala',
        'jumelage',
        'Vlaamse feestdag',
        'seniorenfeest',
      ],
      meeting: ['gemeenteraad', 'college', 'MAT', 'adviesraad', 'personeelsvergadering'],
      street: [
        'Kerkstraat',
        'Stationsstraat',
        'Molenstraat',
        'Dorpsplein',
        'Nieuwstraat',
        'Veldstraat',
        'Schoolstraat',
        'Ieperstraat',
        'Bosweg',
        'Beekstraat',
      ],
    },
  },
  noise: { upper: 0.2, lower: 0.04, abbr: 0.2, typo: 0.04, strip: 0.3, art: 0.12, maxLen: 50 },
  skipTpl: /tunieken|risicoafval|vetafval|goederenlift keuken|Koksvesten/i,
  vatP: 0.9,
  vatStyles: ['dots', 'dots', 'BEdots', 'BEplain'],
  cpvP: 0.3,
});

const OCMW_SAMPLE = spec({
  key: 'ocmw',
  name: 'OCMW',
  seed: 20250202,
  n: 1660,
  vocab: [['A', 1]],
  lang: 'nl',
  suppliers: WORLD_SAMPLES,
  cats: {
    'office-paper': 3,
    'office-supplies': 5,
    'toner-ink': 3,
    'copier-lease': 2,
    printing: 1.5,
    postage: 2,
    subscriptions: 1,
    telecom: 3,
    electricity: 4,
    'natural-gas': 3,
    'heating-oil': 0.7,
    water: 2,
    fuel: 3,
    'vehicle-maintenance': 2,
    'cleaning-products': 6,
    'cleaning-services': 2,
    'hygiene-paper': 5,
    workwear: 3,
    'waste-collection': 3,
    'it-hardware': 3,
    software: 2,
    insurance: 1.5,
    'legal-services': 0.7,
    training: 3,
    'temp-staff': 3,
    'coffee-supplies': 3,
    'coffee-machines': 1.5,
    catering: 2,
    'office-furniture': 1.5,
    'building-maintenance': 3,
    'electrical-works': 2,
    'hvac-maintenance': 2,
    'lift-maintenance': 1.5,
    'fire-safety': 2,
    security: 1.5,
    'green-maintenance': 1,
    incontinence: 6,
    medicines: 5,
    food: 9,
    'care-aids': 4,
    'linen-laundry': 3,
  },
  roles: {
    admin: ['Administratie', 'Sociale dienst', 'Directie'],
    tech: ['Technische dienst', 'Onderhoud'],
    all: ['Administratie', 'Woonzorgcentrum', 'Dienstencentrum', 'Thuiszorg', 'Sociale dienst'],
    ict: ['ICT'],
    hr: ['Personeelsdienst', 'Administratie'],
    kitchen: ['Keuken'],
    care: ['Woonzorgcentrum', 'Verpleging', 'Dagverzorgingscentrum', 'Thuiszorg'],
    clean: ['Poetsdienst'],
    culture: ['Dienstencentrum'],
    green: ['Technische dienst'],
  },
  slots: {
    nl: {
      site: [
        'WZC Ter Linde',
        'dienstencentrum De Bron',
        'serviceflats Ter Linde',
        'keuken WZC',
        'administratief centrum',
        'kinderdagverblijf Hummeltje',
        'sociaal huis',
      ],
      vehicle: [
        'minibus WZC',
        'VW Caddy thuiszorg',
        'Renault Kangoo 1-ZRT-009',
        'Toyota Yaris dienstwagen',
        'rolstoelbus',
        'Citroën Berlingo',
      ],
      event: [
        'bewonersfeest',
        'dag van de mantelzorger',
        'kerstfeest WZC',
        'Week van de Valpreventie',
        'infoavond dementie',
        'personeelsfeest',
        'jubileum 25 jaar WZC',
      ],
      meeting: ['raad voor maatschappelijk welzijn', 'bijzonder comité', 'bewonersraad', 'teamoverleg', 'MAT'],
    },
  },
  noise: { upper: 0.08, lower: 0.1, abbr: 0.12, typo: 0.04, strip: 0.05, art: 0.3 },
  skipTpl: /bibliotheek|sportvelden|belastingbrieven|infoblad|rode diesel|Huurlijn/i,
  vatP: 0.65,
  vatStyles: ['BEspaced', 'BEplain', 'BE dots', 'plain'],
  bbP: 0.7,
});

// A gemeente's ledger also pays dotations, subsidies and taxes; an OCMW's social aid and taxes.
GEM_SAMPLE.also = { ...GEM_SAMPLE, seed: 20250103, n: 45, cats: { dotations: 1, subsidies: 2.5, taxes: 1 }, also: undefined };
OCMW_SAMPLE.also = { ...OCMW_SAMPLE, seed: 20250203, n: 45, cats: { 'social-aid': 3, subsidies: 0.5, taxes: 0.7 }, also: undefined };

// --- three-way (other suppliers, other phrasing) ----------------------------------------------------

const THREE_G = spec({
  key: 'tg',
  vagueP: 0.065,
  name: 'Gemeente',
  seed: 30303001,
  n: 720,
  vocab: [['B', 1]],
  lang: 'nl',
  suppliers: WORLD_THREE,
  cats: {
    'office-paper': 4,
    'office-supplies': 6,
    'toner-ink': 4,
    'copier-lease': 2,
    printing: 3,
    postage: 2,
    subscriptions: 1.5,
    telecom: 3,
    electricity: 4,
    'natural-gas': 3,
    'heating-oil': 1,
    water: 2,
    fuel: 5,
    'vehicle-maintenance': 4,
    'cleaning-products': 3,
    'cleaning-services': 3,
    'hygiene-paper': 2,
    workwear: 3,
    'waste-collection': 2,
    'it-hardware': 4,
    software: 3,
    insurance: 2,
    'legal-services': 1.5,
    training: 3,
    'temp-staff': 1,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 3,
    'office-furniture': 2,
    'building-maintenance': 4,
    'electrical-works': 3,
    'hvac-maintenance': 2,
    'lift-maintenance': 1,
    'fire-safety': 2,
    security: 2,
    'green-maintenance': 4,
    'road-works': 4,
    'library-media': 3,
    'sports-equipment': 1,
  },
  roles: {
    admin: ['Secretariaat', 'Financiën', 'Burgerzaken', 'Communicatie'],
    tech: ['Facility', 'Technische uitvoeringsdienst'],
    all: ['Secretariaat', 'Facility', 'Bibliotheek', 'Sport', 'Cultuur', 'Burgerzaken'],
    ict: ['ICT'],
    hr: ['HR'],
    lib: ['Bibliotheek'],
    green: ['Groen'],
    road: ['Openbaar domein'],
    sport: ['Sport'],
    culture: ['Cultuur'],
    clean: ['Facility'],
  },
  slots: {
    nl: {
      site: [
        'stadhuis',
        'administratief centrum Markt',
        'bib Kortemolen',
        'stedelijke werkplaats',
        'kinderopvang De Rups',
        'academie',
        'begraafplaats Noord',
        'containerpark',
      ],
      vehicle: [
        'Mercedes Sprinter 1-TDK-552',
        'Fiat Ducato',
        'Volvo FL vrachtwagen',
        'Kubota maaier',
        'Toyota Proace',
        'Peugeot e-Partner',
      ],
      event: ['Kortemolen Kermis', 'Week van de Mobiliteit', 'Erfgoeddag', 'burgemeestersreceptie', 'Dag van de Natuur'],
      meeting: ['gemeenteraad', 'schepencollege', 'managementteam', 'raadscommissie'],
      street: ['Marktplein', 'Statiestraat', 'Kouter', 'Leiestraat', 'Hoogstraat', 'Kapelweg', 'Brugsesteenweg'],
    },
  },
  noise: { upper: 0.1, lower: 0.03, abbr: 0.15, typo: 0.04, strip: 0.1, art: 0.1, maxLen: 60 },
  vatP: 0.85,
  vatStyles: ['plain', 'dots', 'BEplain'],
  cpvP: 0.2,
});

const THREE_O = spec({
  key: 'to',
  name: 'OCMW',
  seed: 30303002,
  n: 640,
  vocab: [['B', 1]],
  lang: 'nl',
  suppliers: WORLD_THREE,
  cats: {
    'office-paper': 3,
    'office-supplies': 4,
    'toner-ink': 2,
    'copier-lease': 2,
    printing: 1,
    postage: 2,
    subscriptions: 1,
    telecom: 2,
    electricity: 3,
    'natural-gas': 3,
    'heating-oil': 1,
    water: 2,
    fuel: 2,
    'vehicle-maintenance': 1.5,
    'cleaning-products': 5,
    'cleaning-services': 2,
    'hygiene-paper': 4,
    workwear: 3,
    'waste-collection': 2,
    'it-hardware': 2,
    software: 2,
    insurance: 1.5,
    'legal-services': 1,
    training: 2,
    'temp-staff': 3,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 1.5,
    'office-furniture': 1,
    'building-maintenance': 2,
    'electrical-works': 2,
    'hvac-maintenance': 2,
    'lift-maintenance': 1.5,
    'fire-safety': 1.5,
    security: 1,
    'green-maintenance': 1,
    food: 9,
    incontinence: 5,
    medicines: 5,
    'care-aids': 4,
  },
  roles: {
    admin: ['Administratie', 'Sociale dienst'],
    tech: ['Facility'],
    all: ['WZC', 'Dienstencentrum', 'Thuiszorg', 'Administratie'],
    care: ['WZC', 'Verpleging', 'Dagcentrum'],
    kitchen: ['Centrale keuken'],
    clean: ['Schoonmaak'],
    ict: ['ICT'],
    hr: ['HR'],
    green: ['Facility'],
    culture: ['Dienstencentrum'],
  },
  slots: {
    nl: {
      site: [
        'WZC Hof ter Beke',
        'lokaal dienstencentrum Het Anker',
        'assistentiewoningen De Beuk',
        'sociaal huis',
        'centrale keuken',
        'dagcentrum De Linde',
      ],
      vehicle: ['rolstoelbus Hof ter Beke', 'Renault Trafic', 'Dacia Jogger thuiszorg'],
      event: ['bewonersfeest', 'Week van de Zorg', 'kerstmarkt WZC', 'jubilarissenviering'],
      meeting: ['raad voor maatschappelijk welzijn', 'bijzonder comité sociale dienst', 'teamoverleg zorg'],
    },
  },
  noise: { upper: 0.05, lower: 0.12, abbr: 0.1, typo: 0.05, strip: 0.05, art: 0.2 },
  vatP: 0.7,
  vatStyles: ['BEplain', 'BEdots'],
});

const THREE_A = spec({
  key: 'ta',
  name: 'AGB',
  seed: 30303003,
  n: 480,
  vocab: [['B', 1]],
  lang: 'nl',
  suppliers: WORLD_THREE,
  cats: {
    'office-paper': 2,
    'office-supplies': 3,
    'toner-ink': 2,
    'copier-lease': 1,
    printing: 4,
    subscriptions: 0.5,
    telecom: 2,
    electricity: 5,
    'natural-gas': 4,
    water: 4,
    fuel: 0.5,
    'vehicle-maintenance': 0.5,
    'cleaning-products': 4,
    'cleaning-services': 4,
    'hygiene-paper': 3,
    workwear: 2,
    'waste-collection': 1.5,
    'it-hardware': 2,
    software: 2,
    insurance: 2,
    training: 1.5,
    'temp-staff': 2,
    'coffee-supplies': 1.5,
    'coffee-machines': 1,
    catering: 3,
    'building-maintenance': 3,
    'electrical-works': 3,
    'hvac-maintenance': 3,
    'lift-maintenance': 1,
    'fire-safety': 2,
    security: 3,
    'green-maintenance': 2,
    'sports-equipment': 5,
    'pool-chemicals': 5,
    'stage-technics': 5,
  },
  roles: {
    admin: ['Administratie AGB'],
    tech: ['Technische ploeg'],
    all: ['Zwembad', 'Sporthal', 'Cultuurcentrum'],
    sport: ['Zwembad', 'Sporthal', 'Sportpark'],
    culture: ['Cultuurcentrum', 'Jeugd'],
    clean: ['Schoonmaak'],
    ict: ['ICT'],
    hr: ['Administratie AGB'],
    green: ['Sportpark'],
  },
  slots: {
    nl: {
      site: [
        'zwembad De Golf',
        'sporthal Molenveld',
        'cultuurcentrum De Schakel',
        'sportpark Ter Heide',
        'jeugdcentrum Den Tap',
        'fuifzaal De Loods',
      ],
      vehicle: ['bestelwagen AGB', 'Ford Transit Custom'],
      event: ['zwemmarathon', 'theaterfestival', 'sportkampen', 'jeugdfuif', 'Cultuurmarkt', 'schoolzwemmen'],
      meeting: ['raad van bestuur AGB', 'directiecomité'],
    },
  },
  noise: { upper: 0.12, lower: 0.05, abbr: 0.1, typo: 0.04, strip: 0.1, art: 0.1 },
  vatP: 0.8,
  vatStyles: ['BEdots', 'BE dots'],
  vagueP: 0.045,
});

// --- French / Brussels border pair ----------------------------------------------------------------

const FR_COMMUNE = spec({
  key: 'fc',
  name: 'Commune',
  seed: 40404001,
  n: 620,
  vocab: [
    ['F', 0.72],
    ['B', 0.28],
  ],
  lang: 'fr',
  suppliers: WORLD_FRENCH,
  cats: {
    'office-paper': 4,
    'office-supplies': 6,
    'toner-ink': 3,
    'copier-lease': 2,
    printing: 2,
    postage: 2,
    telecom: 3,
    electricity: 4,
    'natural-gas': 3,
    'heating-oil': 1,
    water: 2,
    fuel: 4,
    'vehicle-maintenance': 3,
    'cleaning-products': 3,
    'cleaning-services': 2,
    'hygiene-paper': 2,
    workwear: 3,
    'waste-collection': 2,
    'it-hardware': 3,
    software: 3,
    insurance: 2,
    'legal-services': 1.5,
    training: 2,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 2,
    'office-furniture': 2,
    'building-maintenance': 4,
    'electrical-works': 3,
    'hvac-maintenance': 2,
    'lift-maintenance': 1,
    'fire-safety': 2,
    security: 1.5,
    'green-maintenance': 3,
    'road-salt': 2,
    'road-works': 3,
    'library-media': 2,
  },
  roles: {
    admin: ['Secrétariat', 'Finances', 'Population / État civil'],
    tech: ['Travaux', 'Bâtiments'],
    all: ['Secrétariat', 'Travaux', 'Bibliothèque', 'Sports', 'Enseignement'],
    ict: ['Informatique'],
    hr: ['GRH'],
    lib: ['Bibliothèque'],
    green: ['Espaces verts'],
    road: ['Voirie'],
    sport: ['Sports'],
    culture: ['Culture'],
    clean: ['Bâtiments'],
  },
  slots: {
    fr: {
      site: [
        'maison communale',
        'bibliothèque',
        'école communale',
        'centre sportif',
        'atelier communal',
        'salle des fêtes',
        'cimetière',
        'crèche Les Lutins',
      ],
      vehicle: ['camionnette Renault Master', 'Ford Transit 1-WEZ-221', 'camion benne', 'voiture de service', 'tracteur tondeuse'],
      event: ['fête de la musique', 'marché de Noël', 'réception des jubilaires', 'brocante', 'journée du patrimoine'],
      meeting: ['conseil communal', 'collège', 'comité de direction'],
      street: ['rue de la Station', 'avenue des Tilleuls', 'Grand-Place', 'rue du Moulin', 'chaussée de Malines'],
    },
    nl: {
      site: ['gemeentehuis', 'bibliotheek', 'gemeenteschool', 'sportcentrum', 'werkplaats', 'feestzaal'],
      vehicle: ['bestelwagen Renault Master', 'Ford Transit', 'kipwagen', 'dienstwagen'],
      event: ['muziekfeest', 'kerstmarkt', 'jubilarissen', 'rommelmarkt'],
      meeting: ['gemeenteraad', 'schepencollege'],
      street: ['Stationsstraat', 'Lindenlaan', 'Grote Markt', 'Molenstraat', 'Mechelsesteenweg'],
    },
  },
  noise: { upper: 0.1, lower: 0.05, abbr: 0.15, typo: 0.03, strip: 0.15, art: 0.1 },
  vatP: 0.85,
  vatStyles: ['BEdots', 'BE dots', 'BEplain'],
  bbP: 0,
});

const FR_CPAS = spec({
  key: 'fp',
  name: 'CPAS',
  seed: 40404002,
  n: 540,
  vocab: [
    ['F', 0.82],
    ['B', 0.18],
  ],
  lang: 'fr',
  suppliers: WORLD_FRENCH,
  cats: {
    'office-paper': 3,
    'office-supplies': 4,
    'toner-ink': 2,
    'copier-lease': 1.5,
    printing: 1,
    postage: 2,
    telecom: 2,
    electricity: 3,
    'natural-gas': 3,
    'heating-oil': 1,
    water: 2,
    fuel: 1.5,
    'vehicle-maintenance': 1,
    'cleaning-products': 5,
    'cleaning-services': 2,
    'hygiene-paper': 4,
    workwear: 2,
    'waste-collection': 2,
    'it-hardware': 2,
    software: 2,
    insurance: 1.5,
    'legal-services': 1,
    training: 2,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 1.5,
    'office-furniture': 1,
    'building-maintenance': 2,
    'electrical-works': 2,
    'hvac-maintenance': 2,
    'lift-maintenance': 1.5,
    'fire-safety': 1.5,
    security: 1,
    'green-maintenance': 1,
    food: 8,
    medicines: 5,
    incontinence: 5,
    'care-aids': 3,
  },
  roles: {
    admin: ['Administration', 'Service social'],
    tech: ['Service technique'],
    all: ['Administration', 'Maison de repos', 'Service social', 'Aide à domicile'],
    care: ['Maison de repos', 'MRS', 'Soins infirmiers'],
    kitchen: ['Cuisine'],
    clean: ['Nettoyage'],
    ict: ['Informatique'],
    hr: ['GRH'],
    green: ['Service technique'],
    culture: ['Service social'],
  },
  slots: {
    fr: {
      site: [
        'maison de repos Les Tilleuls',
        'MRS Les Tilleuls',
        'résidence-services',
        'cuisine centrale',
        'service social',
        'antenne sociale',
      ],
      vehicle: ['minibus maison de repos', 'Dacia Dokker', 'voiture aide à domicile'],
      event: ['fête des résidents', 'goûter de Noël', 'journée des aidants proches'],
      meeting: ["conseil de l'action sociale", 'comité spécial', "réunion d'équipe"],
    },
    nl: {
      site: ['rusthuis De Linden', 'serviceflats', 'centrale keuken', 'sociale dienst'],
      vehicle: ['minibus rusthuis', 'Dacia Dokker'],
      event: ['bewonersfeest', 'kerstfeest'],
      meeting: ['raad voor maatschappelijk welzijn', 'teamvergadering'],
    },
  },
  noise: { upper: 0.15, lower: 0.05, abbr: 0.1, typo: 0.04, strip: 0.2, art: 0.15 },
  vatP: 0.6,
  vatStyles: ['BEplain', 'BEdots'],
  bbP: 0.6,
});

// --- English layout: police zone + gemeente ----------------------------------------------------------

const EN_POLICE = spec({
  key: 'ep',
  vagueP: 0.055,
  name: 'Politiezone',
  seed: 50505001,
  n: 560,
  vocab: [
    ['E', 0.6],
    ['B', 0.4],
  ],
  lang: 'en',
  suppliers: WORLD_ENGLISH,
  cats: {
    'office-paper': 4,
    'office-supplies': 5,
    'toner-ink': 4,
    'copier-lease': 2,
    printing: 0.5,
    postage: 2,
    subscriptions: 1,
    telecom: 4,
    electricity: 3,
    'natural-gas': 2,
    water: 1,
    fuel: 8,
    'vehicle-maintenance': 7,
    'cleaning-products': 2,
    'cleaning-services': 2,
    'hygiene-paper': 2,
    workwear: 2,
    'waste-collection': 1.5,
    'it-hardware': 5,
    software: 3,
    insurance: 2,
    'legal-services': 1.5,
    training: 4,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 1.5,
    'office-furniture': 2,
    'building-maintenance': 2,
    'electrical-works': 1.5,
    'hvac-maintenance': 1.5,
    'lift-maintenance': 1,
    'fire-safety': 1.5,
    security: 2,
    'police-equipment': 6,
  },
  roles: {
    admin: ['Chief of Police Office', 'Finance', 'HR'],
    tech: ['Logistics', 'Facilities'],
    all: ['Intervention', 'Neighbourhood Policing', 'Traffic', 'Local Investigation', 'Logistics'],
    ict: ['ICT'],
    hr: ['HR', 'Training Unit'],
    police: ['Intervention', 'Traffic', 'Local Investigation', 'Neighbourhood Policing'],
    clean: ['Facilities'],
  },
  slots: {
    en: {
      site: ['HQ Menenstraat', 'station North', 'station South', 'custody block', 'training room', 'garage', 'front desk'],
      vehicle: [
        'patrol car 3-PZL-101',
        'Skoda Octavia combi',
        'VW Transporter T6',
        'BMW R1250RT motorbike',
        'unmarked Audi A4',
        'prisoner transport van',
      ],
      event: ['cycling race', 'carnival', "New Year's Eve", 'football match', 'summer festival'],
      meeting: ['police council', 'management team', 'briefing'],
    },
    nl: {
      site: ['hoofdcommissariaat', 'wijkpost Noord', 'wijkpost Zuid', 'cellencomplex', 'garage'],
      vehicle: ['combi 3-PZL-101', 'Skoda Octavia', 'VW Transporter', 'motor BMW', 'anonieme Audi A4'],
      event: ['wielerwedstrijd', 'carnaval', 'oudejaarsnacht', 'voetbalmatch'],
      meeting: ['politieraad', 'korpsleiding', 'briefing'],
    },
  },
  noise: { upper: 0.05, lower: 0.05, abbr: 0.1, typo: 0.03, strip: 0.05, art: 0.1 },
  vatP: 0.9,
  vatStyles: ['BEplain', 'BE dots'],
});

const EN_GEMEENTE = spec({
  key: 'eg',
  name: 'Gemeente',
  seed: 50505002,
  n: 600,
  vocab: [
    ['E', 0.5],
    ['B', 0.5],
  ],
  lang: 'en',
  suppliers: WORLD_ENGLISH,
  cats: {
    'office-paper': 4,
    'office-supplies': 5,
    'toner-ink': 3,
    'copier-lease': 2,
    printing: 2,
    postage: 2,
    subscriptions: 1,
    telecom: 3,
    electricity: 4,
    'natural-gas': 3,
    water: 2,
    fuel: 4,
    'vehicle-maintenance': 3,
    'cleaning-products': 3,
    'cleaning-services': 2,
    'hygiene-paper': 2,
    workwear: 3,
    'waste-collection': 2,
    'it-hardware': 3,
    software: 3,
    insurance: 2,
    'legal-services': 1,
    training: 2,
    'coffee-supplies': 2,
    'coffee-machines': 1,
    catering: 2,
    'office-furniture': 2,
    'building-maintenance': 4,
    'electrical-works': 3,
    'hvac-maintenance': 2,
    'lift-maintenance': 1,
    'fire-safety': 2,
    security: 1.5,
    'green-maintenance': 4,
    'road-salt': 2,
    'library-media': 3,
  },
  roles: {
    admin: ['General Administration', 'Finance', 'Civil Affairs'],
    tech: ['Facilities', 'Technical Services'],
    all: ['General Administration', 'Technical Services', 'Library', 'Sports', 'Civil Affairs'],
    ict: ['ICT'],
    hr: ['HR'],
    lib: ['Library'],
    green: ['Parks'],
    road: ['Roads'],
    sport: ['Sports'],
    culture: ['Culture'],
    clean: ['Facilities'],
  },
  slots: {
    en: {
      site: ['town hall', 'library', 'sports hall', 'depot', 'community centre', 'recycling park', 'primary school'],
      vehicle: ['Citroën Jumper', 'gritter truck', 'Renault Kangoo E-Tech', 'mower Kubota', 'pool car'],
      event: ['Christmas market', 'heritage day', 'summer fair', 'new year reception'],
      meeting: ['council meeting', 'board of aldermen', 'management team'],
    },
    nl: {
      site: ['gemeentehuis', 'bibliotheek', 'sporthal', 'werkplaats', 'ontmoetingscentrum', 'recyclagepark', 'gemeentelijke basisschool'],
      vehicle: ['Citroën Jumper', 'strooiwagen', 'Renault Kangoo', 'maaier Kubota'],
      event: ['kerstmarkt', 'erfgoeddag', 'zomerfeest', 'nieuwjaarsreceptie'],
      meeting: ['gemeenteraad', 'college', 'managementteam'],
    },
  },
  noise: { upper: 0.1, lower: 0.05, abbr: 0.1, typo: 0.04, strip: 0.1, art: 0.1 },
  vatP: 0.75,
  vatStyles: ['BEplain', 'BEdots', 'dots'],
  skipTpl: /Shooting|patrol|holding cells|Blue lights|ASTRID/i,
});

// --- english-council --------------------------------------------------------------------------------

const UK_CATS = Object.keys(TPL_U);
const UK_ROLES = {
  admin: ['CORPORATE SERVICES', 'FINANCE'],
  tech: ['FACILITIES', 'PROPERTY SERVICES'],
  all: ['CORPORATE SERVICES', 'PROPERTY SERVICES', 'LEISURE', 'ENVIRONMENT'],
  ict: ['ICT'],
  hr: ['HR'],
  green: ['PARKS'],
  road: ['HIGHWAYS'],
  clean: ['FACILITIES'],
  care: ['COMMUNITY'],
  kitchen: ['CATERING'],
  police: ['OPERATIONS'],
};
const UK_SLOTS = {
  en: {
    site: ['TOWN HALL', 'DEPOT', 'MARKET HALL', 'LEISURE CENTRE', 'FIRE STATION', 'TRAINING CENTRE', 'CEMETERY LODGE'],
    vehicle: ['RCV PN67 XYZ', 'PUMP LADDER 12', 'FORD TRANSIT', 'SWEEPER', 'POOL CAR'],
    event: ['MAYORS RECEPTION', 'REMEMBRANCE DAY', 'OPEN DAY', 'CIVIC DINNER'],
    meeting: ['FULL COUNCIL', 'CABINET', 'FIRE AUTHORITY'],
  },
};

const UK_BOROUGH = spec({
  key: 'ub',
  name: 'Borough',
  seed: 60606001,
  n: 700,
  vocab: [['U', 1]],
  lang: 'en',
  suppliers: WORLD_UK,
  cats: Object.fromEntries(UK_CATS.map((c, i) => [c, 1 + (i % 4)])),
  roles: UK_ROLES,
  slots: UK_SLOTS,
  noise: { upper: 0.6, lower: 0, abbr: 0, typo: 0.02, strip: 0, art: 0 },
  vatP: 0,
});

const UK_FIRE = spec({
  key: 'uf',
  name: 'Fire',
  seed: 60606002,
  n: 500,
  vocab: [['U', 1]],
  lang: 'en',
  suppliers: WORLD_UK,
  cats: Object.fromEntries(UK_CATS.map((c, i) => [c, 1 + ((i + 2) % 4)])),
  roles: UK_ROLES,
  slots: UK_SLOTS,
  noise: { upper: 0.3, lower: 0, abbr: 0, typo: 0.02, strip: 0, art: 0 },
  vatP: 0,
});

// ---------------------------------------------------------------------------------------------------
// Layouts per file
// ---------------------------------------------------------------------------------------------------

const BI_GEM: Record<string, string> = {
  Secretariaat: '0119',
  'Financiële dienst': '0110',
  Burgerzaken: '0130',
  Onthaal: '0119',
  Communicatie: '0119',
  'Technische dienst': '0119',
  Patrimonium: '0119',
  Werkplaats: '0119',
  Bibliotheek: '0703',
  Sportdienst: '0740',
  Cultuurdienst: '0709',
  ICT: '0119',
  Personeelsdienst: '0119',
  Groendienst: '0680',
  Wegendienst: '0200',
  Schoonmaak: '0119',
};
const BI_THREE: Record<string, string> = {
  Secretariaat: '0119',
  Financiën: '0110',
  Burgerzaken: '0130',
  Communicatie: '0119',
  Facility: '0119',
  'Technische uitvoeringsdienst': '0119',
  Bibliotheek: '0703',
  Sport: '0740',
  Cultuur: '0709',
  ICT: '0119',
  HR: '0119',
  Groen: '0680',
  'Openbaar domein': '0200',
};
const FONCTION: Record<string, string> = {
  Secrétariat: '104',
  Finances: '121',
  'Population / État civil': '104',
  Travaux: '421',
  Bâtiments: '137',
  Bibliothèque: '767',
  Sports: '764',
  Enseignement: '722',
  Informatique: '139',
  GRH: '104',
  'Espaces verts': '766',
  Voirie: '421',
  Culture: '762',
};

function sampleGemeenteLayout(): Layout<Cell> {
  return {
    titles: [
      ['Gemeente Zonnebeke-Oost — Uitgaven per leverancier 2025'],
      ['Afgedrukt op 14/01/2026 om 10:32 door FIN02'],
      ['Periode 01/01/2025 – 31/12/2025 · budgettaire entiteit Gemeente · bedragen excl. btw'],
      [],
    ],
    header: [
      'Boekdatum',
      'Factuurnr.',
      'Leverancier',
      'Ondernemingsnr.',
      'Omschrijving',
      'Algemene rekening',
      'Beleidsitem',
      'Dienst',
      'CPV',
      'Bedrag excl. btw',
    ],
    data: (l, r) => [
      doyToDate(l.doy),
      l.inv,
      l.supName,
      l.vat,
      l.desc,
      Number(accOf(l)),
      BI_GEM[l.service] ?? '0119',
      l.service,
      l.cpv ? cpvText(l.cpv, r) : null,
      l.broken ? xlsxBroken(l.broken) : l.cents / 100,
    ],
    blank: () => [],
    total: (sum) => ['Totaal', null, null, null, null, null, null, null, null, sum / 100],
    blanks: 5,
    broken: ['abc', '#REF!', 'empty', '#VALUE!'],
    sort: bySupplier,
  };
}

function sampleOcmwLayout(): Layout<string> {
  return {
    titles: [['OCMW Zonnebeke-Oost - Overzicht aankopen 01/01/2025 - 31/12/2025 (export 15/01/2026)']],
    header: [
      'Datum',
      'Leverancier',
      'BTW-nummer',
      'Artikel / omschrijving',
      'Aantal',
      'Eenheid',
      'Eenheidsprijs',
      'Totaal excl. BTW',
      'Rekening',
      'Afdeling',
      'Bestelbon',
    ],
    data: (l, r) => [
      fmtDmy(l.doy),
      l.supName,
      l.vat ?? '',
      l.desc,
      fmtQty(l.qty, ',', '.'),
      unitName(l, 'nl'),
      l.broken ? '' : fmtUnitPrice(l.p4, ',', '.', l.pdec),
      l.broken ? csvBroken(l.broken) : amountBE(l.cents, r),
      accOf(l),
      l.service,
      l.bb ? 'BB' + l.bb : '',
    ],
    blank: (() => {
      let k = 0;
      return () => (k++ === 2 ? [''] : Array<string>(11).fill(''));
    })(),
    total: (sum) => ['Totaal', '', '', '', '', '', '', fmtCents(sum, '.', ','), '', '', ''],
    blanks: 5,
    broken: ['abc', '#REF!', 'empty', '#N/A', 'n.b.'],
    sort: byDate,
  };
}

function threeGemeenteLayout(): Layout<Cell> {
  return {
    titles: [['Lokaal bestuur Kortemolen – Uitgaven economisch boekjaar 2025'], []],
    header: ['Datum', 'Crediteur', 'KBO-nr', 'Omschrijving lijn', 'Econ. sleutel', 'Beleidsveld', 'Kostenplaats', 'CPV-code', 'Bedrag'],
    data: (l, r) => [
      doyToDate(l.doy),
      l.supName,
      l.vat,
      l.desc,
      accOf(l),
      BI_THREE[l.service] ?? '0119',
      l.service,
      l.cpv ? cpvText(l.cpv, r) : null,
      l.broken ? xlsxBroken(l.broken) : l.cents / 100,
    ],
    blank: () => [],
    total: (sum) => [null, null, null, 'TOTAAL', null, null, null, null, sum / 100],
    blanks: 3,
    broken: ['#REF!', 'empty'],
    sort: byDate,
  };
}

function threeOcmwLayout(): Layout<string> {
  return {
    titles: [],
    header: [
      'Factuurdatum',
      'Leverancier',
      'Ondernemingsnummer',
      'Omschrijving',
      'Hoeveelheid',
      'Eenheidsprijs',
      'Bedrag excl. btw',
      'Btw',
      'Bedrag incl. btw',
      'Rekening',
      'Kostenplaats',
      'Factuur',
    ],
    data: (l, r) => {
      const vat = vatCents(l);
      const f = (c: number): string => (r.chance(0.7) ? fmtCents(c, '', ',') : fmtCents(c, '.', ','));
      return [
        fmtDmy(l.doy),
        l.supName,
        l.vat ?? '',
        l.desc,
        fmtQty(l.qty, ',', '.'),
        l.broken ? '' : fmtUnitPrice(l.p4, ',', '', l.pdec),
        l.broken ? csvBroken(l.broken) : f(l.cents),
        l.broken ? '' : f(vat),
        l.broken ? '' : f(l.cents + vat),
        accOf(l),
        l.service,
        l.inv,
      ];
    },
    blank: () => Array<string>(12).fill(''),
    blanks: 2,
    broken: ['empty', 'abc'],
    sort: byDate,
  };
}

function threeAgbLayout(): Layout<Cell> {
  return {
    titles: [],
    header: ['Boekdatum', 'Leverancier', 'Btw-nr', 'Omschrijving', 'Rekening', 'Activiteit', 'Excl. btw', 'Btw', 'Incl. btw'],
    data: (l, r) => {
      const vat = vatCents(l);
      const asText = r.chance(0.06);
      return [
        r.chance(0.04) ? fmtDmy(l.doy) : doyToDate(l.doy),
        l.supName,
        l.vat,
        l.desc,
        Number(accOf(l)),
        l.service,
        l.broken ? xlsxBroken(l.broken) : asText ? fmtCents(l.cents, '.', ',') : l.cents / 100,
        l.broken ? null : vat / 100,
        l.broken ? null : (l.cents + vat) / 100,
      ];
    },
    blank: () => [],
    total: (sum) => ['TOTAAL', null, null, null, null, null, sum / 100, null, null],
    blanks: 1,
    broken: ['#REF!'],
    sort: byDate,
  };
}

function frCommuneLayout(): Layout<Cell> {
  return {
    titles: [
      ['Administration communale de Wezembeek-les-Bois — Grand livre des dépenses ordinaires 2025'],
      ['Édité le 13/01/2026 à 08:47'],
      [],
    ],
    header: ['Date', 'N° pièce', 'Fournisseur', 'N° TVA', 'Libellé', null, 'Compte', 'Service', 'Montant HTVA'],
    data: (l) => {
      const c = CATS[l.cat];
      return [
        doyToDate(l.doy),
        l.inv,
        l.supName,
        l.vat,
        l.desc,
        null,
        `${FONCTION[l.service] ?? '104'}/${c?.fr ?? '123-02'}`,
        l.service,
        l.broken ? xlsxBroken(l.broken) : l.cents / 100,
      ];
    },
    blank: () => [],
    total: (sum) => ['Total général', null, null, null, null, null, null, null, sum / 100],
    blanks: 3,
    broken: ['#REF!', 'abc'],
    sort: byDate,
  };
}

function frCpasLayout(): Layout<string> {
  return {
    titles: [],
    header: [
      'Date',
      'Fournisseur',
      'N° TVA',
      'Libellé',
      'Quantité',
      'Prix unitaire',
      'Montant HTVA',
      'Compte',
      'Service',
      'Bon de commande',
    ],
    data: (l, r) => {
      const c = CATS[l.cat];
      const fn = l.cat === 'food' || l.cat === 'incontinence' || l.cat === 'medicines' || l.cat === 'care-aids' ? '8341' : '8320';
      return [
        fmtDmy(l.doy),
        l.supName,
        l.vat ?? '',
        l.desc,
        fmtQty(l.qty, ',', ''),
        l.broken ? '' : fmtUnitPrice(l.p4, ',', '', l.pdec),
        l.broken ? csvBroken(l.broken) : amountFR(l.cents, r),
        `${fn}/${c?.fr ?? '123-02'}`,
        l.service,
        l.bb ? 'BC ' + l.bb : '',
      ];
    },
    blank: () => Array<string>(10).fill(''),
    blanks: 2,
    broken: ['#VALEUR!'],
    sort: byDate,
  };
}

function enPoliceLayout(): Layout<Cell> {
  return {
    titles: [['Police Zone Leiestroom-Noord — Purchase ledger FY2025'], ['Run date: 12/01/2026 08:14'], []],
    header: ['Posting date', 'Document no.', 'Vendor', 'Vendor VAT', 'Description', 'GL account', 'Cost centre', 'Net amount', 'Currency'],
    data: (l, r) => [
      doyToDate(l.doy),
      l.inv,
      l.supName,
      l.vat,
      l.desc,
      CATS[l.cat]?.gl ?? '',
      l.service,
      l.broken ? xlsxBroken(l.broken) : r.chance(0.1) ? fmtCents(l.cents, ',', '.') : l.cents / 100,
      'EUR',
    ],
    blank: () => [],
    total: (sum) => ['Total', null, null, null, null, null, null, sum / 100, 'EUR'],
    blanks: 2,
    broken: ['abc', '#REF!'],
    sort: byDate,
  };
}

function enGemeenteLayout(): Layout<string> {
  return {
    titles: [],
    header: ['Posting date', 'Vendor', 'Vendor VAT', 'Description', 'Net amount', 'GL account', 'Cost centre', 'Invoice'],
    data: (l, r) => [
      fmtIso(l.doy),
      l.supName,
      l.vat ?? '',
      l.desc,
      l.broken ? csvBroken(l.broken) : amountEN(l.cents, r),
      CATS[l.cat]?.gl ?? '',
      l.service,
      l.inv,
    ],
    blank: () => Array<string>(8).fill(''),
    total: (sum) => ['Total', '', '', '', fmtCents(sum, ',', '.'), '', '', ''],
    blanks: 2,
    broken: ['n/a'],
    sort: byDate,
  };
}

// ---------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------

/** Fill every template of every vocabulary once per source that can use it, so that a bad slot fails early. */
function checkTemplates(specs: SourceSpec[]): void {
  for (const s of specs) {
    for (const [vk] of s.vocab) {
      for (const [catId, tpls] of Object.entries(TPL[vk])) {
        if (!s.cats[catId]) continue;
        const cat = CATS[catId];
        if (!cat) throw new Error(`templates for unknown category ${catId}`);
        for (const t of tpls) {
          const rng = new Rng(1);
          fillTpl(t, { rng, cat, lang: VOCAB_LANG[vk], spec: s, doy: 100, inv: 'X', bb: '1', service: 'x', chosen: {} });
        }
      }
    }
    for (const c of Object.keys(s.cats)) {
      if (!s.vocab.some(([vk]) => templatesFor(s, vk, c).length)) throw new Error(`${s.key}: no templates for ${c}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------

/** Run from the project root (where package.json is). */
const ROOT = process.cwd();

interface SourceOut {
  name: string;
  path: string;
  sheet?: string;
}

interface Stats {
  file: string;
  rows: number;
  dataLines: number;
  truthLines: number;
  vague: number;
  credit: number;
  broken: number;
  categories: number;
}

const stats: Stats[] = [];

function statLine(file: string, rows: number, lines: Line[], truth: TruthLine[]): void {
  stats.push({
    file,
    rows,
    dataLines: lines.length,
    truthLines: truth.length,
    vague: lines.filter((l) => l.kind === 'vague').length,
    credit: lines.filter((l) => l.kind === 'credit').length,
    broken: lines.filter((l) => l.broken).length,
    categories: new Set(truth.map((t) => t.category)).size,
  });
}

/** A source's lines: its purchases, and what else its ledger pays (see `SourceSpec.also`). */
const linesOf = (src: SourceSpec): Line[] => [...genLines(src), ...(src.also ? genLines(src.also) : [])];

async function emitXlsx(file: string, src: SourceSpec, lay: Layout<Cell>, sheet: Omit<XlsxSheet, 'rows'>): Promise<TruthLine[]> {
  const lines = linesOf(src);
  const { rows, truth } = assemble(src.name, lines, lay, new Rng(src.seed + 7));
  await writeXlsx(file, { ...sheet, rows });
  statLine(path.relative(ROOT, file), rows.length, lines, truth);
  return truth;
}

function emitCsv(file: string, src: SourceSpec, lay: Layout<string>, sep: string, enc: CsvEncoding): TruthLine[] {
  const lines = linesOf(src);
  const { rows, truth } = assemble(src.name, lines, lay, new Rng(src.seed + 7));
  writeCsv(file, rows, sep, enc);
  statLine(path.relative(ROOT, file), rows.length, lines, truth);
  return truth;
}

function writeTruth(dir: string, sources: SourceOut[], truth: TruthLine[]): void {
  const head = JSON.stringify({ sources }, null, 2).replace(/\n}$/, '');
  const body = truth.map((t) => '    ' + JSON.stringify(t)).join(',\n');
  fs.writeFileSync(path.join(dir, 'truth.json'), `${head},\n  "lines": [\n${body}\n  ]\n}\n`);
}

export async function main(): Promise<void> {
  checkTemplates([GEM_SAMPLE, OCMW_SAMPLE, THREE_G, THREE_O, THREE_A, FR_COMMUNE, FR_CPAS, EN_POLICE, EN_GEMEENTE, UK_BOROUGH, UK_FIRE]);
  const samples = path.join(ROOT, 'samples');
  const evalDir = path.join(ROOT, 'eval');
  for (const d of [
    samples,
    evalDir,
    ...['samples', 'french-cpas', 'english-layout', 'three-way', 'english-council'].map((c) => path.join(evalDir, c)),
  ]) {
    fs.mkdirSync(d, { recursive: true });
  }

  // samples ------------------------------------------------------------------------------------------
  {
    const t1 = await emitXlsx(path.join(samples, 'gemeente-boekhouding.xlsx'), GEM_SAMPLE, sampleGemeenteLayout(), {
      name: 'Export',
      fmts: ['dd/mm/yyyy', undefined, undefined, undefined, undefined, '0', undefined, undefined, undefined, '€ #,##0.00;[Red]-€ #,##0.00'],
      widths: [12, 14, 34, 16, 52, 12, 10, 20, 13, 16],
      headerRow: 5,
      titleRows: 4,
      merges: ['A1:J1', 'A2:J2', 'A3:J3'],
    });
    const t2 = emitCsv(path.join(samples, 'ocmw-aankopen.csv'), OCMW_SAMPLE, sampleOcmwLayout(), ';', 'utf8bom');
    writeTruth(
      path.join(evalDir, 'samples'),
      [
        { name: 'Gemeente', path: '../../samples/gemeente-boekhouding.xlsx', sheet: 'Export' },
        { name: 'OCMW', path: '../../samples/ocmw-aankopen.csv' },
      ],
      [...t1, ...t2],
    );
  }

  // french-cpas --------------------------------------------------------------------------------------
  {
    const dir = path.join(evalDir, 'french-cpas');
    const t1 = await emitXlsx(path.join(dir, 'commune-depenses.xlsx'), FR_COMMUNE, frCommuneLayout(), {
      name: 'Export',
      fmts: ['dd/mm/yyyy', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '#,##0.00 €'],
      widths: [12, 14, 32, 17, 40, 6, 12, 22, 15],
      headerRow: 4,
      titleRows: 3,
      merges: ['A1:I1', 'E4:F4'],
    });
    const t2 = emitCsv(path.join(dir, 'cpas-achats.csv'), FR_CPAS, frCpasLayout(), ';', 'utf8');
    writeTruth(
      dir,
      [
        { name: 'Commune', path: 'commune-depenses.xlsx', sheet: 'Export' },
        { name: 'CPAS', path: 'cpas-achats.csv' },
      ],
      [...t1, ...t2],
    );
  }

  // english-layout -----------------------------------------------------------------------------------
  {
    const dir = path.join(evalDir, 'english-layout');
    const t1 = await emitXlsx(path.join(dir, 'politiezone-ledger.xlsx'), EN_POLICE, enPoliceLayout(), {
      name: 'GL lines',
      fmts: ['dd/mm/yyyy', undefined, undefined, undefined, undefined, undefined, undefined, '#,##0.00'],
      widths: [12, 14, 32, 16, 44, 10, 24, 14, 9],
      headerRow: 4,
      titleRows: 3,
    });
    const t2 = emitCsv(path.join(dir, 'gemeente-purchases.csv'), EN_GEMEENTE, enGemeenteLayout(), ',', 'cp1252');
    writeTruth(
      dir,
      [
        { name: 'Politiezone', path: 'politiezone-ledger.xlsx', sheet: 'GL lines' },
        { name: 'Gemeente', path: 'gemeente-purchases.csv' },
      ],
      [...t1, ...t2],
    );
  }

  // three-way ----------------------------------------------------------------------------------------
  {
    const dir = path.join(evalDir, 'three-way');
    const t1 = await emitXlsx(path.join(dir, 'gemeente-uitgaven.xlsx'), THREE_G, threeGemeenteLayout(), {
      name: 'Uitgaven',
      fmts: ['dd/mm/yyyy', undefined, undefined, undefined, undefined, undefined, undefined, undefined, '#,##0.00'],
      widths: [12, 30, 14, 50, 12, 11, 24, 13, 14],
      headerRow: 3,
      titleRows: 2,
    });
    const t2 = emitCsv(path.join(dir, 'ocmw-facturen.csv'), THREE_O, threeOcmwLayout(), ';', 'utf8bom');
    const t3 = await emitXlsx(path.join(dir, 'agb-boekingen.xlsx'), THREE_A, threeAgbLayout(), {
      name: 'Boekingen',
      fmts: ['dd/mm/yyyy', undefined, undefined, undefined, '0', undefined, '#,##0.00', '#,##0.00', '#,##0.00'],
      widths: [12, 30, 16, 48, 11, 18, 13, 11, 13],
      headerRow: 1,
    });
    writeTruth(
      dir,
      [
        { name: 'Gemeente', path: 'gemeente-uitgaven.xlsx', sheet: 'Uitgaven' },
        { name: 'OCMW', path: 'ocmw-facturen.csv' },
        { name: 'AGB', path: 'agb-boekingen.xlsx', sheet: 'Boekingen' },
      ],
      [...t1, ...t2, ...t3],
    );
  }

  // english-council ----------------------------------------------------------------------------------
  {
    const dir = path.join(evalDir, 'english-council');
    const t1 = emitCsv(path.join(dir, 'borough-spend.csv'), UK_BOROUGH, enGemeenteLayout(), ',', 'utf8');
    const t2 = emitCsv(path.join(dir, 'fire-spend.csv'), UK_FIRE, enGemeenteLayout(), ',', 'utf8');
    writeTruth(
      dir,
      [
        { name: 'Borough', path: 'borough-spend.csv' },
        { name: 'Fire', path: 'fire-spend.csv' },
      ],
      [...t1, ...t2],
    );
  }

  for (const s of stats) {
    console.log(
      `${s.file.padEnd(44)} rows ${String(s.rows).padStart(5)}  lines ${String(s.dataLines).padStart(5)}  truth ${String(s.truthLines).padStart(5)}  ` +
        `vague ${String(s.vague).padStart(3)}  credit ${String(s.credit).padStart(3)}  broken ${s.broken}  categories ${s.categories}`,
    );
  }
}

/**
 * The two sample exports, scaled to `gemeente` and `ocmw` purchase lines (for the benchmark): the same
 * layouts, suppliers and vocabulary as `samples/`, more lines. The .xlsx is written with ExcelJS's
 * streaming writer so that generating 100,000 rows stays light. Returns the two file paths.
 */
/**
 * A regional cooperation for the benchmark: `members` administrations of `perMember` lines each, as
 * `;` CSVs in the OCMW sample's layout, every one from its own seed (alternately the Gemeente's and
 * the OCMW's purchasing profile), so they buy much the same categories in different amounts.
 */
export function writeCooperationSamples(dir: string, members: number, perMember: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: members }, (_, k) => {
    const file = path.join(dir, `bestuur-${k + 1}-${perMember}.csv`);
    if (fs.existsSync(file)) return file;
    const base = k % 2 === 0 ? GEM_SAMPLE : OCMW_SAMPLE;
    const member = { ...base, name: `Bestuur ${k + 1}`, n: perMember, seed: base.seed + 1_000 * (k + 1) + perMember };
    const { rows } = assemble(member.name, genLines(member), sampleOcmwLayout(), new Rng(member.seed + 7));
    writeCsv(file, rows, ';', 'utf8bom');
    return file;
  });
}

export async function writeScaledSamples(dir: string, gemeente: number, ocmw: number): Promise<{ xlsx: string; csv: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const xlsx = path.join(dir, `gemeente-${gemeente}.xlsx`);
  const csv = path.join(dir, `ocmw-${ocmw}.csv`);
  const gem = { ...GEM_SAMPLE, n: gemeente, seed: GEM_SAMPLE.seed + gemeente };
  const ocmwSpec = { ...OCMW_SAMPLE, n: ocmw, seed: OCMW_SAMPLE.seed + ocmw };
  {
    const { rows } = assemble(gem.name, genLines(gem), sampleGemeenteLayout(), new Rng(gem.seed + 7));
    const fmts = [
      'dd/mm/yyyy',
      undefined,
      undefined,
      undefined,
      undefined,
      '0',
      undefined,
      undefined,
      undefined,
      '€ #,##0.00;[Red]-€ #,##0.00',
    ];
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useStyles: true, useSharedStrings: true });
    const ws = wb.addWorksheet('Export');
    ws.columns = [12, 14, 34, 16, 52, 12, 10, 20, 13, 16].map((width) => ({ width }));
    rows.forEach((cells, ri) => {
      const row = ws.getRow(ri + 1);
      cells.forEach((v, ci) => {
        if (v === null || v === '') return;
        const cell = row.getCell(ci + 1);
        cell.value = v as ExcelJS.CellValue;
        const f = fmts[ci];
        if (f && (typeof v === 'number' || v instanceof Date)) cell.numFmt = f;
      });
      row.commit();
    });
    ws.commit();
    await wb.commit();
  }
  {
    const { rows } = assemble(ocmwSpec.name, genLines(ocmwSpec), sampleOcmwLayout(), new Rng(ocmwSpec.seed + 7));
    writeCsv(csv, rows, ';', 'utf8bom');
  }
  return { xlsx, csv };
}
