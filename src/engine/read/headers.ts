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
    'bedrag excl btw', 'bedrag excl', 'excl btw', 'exclusief btw', 'zonder btw', 'netto bedrag', 'nettobedrag',
    'totaal excl', 'montant htva', 'htva', 'hors tva', 'montant ht', 'net amount', 'amount excl vat', 'net',
    'excl vat', 'ex vat', 'bedrag', 'montant', 'amount', 'amount paid', 'value', 'totaal', 'total', 'kost',
    'uitgave', 'spend', 'gbp', 'eur', 'euro', 'waarde',
  ],
  amountInclVat: [
    'bedrag incl btw', 'incl btw', 'inclusief btw', 'tvac', 'tva comprise', 'ttc', 'montant ttc', 'incl vat',
    'gross amount', 'gross', 'bruto',
  ],
  debit: ['debet', 'debit'],
  credit: ['credit'],
  date: [
    'boekdatum', 'boekingsdatum', 'factuurdatum', 'datum', 'date', 'date facture', 'date comptable',
    'payment date', 'posting date', 'invoice date', 'transaction date', 'paid date', 'periode', 'period',
  ],
  supplier: [
    'leverancier', 'leveranciersnaam', 'naam leverancier', 'crediteur', 'begunstigde', 'firma', 'fournisseur',
    'nom fournisseur', 'beneficiaire', 'supplier', 'supplier name', 'vendor', 'vendor name', 'payee', 'name',
    'merchant', 'naam', 'nom', 'creditor',
  ],
  supplierVat: [
    'btw nummer', 'btw nr', 'btwnummer', 'ondernemingsnummer', 'ondernemingsnr', 'kbo', 'numero tva', 'n tva',
    'tva', 'numero d entreprise', 'vat number', 'vat no', 'vat reg', 'company number', 'btw',
  ],
  description: [
    'omschrijving', 'artikel omschrijving', 'artikel', 'beschrijving', 'product', 'libelle', 'description',
    'designation', 'objet', 'item', 'details', 'detail', 'narrative', 'purpose', 'tekst', 'memo', 'goederen',
    'line description', 'invoice description', 'product description',
  ],
  quantity: ['aantal', 'hoeveelheid', 'qty', 'quantite', 'quantity', 'qte', 'stuks'],
  unit: ['eenheid', 'unite', 'unit', 'uom', 'verpakking'],
  unitPrice: ['eenheidsprijs', 'prijs per', 'stukprijs', 'prix unitaire', 'unit price', 'price', 'prijs', 'prix'],
  account: [
    'algemene rekening', 'rekening', 'grootboekrekening', 'economische sleutel', 'econ sleutel', 'ar', 'compte',
    'compte general', 'article budgetaire', 'gl account', 'gl code', 'account code', 'nominal', 'account',
    'ledger', 'expense code', 'cost code',
  ],
  accountName: [
    'omschrijving rekening', 'rekening omschrijving', 'rekeningnaam', 'libelle compte', 'account detail',
    'account description', 'account name', 'expense type', 'subjective', 'expense area', 'expenditure type',
    'subjective description', 'supplier classification',
  ],
  cpv: ['cpv', 'cpv code', 'code cpv'],
  service: [
    'dienst', 'afdeling', 'kostenplaats', 'beleidsitem', 'beleidsdomein', 'budgethouder', 'service', 'departement',
    'department', 'cost centre', 'cost center', 'service area', 'directorate', 'team', 'entiteit', 'site',
    'service cost centre', 'department area',
  ],
  reference: [
    'factuurnr', 'factuurnummer', 'factuur', 'bestelbon', 'bestelbonnr', 'boekstuk', 'volgnummer', 'document',
    'invoice', 'invoice number', 'ref', 'reference', 'transaction no', 'transaction number', 'numero facture',
    'n facture', 'piece', 'order', 'po number', 'bon de commande',
  ],
  category: [
    'categorie', 'category', 'expenditure category', 'classification', 'procurement category',
    'productgroep', 'groupe', 'famille', 'rubriek', 'spend category',
  ],
};

const PATTERNS: { role: Role; words: string[]; strength: number }[] = Object.entries(HEADER_PATTERNS).flatMap(
  ([role, patterns]) =>
    patterns.map((p, i) => ({ role: role as Role, words: p.split(' '), strength: 1 - Math.min(i, 20) * 0.01 })),
);

/** How well a header text names a role: 0 when not at all, up to ~1 for an exact name. */
export function headerScore(header: string, role: Role): number {
  const words = fold(header).split(' ').filter(Boolean);
  if (words.length === 0) return 0;
  let best = 0;
  for (const p of PATTERNS) {
    if (p.role !== role) continue;
    if (!containsInOrder(words, p.words)) continue;
    // An exact header beats one that merely contains the pattern among other words.
    const coverage = p.words.length / words.length;
    best = Math.max(best, p.strength * (0.55 + 0.45 * coverage));
  }
  return best;
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

function profileColumn(rows: readonly CellValue[][], column: number, from: number, limit: number): ColumnProfile {
  const p: ColumnProfile = { filled: 0, amount: 0, integerLike: 0, date: 0, vat: 0, cpv: 0, text: 0, avgLength: 0, distinct: 0 };
  const seen = new Set<string>();
  let totalLength = 0;
  for (let r = from; r < Math.min(rows.length, from + limit); r++) {
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

/**
 * Finds the header row (below any title rows) and guesses a role for each column from its name and
 * from the values under it. Each role goes to at most one column, the best-scoring one.
 */
export function guessLayout(rows: readonly CellValue[][]): TableLayout {
  let bestRow = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const row = rows[r] ?? [];
    let score = 0;
    let textCells = 0;
    let hasAmountName = false;
    for (const cell of row) {
      if (typeof cell !== 'string' || cell.trim() === '') continue;
      textCells++;
      const best = Math.max(...(Object.keys(HEADER_PATTERNS) as Role[]).map((role) => headerScore(cell, role)));
      if (best > 0.5) score += best;
      if (headerScore(cell, 'amount') > 0.5 || headerScore(cell, 'amountInclVat') > 0.5 || headerScore(cell, 'debit') > 0.5) hasAmountName = true;
    }
    if (textCells < 2 || !hasAmountName) continue;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestRow = r;
    }
  }
  const headerIndex = bestRow;
  const header = headerIndex >= 0 ? (rows[headerIndex] ?? []) : [];
  const width = rows.slice(0, headerIndex + 1 + PROFILE_ROWS).reduce((w, row) => Math.max(w, row.length), 0);
  const profiles = Array.from({ length: width }, (_, c) => profileColumn(rows, c, headerIndex + 1, PROFILE_ROWS));

  const candidates: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    const name = cellText(header[c] ?? null);
    const profile = profiles[c]!;
    if (profile.filled === 0 && name === '') continue;
    for (const role of Object.keys(HEADER_PATTERNS) as Role[]) {
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

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
