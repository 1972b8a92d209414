import type { Lang } from '../engine/model';
import type { SourceProblem } from '../gateway/files/errors';

/** What the CLI (and later the task pane) says to people, in Dutch, French and English. */
export interface Messages {
  problem: Record<SourceProblem, (file: string, detail: string) => string>;
  noAmountColumn: (file: string, sheet: string) => string;
  usage: {
    noSources: string;
    badSource: (arg: string) => string;
    duplicateName: (name: string) => string;
    outputIsInput: (file: string) => string;
    unknownLang: (lang: string) => string;
    unknownCommand: (cmd: string) => string;
    cannotWrite: (file: string, detail: string) => string;
    notTandem: (file: string) => string;
    badDate: (value: string) => string;
  };
  summary: {
    source: (name: string, file: string, lines: number, skipped: number, rejected: number, total: string) => string;
    totals: (lines: number, rejected: number, categories: number, shared: number) => string;
    topShared: string;
    savings: (low: string, expected: string, high: string) => string;
    wrote: (file: string) => string;
  };
  internal: string;
}

const nl: Messages = {
  problem: {
    missing: (f) => `${f}: bestand niet gevonden`,
    unreadable: (f, d) => `${f}: bestand kan niet gelezen worden${d ? ` (${d})` : ''}`,
    empty: (f) => `${f}: het bestand is leeg`,
    'not-a-workbook': (f) => `${f}: dit is geen leesbare Excel-werkmap (.xlsx)`,
    'encrypted-or-legacy': (f) => `${f}: de werkmap is met een wachtwoord beveiligd of in het oude .xls-formaat; sla ze op als .xlsx zonder wachtwoord`,
    'no-such-sheet': (f, d) => `${f}: er is geen blad "${d}"`,
    'unsupported-type': (f) => `${f}: alleen .xlsx- en .csv-bestanden worden ondersteund`,
  },
  noAmountColumn: (f, s) => `${f} (blad ${s}): geen kolom met bedragen gevonden`,
  usage: {
    noSources: 'Geef minstens één bron met --source NAAM=PAD (twee of meer om te vergelijken).',
    badSource: (a) => `Bron "${a}" moet de vorm NAAM=PAD of NAAM=PAD#BLAD hebben`,
    duplicateName: (n) => `De bronnaam "${n}" komt twee keer voor; geef elke bron een eigen naam`,
    outputIsInput: (f) => `${f}: het uitvoerbestand is ook een bron; bronnen worden nooit overschreven`,
    unknownLang: (l) => `Onbekende taal "${l}": kies nl, fr of en`,
    unknownCommand: (c) => `Onbekend commando "${c}"; probeer: tandem analyze --help`,
    cannotWrite: (f, d) => `${f}: kan niet geschreven worden (${d})`,
    notTandem: (f) => `${f}: bestaat al en is geen werkmap van Tandem; kies een ander uitvoerbestand`,
    badDate: (v) => `Datum "${v}" moet de vorm JJJJ-MM-DD hebben`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}): ${l} lijnen, ${s} overgeslagen rijen, ${r} afgewezen rijen, totaal ${t}`,
    totals: (l, r, c, s) => `${l} lijnen, ${r} afgewezen rijen, ${c} categorieën waarvan ${s} gedeeld`,
    topShared: 'Grootste gedeelde categorieën:',
    savings: (l, e, h) => `Besparing per jaar: verwacht ${e} (laag ${l}, hoog ${h})`,
    wrote: (f) => `Geschreven: ${f}`,
  },
  internal: 'Onverwachte fout in Tandem; voer opnieuw uit met --verbose voor details',
};

const fr: Messages = {
  problem: {
    missing: (f) => `${f} : fichier introuvable`,
    unreadable: (f, d) => `${f} : impossible de lire le fichier${d ? ` (${d})` : ''}`,
    empty: (f) => `${f} : le fichier est vide`,
    'not-a-workbook': (f) => `${f} : ce n'est pas un classeur Excel (.xlsx) lisible`,
    'encrypted-or-legacy': (f) => `${f} : le classeur est protégé par mot de passe ou au format .xls ; enregistrez-le en .xlsx sans mot de passe`,
    'no-such-sheet': (f, d) => `${f} : pas de feuille « ${d} »`,
    'unsupported-type': (f) => `${f} : seuls les fichiers .xlsx et .csv sont pris en charge`,
  },
  noAmountColumn: (f, s) => `${f} (feuille ${s}) : aucune colonne de montants trouvée`,
  usage: {
    noSources: 'Indiquez au moins une source avec --source NOM=CHEMIN (deux ou plus pour comparer).',
    badSource: (a) => `La source « ${a} » doit avoir la forme NOM=CHEMIN ou NOM=CHEMIN#FEUILLE`,
    duplicateName: (n) => `Le nom de source « ${n} » apparaît deux fois ; donnez un nom propre à chaque source`,
    outputIsInput: (f) => `${f} : le fichier de sortie est aussi une source ; les sources ne sont jamais écrasées`,
    unknownLang: (l) => `Langue inconnue « ${l} » : choisissez nl, fr ou en`,
    unknownCommand: (c) => `Commande inconnue « ${c} » ; essayez : tandem analyze --help`,
    cannotWrite: (f, d) => `${f} : écriture impossible (${d})`,
    notTandem: (f) => `${f} : existe déjà et n'est pas un classeur de Tandem ; choisissez un autre fichier de sortie`,
    badDate: (v) => `La date « ${v} » doit avoir la forme AAAA-MM-JJ`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}) : ${l} lignes, ${s} lignes ignorées, ${r} lignes rejetées, total ${t}`,
    totals: (l, r, c, s) => `${l} lignes, ${r} lignes rejetées, ${c} catégories dont ${s} communes`,
    topShared: 'Plus grandes catégories communes :',
    savings: (l, e, h) => `Économie par an : attendue ${e} (basse ${l}, haute ${h})`,
    wrote: (f) => `Écrit : ${f}`,
  },
  internal: 'Erreur inattendue dans Tandem ; relancez avec --verbose pour les détails',
};

const en: Messages = {
  problem: {
    missing: (f) => `${f}: file not found`,
    unreadable: (f, d) => `${f}: the file cannot be read${d ? ` (${d})` : ''}`,
    empty: (f) => `${f}: the file is empty`,
    'not-a-workbook': (f) => `${f}: this is not a readable Excel workbook (.xlsx)`,
    'encrypted-or-legacy': (f) => `${f}: the workbook is password-protected or in the old .xls format; save it as .xlsx without a password`,
    'no-such-sheet': (f, d) => `${f}: there is no sheet "${d}"`,
    'unsupported-type': (f) => `${f}: only .xlsx and .csv files are supported`,
  },
  noAmountColumn: (f, s) => `${f} (sheet ${s}): no column of amounts found`,
  usage: {
    noSources: 'Give at least one source with --source NAME=PATH (two or more to compare).',
    badSource: (a) => `Source "${a}" must look like NAME=PATH or NAME=PATH#SHEET`,
    duplicateName: (n) => `The source name "${n}" is used twice; give each source its own name`,
    outputIsInput: (f) => `${f}: the output file is also a source; sources are never overwritten`,
    unknownLang: (l) => `Unknown language "${l}": choose nl, fr or en`,
    unknownCommand: (c) => `Unknown command "${c}"; try: tandem analyze --help`,
    cannotWrite: (f, d) => `${f}: cannot be written (${d})`,
    notTandem: (f) => `${f}: already exists and is not a Tandem workbook; choose another output file`,
    badDate: (v) => `Date "${v}" must look like YYYY-MM-DD`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}): ${l} lines, ${s} skipped rows, ${r} rejected rows, total ${t}`,
    totals: (l, r, c, s) => `${l} lines, ${r} rejected rows, ${c} categories of which ${s} shared`,
    topShared: 'Largest shared categories:',
    savings: (l, e, h) => `Saving per year: expected ${e} (low ${l}, high ${h})`,
    wrote: (f) => `Wrote: ${f}`,
  },
  internal: 'Unexpected error in Tandem; run again with --verbose for details',
};

export const MESSAGES: Record<Lang, Messages> = { nl, fr, en };

export function formatMoney(amount: number, lang: Lang, currency = 'EUR'): string {
  const locale = lang === 'en' ? 'en-IE' : lang === 'fr' ? 'fr-BE' : 'nl-BE';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}
