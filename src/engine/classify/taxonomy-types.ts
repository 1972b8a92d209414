/** One category of things local governments buy, as a purchasing officer would tender it (one lot). */
export interface TaxonomyCategory {
  /** Stable kebab-case id in English, e.g. `office-paper`. Used in JSON reports and re-runs. */
  id: string;
  names: { nl: string; fr: string; en: string };
  /** CPV 2008 prefixes (digits only, 2–8 digits, no check digit); the first is the canonical one. */
  cpv: string[];
  /** Null for money passed on rather than bought (see `purchase`). */
  kind: 'goods' | 'services' | 'works' | null;
  /**
   * False for what a ledger pays that is no purchase: subsidies, contributions to other public
   * bodies, taxes, social benefits, wages, refunds, a loan's capital repaid. Its lines keep their category, but it is never
   * shared and never in the savings: no joint tender buys a police zone's dotation.
   */
  purchase?: false;
  /** Broad family for the overview, e.g. `office`, `energy`, `facility`, `ict`, `fleet`, `care`. */
  group: string;
  /**
   * Keywords per language: lower case, without accents, singular where it matters. A keyword is one
   * word or a phrase of words. The matcher stems both sides and also matches a keyword as the head
   * (end) of a Dutch/German-style compound word (`papier` in `kopieerpapier`), so give the specific
   * compound too when its head would mislead (`papieren handdoek`, `elektriciteitswerk`).
   */
  keywords: { nl: string[]; fr: string[]; en: string[] };
  /** Circular-purchasing potential (furniture, IT hardware, workwear and textiles, cleaning products, catering). */
  circular?: boolean;
}
