import type { Lang } from '../engine/model';
import type { SourceHint, SourceProblem } from '../gateway/files/errors';

/** What the CLI (and later the task pane) says to people, in Dutch, French and English. */
export interface Messages {
  problem: Record<SourceProblem, (file: string, detail: string) => string>;
  /** Closer words for a problem, where the gateway could tell more (`SourceError.hint`). */
  hint: Record<SourceHint, (file: string, row?: number) => string>;
  noAmountColumn: (file: string, sheet: string) => string;
  /** A source without a single purchase line: a header and nothing under it (or only totals). */
  noLines: (file: string, headerRow: number) => string;
  /** A source whose every row was rejected: not one readable amount. */
  noReadableAmount: (file: string, column: string, header: string, rejected: number, firstRow: number, firstValue: string) => string;
  /** Why the file system refused, from its error code (`EACCES`, `EBUSY`, …). */
  fsReason: (code: string) => string;
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
    sameFile: (file: string, first: string, second: string) => string;
    sameOutput: (file: string) => string;
    outputInSourceFolder: (file: string, folder: string) => string;
    unknownOption: (option: string) => string;
    missingValue: (option: string) => string;
  };
  summary: {
    source: (name: string, file: string, lines: number, skipped: number, rejected: number, total: string) => string;
    totals: (lines: number, rejected: number, categories: number, shared: number) => string;
    topShared: string;
    notPurchases: (lines: number, amount: string) => string;
    savings: (low: string, expected: string, high: string) => string;
    wrote: (file: string) => string;
    rejectedRows: (count: number) => string;
    rejectedRow: (name: string, file: string, row: number, column: string, reason: string) => string;
    warnings: (count: number) => string;
    warning: (name: string, file: string, row: number | null, message: string) => string;
    more: (count: number) => string;
  };
  internal: string;
}

/** Counts as each language writes them: `6.861`, `6 861`, `6,861`. */
export const nlN = (n: number): string => formatCount(n, 'nl');
export const frN = (n: number): string => formatCount(n, 'fr');
export const enN = (n: number): string => formatCount(n, 'en');

const nl: Messages = {
  problem: {
    missing: (f) => `${f}: bestand niet gevonden`,
    unreadable: (f, d) => `${f}: bestand kan niet gelezen worden${d ? ` (${d})` : ''}`,
    empty: (f) => `${f}: het bestand is leeg`,
    'not-a-workbook': (f) => `${f}: dit is geen leesbare Excel-werkmap (.xlsx)`,
    'encrypted-or-legacy': (f) =>
      `${f}: de werkmap is met een wachtwoord beveiligd of in het oude .xls-formaat; sla ze op als .xlsx zonder wachtwoord`,
    'no-such-sheet': (f, d) => `${f}: er is geen blad "${d}"`,
    'unsupported-type': (f) => `${f}: alleen .xlsx- en .csv-bestanden worden ondersteund`,
  },
  hint: {
    encrypted: (f) => `${f}: de werkmap is met een wachtwoord beveiligd; sla ze in Excel op zonder wachtwoord en probeer opnieuw`,
    'legacy-xls': (f) => `${f}: de werkmap is in het oude .xls-formaat; sla ze in Excel op als .xlsx en probeer opnieuw`,
    'not-xlsx': (f) =>
      `${f}: dit is geen leesbare Excel-werkmap (.xlsx); de inhoud is geen werkmap (een ander bestand met een .xlsx-naam, of een beschadigde kopie)`,
    'zip-not-workbook': (f) => `${f}: dit is een zip-bestand, maar geen Excel-werkmap (.xlsx)`,
    opendocument: (f) => `${f}: dit is een OpenDocument-rekenblad (.ods); sla het op als .xlsx of .csv`,
    'unclosed-quote': (f, r) =>
      `${f}: rij ${r ?? '?'} opent een aanhalingsteken (") dat nergens sluit, zodat de rest van het bestand in één cel zou vallen; herstel die rij of exporteer opnieuw`,
    binary: (f) => `${f}: dit is geen tekstbestand (CSV); kies een export als .csv of .xlsx`,
  },
  noAmountColumn: (f, s) => `${f} (blad ${s}): geen kolom met bedragen gevonden`,
  noLines: (f, h) => `${f}: geen aankooplijnen onder de kopregel (rij ${h}); is de export leeg of de periode verkeerd gekozen?`,
  noReadableAmount: (f, c, h, n, r, v) =>
    `${f}: geen enkel bedrag in kolom ${c} ("${h}") is leesbaar (${n} rijen afgewezen, bv. rij ${r}: ${v ? `"${v}"` : 'leeg'})`,
  fsReason: (code) =>
    ({
      EACCES: 'geen toegang: het bestand of de map is alleen-lezen, of het bestand is open in een ander programma',
      EPERM: 'geen toegang: het bestand of de map is alleen-lezen, of het bestand is open in een ander programma',
      EBUSY: 'het bestand is open in een ander programma (Excel?); sluit het en probeer opnieuw',
      EISDIR: 'dit is een map, geen bestand',
      ENOTDIR: 'een deel van het pad is een bestand, geen map',
      EEXIST: 'een deel van het pad is een bestand, geen map',
      ENOENT: 'de map bestaat niet',
      ENOSPC: 'de schijf is vol',
      EROFS: 'de schijf is alleen-lezen',
    })[code] ?? code,
  usage: {
    noSources: 'Geef minstens één bron met --source NAAM=PAD (twee of meer om te vergelijken).',
    badSource: (a) => `Bron "${a}" moet de vorm NAAM=PAD of NAAM=PAD#BLAD hebben`,
    duplicateName: (n) => `De bronnaam "${n}" komt twee keer voor; geef elke bron een eigen naam`,
    outputIsInput: (f) => `${f}: het uitvoerbestand is ook een bron; bronnen worden nooit overschreven`,
    unknownLang: (l) => `Onbekende taal "${l}": kies nl, fr of en`,
    unknownCommand: (c) => `Onbekend commando "${c}"; probeer: tandem analyze --help`,
    cannotWrite: (f, d) => `${f}: kan niet geschreven worden (${d})`,
    notTandem: (f) => `${f}: bestaat al en is geen werkmap van Tandem; kies een ander uitvoerbestand`,
    badDate: (v) => `Datum "${v}" moet een bestaande datum van de vorm JJJJ-MM-DD zijn`,
    sameFile: (f, a, b) => `${f}: hetzelfde bestand is als twee bronnen gegeven (${a} en ${b}); geef elk bestuur zijn eigen export`,
    sameOutput: (f) => `${f}: --out en --json wijzen naar hetzelfde bestand; kies twee verschillende bestanden`,
    outputInSourceFolder: (f, d) =>
      `${f}: het uitvoerbestand staat in de bronmap ${d}, zodat een volgende analyse het als bron zou lezen; kies een andere map`,
    unknownOption: (o) => `Onbekende optie "${o}"; zie tandem --help`,
    missingValue: (o) => `De optie "${o}" heeft een waarde nodig; zie tandem --help`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}): ${nlN(l)} lijnen, ${nlN(s)} overgeslagen rijen, ${nlN(r)} afgewezen rijen, totaal ${t}`,
    totals: (l, r, c, s) => `${nlN(l)} lijnen, ${nlN(r)} afgewezen rijen, ${nlN(c)} categorieën waarvan ${nlN(s)} gedeeld`,
    topShared: 'Grootste gedeelde categorieën:',
    notPurchases: (l, a) =>
      `Geen aankopen (subsidies, dotaties, belastingen, uitkeringen, lonen, terugbetalingen): ${nlN(l)} lijnen, ${a}; niet in de besparingen (blad Controle)`,
    savings: (l, e, h) => `Besparing per jaar: verwacht ${e} (laag ${l}, hoog ${h})`,
    wrote: (f) => `Geschreven: ${f}`,
    rejectedRows: (n) => `Afgewezen rijen (${nlN(n)}; alle op het blad Controle en onder "rejected" in het JSON-rapport):`,
    rejectedRow: (n, f, r, c, why) => `  ${n} (${f}, rij ${r}, kolom ${c}): ${why}`,
    warnings: (n) => `Waarschuwingen (${nlN(n)}; de lijnen tellen mee):`,
    warning: (n, f, r, msg) => `  ${n} (${f}${r !== null ? `, rij ${r}` : ''}): ${msg}`,
    more: (n) => `  … en nog ${nlN(n)}`,
  },
  internal: 'Onverwachte fout in Tandem; voer opnieuw uit met --verbose voor details',
};

const fr: Messages = {
  problem: {
    missing: (f) => `${f} : fichier introuvable`,
    unreadable: (f, d) => `${f} : impossible de lire le fichier${d ? ` (${d})` : ''}`,
    empty: (f) => `${f} : le fichier est vide`,
    'not-a-workbook': (f) => `${f} : ce n'est pas un classeur Excel (.xlsx) lisible`,
    'encrypted-or-legacy': (f) =>
      `${f} : le classeur est protégé par mot de passe ou au format .xls ; enregistrez-le en .xlsx sans mot de passe`,
    'no-such-sheet': (f, d) => `${f} : pas de feuille « ${d} »`,
    'unsupported-type': (f) => `${f} : seuls les fichiers .xlsx et .csv sont pris en charge`,
  },
  hint: {
    encrypted: (f) => `${f} : le classeur est protégé par mot de passe ; enregistrez-le dans Excel sans mot de passe et réessayez`,
    'legacy-xls': (f) => `${f} : le classeur est à l'ancien format .xls ; enregistrez-le dans Excel en .xlsx et réessayez`,
    'not-xlsx': (f) =>
      `${f} : ce n'est pas un classeur Excel (.xlsx) lisible ; le contenu n'est pas un classeur (un autre fichier nommé .xlsx, ou une copie endommagée)`,
    'zip-not-workbook': (f) => `${f} : c'est un fichier zip, mais pas un classeur Excel (.xlsx)`,
    opendocument: (f) => `${f} : c'est un tableur OpenDocument (.ods) ; enregistrez-le en .xlsx ou .csv`,
    'unclosed-quote': (f, r) =>
      `${f} : la ligne ${r ?? '?'} ouvre un guillemet (") qui ne se ferme jamais, si bien que le reste du fichier tomberait dans une seule cellule ; corrigez cette ligne ou exportez à nouveau`,
    binary: (f) => `${f} : ce n'est pas un fichier texte (CSV) ; choisissez un export .csv ou .xlsx`,
  },
  noAmountColumn: (f, s) => `${f} (feuille ${s}) : aucune colonne de montants trouvée`,
  noLines: (f, h) => `${f} : aucune ligne d'achat sous l'en-tête (ligne ${h}) ; l'export est-il vide ou la période mal choisie ?`,
  noReadableAmount: (f, c, h, n, r, v) =>
    `${f} : aucun montant de la colonne ${c} (« ${h} ») n'est lisible (${n} lignes rejetées, p. ex. ligne ${r} : ${v ? `« ${v} »` : 'vide'})`,
  fsReason: (code) =>
    ({
      EACCES: 'accès refusé : le fichier ou le dossier est en lecture seule, ou le fichier est ouvert dans un autre programme',
      EPERM: 'accès refusé : le fichier ou le dossier est en lecture seule, ou le fichier est ouvert dans un autre programme',
      EBUSY: 'le fichier est ouvert dans un autre programme (Excel ?) ; fermez-le et réessayez',
      EISDIR: "c'est un dossier, pas un fichier",
      ENOTDIR: 'une partie du chemin est un fichier, pas un dossier',
      EEXIST: 'une partie du chemin est un fichier, pas un dossier',
      ENOENT: "le dossier n'existe pas",
      ENOSPC: 'le disque est plein',
      EROFS: 'le disque est en lecture seule',
    })[code] ?? code,
  usage: {
    noSources: 'Indiquez au moins une source avec --source NOM=CHEMIN (deux ou plus pour comparer).',
    badSource: (a) => `La source « ${a} » doit avoir la forme NOM=CHEMIN ou NOM=CHEMIN#FEUILLE`,
    duplicateName: (n) => `Le nom de source « ${n} » apparaît deux fois ; donnez un nom propre à chaque source`,
    outputIsInput: (f) => `${f} : le fichier de sortie est aussi une source ; les sources ne sont jamais écrasées`,
    unknownLang: (l) => `Langue inconnue « ${l} » : choisissez nl, fr ou en`,
    unknownCommand: (c) => `Commande inconnue « ${c} » ; essayez : tandem analyze --help`,
    cannotWrite: (f, d) => `${f} : écriture impossible (${d})`,
    notTandem: (f) => `${f} : existe déjà et n'est pas un classeur de Tandem ; choisissez un autre fichier de sortie`,
    badDate: (v) => `La date « ${v} » doit être une date existante de la forme AAAA-MM-JJ`,
    sameFile: (f, a, b) =>
      `${f} : le même fichier est donné comme deux sources (${a} et ${b}) ; donnez à chaque administration son propre export`,
    sameOutput: (f) => `${f} : --out et --json désignent le même fichier ; choisissez deux fichiers différents`,
    outputInSourceFolder: (f, d) =>
      `${f} : le fichier de sortie est dans le dossier source ${d}, si bien qu'une prochaine analyse le lirait comme source ; choisissez un autre dossier`,
    unknownOption: (o) => `Option inconnue « ${o} » ; voir tandem --help`,
    missingValue: (o) => `L'option « ${o} » demande une valeur ; voir tandem --help`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}) : ${frN(l)} lignes, ${frN(s)} lignes ignorées, ${frN(r)} lignes rejetées, total ${t}`,
    totals: (l, r, c, s) => `${frN(l)} lignes, ${frN(r)} lignes rejetées, ${frN(c)} catégories dont ${frN(s)} communes`,
    topShared: 'Plus grandes catégories communes :',
    notPurchases: (l, a) =>
      `Pas des achats (subsides, dotations, impôts, aides, rémunérations, remboursements) : ${frN(l)} lignes, ${a} ; hors des économies (feuille Contrôle)`,
    savings: (l, e, h) => `Économie par an : attendue ${e} (basse ${l}, haute ${h})`,
    wrote: (f) => `Écrit : ${f}`,
    rejectedRows: (n) => `Lignes rejetées (${frN(n)} ; toutes sur la feuille Contrôle et sous « rejected » dans le rapport JSON) :`,
    rejectedRow: (n, f, r, c, why) => `  ${n} (${f}, ligne ${r}, colonne ${c}) : ${why}`,
    warnings: (n) => `Avertissements (${frN(n)} ; les lignes comptent) :`,
    warning: (n, f, r, msg) => `  ${n} (${f}${r !== null ? `, ligne ${r}` : ''}) : ${msg}`,
    more: (n) => `  … et encore ${frN(n)}`,
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
  hint: {
    encrypted: (f) => `${f}: the workbook is password-protected; save it in Excel without a password and try again`,
    'legacy-xls': (f) => `${f}: the workbook is in the old .xls format; save it in Excel as .xlsx and try again`,
    'not-xlsx': (f) =>
      `${f}: this is not a readable Excel workbook (.xlsx); its content is no workbook (another file named .xlsx, or a damaged copy)`,
    'zip-not-workbook': (f) => `${f}: this is a zip file, but not an Excel workbook (.xlsx)`,
    opendocument: (f) => `${f}: this is an OpenDocument spreadsheet (.ods); save it as .xlsx or .csv`,
    'unclosed-quote': (f, r) =>
      `${f}: row ${r ?? '?'} opens a quote (") that never closes, so the rest of the file would fall into one cell; fix that row or export again`,
    binary: (f) => `${f}: this is not a text (CSV) file; choose an export as .csv or .xlsx`,
  },
  noAmountColumn: (f, s) => `${f} (sheet ${s}): no column of amounts found`,
  noLines: (f, h) => `${f}: no purchase lines under the header (row ${h}); is the export empty or the period wrongly chosen?`,
  noReadableAmount: (f, c, h, n, r, v) =>
    `${f}: not one amount in column ${c} ("${h}") can be read (${n} rows rejected, e.g. row ${r}: ${v ? `"${v}"` : 'empty'})`,
  fsReason: (code) =>
    ({
      EACCES: 'access denied: the file or folder is read-only, or the file is open in another program',
      EPERM: 'access denied: the file or folder is read-only, or the file is open in another program',
      EBUSY: 'the file is open in another program (Excel?); close it and try again',
      EISDIR: 'this is a folder, not a file',
      ENOTDIR: 'part of the path is a file, not a folder',
      EEXIST: 'part of the path is a file, not a folder',
      ENOENT: 'the folder does not exist',
      ENOSPC: 'the disk is full',
      EROFS: 'the disk is read-only',
    })[code] ?? code,
  usage: {
    noSources: 'Give at least one source with --source NAME=PATH (two or more to compare).',
    badSource: (a) => `Source "${a}" must look like NAME=PATH or NAME=PATH#SHEET`,
    duplicateName: (n) => `The source name "${n}" is used twice; give each source its own name`,
    outputIsInput: (f) => `${f}: the output file is also a source; sources are never overwritten`,
    unknownLang: (l) => `Unknown language "${l}": choose nl, fr or en`,
    unknownCommand: (c) => `Unknown command "${c}"; try: tandem analyze --help`,
    cannotWrite: (f, d) => `${f}: cannot be written (${d})`,
    notTandem: (f) => `${f}: already exists and is not a Tandem workbook; choose another output file`,
    badDate: (v) => `Date "${v}" must be a real date written YYYY-MM-DD`,
    sameFile: (f, a, b) => `${f}: the same file is given as two sources (${a} and ${b}); give each administration its own export`,
    sameOutput: (f) => `${f}: --out and --json name the same file; choose two different files`,
    outputInSourceFolder: (f, d) =>
      `${f}: the output file is in the source folder ${d}, so a next analysis would read it as a source; choose another folder`,
    unknownOption: (o) => `Unknown option "${o}"; see tandem --help`,
    missingValue: (o) => `The option "${o}" needs a value; see tandem --help`,
  },
  summary: {
    source: (n, f, l, s, r, t) => `${n} (${f}): ${enN(l)} lines, ${enN(s)} skipped rows, ${enN(r)} rejected rows, total ${t}`,
    totals: (l, r, c, s) => `${enN(l)} lines, ${enN(r)} rejected rows, ${enN(c)} categories of which ${enN(s)} shared`,
    topShared: 'Largest shared categories:',
    notPurchases: (l, a) =>
      `Not purchases (grants, contributions, taxes, benefits, salaries, refunds): ${enN(l)} lines, ${a}; left out of the savings (Checks sheet)`,
    savings: (l, e, h) => `Saving per year: expected ${e} (low ${l}, high ${h})`,
    wrote: (f) => `Wrote: ${f}`,
    rejectedRows: (n) => `Rejected rows (${enN(n)}; all on the Checks sheet and under "rejected" in the JSON report):`,
    rejectedRow: (n, f, r, c, why) => `  ${n} (${f}, row ${r}, column ${c}): ${why}`,
    warnings: (n) => `Warnings (${enN(n)}; the lines count):`,
    warning: (n, f, r, msg) => `  ${n} (${f}${r !== null ? `, row ${r}` : ''}): ${msg}`,
    more: (n) => `  … and ${enN(n)} more`,
  },
  internal: 'Unexpected error in Tandem; run again with --verbose for details',
};

export const MESSAGES: Record<Lang, Messages> = { nl, fr, en };

/** The locale whose numbers a language's texts use. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-IE' : lang === 'fr' ? 'fr-BE' : 'nl-BE';
}

export function formatMoney(amount: number, lang: Lang, currency = 'EUR'): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency }).format(amount);
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}
