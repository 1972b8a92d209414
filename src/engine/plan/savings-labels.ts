import type { Lang } from '../model';
import { SAVINGS_SHEET_WORDS } from './savings-sheet-words';

/** Words of the savings sheets (Samenvatting, Toewijzing, Besparingen, Parameters) per language. */
export interface SavingsLabels {
  sheets: { summary: string; allocation: string; savings: string; parameters: string };
  kind: { goods: string; services: string; works: string };
  col: {
    category: string;
    categoryId: string;
    kind: string;
    perYear: (name: string) => string;
    combined: string;
    key: (name: string) => string;
    low: string;
    expected: string;
    high: string;
    verdict: string;
    procedure: string;
    changes: string;
    split: (name: string) => string;
    lead: string;
    service: string;
    reason: string;
    leadOverride: string;
    status: string;
    note: string;
    pilot: string;
    circular: string;
    bLow: string;
    bExpected: string;
    bHigh: string;
    volume: (s: string) => string;
    harmonisation: (s: string) => string;
    gap: string;
    contractValue: string;
    level: (name: string) => string;
    jointLevel: string;
    costApart: string;
    costJoint: string;
    process: string;
    coordination: string;
    total: (s: string) => string;
    item: string;
    administration: string;
    quantity: string;
    amount: string;
    unitPrice: string;
    bestPrice: string;
    gapPeriod: string;
    gapYear: string;
    parameter: string;
    value: string;
    defaultValue: string;
    unit: string;
    source: string;
    keyCol: string;
    levelNo: string;
    cost: string;
    figure: string;
    file: string;
    lines: string;
    spend: string;
  };
  text: {
    summaryTitle: (names: string) => string;
    allocationTitle: string;
    allocationNote: string;
    savingsTitle: string;
    savingsNote: string;
    priceTitle: string;
    priceNote: string;
    noPriceGaps: string;
    parametersTitle: string;
    parametersNote: string;
    proceduresTitle: string;
    kindsTitle: string;
    /** Said when a kind cell on the savings sheet gets a word that is no kind. */
    kindError: string;
    /** Said when a parameter's value cell gets text, or a value the model cannot use. */
    numberError: string;
    positiveError: string;
    headline: string;
    sources: string;
    topTitle: string;
    chartTitle: string;
    period: (from: string, to: string) => string;
    noPeriod: string;
    councilTitle: string;
    council: string[];
    figures: {
      shared: string;
      worthwhile: string;
      allShared: string;
      sharedSpend: string;
      notPurchases: string;
      low: string;
      expected: string;
      high: string;
      share: string;
      negative: string;
      heavier: string;
      pilots: string;
    };
    yes: string;
    no: string;
    worthwhile: string;
    notWorthwhile: string;
    heavier: string;
    lighter: string;
    same: string;
    splitNote: string;
    /** For more than four administrations: the Shapley part is a number in the formula, not a formula. */
    splitValueNote: string;
    /** For categories with more buyers than an exact Shapley value is worked out for (`buyers`), estimated from `orders` orders. */
    splitEstimatedNote: (buyers: number, orders: number) => string;
    noShared: string;
    orphanEditsTitle: string;
    orphanEditsNote: string;
  };
}

const nl: SavingsLabels = {
  sheets: { summary: 'Samenvatting', allocation: 'Toewijzing', savings: SAVINGS_SHEET_WORDS.nl.sheet, parameters: 'Parameters' },
  kind: { goods: 'goederen', services: 'diensten', works: 'werken' },
  col: {
    category: 'Categorie',
    categoryId: 'Categorie-id',
    kind: SAVINGS_SHEET_WORDS.nl.kindHeader,
    perYear: (n) => `${n} per jaar`,
    combined: 'Samen per jaar',
    key: (n) => `Sleutel ${n}`,
    low: 'Besparing laag',
    expected: 'Besparing verwacht',
    high: 'Besparing hoog',
    verdict: 'Oordeel',
    procedure: 'Procedure samen',
    changes: 'Procedure verandert',
    split: (n) => `Deel ${n}`,
    lead: 'Trekker',
    service: 'Trekkende dienst',
    reason: 'Waarom',
    leadOverride: 'Trekker (eigen keuze)',
    status: 'Status',
    note: 'Opmerking',
    pilot: 'Pilot',
    circular: 'Circulair',
    bLow: 'b laag',
    bExpected: 'b verwacht',
    bHigh: 'b hoog',
    volume: (s) => `Volume ${s}`,
    harmonisation: (s) => `Prijzen ${s}`,
    gap: 'Prijsverschil per jaar',
    contractValue: 'Contractwaarde samen',
    level: (n) => `Niveau ${n}`,
    jointLevel: 'Niveau samen',
    costApart: 'Procedurekost apart',
    costJoint: 'Procedurekost samen',
    process: 'Proceseffect per jaar',
    coordination: 'Coördinatiekost per jaar',
    total: (s) => `Totaal ${s}`,
    item: 'Artikel',
    administration: 'Bestuur',
    quantity: 'Aantal',
    amount: 'Bedrag',
    unitPrice: 'Eenheidsprijs',
    bestPrice: 'Beste prijs',
    gapPeriod: 'Meerkost over de periode',
    gapYear: 'Meerkost per jaar',
    parameter: 'Parameter',
    value: 'Waarde',
    defaultValue: 'Standaard',
    unit: 'Eenheid',
    source: 'Bron en toelichting',
    keyCol: 'Sleutel',
    levelNo: 'Niveau',
    cost: 'Kost per procedure',
    figure: 'Cijfer',
    file: 'Bestand',
    lines: 'Lijnen',
    spend: 'Uitgave',
  },
  text: {
    summaryTitle: (n) => `Samen aankopen: ${n}`,
    allocationTitle: 'Toewijzing: wie trekt welke gezamenlijke aankoop',
    allocationNote:
      'Gele kolommen vult u zelf in; een nieuwe analyse neemt ze over. Alle bedragen zijn per jaar, excl. btw, en volgen de Parameters.',
    savingsTitle: 'Besparingen: de berekening per categorie, formule per formule',
    savingsNote:
      'Volume: besparing_i = S_i × (1 − (S / S_i)^(−b)) per bestuur, met S_i de jaaruitgave van bestuur i en S die van allen samen. Proceseffect: (procedurekosten apart − één procedure samen) / looptijd.',
    priceTitle: 'Prijsverschillen: hetzelfde artikel tegen verschillende eenheidsprijzen',
    priceNote:
      'Wat elk bestuur meer betaalt dan de beste prijs die een ander betaalt; het deel dat samen aankopen wegwerkt staat op Parameters.',
    noPriceGaps: 'Geen artikels met eenheidsprijzen die bij meer dan één bestuur voorkomen.',
    parametersTitle: 'Parameters: de aannames achter alle cijfers',
    parametersNote: 'Pas de gele cellen aan; alle cijfers in Samenvatting, Toewijzing en Besparingen rekenen mee.',
    proceduresTitle: 'Procedures per niveau',
    kindsTitle: 'Soorten',
    kindError: 'Kies goederen, diensten of werken: de elasticiteit (Parameters) en de Europese drempel hangen ervan af.',
    numberError: 'Typ een getal, zonder eenheid: alle cijfers in Samenvatting, Toewijzing en Besparingen rekenen ermee.',
    positiveError: 'Typ een getal groter dan 0, zonder eenheid: alle cijfers in Samenvatting, Toewijzing en Besparingen rekenen ermee.',
    headline: 'Kerncijfers',
    sources: 'Bronnen',
    topTitle: 'Grootste verwachte besparingen',
    chartTitle: 'Verwachte besparing per jaar per categorie',
    period: (f, t) => `Gegevens van ${f} tot ${t}`,
    noPeriod: 'De bronnen geven geen datums; de periode staat op 1 jaar (zie Parameters).',
    councilTitle: 'Voor de raad',
    council: [
      'Deze werkmap vergelijkt wat de besturen elk apart aankopen en toont welke categorieën ze allebei kopen.',
      'De besparingen zijn ramingen per jaar, excl. btw, in drie scenario’s (laag, verwacht, hoog). Ze steunen op aannames die op het blad Parameters staan, met hun bron.',
      'Samen aankopen levert een lagere prijs op (volume-effect), werkt prijsverschillen voor hetzelfde artikel weg en bespaart procedures; samenwerken kost ook tijd (coördinatiekost), zodat een kleine categorie negatief kan uitvallen.',
      'Elke gezamenlijke categorie krijgt een trekkend bestuur en dienst met de reden; de verdeling van de besparing volgt de Shapley-waarde, zodat elk bestuur krijgt wat zijn volume bijdraagt.',
      'De cijfers zijn geen offerte: een marktbevraging of aanbesteding bepaalt de echte prijs.',
    ],
    figures: {
      shared: 'Gedeelde categorieën',
      worthwhile: 'waarvan lonend (verwachte besparing > 0)',
      sharedSpend: 'Gedeelde uitgaven per jaar',
      notPurchases: 'Uitgaven die geen aankoop zijn (dotaties, subsidies…), per jaar',
      low: 'Besparing per jaar in de lonende categorieën, laag',
      expected: 'Besparing per jaar in de lonende categorieën, verwacht',
      high: 'Besparing per jaar in de lonende categorieën, hoog',
      share: 'Verwachte besparing in % van de gedeelde uitgaven',
      allShared: 'Verwachte besparing als alle gedeelde categorieën samen gaan',
      negative: 'Categorieën waar samenwerken meer kost dan het opbrengt (verwacht)',
      heavier: 'Categorieën waar samen een zwaardere procedure nodig is',
      pilots: 'Kandidaat-pilots',
    },
    yes: 'ja',
    no: 'nee',
    worthwhile: 'lonend',
    notWorthwhile: 'niet lonend: kost meer dan het opbrengt',
    heavier: 'zwaarder',
    lighter: 'lichter',
    same: 'gelijk',
    splitNote: 'Deel = Shapley-waarde van het volume-effect + proceseffect en coördinatie volgens de sleutel + eigen prijsverschil.',
    splitValueNote:
      'Met meer dan vier besturen staat de Shapley-waarde als getal in de formule, zoals Tandem ze berekende: uitgeschreven over alle coalities zou de formule te lang worden.',
    splitEstimatedNote: (buyers, orders) =>
      `Bij categorieën met meer dan ${buyers} kopende besturen is de Shapley-waarde geschat uit ${orders} willekeurige volgordes (elk ook omgekeerd) met een vaste startwaarde: dezelfde cijfers geven dezelfde uitkomst; in proeven week ze minder dan 1,5 % af van de exacte waarde.`,
    noShared: 'Geen categorieën die door meer dan één bestuur worden aangekocht.',
    orphanEditsTitle: 'Invullingen voor categorieën die niet meer gedeeld zijn',
    orphanEditsNote:
      'Uit een vorige analyse; ze blijven hier bewaard en keren terug in de tabel (de soort op Besparingen) zodra de categorie weer gedeeld is.',
  },
};

const fr: SavingsLabels = {
  sheets: { summary: 'Synthèse', allocation: 'Attribution', savings: SAVINGS_SHEET_WORDS.fr.sheet, parameters: 'Paramètres' },
  kind: { goods: 'fournitures', services: 'services', works: 'travaux' },
  col: {
    category: 'Catégorie',
    categoryId: 'Id catégorie',
    kind: SAVINGS_SHEET_WORDS.fr.kindHeader,
    perYear: (n) => `${n} par an`,
    combined: 'Ensemble par an',
    key: (n) => `Clé ${n}`,
    low: 'Économie basse',
    expected: 'Économie attendue',
    high: 'Économie haute',
    verdict: 'Appréciation',
    procedure: 'Procédure commune',
    changes: 'La procédure change',
    split: (n) => `Part ${n}`,
    lead: 'Pilote',
    service: 'Service pilote',
    reason: 'Pourquoi',
    leadOverride: 'Pilote (choix propre)',
    status: 'Statut',
    note: 'Remarque',
    pilot: 'Projet pilote',
    circular: 'Circulaire',
    bLow: 'b bas',
    bExpected: 'b attendu',
    bHigh: 'b haut',
    volume: (s) => `Volume ${s}`,
    harmonisation: (s) => `Prix ${s}`,
    gap: 'Écart de prix par an',
    contractValue: 'Valeur du marché commun',
    level: (n) => `Niveau ${n}`,
    jointLevel: 'Niveau commun',
    costApart: 'Coût procédures séparées',
    costJoint: 'Coût procédure commune',
    process: 'Effet procédure par an',
    coordination: 'Coût de coordination par an',
    total: (s) => `Total ${s}`,
    item: 'Article',
    administration: 'Administration',
    quantity: 'Quantité',
    amount: 'Montant',
    unitPrice: 'Prix unitaire',
    bestPrice: 'Meilleur prix',
    gapPeriod: 'Surcoût sur la période',
    gapYear: 'Surcoût par an',
    parameter: 'Paramètre',
    value: 'Valeur',
    defaultValue: 'Par défaut',
    unit: 'Unité',
    source: 'Source et explication',
    keyCol: 'Clé',
    levelNo: 'Niveau',
    cost: 'Coût par procédure',
    figure: 'Chiffre',
    file: 'Fichier',
    lines: 'Lignes',
    spend: 'Dépense',
  },
  text: {
    summaryTitle: (n) => `Acheter ensemble : ${n}`,
    allocationTitle: 'Attribution : qui pilote quel achat commun',
    allocationNote:
      'Les colonnes jaunes sont à remplir par vous ; une nouvelle analyse les reprend. Tous les montants sont annuels, HTVA, et suivent les Paramètres.',
    savingsTitle: 'Économies : le calcul par catégorie, formule par formule',
    savingsNote:
      'Volume : économie_i = S_i × (1 − (S / S_i)^(−b)) par administration, S_i sa dépense annuelle et S celle de toutes ensemble. Effet procédure : (coûts des procédures séparées − une procédure commune) / durée.',
    priceTitle: 'Écarts de prix : le même article à des prix unitaires différents',
    priceNote:
      "Ce que chaque administration paie au-delà du meilleur prix payé par une autre ; la part résorbée par l'achat groupé figure dans les Paramètres.",
    noPriceGaps: "Aucun article avec prix unitaires acheté par plus d'une administration.",
    parametersTitle: 'Paramètres : les hypothèses derrière tous les chiffres',
    parametersNote: 'Modifiez les cellules jaunes ; tous les chiffres de la Synthèse, de l’Attribution et des Économies suivent.',
    proceduresTitle: 'Procédures par niveau',
    kindsTitle: 'Types',
    kindError: 'Choisissez fournitures, services ou travaux : l’élasticité (Paramètres) et le seuil européen en dépendent.',
    numberError: 'Tapez un nombre, sans unité : tous les chiffres de Synthèse, Attribution et Économies en dépendent.',
    positiveError: 'Tapez un nombre supérieur à 0, sans unité : tous les chiffres de Synthèse, Attribution et Économies en dépendent.',
    headline: 'Chiffres clés',
    sources: 'Sources',
    topTitle: 'Plus grandes économies attendues',
    chartTitle: 'Économie attendue par an et par catégorie',
    period: (f, t) => `Données du ${f} au ${t}`,
    noPeriod: 'Les sources ne donnent pas de dates ; la période est fixée à 1 an (voir Paramètres).',
    councilTitle: 'Pour le conseil',
    council: [
      'Ce classeur compare ce que les administrations achètent chacune de leur côté et montre les catégories qu’elles achètent toutes deux.',
      'Les économies sont des estimations annuelles, HTVA, selon trois scénarios (bas, attendu, haut). Elles reposent sur des hypothèses présentées avec leur source dans la feuille Paramètres.',
      "Acheter ensemble fait baisser le prix (effet volume), supprime les écarts de prix pour un même article et économise des procédures ; collaborer coûte aussi du temps (coût de coordination), si bien qu'une petite catégorie peut être négative.",
      'Chaque catégorie commune reçoit une administration et un service pilotes avec la raison ; le partage de l’économie suit la valeur de Shapley, pour que chacune reçoive ce que son volume apporte.',
      'Les chiffres ne sont pas une offre : une consultation du marché ou un marché public détermine le prix réel.',
    ],
    figures: {
      shared: 'Catégories communes',
      worthwhile: 'dont rentables (économie attendue > 0)',
      sharedSpend: 'Dépenses communes par an',
      notPurchases: 'Dépenses hors achats (dotations, subsides, impôts…), par an',
      low: 'Économie par an dans les catégories rentables, basse',
      expected: 'Économie par an dans les catégories rentables, attendue',
      high: 'Économie par an dans les catégories rentables, haute',
      allShared: 'Économie attendue si toutes les catégories communes sont regroupées',
      share: 'Économie attendue en % des dépenses communes',
      negative: 'Catégories où collaborer coûte plus que cela ne rapporte (attendu)',
      heavier: 'Catégories qui exigent ensemble une procédure plus lourde',
      pilots: 'Projets pilotes candidats',
    },
    yes: 'oui',
    no: 'non',
    worthwhile: 'rentable',
    notWorthwhile: 'non rentable : coûte plus que cela ne rapporte',
    heavier: 'plus lourde',
    lighter: 'plus légère',
    same: 'identique',
    splitNote: "Part = valeur de Shapley de l'effet volume + effet procédure et coordination selon la clé + propre écart de prix.",
    splitValueNote:
      'Au-delà de quatre administrations, la valeur de Shapley figure comme nombre dans la formule, telle que Tandem l’a calculée : écrite sur toutes les coalitions, la formule serait trop longue.',
    splitEstimatedNote: (buyers, orders) =>
      `Pour les catégories achetées par plus de ${buyers} administrations, la valeur de Shapley est estimée sur ${orders} ordres aléatoires (chacun aussi à l’envers) avec une graine fixe : les mêmes chiffres donnent le même résultat ; lors des essais, l’écart à la valeur exacte est resté sous 1,5 %.`,
    noShared: "Aucune catégorie achetée par plus d'une administration.",
    orphanEditsTitle: 'Saisies pour des catégories qui ne sont plus communes',
    orphanEditsNote:
      "D'une analyse précédente ; elles sont conservées ici et reviennent dans le tableau (le type sur Économies) dès que la catégorie redevient commune.",
  },
};

const en: SavingsLabels = {
  sheets: { summary: 'Summary', allocation: 'Allocation', savings: SAVINGS_SHEET_WORDS.en.sheet, parameters: 'Parameters' },
  kind: { goods: 'goods', services: 'services', works: 'works' },
  col: {
    category: 'Category',
    categoryId: 'Category id',
    kind: SAVINGS_SHEET_WORDS.en.kindHeader,
    perYear: (n) => `${n} per year`,
    combined: 'Combined per year',
    key: (n) => `Key ${n}`,
    low: 'Saving low',
    expected: 'Saving expected',
    high: 'Saving high',
    verdict: 'Verdict',
    procedure: 'Joint procedure',
    changes: 'Procedure changes',
    split: (n) => `Share ${n}`,
    lead: 'Lead',
    service: 'Lead service',
    reason: 'Why',
    leadOverride: 'Lead (own choice)',
    status: 'Status',
    note: 'Note',
    pilot: 'Pilot',
    circular: 'Circular',
    bLow: 'b low',
    bExpected: 'b expected',
    bHigh: 'b high',
    volume: (s) => `Volume ${s}`,
    harmonisation: (s) => `Prices ${s}`,
    gap: 'Price gap per year',
    contractValue: 'Joint contract value',
    level: (n) => `Level ${n}`,
    jointLevel: 'Joint level',
    costApart: 'Procedure cost apart',
    costJoint: 'Procedure cost joint',
    process: 'Process effect per year',
    coordination: 'Coordination cost per year',
    total: (s) => `Total ${s}`,
    item: 'Item',
    administration: 'Administration',
    quantity: 'Quantity',
    amount: 'Amount',
    unitPrice: 'Unit price',
    bestPrice: 'Best price',
    gapPeriod: 'Extra cost over the period',
    gapYear: 'Extra cost per year',
    parameter: 'Parameter',
    value: 'Value',
    defaultValue: 'Default',
    unit: 'Unit',
    source: 'Source and explanation',
    keyCol: 'Key',
    levelNo: 'Level',
    cost: 'Cost per procedure',
    figure: 'Figure',
    file: 'File',
    lines: 'Lines',
    spend: 'Spend',
  },
  text: {
    summaryTitle: (n) => `Buying together: ${n}`,
    allocationTitle: 'Allocation: who leads which joint purchase',
    allocationNote:
      'Fill in the yellow columns; the next analysis keeps them. All amounts are per year, excl. VAT, and follow the Parameters.',
    savingsTitle: 'Savings: the computation per category, formula by formula',
    savingsNote:
      'Volume: saving_i = S_i × (1 − (S / S_i)^(−b)) per administration, S_i its yearly spend and S that of all together. Process effect: (procedure costs apart − one joint procedure) / duration.',
    priceTitle: 'Price gaps: the same item at different unit prices',
    priceNote: 'What each administration pays above the best price another pays; the share joint buying removes is on Parameters.',
    noPriceGaps: 'No items with unit prices bought by more than one administration.',
    parametersTitle: 'Parameters: the assumptions behind every figure',
    parametersNote: 'Change the yellow cells; every figure on Summary, Allocation and Savings follows.',
    proceduresTitle: 'Procedures by level',
    kindsTitle: 'Kinds',
    kindError: 'Choose goods, services or works: the elasticity (Parameters) and the EU threshold depend on it.',
    numberError: 'Type a number, without a unit: every figure on Summary, Allocation and Savings follows it.',
    positiveError: 'Type a number above 0, without a unit: every figure on Summary, Allocation and Savings follows it.',
    headline: 'Headline figures',
    sources: 'Sources',
    topTitle: 'Largest expected savings',
    chartTitle: 'Expected saving per year by category',
    period: (f, t) => `Data from ${f} to ${t}`,
    noPeriod: 'The sources give no dates; the period is set to 1 year (see Parameters).',
    councilTitle: 'For the council',
    council: [
      'This workbook compares what the administrations each buy on their own and shows the categories they both buy.',
      'The savings are yearly estimates, excl. VAT, in three scenarios (low, expected, high). They rest on assumptions listed with their source on the Parameters sheet.',
      'Buying together lowers the price (volume effect), removes price differences for the same item and saves procedures; working together also costs time (coordination cost), so a small category can come out negative.',
      'Each joint category gets a lead administration and service with the reason; the saving is shared by the Shapley value, so each gets what its volume contributes.',
      'The figures are not a quote: a market consultation or tender sets the real price.',
    ],
    figures: {
      shared: 'Shared categories',
      worthwhile: 'of which worthwhile (expected saving > 0)',
      sharedSpend: 'Shared spend per year',
      notPurchases: 'Spend that is no purchase (contributions, grants…), per year',
      low: 'Saving per year in the worthwhile categories, low',
      expected: 'Saving per year in the worthwhile categories, expected',
      high: 'Saving per year in the worthwhile categories, high',
      allShared: 'Expected saving if all shared categories join',
      share: 'Expected saving as % of shared spend',
      negative: 'Categories where working together costs more than it brings (expected)',
      heavier: 'Categories that need a heavier procedure together',
      pilots: 'Pilot candidates',
    },
    yes: 'yes',
    no: 'no',
    worthwhile: 'worthwhile',
    notWorthwhile: 'not worthwhile: costs more than it brings',
    heavier: 'heavier',
    lighter: 'lighter',
    same: 'same',
    splitNote: 'Share = Shapley value of the volume effect + process effect and coordination by key + own price gap.',
    splitValueNote:
      'With more than four administrations the Shapley value is a number in the formula, as Tandem computed it: written out over every coalition the formula would grow too long.',
    splitEstimatedNote: (buyers, orders) =>
      `For categories bought by more than ${buyers} administrations the Shapley value is estimated from ${orders} random orders (each also walked in reverse) with a fixed seed: the same figures give the same result; in trials it stayed within 1.5% of the exact value.`,
    noShared: 'No categories bought by more than one administration.',
    orphanEditsTitle: 'Entries for categories that are no longer shared',
    orphanEditsNote:
      'From an earlier analysis; they are kept here and return to the table (the kind to Savings) as soon as the category is shared again.',
  },
};

export const SAVINGS_LABELS: Record<Lang, SavingsLabels> = { nl, fr, en };
