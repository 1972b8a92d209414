import { classifyLines } from '../../src/engine/classify/classify';
import { ALL_LANGS, LANG_BIT, readLanguageChoice, sourceLanguages } from '../../src/engine/classify/languages';
import { TAXONOMY } from '../../src/engine/classify/taxonomy';
import type { TaxonomyCategory } from '../../src/engine/classify/taxonomy-types';
import type { PurchaseLine } from '../../src/engine/model';
import { line } from '../support/lines';

const { nl, fr, en } = LANG_BIT;

/** A ledger of `n` lines per phrase list, in turn, for one source. */
const ledger = (source: number, phrases: readonly string[], n = 60): PurchaseLine[] =>
  Array.from({ length: n }, (_, i) => line(source, { description: phrases[i % phrases.length] }));

const ENGLISH = [
  'Grass cutting for the parks',
  'Toner cartridges for the office',
  'Electricity supply January',
  'Repairs to the depot roof',
];
const DUTCH = [
  'Onderhoud groen voor de begraafplaats',
  'Toner voor het secretariaat',
  'Elektriciteit januari',
  'Herstelling dak met nieuwe pannen',
];
const FRENCH = ['Entretien des espaces verts', 'Toner pour le secrétariat', 'Électricité janvier', 'Réparation de la toiture'];

/** The category of each description when it stands among a source's other lines. */
function categoriesAmong(background: readonly PurchaseLine[], descriptions: readonly string[]): string[] {
  const lines = [...background, ...descriptions.map((description) => line(background[0]!.source, { description }))];
  const { perLine } = classifyLines(lines, TAXONOMY);
  return perLine.slice(background.length).map((c) => c.category);
}

describe('the languages a source is written in', () => {
  it('tells an English, a Dutch and a bilingual source apart', () => {
    const lines = [...ledger(0, ENGLISH), ...ledger(1, DUTCH), ...ledger(2, [...DUTCH, ...FRENCH])];
    expect(sourceLanguages(lines)).toEqual([en, nl, nl | fr]);
  });

  it('keeps all three when a source says too little to tell', () => {
    expect(sourceLanguages([...ledger(0, ENGLISH, 10), ...ledger(1, ['Toner HP 305A', 'Diesel'], 200)])).toEqual([ALL_LANGS, ALL_LANGS]);
  });

  it('keeps a language a few lines in a hundred are written in', () => {
    const mostlyDutch = [...ledger(0, DUTCH, 95), ...ledger(0, ['Wiper blades for the van'], 5)];
    expect(sourceLanguages(mostlyDutch)).toEqual([nl | en]);
  });

  it('reads the source category or account name when a line has no description', () => {
    const lines = Array.from({ length: 40 }, () => line(0, { sourceCategory: 'Repairs and maintenance of the buildings' }));
    expect(sourceLanguages(lines)).toEqual([en]);
  });
});

describe('in an English ledger, Dutch and French stems do not match', () => {
  const english = ledger(0, ENGLISH);

  it('reads "material", "tank" and "goods" as English words', () => {
    const [material, tank, goods] = categoriesAmong(english, ['MATERIAL DAMAGE', 'CHEMICAL TANK', 'SOLD GOODS']);
    // French `matériaux`, Dutch `tanken` (refuelling), Dutch and French `goodies`.
    expect({ material, tank, goods }).toEqual({
      material: expect.not.stringMatching(/^building-materials$/),
      tank: expect.not.stringMatching(/^vehicle-fuel$/),
      goods: expect.not.stringMatching(/^gifts-promotional$/),
    });
  });

  it('still matches a word spelt as a Dutch or French keyword', () => {
    // `computers` is on the Dutch list; the English one has `computer`: a cognate counts as spelt.
    expect(categoriesAmong(english, ['25 X HP 290 COMPUTERS', 'PASSENGER LIFT REPAIR TOWN HALL'])).toEqual(['it-hardware', 'lifts']);
  });

  it('matches the same words by their stems in a Dutch ledger', () => {
    expect(categoriesAmong(ledger(0, DUTCH), ['Rente lening 2025', 'Onderhoud liften gemeentehuis', 'Tanken dienstwagens'])).toEqual([
      'loans',
      'lifts',
      'vehicle-fuel',
    ]);
  });
});

describe('languages someone chose for a source', () => {
  it('are read from what people type, in any of the three languages, or not at all', () => {
    expect(
      ['Nederlands, Frans', 'nl; en', 'français et anglais', 'Dutch and English', 'Engels', 'en', 'NL / FR', 'Néerlandais'].map(
        readLanguageChoice,
      ),
    ).toEqual([nl | fr, nl | en, fr | en, nl | en, en, en, nl | fr, nl]);
    // `en` joins two names; a word that names no language leaves the choice unread, not half read.
    expect(readLanguageChoice('Nederlands en Frans')).toBe(nl | fr);
    expect(['', ' ', ',', 'Nederlnds', 'Nederlands, Klingon'].map(readLanguageChoice)).toEqual([null, null, null, null, null]);
  });

  it('are the ones a source is read in: Dutch lines in a mostly English ledger match by their Dutch stems', () => {
    // Lines without a Dutch function word or month leave no trace: Dutch is not found.
    const dutch = ['Kopieerpapieren wit', 'Brandstofkaarten', 'Onderhoudscontract verwarmingsketels'];
    const lines = [...ledger(0, ENGLISH, 97), ...dutch.map((description) => line(0, { description }))];
    const found = classifyLines(lines, TAXONOMY);
    const chosen = classifyLines(lines, TAXONOMY, { languages: [en | nl] });
    expect([found.languages, found.languagesFound]).toEqual([[en], [en]]);
    expect([chosen.languages, chosen.languagesFound]).toEqual([[en | nl], [en]]);
    // Without Dutch, each is a cluster of its own word.
    expect(found.perLine.slice(97).map((c) => c.evidence.kind)).toEqual(['cluster', 'cluster', 'cluster']);
    expect(chosen.perLine.slice(97).map((c) => c.category)).toEqual(['office-paper', 'vehicle-fuel', 'hvac']);
  });
});

describe('English -ing keywords', () => {
  it('match -ing words only: a market is no marketing, a park no parking', () => {
    const english = ledger(0, ENGLISH);
    const [market, marketing, park, parking] = categoriesAmong(english, [
      'MARKET HALL STALL',
      'MARKETING CAMPAIGN',
      'PARK BENCHES',
      'PARKING PERMITS',
    ]);
    expect(marketing).toBe('advertising-design');
    expect(market).not.toBe('advertising-design');
    expect(park).not.toBe(parking);
  });
});

describe('payments that are no purchase, in an English ledger', () => {
  it('reads a precept and a grant as such, but no word `tax` alone: tax software is bought', () => {
    const [precept, software, grant] = categoriesAmong(ledger(0, ENGLISH), [
      'LCC Ctax Precept May 25',
      'Tax return software',
      'SUPPORT GRANT',
    ]);
    expect([precept, grant]).toEqual(['public-contributions', 'grants-subsidies']);
    expect(software).not.toBe('taxes-levies');
  });
});

describe('the head of an English phrase comes last', () => {
  it('reads a grant named by what it is for as a grant, but not a purchase that only mentions one', () => {
    const [facilities, warmth, shop, bids, paper] = categoriesAmong(ledger(0, ENGLISH), [
      'DISABLED FACILITIES GRANT',
      'Affordable Warmth Grant 173',
      'SHOP RESTORATION GRANT',
      'ENERGY AUDIT AND GRANT BIDS',
      'PAPER FOR GRANT APPLICATIONS',
    ]);
    expect([facilities, warmth, shop]).toEqual(['grants-subsidies', 'grants-subsidies', 'grants-subsidies']);
    expect(bids).not.toBe('grants-subsidies');
    expect(paper).toBe('office-paper');
  });

  it('leaves Dutch alone, which names the thing first: printing tax forms stays printing', () => {
    const [forms, printing] = categoriesAmong(ledger(0, DUTCH), ['Drukwerk aanslagbiljetten belasting', 'Drukwerk']);
    expect(forms).toBe(printing);
  });
});

describe('a supplier paid for grants and for repairs', () => {
  const builder = (description: string) => line(0, { supplier: 'MERCERS BUILDERS LTD', description });
  const hmrc = (description: string) => line(0, { supplier: 'HM Revenue & Customs', description });
  const classify = (lines: PurchaseLine[]) => classifyLines([...ledger(0, ENGLISH), ...lines], TAXONOMY).perLine.slice(60);

  it('does not make its own repairs a grant, but files its lines that say nothing under its grants', () => {
    const grants = Array.from({ length: 6 }, () => builder('DISABLED FACILITIES GRANT'));
    const [wall, blank] = classify([...grants, builder('ROOF REPAIRS DEPOT'), builder('REBUILD WALL'), builder('')]).slice(7);
    expect(wall!.category).not.toBe('grants-subsidies');
    expect(blank!.category).toBe('grants-subsidies');
  });

  it('lets a supplier paid for nothing else decide its terse lines: HMRC NI Sept 25 is national insurance', () => {
    const paid = Array.from({ length: 4 }, () => hmrc('EMPLOYERS NATIONAL INSURANCE'));
    const [terse] = classify([...paid, hmrc('HMRC NI Sept 25')]).slice(4);
    expect(terse!.category).toBe('staff-pay');
  });
});

describe('English stems join forms of one word, not words derived from one another', () => {
  it('a medical referee is no medication, the public realm no publication, electrical works no electricity', () => {
    const [referee, medications, realm, publications, electrical, electricity] = categoriesAmong(ledger(0, ENGLISH), [
      'MEDICAL REFEREE FEES',
      'MEDICATIONS',
      'PUBLIC REALM WORKS',
      'PUBLICATIONS',
      'ELECTRICAL INSTALLATION WORKS',
      'ELECTRICITY',
    ]);
    expect(medications).toBe('medicines');
    expect(referee).not.toBe(medications);
    expect(publications).toBe('newspapers-periodicals');
    expect(realm).not.toBe(publications);
    expect(electrical).not.toBe(electricity);
  });

  it('joins each keyword’s own forms, also where two keywords share a stem (consultancy, consultants: a consultant)', () => {
    const advice: TaxonomyCategory = {
      id: 'advice',
      names: { nl: 'Advies', fr: 'Conseil', en: 'Advice' },
      cpv: [],
      kind: 'services',
      group: 'services',
      keywords: { nl: [], fr: [], en: ['consultancy', 'consultants'] },
    };
    const lines = [...ledger(0, ENGLISH), line(0, { description: 'CONSULTANT' }), line(0, { description: 'CONSULTATION' })];
    const [consultant, consultation] = classifyLines(lines, [advice]).perLine.slice(-2);
    expect(consultant!.category).toBe('advice');
    expect(consultation!.category).not.toBe('advice');
  });
});
