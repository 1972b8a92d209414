import type { CellValue, ColumnGuess, Role, TableLayout } from '../model';
import { fold } from '../text/normalize';
import { cellText, isBlank, normaliseCpv, normaliseVat, parseAmount, parseDate } from './values';

/**
 * Header names per role in Dutch, French and English, folded (lower case, no accents, words split on
 * punctuation). A header matches a pattern when all the pattern's words occur in it, in order.
 * Earlier patterns in a role are stronger; `score` decides between roles competing for one header.
 */
const HEADER_PATTERNS: Record<Role, string[]> = {
  amount: [
    'bedrag excl btw',
    'bedrag excl',
    'excl btw',
    'exclusief btw',
    'zonder btw',
    'netto bedrag',
    'nettobedrag',
    'totaal excl',
    'montant htva',
    'htva',
    'hors tva',
    'montant ht',
    'net amount',
    'amount excl vat',
    'net',
    'excl vat',
    'ex vat',
    'bedrag',
    'montant',
    'amount',
    'amount paid',
    'value',
    'totaal',
    'total',
    'kost',
    'uitgave',
    'spend',
    'gbp',
    'eur',
    'euro',
    'waarde',
  ],
  amountInclVat: [
    'bedrag incl btw',
    'incl btw',
    'inclusief btw',
    'tvac',
    'tva comprise',
    'ttc',
    'montant ttc',
    'incl vat',
    'gross amount',
    'gross',
    'bruto',
  ],
  debit: ['debet', 'debit'],
  credit: ['credit'],
  date: [
    'boekdatum',
    'boekingsdatum',
    'factuurdatum',
    'datum',
    'date',
    'date facture',
    'date comptable',
    'payment date',
    'posting date',
    'invoice date',
    'transaction date',
    'paid date',
    'periode',
    'period',
  ],
  supplier: [
    'leverancier',
    'leveranciersnaam',
    'naam leverancier',
    'crediteur',
    'begunstigde',
    'firma',
    'fournisseur',
    'nom fournisseur',
    'beneficiaire',
    'supplier',
    'supplier name',
    'vendor',
    'vendor name',
    'payee',
    'name',
    'merchant',
    'naam',
    'nom',
    'creditor',
  ],
  supplierVat: [
    'btw nummer',
    'btw nr',
    'btwnummer',
    'ondernemingsnummer',
    'ondernemingsnr',
    'kbo',
    'numero tva',
    'n tva',
    'tva',
    'numero d entreprise',
    'vat number',
    'vat no',
    'vat reg',
    'company number',
    'btw',
  ],
  description: [
    'omschrijving',
    'artikel omschrijving',
    'artikel',
    'beschrijving',
    'product',
    'libelle',
    'description',
    'designation',
    'objet',
    'item',
    'details',
    'detail',
    'narrative',
    'purpose',
    'tekst',
    'memo',
    'goederen',
    'line description',
    'invoice description',
    'product description',
  ],
  quantity: ['aantal', 'hoeveelheid', 'qty', 'quantite', 'quantity', 'qte', 'stuks'],
  unit: ['eenheid', 'unite', 'unit', 'uom', 'verpakking'],
  unitPrice: ['eenheidsprijs', 'prijs per', 'stukprijs', 'prix unitaire', 'unit price', 'price', 'prijs', 'prix'],
  account: [
    'algemene rekening',
    'rekening',
    'grootboekrekening',
    'economische sleutel',
    'econ sleutel',
    'ar',
    'compte',
    'compte general',
    'article budgetaire',
    'gl account',
    'gl code',
    'account code',
    'nominal',
    'account',
    'ledger',
    'expense code',
    'cost code',
  ],
  accountName: [
    'omschrijving rekening',
    'rekening omschrijving',
    'rekeningnaam',
    'libelle compte',
    'account detail',
    'account description',
    'account name',
    'expense type',
    'subjective',
    'expense area',
    'expenditure type',
    'subjective description',
    'supplier classification',
  ],
  cpv: ['cpv', 'cpv code', 'code cpv'],
  service: [
    'dienst',
    'afdeling',
    'kostenplaats',
    'beleidsitem',
    'beleidsdomein',
    'budgethouder',
    'service',
    'departement',
    'department',
    'cost centre',
    'cost center',
    'service area',
    'directorate',
    'team',
    'entiteit',
    'site',
    'service cost centre',
    'department area',
  ],
  reference: [
    'factuurnr',
    'factuurnummer',
    'factuur',
    'bestelbon',
    'bestelbonnr',
    'boekstuk',
    'volgnummer',
    'document',
    'invoice',
    'invoice number',
    'ref',
    'reference',
    'transaction no',
    'transaction number',
    'numero facture',
    'n facture',
    'piece',
    'order',
    'po number',
    'bon de commande',
  ],
  category: [
    'categorie',
    'category',
    'expenditure category',
    'classification',
    'procurement category',
    'productgroep',
    'groupe',
    'famille',
    'rubriek',
    'spend category',
  ],
};

const PATTERNS: { role: Role; words: string[]; strength: number }[] = Object.entries(HEADER_PATTERNS).flatMap(([role, patterns]) =>
  patterns.map((p, i) => ({ role: role as Role, words: p.split(' '), strength: 1 - Math.min(i, 20) * 0.01 })),
);

/** How well a header text names a role: 0 when not at all, up to ~1 for an exact name. */
export function headerScore(header: string, role: Role): number {
  return roleScores(header)[role] ?? 0;
}

// Header scans look at the same texts many times (every cell of the first rows, every file of a folder).
const SCORE_CACHE = new Map<string, Partial<Record<Role, number>>>();
const SCORE_CACHE_SIZE = 20_000;

function roleScores(header: string): Partial<Record<Role, number>> {
  const cached = SCORE_CACHE.get(header);
  if (cached) return cached;
  const scores: Partial<Record<Role, number>> = {};
  const words = fold(header).split(' ').filter(Boolean);
  if (words.length > 0) {
    for (const p of PATTERNS) {
      if (!containsInOrder(words, p.words)) continue;
      // An exact header beats one that merely contains the pattern among other words.
      const coverage = p.words.length / words.length;
      const score = p.strength * (0.55 + 0.45 * coverage);
      if (score > (scores[p.role] ?? 0)) scores[p.role] = score;
    }
  }
  if (SCORE_CACHE.size >= SCORE_CACHE_SIZE) SCORE_CACHE.clear();
  SCORE_CACHE.set(header, scores);
  return scores;
}

function containsInOrder(words: string[], pattern: string[]): boolean {
  let i = 0;
  for (const w of words) {
    if (w === pattern[i] || (pattern[i]!.length >= 4 && w.startsWith(pattern[i]!) && w.length <= pattern[i]!.length + 4)) i++;
    if (i === pattern.length) return true;
  }
  return false;
}

interface ColumnProfile {
  filled: number;
  amount: number;
  integerLike: number;
  date: number;
  vat: number;
  cpv: number;
  text: number;
  avgLength: number;
  distinct: number;
}

function profileColumn(rows: readonly CellValue[][], column: number, sample: readonly number[]): ColumnProfile {
  const p: ColumnProfile = { filled: 0, amount: 0, integerLike: 0, date: 0, vat: 0, cpv: 0, text: 0, avgLength: 0, distinct: 0 };
  const seen = new Set<string>();
  let totalLength = 0;
  for (const r of sample) {
    const v = rows[r]?.[column] ?? null;
    if (isBlank(v)) continue;
    p.filled++;
    const t = cellText(v);
    seen.add(t);
    totalLength += t.length;
    if (parseDate(v) !== null && (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v)))) p.date++;
    if (parseAmount(v).ok && !(typeof v === 'string' && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(v))) {
      p.amount++;
      if (/^-?\d+$/.test(t)) p.integerLike++;
    }
    if (typeof v === 'string' && normaliseVat(v) !== null && /\d{9}/.test(v.replace(/[\s.]/g, ''))) p.vat++;
    if (normaliseCpv(v) !== null && /^\d{8}(-\d)?$/.test(t)) p.cpv++;
    if (/[a-zA-Z]{3,}/.test(t)) p.text++;
  }
  p.distinct = seen.size;
  p.avgLength = p.filled ? totalLength / p.filled : 0;
  return p;
}

/** How well the values under a column fit a role: 0..1. */
function valueFit(p: ColumnProfile, role: Role): number {
  if (p.filled === 0) return 0;
  const f = (n: number) => n / p.filled;
  switch (role) {
    case 'amount':
    case 'amountInclVat':
    case 'debit':
    case 'credit':
    case 'unitPrice':
      return f(p.amount) * (1 - 0.5 * f(p.date)) * (1 - 0.7 * f(p.cpv)) * (1 - 0.5 * f(p.integerLike) * (p.distinct < 50 ? 1 : 0));
    case 'quantity':
      return f(p.amount);
    case 'date':
      return f(p.date);
    case 'supplierVat':
      return f(p.vat);
    case 'cpv':
      return f(p.cpv);
    case 'description':
      return f(p.text) * Math.min(1, p.avgLength / 15);
    case 'supplier':
    case 'accountName':
    case 'service':
    case 'category':
    case 'unit':
      return f(p.text);
    case 'account':
    case 'reference':
      return 1 - f(p.date) * 0.8;
  }
}

const HEADER_SCAN_ROWS = 40;
const PROFILE_ROWS = 300;
const ROLES = Object.keys(HEADER_PATTERNS) as Role[];

/**
 * How much a row looks like a header: the sum of its cells' best header-name scores. `header` is
 * false unless at least two cells are text and one of them names an amount (net, gross or debit).
 */
export function headerRowScore(row: readonly CellValue[]): { score: number; header: boolean } {
  let score = 0;
  let textCells = 0;
  let hasAmountName = false;
  for (const cell of row) {
    if (typeof cell !== 'string' || cell.trim() === '') continue;
    textCells++;
    const scores = roleScores(cell);
    const best = Math.max(0, ...Object.values(scores));
    if (best > 0.5) score += best;
    if ((scores.amount ?? 0) > 0.5 || (scores.amountInclVat ?? 0) > 0.5 || (scores.debit ?? 0) > 0.5) hasAmountName = true;
  }
  return { score, header: textCells >= 2 && hasAmountName };
}

/**
 * A row that can only be a header: at least two header names, one of them an amount's, and no
 * number or date (a totals row `Total | EUR | 1.234,00` names an amount too, but holds one).
 */
export function isNamesOnlyHeader(row: readonly CellValue[]): boolean {
  const { score, header } = headerRowScore(row);
  if (!header || score < 1.5) return false;
  return !row.some((v) => typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && (parseAmount(v).ok || parseDate(v) !== null)));
}

function bestHeaderRow(rows: readonly CellValue[][], from: number, to: number, namesOnly = false): number {
  let bestRow = -1;
  let bestScore = 0;
  for (let r = Math.max(0, from); r < Math.min(rows.length, to); r++) {
    const { score, header } = headerRowScore(rows[r] ?? []);
    if (!header || (namesOnly && !isNamesOnlyHeader(rows[r] ?? []))) continue;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestRow = r;
    }
  }
  return bestRow;
}

/**
 * Finds the header row (below any title rows) and guesses a role for each column from its name and
 * from the values under it. Each role goes to at most one column, the best-scoring one. A header is
 * looked for in the first rows; when there is none, in the last rows (an export sorted with its
 * header row among the data, which then ends at the bottom).
 */
export function guessLayout(rows: readonly CellValue[][]): TableLayout {
  let headerIndex = bestHeaderRow(rows, 0, HEADER_SCAN_ROWS);
  if (headerIndex < 0 && rows.length > HEADER_SCAN_ROWS) {
    headerIndex = bestHeaderRow(rows, Math.max(HEADER_SCAN_ROWS, rows.length - HEADER_SCAN_ROWS), rows.length, true);
  }
  return layoutAt(rows, headerIndex);
}

/**
 * The layout of a table whose header is the row at 0-based `headerIndex` (-1: no header), with the
 * roles guessed from the header names and from the values of the rows under it, up to `end`. When
 * most of the data stands above the header instead (a header sorted to the bottom), those rows
 * speak, unless `dataAbove` is false (a header that starts a new section below other data).
 */
export function layoutAt(rows: readonly CellValue[][], headerIndex: number, end = rows.length, dataAbove = true): TableLayout {
  const header = headerIndex >= 0 ? (rows[headerIndex] ?? []) : [];
  const sample = profileSample(rows, headerIndex, Math.min(end, rows.length), dataAbove);
  const width = sample.reduce((w, r) => Math.max(w, rows[r]?.length ?? 0), header.length);
  const profiles = Array.from({ length: width }, (_, c) => profileColumn(rows, c, sample));

  const candidates: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    const name = headerName(header[c] ?? null);
    const profile = profiles[c]!;
    if (profile.filled === 0 && name === '') continue;
    for (const role of ROLES) {
      const byName = name ? headerScore(name, role) : 0;
      const byValues = valueFit(profile, role);
      // Without a header row only the values speak, and only for the roles values can tell apart.
      const confidence = headerIndex >= 0 ? byName * (0.4 + 0.6 * byValues) : valuesOnly(role, byValues, profile);
      if (confidence > 0.2) candidates.push({ role, column: c, header: name, confidence: round2(confidence) });
    }
  }
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column || (a.role < b.role ? -1 : 1));
  const takenRoles = new Set<Role>();
  const takenColumns = new Set<number>();
  const columns: ColumnGuess[] = [];
  for (const g of candidates) {
    if (takenRoles.has(g.role) || takenColumns.has(g.column)) continue;
    takenRoles.add(g.role);
    takenColumns.add(g.column);
    columns.push(g);
  }
  columns.sort((a, b) => a.column - b.column);
  return { headerRow: headerIndex + 1, columns };
}

/** Rows whose values describe the columns: those under the header, or the data-shaped rows above it when those are more. */
function profileSample(rows: readonly CellValue[][], headerIndex: number, end: number, dataAbove: boolean): number[] {
  const below: number[] = [];
  for (let r = headerIndex + 1; r < end && below.length < PROFILE_ROWS; r++) below.push(r);
  if (headerIndex <= 0 || !dataAbove) return below;
  const minFilled = dataShapeMinimum(rows[headerIndex] ?? []);
  const shaped = (r: number) => filledCount(rows[r] ?? []) >= minFilled;
  const above: number[] = [];
  for (let r = headerIndex - 1; r >= 0 && above.length < PROFILE_ROWS; r--) if (shaped(r)) above.push(r);
  return above.length > below.filter(shaped).length ? above.reverse() : below;
}

/** How many filled cells a row needs to be shaped like a data row of a table with this header. */
export function dataShapeMinimum(header: readonly CellValue[]): number {
  return Math.max(3, Math.ceil(filledCount(header) / 2));
}

export function filledCount(row: readonly CellValue[]): number {
  let n = 0;
  for (const v of row) if (!isBlank(v ?? null)) n++;
  return n;
}

function valuesOnly(role: Role, fit: number, p: ColumnProfile): number {
  switch (role) {
    case 'amount':
      return fit * (p.integerLike < p.amount ? 0.8 : 0.4);
    case 'date':
    case 'supplierVat':
    case 'cpv':
      return fit * 0.8;
    case 'description':
      return fit * 0.6;
    default:
      return 0;
  }
}

/** The most characters of a header name kept for display (a header is a name, not a text). */
export const MAX_HEADER_TEXT = 255;

/** A header cell's text as a column is named by it: trimmed, and cut when absurdly long. */
export function headerName(cell: CellValue): string {
  const t = cellText(cell);
  if (t.length <= MAX_HEADER_TEXT) return t;
  const code = t.charCodeAt(MAX_HEADER_TEXT - 1);
  return t.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_HEADER_TEXT - 1 : MAX_HEADER_TEXT);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
