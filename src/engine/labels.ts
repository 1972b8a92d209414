import type { EvidenceKind, Lang, RejectCode, Role, SkipReason } from './model';
export { columnLetter } from './model';

/** Words the engine writes into reports and sheets, in the three languages Tandem speaks. */
export interface Labels {
  sheets: { categories: string; lines: string; control: string };
  roles: Record<Role, string>;
  evidence: Record<EvidenceKind, string>;
  reject: Record<RejectCode, (header: string, value: string) => string>;
  skip: Record<SkipReason, string>;
  col: {
    category: string;
    categoryId: string;
    cpv: string;
    shared: string;
    total: string;
    lines: string;
    suppliers: string;
    administrations: string;
    administration: string;
    file: string;
    sheet: string;
    row: string;
    date: string;
    supplier: string;
    description: string;
    amount: string;
    evidence: string;
    detail: string;
    override: string;
    column: string;
    reason: string;
    value: string;
    headerRow: string;
    skipped: string;
    rejected: string;
    columnTotal: string;
    totalsRows: string;
    linesTotal: string;
    difference: string;
    account: string;
    service: string;
  };
  yes: string;
  no: string;
  /** In the `shared` column, for a category of money passed on rather than bought. */
  notPurchase: string;
  text: {
    categoriesTitle: string;
    linesTitle: string;
    controlTitle: string;
    reconciliation: string;
    rejectedRows: string;
    warnings: string;
    noRejected: string;
    noWarnings: string;
    badDate: (value: string) => string;
    vatIncluded: string;
    overrideNote: string;
    reconciliationNote: string;
    languages: string;
    languagesNote: string;
    languagesChoiceNote: string;
    languagesFound: string;
    languagesChoice: string;
    languagesUsed: string;
    languagesChoiceError: string;
    transfers: string;
    transfersNote: string;
    noTransfers: string;
  };
  /** The three languages' names, in this language. */
  langNames: Record<Lang, string>;
}

const nl: Labels = {
  sheets: { categories: 'Categorieën', lines: 'Lijnen', control: 'Controle' },
  roles: {
    amount: 'Bedrag excl. btw',
    amountInclVat: 'Bedrag incl. btw',
    debit: 'Debet',
    credit: 'Credit',
    date: 'Datum',
    supplier: 'Leverancier',
    supplierVat: 'Btw-nummer',
    description: 'Omschrijving',
    quantity: 'Aantal',
    unit: 'Eenheid',
    unitPrice: 'Eenheidsprijs',
    account: 'Rekening',
    accountName: 'Omschrijving rekening',
    cpv: 'CPV',
    service: 'Dienst',
    reference: 'Referentie',
    category: 'Categorie van de bron',
  },
  evidence: {
    cpv: 'CPV-code',
    override: 'Eigen keuze',
    supplier: 'Leverancier',
    account: 'Rekening',
    description: 'Omschrijving',
    cluster: 'Groepering',
    none: 'Geen',
  },
  reject: {
    'amount-missing': (h) => `Bedrag ontbreekt in kolom "${h}"`,
    'amount-unreadable': (h, v) => `Bedrag "${v}" in kolom "${h}" is geen getal`,
    'amount-ambiguous': (h, v) => `Bedrag "${v}" in kolom "${h}" is dubbelzinnig geschreven`,
    'amount-too-large': (h, v) => `Bedrag "${v}" in kolom "${h}" is tien miljard of meer: eerder een nummer dan een bedrag`,
  },
  skip: { blank: 'lege rij', title: 'titelrij', header: 'kopregel', total: 'totaalrij' },
  col: {
    category: 'Categorie',
    categoryId: 'Categorie-id',
    cpv: 'CPV',
    shared: 'Gedeeld',
    total: 'Totaal',
    lines: 'Lijnen',
    suppliers: 'Leveranciers',
    administrations: 'Besturen',
    administration: 'Bestuur',
    file: 'Bestand',
    sheet: 'Blad',
    row: 'Rij',
    date: 'Datum',
    supplier: 'Leverancier',
    description: 'Omschrijving',
    amount: 'Bedrag',
    evidence: 'Bewijs',
    detail: 'Waarom',
    override: 'Eigen categorie',
    column: 'Kolom',
    reason: 'Reden',
    value: 'Waarde',
    headerRow: 'Kopregel',
    skipped: 'Overgeslagen',
    rejected: 'Afgewezen',
    columnTotal: 'Som bedragkolom',
    totalsRows: 'Totaalrijen',
    linesTotal: 'Som lijnen',
    difference: 'Verschil',
    account: 'Rekening',
    service: 'Dienst',
  },
  yes: 'ja',
  no: 'nee',
  notPurchase: 'geen aankoop',
  langNames: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
  text: {
    categoriesTitle: 'Alle categorieën met uitgaven per bestuur',
    linesTitle: 'Alle aankooplijnen met hun categorie en het bewijs daarvoor',
    controlTitle: 'Controle: aansluiting van de totalen, afgewezen rijen en waarschuwingen',
    reconciliation: 'Aansluiting per bron',
    rejectedRows: 'Afgewezen rijen',
    warnings: 'Waarschuwingen',
    noRejected: 'Geen afgewezen rijen.',
    noWarnings: 'Geen waarschuwingen.',
    badDate: (v) => `Datum "${v}" is onleesbaar; de lijn telt mee zonder datum`,
    vatIncluded: 'Deze bron geeft alleen bedragen inclusief btw; de bedragen zijn inclusief btw',
    overrideNote:
      'Typ in de kolom "Eigen categorie" een andere categorie, of "Geen aankoop" voor een betaling die niets koopt; een nieuwe analyse neemt ze over.',
    reconciliationNote: 'Som lijnen = som bedragkolom − totaalrijen. Afgewezen rijen tellen niet mee.',
    languages: 'Talen van de omschrijvingen',
    languagesFound: 'Herkend',
    languagesChoice: 'Eigen keuze',
    languagesUsed: 'In gebruik',
    languagesChoiceError: 'Kies de talen uit de lijst: een nieuwe analyse leest de omschrijvingen van dit bestuur in die talen.',
    languagesNote:
      'Tandem herkent een omschrijving ook aan de stam van haar woorden, maar alleen in de talen waarin de bron geschreven is (afgeleid uit woorden als "voor", "pour", "the" en de maanden). Zegt een bron te weinig, dan gelden alle drie.',
    languagesChoiceNote:
      'Klopt het niet, kies dan in "Eigen keuze" de talen (bv. "Nederlands + Frans"); een nieuwe analyse leest de omschrijvingen in die talen.',
    transfers: 'Betalingen die geen aankoop zijn',
    transfersNote:
      'Subsidies, dotaties, belastingen, sociale uitkeringen, lonen, terugbetalingen en aflossingen van leningen koopt geen bestuur in: ze staan op Lijnen en Categorieën, maar tellen nooit als gedeelde categorie en niet in de besparingen. Is een lijn toch een aankoop, typ dan op Lijnen haar categorie.',
    noTransfers: 'Geen: elke lijn lijkt een aankoop.',
  },
};

const fr: Labels = {
  sheets: { categories: 'Catégories', lines: 'Lignes', control: 'Contrôle' },
  roles: {
    amount: 'Montant HTVA',
    amountInclVat: 'Montant TVAC',
    debit: 'Débit',
    credit: 'Crédit',
    date: 'Date',
    supplier: 'Fournisseur',
    supplierVat: 'Numéro de TVA',
    description: 'Libellé',
    quantity: 'Quantité',
    unit: 'Unité',
    unitPrice: 'Prix unitaire',
    account: 'Compte',
    accountName: 'Libellé du compte',
    cpv: 'CPV',
    service: 'Service',
    reference: 'Référence',
    category: 'Catégorie de la source',
  },
  evidence: {
    cpv: 'Code CPV',
    override: 'Choix propre',
    supplier: 'Fournisseur',
    account: 'Compte',
    description: 'Libellé',
    cluster: 'Regroupement',
    none: 'Aucune',
  },
  reject: {
    'amount-missing': (h) => `Montant manquant dans la colonne « ${h} »`,
    'amount-unreadable': (h, v) => `Le montant « ${v} » dans la colonne « ${h} » n'est pas un nombre`,
    'amount-ambiguous': (h, v) => `Le montant « ${v} » dans la colonne « ${h} » est ambigu`,
    'amount-too-large': (h, v) => `Le montant « ${v} » dans la colonne « ${h} » atteint dix milliards : plutôt un numéro qu'un montant`,
  },
  skip: { blank: 'ligne vide', title: 'ligne de titre', header: "ligne d'en-tête", total: 'ligne de total' },
  col: {
    category: 'Catégorie',
    categoryId: 'Id catégorie',
    cpv: 'CPV',
    shared: 'Commune',
    total: 'Total',
    lines: 'Lignes',
    suppliers: 'Fournisseurs',
    administrations: 'Administrations',
    administration: 'Administration',
    file: 'Fichier',
    sheet: 'Feuille',
    row: 'Ligne',
    date: 'Date',
    supplier: 'Fournisseur',
    description: 'Libellé',
    amount: 'Montant',
    evidence: 'Preuve',
    detail: 'Pourquoi',
    override: 'Catégorie choisie',
    column: 'Colonne',
    reason: 'Raison',
    value: 'Valeur',
    headerRow: "Ligne d'en-tête",
    skipped: 'Ignorées',
    rejected: 'Rejetées',
    columnTotal: 'Somme de la colonne',
    totalsRows: 'Lignes de total',
    linesTotal: 'Somme des lignes',
    difference: 'Écart',
    account: 'Compte',
    service: 'Service',
  },
  yes: 'oui',
  no: 'non',
  notPurchase: 'pas un achat',
  langNames: { nl: 'néerlandais', fr: 'français', en: 'anglais' },
  text: {
    categoriesTitle: 'Toutes les catégories avec les dépenses par administration',
    linesTitle: "Toutes les lignes d'achat avec leur catégorie et la preuve",
    controlTitle: 'Contrôle : rapprochement des totaux, lignes rejetées et avertissements',
    reconciliation: 'Rapprochement par source',
    rejectedRows: 'Lignes rejetées',
    warnings: 'Avertissements',
    noRejected: 'Aucune ligne rejetée.',
    noWarnings: 'Aucun avertissement.',
    badDate: (v) => `Date « ${v} » illisible ; la ligne compte sans date`,
    vatIncluded: 'Cette source ne donne que des montants TVAC ; les montants incluent la TVA',
    overrideNote:
      'Tapez une autre catégorie dans la colonne « Catégorie choisie », ou « Pas un achat » pour un paiement qui n’achète rien ; une nouvelle analyse la reprend.',
    reconciliationNote: 'Somme des lignes = somme de la colonne − lignes de total. Les lignes rejetées ne comptent pas.',
    languages: 'Langues des libellés',
    languagesFound: 'Détectées',
    languagesChoice: 'Votre choix',
    languagesUsed: 'Utilisées',
    languagesChoiceError:
      'Choisissez les langues dans la liste : une nouvelle analyse lit les libellés de cette administration dans ces langues.',
    languagesNote:
      'Tandem reconnaît aussi un libellé au radical de ses mots, mais seulement dans les langues de la source (déduites de mots comme « voor », « pour », « the » et des mois). Si une source en dit trop peu, les trois valent.',
    languagesChoiceNote:
      'Si ce n’est pas juste, choisissez les langues dans « Votre choix » (p. ex. « néerlandais + français ») ; une nouvelle analyse lit les libellés dans ces langues.',
    transfers: 'Paiements qui ne sont pas des achats',
    transfersNote:
      'Subsides, dotations, impôts, aides sociales, rémunérations, remboursements et amortissements d’emprunts ne s’achètent pas : ils figurent sur Lignes et Catégories, mais ne comptent jamais comme catégorie commune ni dans les économies. Si une ligne est bien un achat, tapez sa catégorie sur Lignes.',
    noTransfers: 'Aucun : chaque ligne semble un achat.',
  },
};

const en: Labels = {
  sheets: { categories: 'Categories', lines: 'Lines', control: 'Checks' },
  roles: {
    amount: 'Amount excl. VAT',
    amountInclVat: 'Amount incl. VAT',
    debit: 'Debit',
    credit: 'Credit',
    date: 'Date',
    supplier: 'Supplier',
    supplierVat: 'VAT number',
    description: 'Description',
    quantity: 'Quantity',
    unit: 'Unit',
    unitPrice: 'Unit price',
    account: 'Account',
    accountName: 'Account name',
    cpv: 'CPV',
    service: 'Service',
    reference: 'Reference',
    category: 'Source category',
  },
  evidence: {
    cpv: 'CPV code',
    override: 'Own choice',
    supplier: 'Supplier',
    account: 'Account',
    description: 'Description',
    cluster: 'Grouping',
    none: 'None',
  },
  reject: {
    'amount-missing': (h) => `Amount missing in column "${h}"`,
    'amount-unreadable': (h, v) => `Amount "${v}" in column "${h}" is not a number`,
    'amount-ambiguous': (h, v) => `Amount "${v}" in column "${h}" is written ambiguously`,
    'amount-too-large': (h, v) => `Amount "${v}" in column "${h}" is ten billion or more: more likely a number than an amount`,
  },
  skip: { blank: 'blank row', title: 'title row', header: 'header row', total: 'totals row' },
  col: {
    category: 'Category',
    categoryId: 'Category id',
    cpv: 'CPV',
    shared: 'Shared',
    total: 'Total',
    lines: 'Lines',
    suppliers: 'Suppliers',
    administrations: 'Administrations',
    administration: 'Administration',
    file: 'File',
    sheet: 'Sheet',
    row: 'Row',
    date: 'Date',
    supplier: 'Supplier',
    description: 'Description',
    amount: 'Amount',
    evidence: 'Evidence',
    detail: 'Why',
    override: 'Own category',
    column: 'Column',
    reason: 'Reason',
    value: 'Value',
    headerRow: 'Header row',
    skipped: 'Skipped',
    rejected: 'Rejected',
    columnTotal: 'Amount column sum',
    totalsRows: 'Totals rows',
    linesTotal: 'Lines sum',
    difference: 'Difference',
    account: 'Account',
    service: 'Service',
  },
  yes: 'yes',
  no: 'no',
  notPurchase: 'not a purchase',
  langNames: { nl: 'Dutch', fr: 'French', en: 'English' },
  text: {
    categoriesTitle: 'All categories with spend per administration',
    linesTitle: 'All purchase lines with their category and the evidence for it',
    controlTitle: 'Checks: reconciliation of totals, rejected rows and warnings',
    reconciliation: 'Reconciliation per source',
    rejectedRows: 'Rejected rows',
    warnings: 'Warnings',
    noRejected: 'No rejected rows.',
    noWarnings: 'No warnings.',
    badDate: (v) => `Date "${v}" cannot be read; the line counts without a date`,
    vatIncluded: 'This source only gives amounts including VAT; its amounts include VAT',
    overrideNote:
      'Type another category in the "Own category" column, or "Not a purchase" for a payment that buys nothing; the next analysis takes it over.',
    reconciliationNote: 'Lines sum = amount column sum − totals rows. Rejected rows do not count.',
    languages: 'Languages of the descriptions',
    languagesFound: 'Found',
    languagesChoice: 'Your choice',
    languagesUsed: 'In use',
    languagesChoiceError: 'Choose the languages from the list: the next analysis reads this administration’s descriptions in them.',
    languagesNote:
      'Tandem also recognises a description by the stems of its words, but only in the languages the source is written in (told from words such as "voor", "pour", "the" and the months). Where a source says too little, all three apply.',
    languagesChoiceNote:
      'If that is wrong, choose the languages under "Your choice" (for example "Dutch + French"); the next analysis reads the descriptions in those languages.',
    transfers: 'Payments that are not purchases',
    transfersNote:
      'Grants, contributions to other public bodies, taxes, benefits, salaries, refunds and loan repayments are not bought: they are on Lines and Categories, but never count as a shared category nor in the savings. If a line is a purchase after all, type its category on Lines.',
    noTransfers: 'None: every line looks like a purchase.',
  },
};

export const LABELS: Record<Lang, Labels> = { nl, fr, en };

/** The languages Tandem writes its sheets in: an earlier run's sheets may be in any of them. */
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** Languages named in one language (`Nederlands, Frans`), as the sheets and the task pane list them. */
export function languageNames(langs: readonly Lang[], inLang: Lang, separator = ', '): string {
  return langs.map((l) => LABELS[inLang].langNames[l]).join(separator);
}
