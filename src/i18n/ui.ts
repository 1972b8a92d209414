/**
 * The task pane's and standalone page's words, in Dutch (default), French and English. Problems
 * with source files reuse the CLI's texts (messages.ts); this holds what only the UI says.
 */
import type { Lang, Role } from '../engine/model';
import { enN, formatCount, frN, localeOf, nlN } from './messages';

export type UiPhase = 'read' | 'inspect' | 'analyze' | 'savings' | 'plan' | 'report' | 'xlsx' | 'write';

export interface UiStrings {
  tagline: string;
  mode: { workbook: string; standalone: string };
  language: string;
  langNames: Record<Lang, string>;
  loading: string;
  stepOf: (step: number, total: number) => string;
  steps: { sources: string; mapping: string; run: string; review: string; write: string; download: string };
  back: string;
  errorTitle: string;
  warningTitle: string;
  sources: {
    introWorkbook: string;
    introFiles: string;
    defaultNames: [string, string];
    administration: (n: number) => string;
    name: (n: number) => string;
    sheet: (name: string) => string;
    file: (name: string) => string;
    chooseSheet: string;
    sheetSize: (rows: number, columns: number) => string;
    chosenFile: (file: string) => string;
    add: string;
    remove: (name: string) => string;
    loadingSheets: string;
    noSheets: string;
    reload: string;
    remembered: string;
    options: string;
    central: string;
    centralHint: string;
    council: string;
    next: string;
    reading: string;
    needTwo: string;
    nameMissing: (n: number) => string;
    nameTwice: (name: string) => string;
    sheetMissing: (name: string) => string;
    sheetTwice: (sheet: string) => string;
    fileMissing: (name: string) => string;
    fileType: (file: string) => string;
  };
  mapping: {
    intro: string;
    source: (name: string, sheet: string) => string;
    headerRow: (row: number, rows: number) => string;
    noHeader: (rows: number) => string;
    confidence: string;
    none: string;
    columnOption: (letter: string, header: string) => string;
    percent: (p: number) => string;
    confidenceOf: (p: number) => string;
    changed: string;
    remembered: string;
    notFound: string;
    more: string;
    noAmount: (source: string) => string;
    duplicate: (source: string, column: string, roles: string[]) => string;
    run: string;
  };
  roles: Record<Role, string>;
  run: {
    intro: string;
    phase: Record<UiPhase, string>;
    progress: string;
    status: (phase: string, percent: number, detail?: string) => string;
    cancel: string;
    cancelled: string;
    cancelledTitle: string;
    again: string;
    failedTitle: string;
    done: string;
  };
  review: {
    intro: string;
    savingsTitle: string;
    savingsRange: (low: string, high: string) => string;
    worthwhile: (n: number) => string;
    shared: (n: number, total: number) => string;
    sharedSpend: (shared: string, total: string) => string;
    /** Subsidies, dotations, taxes, benefits, wages, refunds: in the total, never in the savings. */
    notPurchases: (lines: number, amount: string) => string;
    lines: (lines: number, rejected: number) => string;
    /** The languages some sources' descriptions are read in (names and sources joined already). */
    languages: (names: string, sources: string) => string;
    /** In Excel: where a wrong language is put right. */
    languagesHint: string;
    tableLabel: string;
    category: string;
    spend: (name: string) => string;
    /** With many administrations, one column of their spend together and one of how many buy. */
    combined: string;
    buyers: string;
    buyersOf: (buyers: number, of: number) => string;
    expected: string;
    lead: string;
    why: string;
    heavier: string;
    none: string;
    rejectedTitle: (n: number) => string;
    moreRows: (n: number) => string;
    withoutAmountsTitle: string;
    warningsTitle: string;
    next: string;
  };
  write: {
    introWorkbook: string;
    introFiles: string;
    write: string;
    writing: string;
    done: (sheets: string) => string;
    show: (sheet: string) => string;
    download: string;
    downloaded: (file: string) => string;
    restart: string;
    rememberFailed: string;
  };
  where: { file: (f: string) => string; sheet: (s: string) => string; row: (r: number) => string; column: (c: string) => string };
  errors: {
    readFailed: (sheet: string, detail: string) => string;
    writeFailed: (detail: string) => string;
    settingsFailed: (detail: string) => string;
    workerFailed: (detail: string) => string;
    noGateway: (detail: string) => string;
    syncTimeout: (step: string) => string;
    payloadTooLarge: (sheet: string, detail: string) => string;
    internal: (detail: string) => string;
  };
}

const paren = (d: string) => (d ? ` (${d})` : '');

const nl: UiStrings = {
  tagline: 'Samen aankopen: vind wat de besturen allebei kopen',
  mode: { workbook: 'Bronnen: bladen van deze werkmap', standalone: 'Bronnen: bestanden op deze computer (zonder Excel)' },
  language: 'Taal',
  langNames: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  loading: 'Tandem wordt geladen…',
  stepOf: (s, t) => `Stap ${s} van ${t}`,
  steps: {
    sources: 'Bronnen kiezen',
    mapping: 'Kolommen controleren',
    run: 'Analyse uitvoeren',
    review: 'Gedeelde categorieën',
    write: 'Bladen schrijven',
    download: 'Werkmap downloaden',
  },
  back: 'Terug',
  errorTitle: 'Er ging iets mis',
  warningTitle: 'Let op',
  sources: {
    introWorkbook: 'Kies per bestuur het blad met zijn aankooplijnen en geef het bestuur een naam.',
    introFiles: 'Kies per bestuur een export van de boekhouding (.xlsx of .csv). De bestanden blijven op deze computer.',
    defaultNames: ['Gemeente', 'OCMW'],
    administration: (n) => `Bestuur ${n}`,
    name: (n) => `Naam van bestuur ${n}`,
    sheet: (name) => `Blad met de aankopen van ${name}`,
    file: (name) => `Bestand met de aankopen van ${name}`,
    chooseSheet: 'Kies een blad',
    sheetSize: (r, c) => `${nlN(r)} rijen, ${nlN(c)} kolommen`,
    chosenFile: (f) => `Gekozen: ${f}`,
    add: 'Bestuur toevoegen',
    remove: (name) => `${name} verwijderen`,
    loadingSheets: 'De bladen van de werkmap worden gelezen…',
    noSheets: 'Deze werkmap heeft geen bladen met gegevens. Plak de export van elk bestuur op een eigen blad en lees de bladen opnieuw.',
    reload: 'Bladen opnieuw lezen',
    remembered: 'De keuzes van de vorige analyse in deze werkmap zijn ingevuld.',
    options: 'Opties',
    central: 'Centrale aankoopdienst (optioneel)',
    centralHint: 'Wordt trekker van de categorieën die een openbare of Europese procedure vragen.',
    council: 'Raadsversie: zonder de lijnen en hun omschrijvingen',
    next: 'Volgende: kolommen controleren',
    reading: 'De bronnen worden gelezen…',
    needTwo: 'Kies minstens twee besturen om te vergelijken.',
    nameMissing: (n) => `Geef bestuur ${n} een naam.`,
    nameTwice: (n) => `De naam "${n}" komt twee keer voor; geef elk bestuur een eigen naam.`,
    sheetMissing: (n) => `Kies een blad voor ${n}.`,
    sheetTwice: (s) => `Het blad "${s}" is voor twee besturen gekozen.`,
    fileMissing: (n) => `Kies een bestand voor ${n}.`,
    fileType: (f) => `${f}: alleen .xlsx- en .csv-bestanden worden ondersteund`,
  },
  mapping: {
    intro: 'Tandem heeft geraden welke kolom wat bevat. Controleer het en verbeter waar nodig; uw keuze wordt onthouden.',
    source: (n, s) => `${n} — blad ${s}`,
    headerRow: (r, rows) => `Kopregel op rij ${r}; ${nlN(rows)} rijen.`,
    noHeader: (rows) => `Geen kopregel gevonden; ${nlN(rows)} rijen.`,
    confidence: 'Zekerheid',
    none: '— geen —',
    columnOption: (l, h) => (h ? `${l} · ${h}` : `Kolom ${l}`),
    percent: (p) => `${p} %`,
    confidenceOf: (p) => `Zekerheid ${p} procent`,
    changed: 'aangepast',
    remembered: 'onthouden',
    notFound: 'niet gevonden',
    more: 'Meer gegevens',
    noAmount: (s) => `Kies voor ${s} de kolom met de bedragen.`,
    duplicate: (s, c, roles) => `${s}: kolom ${c} is gekozen voor ${roles.join(' en ')}.`,
    run: 'Analyse starten',
  },
  roles: {
    amount: 'Bedrag (excl. btw)',
    amountInclVat: 'Bedrag incl. btw',
    debit: 'Debet',
    credit: 'Credit',
    date: 'Datum',
    supplier: 'Leverancier',
    supplierVat: 'Btw-nummer leverancier',
    description: 'Omschrijving',
    quantity: 'Aantal',
    unit: 'Eenheid',
    unitPrice: 'Eenheidsprijs',
    account: 'Algemene rekening',
    accountName: 'Naam van de rekening',
    cpv: 'CPV-code',
    service: 'Dienst',
    reference: 'Factuur- of bestelnummer',
    category: 'Categorie van de bron',
  },
  run: {
    intro: 'Tandem rekent op de achtergrond; u kunt intussen verder werken.',
    phase: {
      read: 'Bronnen lezen',
      inspect: 'Kolommen herkennen',
      analyze: 'Lijnen indelen in categorieën',
      savings: 'Besparingen berekenen',
      plan: 'Bladen voorbereiden',
      report: 'Overzicht maken',
      xlsx: 'Werkmap maken',
      write: 'Bladen schrijven',
    },
    progress: 'Voortgang van de analyse',
    status: (phase, p, d) => `${phase}${d ? ` (${d})` : ''}… ${p} %`,
    cancel: 'Annuleren',
    cancelled: 'De analyse is geannuleerd. Er is niets veranderd.',
    cancelledTitle: 'Geannuleerd',
    again: 'Opnieuw starten',
    failedTitle: 'De analyse is niet gelukt',
    done: 'Klaar.',
  },
  review: {
    intro: 'Dit kopen de besturen allebei. De bedragen zijn per jaar en exclusief btw.',
    savingsTitle: 'Verwachte besparing per jaar',
    savingsRange: (l, h) => `laag ${l}, hoog ${h}`,
    worthwhile: (n) => `${nlN(n)} categorieën waar samen aankopen loont`,
    shared: (n, t) => `${nlN(n)} van de ${nlN(t)} categorieën gedeeld`,
    sharedSpend: (s, t) => `Gedeelde uitgaven ${s} van ${t}`,
    notPurchases: (n, a) => `Geen aankopen (subsidies, dotaties, belastingen, lonen…): ${nlN(n)} lijnen, ${a}, niet in de besparingen`,
    lines: (l, r) => `${nlN(l)} lijnen gelezen, ${nlN(r)} rijen afgewezen`,
    languages: (n, s) => `Talen: ${n} (${s})`,
    languagesHint: 'Klopt een taal niet? Kies de juiste op het blad Controle onder "Eigen keuze" en analyseer opnieuw.',
    tableLabel: 'Gedeelde categorieën',
    category: 'Categorie',
    spend: (n) => `${n} per jaar`,
    combined: 'Samen per jaar',
    buyers: 'Kopende besturen',
    buyersOf: (b, n) => `${b} van ${n}`,
    expected: 'Verwachte besparing',
    lead: 'Trekker',
    why: 'Waarom',
    heavier: 'zwaardere procedure nodig',
    none: 'Geen gedeelde categorieën gevonden: de besturen kopen niets gemeenschappelijk, of de kolommen zijn niet goed gekozen.',
    rejectedTitle: (n) => (n === 1 ? '1 rij kon niet gelezen worden' : `${nlN(n)} rijen konden niet gelezen worden`),
    moreRows: (n) => `En nog ${nlN(n)}; zie het blad Controle.`,
    withoutAmountsTitle: 'Geen bedragen gevonden',
    warningsTitle: 'Opmerkingen',
    next: 'Volgende',
  },
  write: {
    introWorkbook:
      'Tandem schrijft zijn bladen (Samenvatting, Toewijzing, Besparingen, …) in deze werkmap. De bronbladen blijven onaangeroerd; bladen van een vorige analyse worden vervangen, met wat u erin typte.',
    introFiles: 'Download de werkmap met alle bladen. Ze werkt in elk rekenblad, ook zonder Tandem.',
    write: 'Bladen schrijven',
    writing: 'De bladen worden geschreven…',
    done: (s) => `Klaar: ${s} geschreven.`,
    show: (s) => `Toon ${s}`,
    download: 'Werkmap downloaden (tandem.xlsx)',
    downloaded: (f) => `${f} is gedownload.`,
    restart: 'Nieuwe analyse',
    rememberFailed: 'De keuzes konden niet in de werkmap bewaard worden.',
  },
  where: { file: (f) => `bestand ${f}`, sheet: (s) => `blad ${s}`, row: (r) => `rij ${r}`, column: (c) => `kolom ${c}` },
  errors: {
    readFailed: (s, d) => `Het blad "${s}" kon niet gelezen worden${paren(d)}`,
    writeFailed: (d) => `De bladen konden niet geschreven worden${paren(d)}. De bronbladen zijn niet veranderd.`,
    settingsFailed: (d) => `De keuzes konden niet bewaard worden${paren(d)}`,
    workerFailed: (d) => `De rekenmodule kon niet starten${paren(d)}. Laad de pagina opnieuw.`,
    noGateway: (d) => `Tandem kan de werkmap niet bereiken${paren(d)}`,
    syncTimeout: (d) =>
      `Excel antwoordde niet op tijd${paren(d)}. Excel op het web blijft soms hangen: sluit het taakvenster, open het opnieuw en probeer nog eens.`,
    payloadTooLarge: (s, d) =>
      `Excel weigerde een te groot verzoek${s ? ` voor blad "${s}"` : ''}${paren(d)}. Maak het blad kleiner of verdeel de lijnen over twee bladen.`,
    internal: (d) => `Onverwachte fout in Tandem${paren(d)}`,
  },
};

const fr: UiStrings = {
  tagline: 'Acheter ensemble : trouvez ce que les administrations achètent toutes deux',
  mode: { workbook: 'Sources : feuilles de ce classeur', standalone: 'Sources : fichiers sur cet ordinateur (sans Excel)' },
  language: 'Langue',
  langNames: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  loading: 'Chargement de Tandem…',
  stepOf: (s, t) => `Étape ${s} sur ${t}`,
  steps: {
    sources: 'Choisir les sources',
    mapping: 'Vérifier les colonnes',
    run: "Lancer l'analyse",
    review: 'Catégories communes',
    write: 'Écrire les feuilles',
    download: 'Télécharger le classeur',
  },
  back: 'Retour',
  errorTitle: 'Un problème est survenu',
  warningTitle: 'Attention',
  sources: {
    introWorkbook: 'Choisissez pour chaque administration la feuille de ses lignes d’achat et donnez-lui un nom.',
    introFiles:
      'Choisissez pour chaque administration un export de la comptabilité (.xlsx ou .csv). Les fichiers restent sur cet ordinateur.',
    defaultNames: ['Commune', 'CPAS'],
    administration: (n) => `Administration ${n}`,
    name: (n) => `Nom de l’administration ${n}`,
    sheet: (name) => `Feuille des achats de ${name}`,
    file: (name) => `Fichier des achats de ${name}`,
    chooseSheet: 'Choisissez une feuille',
    sheetSize: (r, c) => `${frN(r)} lignes, ${frN(c)} colonnes`,
    chosenFile: (f) => `Choisi : ${f}`,
    add: 'Ajouter une administration',
    remove: (name) => `Supprimer ${name}`,
    loadingSheets: 'Lecture des feuilles du classeur…',
    noSheets:
      'Ce classeur n’a pas de feuille avec des données. Collez l’export de chaque administration sur sa propre feuille, puis relisez les feuilles.',
    reload: 'Relire les feuilles',
    remembered: 'Les choix de la dernière analyse dans ce classeur ont été repris.',
    options: 'Options',
    central: 'Centrale d’achat (facultatif)',
    centralHint: 'Pilote les catégories qui demandent une procédure ouverte ou européenne.',
    council: 'Version pour le conseil : sans les lignes ni leurs descriptions',
    next: 'Suivant : vérifier les colonnes',
    reading: 'Lecture des sources…',
    needTwo: 'Choisissez au moins deux administrations à comparer.',
    nameMissing: (n) => `Donnez un nom à l’administration ${n}.`,
    nameTwice: (n) => `Le nom « ${n} » apparaît deux fois ; donnez un nom propre à chaque administration.`,
    sheetMissing: (n) => `Choisissez une feuille pour ${n}.`,
    sheetTwice: (s) => `La feuille « ${s} » est choisie pour deux administrations.`,
    fileMissing: (n) => `Choisissez un fichier pour ${n}.`,
    fileType: (f) => `${f} : seuls les fichiers .xlsx et .csv sont pris en charge`,
  },
  mapping: {
    intro: 'Tandem a deviné le contenu de chaque colonne. Vérifiez et corrigez si nécessaire ; votre choix est retenu.',
    source: (n, s) => `${n} — feuille ${s}`,
    headerRow: (r, rows) => `En-tête à la ligne ${r} ; ${frN(rows)} lignes.`,
    noHeader: (rows) => `Pas d’en-tête trouvé ; ${frN(rows)} lignes.`,
    confidence: 'Certitude',
    none: '— aucune —',
    columnOption: (l, h) => (h ? `${l} · ${h}` : `Colonne ${l}`),
    percent: (p) => `${p} %`,
    confidenceOf: (p) => `Certitude ${p} pour cent`,
    changed: 'modifié',
    remembered: 'retenu',
    notFound: 'non trouvée',
    more: 'Autres données',
    noAmount: (s) => `Choisissez pour ${s} la colonne des montants.`,
    duplicate: (s, c, roles) => `${s} : la colonne ${c} est choisie pour ${roles.join(' et ')}.`,
    run: 'Lancer l’analyse',
  },
  roles: {
    amount: 'Montant (HTVA)',
    amountInclVat: 'Montant TVAC',
    debit: 'Débit',
    credit: 'Crédit',
    date: 'Date',
    supplier: 'Fournisseur',
    supplierVat: 'N° de TVA du fournisseur',
    description: 'Description',
    quantity: 'Quantité',
    unit: 'Unité',
    unitPrice: 'Prix unitaire',
    account: 'Compte général',
    accountName: 'Libellé du compte',
    cpv: 'Code CPV',
    service: 'Service',
    reference: 'N° de facture ou de commande',
    category: 'Catégorie de la source',
  },
  run: {
    intro: 'Tandem calcule en arrière-plan ; vous pouvez continuer à travailler.',
    phase: {
      read: 'Lecture des sources',
      inspect: 'Reconnaissance des colonnes',
      analyze: 'Classement des lignes par catégorie',
      savings: 'Calcul des économies',
      plan: 'Préparation des feuilles',
      report: 'Synthèse',
      xlsx: 'Création du classeur',
      write: 'Écriture des feuilles',
    },
    progress: 'Progression de l’analyse',
    status: (phase, p, d) => `${phase}${d ? ` (${d})` : ''}… ${p} %`,
    cancel: 'Annuler',
    cancelled: 'L’analyse a été annulée. Rien n’a été modifié.',
    cancelledTitle: 'Annulé',
    again: 'Recommencer',
    failedTitle: 'L’analyse a échoué',
    done: 'Terminé.',
  },
  review: {
    intro: 'Voici ce que les administrations achètent toutes deux. Montants par an, hors TVA.',
    savingsTitle: 'Économie attendue par an',
    savingsRange: (l, h) => `basse ${l}, haute ${h}`,
    worthwhile: (n) => `${frN(n)} catégories où l’achat groupé est rentable`,
    shared: (n, t) => `${frN(n)} des ${frN(t)} catégories sont communes`,
    sharedSpend: (s, t) => `Dépenses communes ${s} sur ${t}`,
    notPurchases: (n, a) => `Pas des achats (subsides, dotations, impôts, salaires…) : ${frN(n)} lignes, ${a}, hors des économies`,
    lines: (l, r) => `${frN(l)} lignes lues, ${frN(r)} lignes rejetées`,
    languages: (n, s) => `Langues : ${n} (${s})`,
    languagesHint: 'Une langue n’est pas juste ? Choisissez la bonne dans la feuille Contrôle sous « Votre choix » et relancez l’analyse.',
    tableLabel: 'Catégories communes',
    category: 'Catégorie',
    spend: (n) => `${n} par an`,
    combined: 'Ensemble par an',
    buyers: 'Administrations acheteuses',
    buyersOf: (b, n) => `${b} sur ${n}`,
    expected: 'Économie attendue',
    lead: 'Pilote',
    why: 'Pourquoi',
    heavier: 'procédure plus lourde',
    none: 'Aucune catégorie commune : les administrations n’achètent rien en commun, ou les colonnes sont mal choisies.',
    rejectedTitle: (n) => (n === 1 ? '1 ligne n’a pas pu être lue' : `${frN(n)} lignes n’ont pas pu être lues`),
    moreRows: (n) => `Et encore ${frN(n)} ; voir la feuille Contrôle.`,
    withoutAmountsTitle: 'Aucun montant trouvé',
    warningsTitle: 'Remarques',
    next: 'Suivant',
  },
  write: {
    introWorkbook:
      'Tandem écrit ses feuilles (Synthèse, Attribution, Économies, …) dans ce classeur. Les feuilles sources ne sont pas modifiées ; les feuilles d’une analyse précédente sont remplacées, en gardant ce que vous y avez saisi.',
    introFiles: 'Téléchargez le classeur avec toutes les feuilles. Il fonctionne dans tout tableur, même sans Tandem.',
    write: 'Écrire les feuilles',
    writing: 'Écriture des feuilles…',
    done: (s) => `Terminé : ${s} écrites.`,
    show: (s) => `Afficher ${s}`,
    download: 'Télécharger le classeur (tandem.xlsx)',
    downloaded: (f) => `${f} a été téléchargé.`,
    restart: 'Nouvelle analyse',
    rememberFailed: 'Les choix n’ont pas pu être enregistrés dans le classeur.',
  },
  where: { file: (f) => `fichier ${f}`, sheet: (s) => `feuille ${s}`, row: (r) => `ligne ${r}`, column: (c) => `colonne ${c}` },
  errors: {
    readFailed: (s, d) => `La feuille « ${s} » n’a pas pu être lue${paren(d)}`,
    writeFailed: (d) => `Les feuilles n’ont pas pu être écrites${paren(d)}. Les feuilles sources n’ont pas été modifiées.`,
    settingsFailed: (d) => `Les choix n’ont pas pu être enregistrés${paren(d)}`,
    workerFailed: (d) => `Le module de calcul n’a pas pu démarrer${paren(d)}. Rechargez la page.`,
    noGateway: (d) => `Tandem ne peut pas atteindre le classeur${paren(d)}`,
    syncTimeout: (d) =>
      `Excel n’a pas répondu à temps${paren(d)}. Excel pour le web se bloque parfois : fermez le volet, rouvrez-le et réessayez.`,
    payloadTooLarge: (s, d) =>
      `Excel a refusé une requête trop grande${s ? ` pour la feuille « ${s} »` : ''}${paren(d)}. Réduisez la feuille ou répartissez les lignes sur deux feuilles.`,
    internal: (d) => `Erreur inattendue dans Tandem${paren(d)}`,
  },
};

const en: UiStrings = {
  tagline: 'Buy together: find what the administrations both buy',
  mode: { workbook: 'Sources: sheets of this workbook', standalone: 'Sources: files on this computer (without Excel)' },
  language: 'Language',
  langNames: { nl: 'Nederlands', fr: 'Français', en: 'English' },
  loading: 'Loading Tandem…',
  stepOf: (s, t) => `Step ${s} of ${t}`,
  steps: {
    sources: 'Choose the sources',
    mapping: 'Check the columns',
    run: 'Run the analysis',
    review: 'Shared categories',
    write: 'Write the sheets',
    download: 'Download the workbook',
  },
  back: 'Back',
  errorTitle: 'Something went wrong',
  warningTitle: 'Note',
  sources: {
    introWorkbook: 'For each administration, choose the sheet with its purchase lines and give it a name.',
    introFiles: 'For each administration, choose an export of its ledger (.xlsx or .csv). The files stay on this computer.',
    defaultNames: ['Gemeente', 'OCMW'],
    administration: (n) => `Administration ${n}`,
    name: (n) => `Name of administration ${n}`,
    sheet: (name) => `Sheet with the purchases of ${name}`,
    file: (name) => `File with the purchases of ${name}`,
    chooseSheet: 'Choose a sheet',
    sheetSize: (r, c) => `${enN(r)} rows, ${enN(c)} columns`,
    chosenFile: (f) => `Chosen: ${f}`,
    add: 'Add an administration',
    remove: (name) => `Remove ${name}`,
    loadingSheets: 'Reading the sheets of the workbook…',
    noSheets:
      'This workbook has no sheets with data. Paste each administration’s export on a sheet of its own, then read the sheets again.',
    reload: 'Read the sheets again',
    remembered: 'The choices of the last analysis in this workbook are filled in.',
    options: 'Options',
    central: 'Central purchasing service (optional)',
    centralHint: 'Leads the categories that need an open or EU procedure.',
    council: 'Council copy: without the lines and their descriptions',
    next: 'Next: check the columns',
    reading: 'Reading the sources…',
    needTwo: 'Choose at least two administrations to compare.',
    nameMissing: (n) => `Give administration ${n} a name.`,
    nameTwice: (n) => `The name "${n}" is used twice; give each administration its own name.`,
    sheetMissing: (n) => `Choose a sheet for ${n}.`,
    sheetTwice: (s) => `The sheet "${s}" is chosen for two administrations.`,
    fileMissing: (n) => `Choose a file for ${n}.`,
    fileType: (f) => `${f}: only .xlsx and .csv files are supported`,
  },
  mapping: {
    intro: 'Tandem has guessed what each column holds. Check it and correct it where needed; your choice is remembered.',
    source: (n, s) => `${n} — sheet ${s}`,
    headerRow: (r, rows) => `Header on row ${r}; ${enN(rows)} rows.`,
    noHeader: (rows) => `No header row found; ${enN(rows)} rows.`,
    confidence: 'Confidence',
    none: '— none —',
    columnOption: (l, h) => (h ? `${l} · ${h}` : `Column ${l}`),
    percent: (p) => `${p}%`,
    confidenceOf: (p) => `Confidence ${p} percent`,
    changed: 'changed',
    remembered: 'remembered',
    notFound: 'not found',
    more: 'More data',
    noAmount: (s) => `Choose the column with the amounts for ${s}.`,
    duplicate: (s, c, roles) => `${s}: column ${c} is chosen for ${roles.join(' and ')}.`,
    run: 'Start the analysis',
  },
  roles: {
    amount: 'Amount (excl. VAT)',
    amountInclVat: 'Amount incl. VAT',
    debit: 'Debit',
    credit: 'Credit',
    date: 'Date',
    supplier: 'Supplier',
    supplierVat: 'Supplier VAT number',
    description: 'Description',
    quantity: 'Quantity',
    unit: 'Unit',
    unitPrice: 'Unit price',
    account: 'Account code',
    accountName: 'Account name',
    cpv: 'CPV code',
    service: 'Service',
    reference: 'Invoice or order number',
    category: 'Category from the source',
  },
  run: {
    intro: 'Tandem works in the background; you can carry on meanwhile.',
    phase: {
      read: 'Reading the sources',
      inspect: 'Recognising the columns',
      analyze: 'Putting lines into categories',
      savings: 'Computing the savings',
      plan: 'Preparing the sheets',
      report: 'Summing up',
      xlsx: 'Making the workbook',
      write: 'Writing the sheets',
    },
    progress: 'Progress of the analysis',
    status: (phase, p, d) => `${phase}${d ? ` (${d})` : ''}… ${p}%`,
    cancel: 'Cancel',
    cancelled: 'The analysis was cancelled. Nothing has changed.',
    cancelledTitle: 'Cancelled',
    again: 'Start again',
    failedTitle: 'The analysis did not succeed',
    done: 'Done.',
  },
  review: {
    intro: 'This is what the administrations both buy. Amounts are per year, excluding VAT.',
    savingsTitle: 'Expected saving per year',
    savingsRange: (l, h) => `low ${l}, high ${h}`,
    worthwhile: (n) => `${enN(n)} categories where buying together pays`,
    shared: (n, t) => `${enN(n)} of ${enN(t)} categories shared`,
    sharedSpend: (s, t) => `Shared spend ${s} of ${t}`,
    notPurchases: (n, a) => `Not purchases (grants, contributions, taxes, salaries…): ${enN(n)} lines, ${a}, left out of the savings`,
    lines: (l, r) => `${enN(l)} lines read, ${enN(r)} rows rejected`,
    languages: (n, s) => `Languages: ${n} (${s})`,
    languagesHint: 'A language wrong? Choose the right ones on the Checks sheet under "Your choice" and run the analysis again.',
    tableLabel: 'Shared categories',
    category: 'Category',
    spend: (n) => `${n} per year`,
    combined: 'Combined per year',
    buyers: 'Buying administrations',
    buyersOf: (b, n) => `${b} of ${n}`,
    expected: 'Expected saving',
    lead: 'Lead',
    why: 'Why',
    heavier: 'heavier procedure needed',
    none: 'No shared categories found: the administrations buy nothing in common, or the columns are not chosen right.',
    rejectedTitle: (n) => (n === 1 ? '1 row could not be read' : `${enN(n)} rows could not be read`),
    moreRows: (n) => `And ${enN(n)} more; see the Control sheet.`,
    withoutAmountsTitle: 'No amounts found',
    warningsTitle: 'Notes',
    next: 'Next',
  },
  write: {
    introWorkbook:
      'Tandem writes its sheets (Summary, Allocation, Savings, …) into this workbook. The source sheets are left alone; sheets of an earlier analysis are replaced, keeping what you typed in them.',
    introFiles: 'Download the workbook with all the sheets. It works in any spreadsheet, also without Tandem.',
    write: 'Write the sheets',
    writing: 'Writing the sheets…',
    done: (s) => `Done: wrote ${s}.`,
    show: (s) => `Show ${s}`,
    download: 'Download the workbook (tandem.xlsx)',
    downloaded: (f) => `${f} has been downloaded.`,
    restart: 'New analysis',
    rememberFailed: 'The choices could not be saved in the workbook.',
  },
  where: { file: (f) => `file ${f}`, sheet: (s) => `sheet ${s}`, row: (r) => `row ${r}`, column: (c) => `column ${c}` },
  errors: {
    readFailed: (s, d) => `The sheet "${s}" could not be read${paren(d)}`,
    writeFailed: (d) => `The sheets could not be written${paren(d)}. The source sheets have not changed.`,
    settingsFailed: (d) => `The choices could not be saved${paren(d)}`,
    workerFailed: (d) => `The calculation module could not start${paren(d)}. Reload the page.`,
    noGateway: (d) => `Tandem cannot reach the workbook${paren(d)}`,
    syncTimeout: (d) =>
      `Excel did not answer in time${paren(d)}. Excel on the web sometimes stops answering: close the task pane, open it again and retry.`,
    payloadTooLarge: (s, d) =>
      `Excel refused a request as too large${s ? ` for sheet "${s}"` : ''}${paren(d)}. Make the sheet smaller or spread the lines over two sheets.`,
    internal: (d) => `Unexpected error in Tandem${paren(d)}`,
  },
};

export const UI: Record<Lang, UiStrings> = { nl, fr, en };

/** Euro, rounded to whole euros unless asked otherwise: `€ 12.345`. */
export function formatEuro(amount: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

export { formatCount };
