import type { Lang } from '../model';

export type Scenario = 'low' | 'expected' | 'high';
export const SCENARIOS: readonly Scenario[] = ['low', 'expected', 'high'];
export type Kind = 'goods' | 'services' | 'works';
export const KINDS: readonly Kind[] = ['goods', 'services', 'works'];

/** Procedure levels, lightest first; the number is what the sheets compute with. */
export const PROCEDURES = ['small', 'negotiated', 'open', 'eu'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/**
 * Every assumption of the savings model. Each is written on the `Parameters` sheet with its unit
 * and source, and every figure on the other sheets refers to it there, so a user can change it.
 */
export interface Parameters {
  /** Years of purchases the sources cover; spend is divided by it to get spend per year. */
  periodYears: number;
  /** Duration of a joint contract including options and extensions, in years. */
  contractYears: number;
  /** Volume elasticity b per kind and scenario (DESIGN.md: saving_i = S_i × (1 − (S/S_i)^(−b))). */
  elasticity: Record<Kind, Record<Scenario, number>>;
  /** Share of a unit-price gap between administrations that joint buying captures. */
  harmonisation: Record<Scenario, number>;
  /** Cost to one contracting authority of running one procedure, per procedure level (euro). */
  procedureCost: Record<Procedure, number>;
  /** Yearly cost of coordinating one joint category (meetings, agreements, follow-up), euro. */
  coordinationPerYear: number;
  /** Thresholds excl. VAT over the whole contract value (euro). */
  thresholds: { small: number; negotiated: number; euSuppliesServices: number; euWorks: number };
  /** The date the thresholds are taken for (the report date). */
  thresholdDate: string;
  /** Shared categories one lead service can take on. */
  capacityPerService: number;
}

/** Thresholds in force, by the date they apply from; the latest one on or before the report date is used. */
const THRESHOLD_HISTORY = [
  // EU sub-central 2024–2025 (Delegated Regulation (EU) 2023/2495); Belgian negotiated threshold from the KB of 17 December 2023.
  {
    from: '2024-01-01',
    small: 30_000,
    negotiated: 143_000,
    euSuppliesServices: 221_000,
    euWorks: 5_538_000,
    euAct: '2023/2495',
    euYears: '2024–2025',
  },
  // EU sub-central 2026–2027 (Delegated Regulation (EU) 2025/2152); Belgian thresholds unchanged as far as Tandem knows.
  {
    from: '2026-01-01',
    small: 30_000,
    negotiated: 143_000,
    euSuppliesServices: 216_000,
    euWorks: 5_404_000,
    euAct: '2025/2152',
    euYears: '2026–2027',
  },
];

/**
 * The thresholds in force on a date (ISO `yyyy-mm-dd`), with the date they apply from. A date before
 * the oldest set Tandem knows gets that oldest set.
 */
export function thresholdsFor(date: string): { from: string } & Parameters['thresholds'] {
  const { from, small, negotiated, euSuppliesServices, euWorks } = thresholdEntry(date);
  return { from, small, negotiated, euSuppliesServices, euWorks };
}

function thresholdEntry(date: string): (typeof THRESHOLD_HISTORY)[number] {
  let chosen = THRESHOLD_HISTORY[0]!;
  for (const t of THRESHOLD_HISTORY) if (t.from <= date) chosen = t;
  return chosen;
}

export function defaultParameters(reportDate: string, periodYears: number): Parameters {
  const { from: _from, ...thresholds } = thresholdsFor(reportDate);
  return {
    periodYears,
    contractYears: 4,
    // Goods: b ≈ 0.035–0.08 reproduces the price cuts of central buyers when volumes grow 50–200-fold
    // (BBG 15 %, Hansel 25.7 %, Consip 22–28 %). Services and works are labour-heavy: little scale effect.
    elasticity: {
      goods: { low: 0.03, expected: 0.06, high: 0.08 },
      services: { low: 0, expected: 0.02, high: 0.04 },
      works: { low: 0, expected: 0.015, high: 0.03 },
    },
    harmonisation: { low: 0.25, expected: 0.5, high: 0.75 },
    procedureCost: { small: 500, negotiated: 2_000, open: 4_000, eu: 5_500 },
    coordinationPerYear: 1_000,
    thresholds,
    thresholdDate: reportDate,
    capacityPerService: 5,
  };
}

/** One row of the Parameters sheet: a stable key (for re-runs), the value, and its words. */
export interface ParameterRow {
  key: string;
  value: number | string;
  unit: Record<Lang, string>;
  label: Record<Lang, string>;
  source: Record<Lang, string>;
  /** Whether the cell is an input the user may change. */
  input: boolean;
  format: 'number' | 'percent' | 'money' | 'years' | 'date' | 'integer';
}

const ELASTICITY_SOURCE: Record<Lang, string> = {
  nl: 'Afgeleid uit prijsdalingen van centrale aankopers bij 50–200 keer groter volume: BBG (AT) 15 %, Hansel (FI) 25,7 %, Consip (IT) 22–28 %. Diensten en werken zijn arbeidsintensief (schoonmaak): weinig schaaleffect; een Deense gerandomiseerde studie vond centraal aangekochte vliegreizen zelfs iets duurder.',
  fr: "Déduit des baisses de prix des centrales d'achat pour des volumes 50 à 200 fois plus grands : BBG (AT) 15 %, Hansel (FI) 25,7 %, Consip (IT) 22–28 %. Services et travaux sont à forte intensité de main-d'œuvre (nettoyage) : peu d'effet d'échelle ; un essai randomisé danois a même trouvé des voyages en avion achetés centralement un peu plus chers.",
  en: 'Derived from the price cuts of central buyers at 50–200 times the volume: BBG (AT) 15%, Hansel (FI) 25.7%, Consip (IT) 22–28%. Services and works are labour-heavy (cleaning): little scale effect; a Danish randomised trial even found centrally bought air travel slightly dearer.',
};

const TANDEM_ASSUMPTION: Record<Lang, string> = {
  nl: 'Aanname van Tandem; pas aan aan uw eigen ervaring.',
  fr: 'Hypothèse de Tandem ; adaptez-la à votre expérience.',
  en: 'Tandem assumption; adjust to your own experience.',
};

const kindWords: Record<Kind, Record<Lang, string>> = {
  goods: { nl: 'goederen', fr: 'fournitures', en: 'goods' },
  services: { nl: 'diensten', fr: 'services', en: 'services' },
  works: { nl: 'werken', fr: 'travaux', en: 'works' },
};
const scenarioWords: Record<Scenario, Record<Lang, string>> = {
  low: { nl: 'laag', fr: 'bas', en: 'low' },
  expected: { nl: 'verwacht', fr: 'attendu', en: 'expected' },
  high: { nl: 'hoog', fr: 'haut', en: 'high' },
};
export const PROCEDURE_NAMES: Record<Procedure, Record<Lang, string>> = {
  small: { nl: 'Opdracht van beperkte waarde', fr: 'Marché de faible montant', en: 'Low-value contract' },
  negotiated: {
    nl: 'Onderhandelingsprocedure zonder voorafgaande bekendmaking',
    fr: 'Procédure négociée sans publication préalable',
    en: 'Negotiated procedure without prior publication',
  },
  open: {
    nl: 'Openbare procedure (Belgische bekendmaking)',
    fr: 'Procédure ouverte (publicité belge)',
    en: 'Open procedure (Belgian publication)',
  },
  eu: {
    nl: 'Europese procedure (Europese bekendmaking)',
    fr: 'Procédure européenne (publicité européenne)',
    en: 'EU procedure (EU publication)',
  },
};

export function kindWord(kind: Kind, lang: Lang): string {
  return kindWords[kind][lang];
}

const same = (s: string): Record<Lang, string> => ({ nl: s, fr: s, en: s });

/** The Parameters sheet's rows, in the order they appear. */
export function parameterRows(p: Parameters): ParameterRow[] {
  const rows: ParameterRow[] = [
    {
      key: 'periodYears',
      value: p.periodYears,
      unit: { nl: 'jaar', fr: 'ans', en: 'years' },
      label: { nl: 'Periode van de gegevens', fr: 'Période des données', en: 'Period of the data' },
      source: {
        nl: 'Uit de datums van de lijnen (eerste tot laatste); uitgaven worden gedeeld door deze periode om jaarbedragen te krijgen.',
        fr: "D'après les dates des lignes (première à dernière) ; les dépenses sont divisées par cette période pour obtenir des montants annuels.",
        en: 'From the dates of the lines (first to last); spend is divided by this period to get yearly amounts.',
      },
      input: true,
      format: 'years',
    },
    {
      key: 'contractYears',
      value: p.contractYears,
      unit: { nl: 'jaar', fr: 'ans', en: 'years' },
      label: {
        nl: 'Looptijd gezamenlijk contract (incl. verlengingen)',
        fr: 'Durée du marché conjoint (reconductions comprises)',
        en: 'Joint contract duration (incl. extensions)',
      },
      source: {
        nl: 'Gangbare raamovereenkomst: 1 jaar, 3 keer verlengbaar (max. 4 jaar, wet 17 juni 2016, art. 43).',
        fr: 'Accord-cadre courant : 1 an, reconductible 3 fois (max. 4 ans, loi du 17 juin 2016, art. 43).',
        en: 'Common framework agreement: 1 year, renewable 3 times (max. 4 years, law of 17 June 2016, art. 43).',
      },
      input: true,
      format: 'years',
    },
  ];
  for (const kind of KINDS) {
    for (const s of SCENARIOS) {
      rows.push({
        key: `elasticity.${kind}.${s}`,
        value: p.elasticity[kind][s],
        unit: same('b'),
        label: {
          nl: `Volume-elasticiteit ${kindWords[kind].nl}, ${scenarioWords[s].nl}`,
          fr: `Élasticité-volume ${kindWords[kind].fr}, ${scenarioWords[s].fr}`,
          en: `Volume elasticity ${kindWords[kind].en}, ${scenarioWords[s].en}`,
        },
        source: ELASTICITY_SOURCE,
        input: true,
        format: 'number',
      });
    }
  }
  for (const s of SCENARIOS) {
    rows.push({
      key: `harmonisation.${s}`,
      value: p.harmonisation[s],
      unit: same('%'),
      label: {
        nl: `Deel van het prijsverschil dat samen aankopen wegwerkt, ${scenarioWords[s].nl}`,
        fr: `Part de l'écart de prix résorbée par l'achat groupé, ${scenarioWords[s].fr}`,
        en: `Share of the price gap joint buying removes, ${scenarioWords[s].en}`,
      },
      source: TANDEM_ASSUMPTION,
      input: true,
      format: 'percent',
    });
  }
  const procedureSource: Record<Procedure, Record<Lang, string>> = {
    small: TANDEM_ASSUMPTION,
    negotiated: TANDEM_ASSUMPTION,
    open: TANDEM_ASSUMPTION,
    eu: {
      nl: 'PwC / London Economics / Ecorys (2011), Public procurement in Europe: een Europese procedure kost ca. € 28.000 in totaal, waarvan ca. € 5.500 voor de aanbestedende overheid.',
      fr: 'PwC / London Economics / Ecorys (2011), Public procurement in Europe : une procédure européenne coûte env. 28 000 € au total, dont env. 5 500 € pour le pouvoir adjudicateur.',
      en: 'PwC / London Economics / Ecorys (2011), Public procurement in Europe: an EU procedure costs about €28,000 in all, of which about €5,500 for the contracting authority.',
    },
  };
  for (const proc of PROCEDURES) {
    rows.push({
      key: `procedureCost.${proc}`,
      value: p.procedureCost[proc],
      unit: { nl: 'euro per procedure', fr: 'euros par procédure', en: 'euro per procedure' },
      label: {
        nl: `Kost van één procedure: ${PROCEDURE_NAMES[proc].nl}`,
        fr: `Coût d'une procédure : ${PROCEDURE_NAMES[proc].fr}`,
        en: `Cost of one procedure: ${PROCEDURE_NAMES[proc].en}`,
      },
      source: procedureSource[proc],
      input: true,
      format: 'money',
    });
  }
  rows.push({
    key: 'coordinationPerYear',
    value: p.coordinationPerYear,
    unit: { nl: 'euro per jaar per categorie', fr: 'euros par an par catégorie', en: 'euro per year per category' },
    label: {
      nl: 'Coördinatiekost van samenwerken',
      fr: 'Coût de coordination de la collaboration',
      en: 'Coordination cost of working together',
    },
    source: {
      nl: 'Aanname van Tandem: ca. 2 dagen overleg en opvolging per jaar per gezamenlijke categorie. Maakt kleine categorieën negatief.',
      fr: 'Hypothèse de Tandem : env. 2 jours de concertation et de suivi par an et par catégorie commune. Rend les petites catégories négatives.',
      en: 'Tandem assumption: about 2 days of meetings and follow-up per year per joint category. Makes small categories negative.',
    },
    input: true,
    format: 'money',
  });
  const lawSmall: Record<Lang, string> = {
    nl: 'Geraamde waarde lager dan dit bedrag: opdracht van beperkte waarde; vanaf dit bedrag een zwaardere procedure. Wet van 17 juni 2016, art. 92; KB plaatsing 18 april 2017, art. 90.',
    fr: 'Montant estimé inférieur à ce seuil : marché de faible montant ; à partir de ce seuil, une procédure plus lourde. Loi du 17 juin 2016, art. 92 ; AR passation 18 avril 2017, art. 90.',
    en: 'Estimated value below this amount: low-value contract; from this amount on, a heavier procedure. Law of 17 June 2016, art. 92; Royal Decree of 18 April 2017, art. 90.',
  };
  const lawNegotiated: Record<Lang, string> = {
    nl: 'Geraamde waarde lager dan dit bedrag: onderhandelingsprocedure zonder voorafgaande bekendmaking mogelijk. Wet van 17 juni 2016, art. 42 §1 1° a), bedrag volgens KB van 17 december 2023 (vanaf 1 januari 2024). Controleer of een later KB het aanpaste.',
    fr: 'Montant estimé inférieur à ce seuil : procédure négociée sans publication préalable possible. Loi du 17 juin 2016, art. 42 §1 1° a), montant selon l\u2019AR du 17 décembre 2023 (depuis le 1er janvier 2024). Vérifiez si un AR ultérieur l\u2019a modifié.',
    en: 'Estimated value below this amount: negotiated procedure without prior publication allowed. Law of 17 June 2016, art. 42 §1 1° a), amount per Royal Decree of 17 December 2023 (from 1 January 2024). Check whether a later decree changed it.',
  };
  // The EU thresholds' act follows the date they are taken for (2024–2025 or 2026–2027).
  const eu = thresholdEntry(p.thresholdDate);
  const lawEu: Record<Lang, string> = {
    nl: `Vanaf dit bedrag Europese bekendmaking. Europese drempels voor niet-centrale overheden, Gedelegeerde Verordening (EU) ${eu.euAct} (${eu.euYears}).`,
    fr: `À partir de ce seuil, publicité européenne. Seuils européens pour les pouvoirs adjudicateurs sous-centraux, Règlement délégué (UE) ${eu.euAct} (${eu.euYears}).`,
    en: `From this amount on, EU publication. EU thresholds for sub-central authorities, Delegated Regulation (EU) ${eu.euAct} (${eu.euYears}).`,
  };
  const money = { nl: 'euro excl. btw, hele looptijd', fr: 'euros HTVA, toute la durée', en: 'euro excl. VAT, whole duration' };
  rows.push(
    {
      key: 'thresholds.small',
      value: p.thresholds.small,
      unit: money,
      label: { nl: 'Drempel opdracht van beperkte waarde', fr: 'Seuil marché de faible montant', en: 'Low-value contract threshold' },
      source: lawSmall,
      input: true,
      format: 'money',
    },
    {
      key: 'thresholds.negotiated',
      value: p.thresholds.negotiated,
      unit: money,
      label: {
        nl: 'Drempel onderhandelingsprocedure zonder bekendmaking',
        fr: 'Seuil procédure négociée sans publication',
        en: 'Negotiated procedure without publication threshold',
      },
      source: lawNegotiated,
      input: true,
      format: 'money',
    },
    {
      key: 'thresholds.euSuppliesServices',
      value: p.thresholds.euSuppliesServices,
      unit: money,
      label: {
        nl: 'Europese drempel leveringen en diensten',
        fr: 'Seuil européen fournitures et services',
        en: 'EU threshold supplies and services',
      },
      source: lawEu,
      input: true,
      format: 'money',
    },
    {
      key: 'thresholds.euWorks',
      value: p.thresholds.euWorks,
      unit: money,
      label: { nl: 'Europese drempel werken', fr: 'Seuil européen travaux', en: 'EU threshold works' },
      source: lawEu,
      input: true,
      format: 'money',
    },
    {
      key: 'thresholdDate',
      value: p.thresholdDate,
      unit: { nl: 'datum', fr: 'date', en: 'date' },
      label: { nl: 'Drempels van toepassing op', fr: 'Seuils applicables au', en: 'Thresholds applying on' },
      source: {
        nl: 'De laatste datum in de gegevens (of --date); de drempels in voege op die datum.',
        fr: 'La dernière date des données (ou --date) ; les seuils en vigueur à cette date.',
        en: 'The latest date in the data (or --date); the thresholds in force on that date.',
      },
      input: false,
      format: 'date',
    },
    {
      key: 'capacityPerService',
      value: p.capacityPerService,
      unit: { nl: 'categorieën per dienst', fr: 'catégories par service', en: 'categories per service' },
      label: { nl: 'Capaciteit van een trekkende dienst', fr: "Capacité d'un service pilote", en: 'Capacity of a lead service' },
      source: TANDEM_ASSUMPTION,
      input: true,
      format: 'integer',
    },
  );
  return rows;
}

/** Parameters that must be above zero (the sheets divide by them, or a lead could take no category). */
const POSITIVE = new Set(['periodYears', 'contractYears', 'capacityPerService']);

/** Whether the model takes only a value above zero for a parameter (a period, a duration, a capacity). */
export function mustBePositive(key: string): boolean {
  return POSITIVE.has(key);
}

/**
 * Sets a parameter by key (for re-runs that keep edited values). An unknown key, a value that is not
 * a finite number, or zero or less where the model divides by it is ignored: the default stays.
 * (A negative elasticity is allowed: central buying can cost more, as a Danish trial found.)
 */
export function setParameter(p: Parameters, key: string, value: number): Parameters {
  if (!Number.isFinite(value) || (POSITIVE.has(key) && value <= 0)) return p;
  const copy: Parameters = structuredClone(p);
  const path = key.split('.');
  let target: Record<string, unknown> = copy as unknown as Record<string, unknown>;
  for (const part of path.slice(0, -1)) {
    const next = target[part];
    if (typeof next !== 'object' || next === null) return p;
    target = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (typeof target[last] !== 'number') return p;
  target[last] = value;
  return copy;
}
