import { classifyLines, UNCLASSIFIED } from '../../src/engine/classify/classify';
import { LANG_BIT } from '../../src/engine/classify/languages';
import { TAXONOMY } from '../../src/engine/classify/taxonomy';
import { line } from '../support/lines';

const categoryOf = (description: string) => classifyLines([line(0, { description })], TAXONOMY).perLine[0]!.category;
/** Each description read alone, against the category it should get: a failure names the text. */
const expectRead = (expected: readonly (readonly [string, string])[]) =>
  expect(expected.map(([description]) => [description, categoryOf(description)])).toEqual(expected);
/** One test per description of what a buyer buys every week, each named by its text and category. */
const knowsWhat = (buyer: string, rows: readonly (readonly [string, string])[]) =>
  it.each(rows)(`knows what ${buyer}: %s is %s`, (description, category) => {
    expect(categoryOf(description)).toBe(category);
  });

describe('the matcher survives the traps', () => {
  it.each([
    ['Brandstof diesel dienstwagens', 'Brandblusser 6 kg poeder', 'vehicle-fuel', 'fire-safety'],
    ['Papieren handdoeken Z-vouw', 'Kopieerpapier A4 80 g', 'hygiene-paper', 'office-paper'],
    ['Elektriciteit januari 2025', 'Elektriciteitswerken sporthal', 'electricity', 'electrical-works'],
    // Repairing the electricity is an electrician's work, not the energy bought.
    ['Herstelling elektriciteit sporthal', 'Elektriciteit februari 2025', 'electrical-works', 'electricity'],
    ['Koffie bonen 1 kg', 'Huur koffieautomaat maart', 'coffee-drinks', 'coffee-machines-vending'],
    // Payments that are no purchase, beside purchases that sound alike.
    ['RSZ bijdragen januari', 'Loonadministratie Securex', 'staff-pay', 'payroll'],
    ['Verkeersbelasting voertuigen', 'Belastingadvies jaarrekening', 'taxes-levies', 'audit-accounting'],
    ['Werkingstoelage jeugdhuis', 'Maaltijdcheques personeel', 'grants-subsidies', 'meal-vouchers'],
    ['Dotation zone de secours', 'Prime d’assurance incendie', 'public-contributions', 'insurance'],
    ['Business rates 2024/25', 'Tax advice', 'taxes-levies', 'audit-accounting'],
    ['Aflossing lening Belfius', 'Intresten lening Belfius', 'other-transfers', 'loans'],
    // `markers` and `markering` share a Dutch stem; the word spelt as a keyword is that keyword.
    ['Edding permanent markers zwart', 'Markeringen parking', 'office-supplies', 'road-marking'],
    // A breakdown call for a lift is the lift's; for a van, the fleet's.
    ['Dépannage ascenseur crèche', 'Dépannage camionnette', 'lifts', 'vehicle-maintenance'],
    // A chair on wheels for a resident is a care aid, a visitor's chair furniture.
    ['Chaise roulante Invacare', 'Chaises visiteurs 4 pcs', 'care-aids', 'furniture'],
    // Cleaning a carpet is a cleaning service; laying one is maintenance.
    ['Reiniging tapijten en stoffering kinderopvang', 'Nieuwe tapijten vergaderzaal', 'cleaning-services', 'building-maintenance'],
    // A water dispenser is a drinks machine; a soap dispenser a washroom supply.
    ['Waterdispenser huur sociaal huis', 'Zeepdispenser sanitair', 'coffee-machines-vending', 'hygiene-paper'],
    // Bin bags for the cleaners are a cleaning product; the official refuse bags, waste collection.
    ['Afvalzakken 100 rollen', 'Restafvalzakken gemeente', 'cleaning-products', 'waste-collection'],
    // A bath chair is a care aid; an office chair furniture.
    ['Badstoel art. 776356', 'Bureaustoelen vergaderzaal', 'care-aids', 'furniture'],
    // Disposable gloves for care are a medical consumable; work gloves, workwear.
    ['Handschoenen nitril maat M', 'Werkhandschoenen leder', 'medical-consumables', 'workwear'],
    // Repairing a leak is the building's maintenance; unblocking a drain, sewer cleaning.
    ['Herstelling lekkage kinderdagverblijf', 'Ontstopping riolering', 'building-maintenance', 'sewer-cleaning'],
  ])('%s ≠ %s', (a, b, ca, cb) => {
    expect([categoryOf(a), categoryOf(b)]).toEqual([ca, cb]);
  });

  it('reads a compound joined by a hyphen as one word: WC-rollen are toilet rolls, though rollen alone is a unit', () => {
    expect(categoryOf('WC-rollen 2-laags')).toBe('hygiene-paper');
    expect(categoryOf('Z-vouw wit 2-laags')).toBe('hygiene-paper');
    expect(categoryOf('E-loket onderhoud')).toBe(categoryOf('Eloket onderhoud'));
  });

  it('reads a compound written with a hyphen as the keyword it is written solid: Politie-uniformen are police uniforms', () => {
    // `politie` alone says for whom (a place word), so before the join only `uniformen` counted: workwear.
    expect(categoryOf('Politie-uniformen: uniformbroeken')).toBe('police-equipment');
    expect(categoryOf('Brandweer-uniformen')).toBe(categoryOf('Brandweeruniformen'));
    expect(categoryOf('Kantoor-benodigdheden')).toBe('office-supplies');
    // Halves that make no known word stay two words, each read on its own.
    expect(categoryOf('Onderhoud-herstelling liften')).toBe(categoryOf('Onderhoud herstelling liften'));
  });

  it('reads a compound that is a keyword as that keyword only, not also as its head: politieuniformen are no workwear', () => {
    expect(categoryOf("Politieuniformen: polo's")).toBe('police-equipment');
    expect(categoryOf("Politie-uniformen: polo's POLITIE")).toBe('police-equipment');
    // A compound that is no keyword still reads as its head.
    expect(categoryOf('Zomeruniformen')).toBe('workwear');
  });

  it('reads a word a prefix made as a word of its own, not as a compound of its tail: dienstverlening is no loan', () => {
    for (const [text, not] of [
      ['Dienstverlening', 'loans'],
      ['Hulpverlening', 'loans'],
      ['Verlening vergunning', 'loans'],
      ['Uitleningen bibliotheek', 'loans'],
      ['Loopbaanbegeleiding', 'building-maintenance'],
      ['Omleiding wegenwerken', 'training'],
      ['Afvalverbranding', 'advertising-design'],
      ['Paddestoelen', 'furniture'],
    ] as const)
      expect([text, categoryOf(text)]).not.toEqual([text, not]);
    // The tails themselves, and longer keywords that end in such a word, are read as before.
    expect(categoryOf('Lening 2025 Belfius')).toBe('loans');
    expect(categoryOf('Kredietverlening')).toBe('loans');
    expect(categoryOf('Waterleidingen')).toBe('building-maintenance');
    expect(categoryOf('Beschermkleding')).toBe('workwear');
    expect(categoryOf('Wandbekleding')).toBe(categoryOf('Vloerbekleding'));
    expect(categoryOf('Broeken')).toBe('workwear');
  });

  it('reads a material before the product as what it is made of: papieren bekers are cups, not paper', () => {
    expectRead([
      ['Papieren bekers 180 ml', 'coffee-drinks'],
      ['Kartonnen dozen 40x30', 'office-supplies'],
      ['Metalen kast 2 deuren', 'furniture'],
      ['Rubberen laarzen maat 43', 'workwear'],
    ]);
    // Phrases still see the material, and the noun alone (or standing last) is still the material.
    expectRead([
      ['Papieren handdoeken Z-vouw', 'hygiene-paper'],
      ['Handdoeken papieren', 'hygiene-paper'],
      ['Glazen wassen gemeentehuis', 'cleaning-services'],
      ['Papieren', 'office-paper'],
    ]);
  });

  it.each([
    ['its material', 'Papieren'],
    ['what it is like', 'Herbruikbare'],
  ])('gathers lines nothing matched by the thing, not by %s', (_, before) => {
    const lines = ['wimpels', 'wimpels feest', 'slingers', 'slingers groen'].map((thing) => line(0, { description: `${before} ${thing}` }));
    const [a, b, c, d] = classifyLines(lines, TAXONOMY).perLine.map((x) => x.category);
    expect([a, c]).toEqual([b, d]);
    expect(a).not.toBe(c);
  });

  it('reads a Dutch adjective before the product as what it is like: witte verf is paint, gerookte zalm salmon', () => {
    expectRead([
      ['Witte verf', 'building-maintenance'],
      ['Gerookte zalm', 'food'],
      ['Halfvolle melk', 'food'],
      ['Gesneden brood', 'food'],
      ['Zelfrijzende bloem', 'food'],
      ['Gekleurde mappen', 'office-supplies'],
    ]);
    // An adjective that is a keyword's word still counts (`elektrische boiler`), and French keeps its order.
    expectRead([
      ['Elektrische boiler', 'building-maintenance'],
      ['Litige assurance', 'insurance'],
    ]);
  });

  it('reads a compound head spelt as a keyword as that keyword: tarwebloem is flour, snijbloemen are flowers', () => {
    expectRead([
      ['Tarwebloem 25 kg', 'food'],
      ['Bloem 1 kg', 'food'],
      ['Snijbloemen', 'gifts-promotional'],
      ['Bloemen huldiging', 'gifts-promotional'],
    ]);
    // A longer keyword of the same category that shares the head's stem still counts (`toners`).
    expectRead([['Vervangtoner', 'toner-ink']]);
  });

  it('reads a cupboard by what it is for: a meterkast is electrical, a warmhoudkast kitchen equipment', () => {
    expectRead([
      ['Kast met schuifdeuren', 'furniture'],
      ['Meterkast', 'electrical-works'],
      ['Warmhoudkast', 'kitchen-equipment'],
      ['Diepvrieskast', 'domestic-appliances'],
      ['Rolluikkast', 'building-maintenance'],
      ['Koelkast', 'domestic-appliances'],
    ]);
  });

  knowsWhat('a Flemish ledger buys every week', [
    ['Reinigingsmiddelen sporthal', 'cleaning-products'],
    ['Bezems en emmers', 'cleaning-products'],
    ['Luchtverfrisser toiletten', 'cleaning-products'],
    ['Kipfilet 5 kg', 'food'],
    ['Appelen en peren', 'food'],
    ['Olijfolie 5L', 'food'],
    ['Notitieboekjes A5', 'office-supplies'],
    ['Datumstempel', 'office-supplies'],
    ['Regenjassen technische dienst', 'workwear'],
    ['Werkpakken groendienst', 'workwear'],
    ['Vergaderstoelen zaal', 'furniture'],
    ['Drinkglazen cafetaria', 'kitchen-equipment'],
    ['Scheerschuim bewoners', 'toiletries'],
    ['Maandverband', 'hygiene-paper'],
    ['Inlegkruisjes Seni', 'incontinence'],
    ['Steriele kompressen 10x10', 'medical-consumables'],
    ['Wastafel toilet', 'building-maintenance'],
  ]);

  knowsWhat('the yard and the workshop buy', [
    ['Schop en hark', 'tools-ironmongery'],
    ['Schroevendraaiers set', 'tools-ironmongery'],
    ['Kruiwagen', 'tools-ironmongery'],
    ['Snoeischaar Felco', 'tools-ironmongery'],
    ['Bloembollen voorjaar', 'green-maintenance'],
    ['Graszaad sportveld', 'green-maintenance'],
    ['Rooien van bomen', 'green-maintenance'],
    ['Teelaarde', 'green-maintenance'],
    ['Spaanplaat 18mm', 'building-materials'],
    ['PVC buizen 110mm', 'building-materials'],
    ['Siliconen wit', 'building-materials'],
    ['TL buizen 58W', 'electrical-works'],
    ['Laadschop huur', 'special-vehicles'],
  ]);

  knowsWhat('a CPAS buys every week', [
    ['Fardes à levier', 'office-supplies'],
    ['Post-it jaunes', 'office-supplies'],
    ['Filet de poulet', 'food'],
    ['Farine 1kg', 'food'],
    ['Seaux et serpillères', 'cleaning-products'],
    ['Tabliers cuisine', 'workwear'],
    ['Tasses et assiettes', 'kitchen-equipment'],
    ['Cotons tiges', 'toiletries'],
    ['Rouleaux essuie-mains', 'hygiene-paper'],
    ['Lancettes glycémie', 'medical-consumables'],
    ['Brouette', 'tools-ironmongery'],
    ['Terre végétale', 'green-maintenance'],
    ['Colle carrelage', 'building-materials'],
  ]);

  it('keeps the workshop words from reading other things: a connection is no washer, a replacement no cement', () => {
    expect(categoryOf('Aansluitingen elektriciteit')).toBe('electrical-works');
    expect(categoryOf('Remplacement vitre atelier')).not.toBe('building-materials');
    expect(categoryOf('Reinigingspads')).not.toBe('tools-ironmongery');
    expect(categoryOf('Hedge cutter')).not.toBe('tools-ironmongery');
    expect(categoryOf('Hire of tables')).not.toBe('furniture');
    expect(categoryOf('Folders kerstmarkt')).not.toBe('events');
  });

  it('keeps the everyday words from reading other things: a Citroën is no lemon, a lawn conditioner no shampoo', () => {
    expect(categoryOf('Tanken Citroën Berlingo')).toBe('vehicle-fuel');
    expect(categoryOf('Wisselstukken Citroën Berlingo')).not.toBe('food');
    expect(categoryOf('Maxicrop Mosskiller & Conditioner')).not.toBe('toiletries');
    expect(categoryOf('Drukwerk: naamkaartjes + badges')).toBe('printed-matter');
    // The compounds of other trades that end in such a word are theirs.
    expectRead([
      ['Motorolie 5W30', 'vehicle-maintenance'],
      ['Dakpannen', 'building-maintenance'],
      ['Verkeersborden', 'road-signage'],
      ['Insulinepennen', 'medical-consumables'],
    ]);
  });

  it('reads a line that only points at the invoice as saying nothing: voir is no voirie', () => {
    for (const vague of ['Voir facture', 'Zie factuur', 'Invoice attached']) expect(categoryOf(vague)).toBe(UNCLASSIFIED);
    expect(categoryOf('Travaux de voirie rue Haute')).toBe('road-works');
  });

  it('reads an English building named last as where, not what: the lift service of a cemetery lodge is the lift', () => {
    expect(categoryOf('LIFT SERVICE CEMETERY LODGE')).toBe(categoryOf('Lift service'));
    expect(categoryOf('DOOR REPAIRS TRAINING CENTRE')).not.toBe(categoryOf('Training course'));
    expect(categoryOf('Wilson Field Leisure Centre Construction')).toBe('construction-works');
    expect(categoryOf('MERCER BOWLING PAVILION FIRE ASSESSMENT')).toBe('fire-safety');
    // Only the named pairs: a product before a bare head is still the product.
    expect(categoryOf('Printer toners station South')).toBe('toner-ink');
    expect(categoryOf('Docking station USB-C')).toBe('it-hardware');
  });

  it('reads a maker followed by its cartridge code as toner or ink, though the code is dropped with the article numbers', () => {
    for (const code of [
      'HP 305A – geel – 5 st.',
      'HP 62A – zwart',
      'vervangtoer brother tn-2420',
      'Kyocera TK-5240K',
      'Canon PG-540',
      'Samsung MLT-D111S',
    ]) {
      expect([code, categoryOf(code)]).toEqual([code, 'toner-ink']);
    }
    // The maker's other products and numbers that could name them are no cartridge.
    expect(categoryOf('HP 250 G8 laptop')).toBe('it-hardware');
    expect(categoryOf('HP 62 – zwart')).not.toBe('toner-ink');
    expect(categoryOf('Brother TN-2420')).toBe(categoryOf('Toner'));
  });

  it('reads window envelopes and elastic bands as office supplies', () => {
    expect(categoryOf('Aankoop vensteromslagen en hefboomordners')).toBe('office-supplies');
    expect(categoryOf('Rekkers (verpakking 7)')).toBe('office-supplies');
  });

  it('reads desk and wall calendars as office supplies, and a waste collection calendar as printing', () => {
    expect(categoryOf('Aankoop bureaukalenders en kleefband')).toBe('office-supplies');
    expect(categoryOf('bureaukalenders (verpakking 2) ref. 9172-06')).toBe('office-supplies');
    expect(categoryOf('Calendrier de bureau 2026')).toBe('office-supplies');
    expect(categoryOf('Wall planners')).toBe('office-supplies');
    expect(categoryOf('Afvalkalender 2026')).toBe(categoryOf('Drukwerk'));
  });

  it('reads a seminar on social aid as training, not as social aid', () => {
    expect(categoryOf('Séminaire aide sociale')).toBe(categoryOf('Formation des agents'));
  });

  it('splits compounds only in Dutch: transformation is no formation', () => {
    expect(categoryOf('Leisure transformation programme')).not.toBe(categoryOf('Formation des agents'));
    expect(categoryOf('Kopieerpapier')).toBe(categoryOf('Papier A4 wit'));
  });

  it('reads French and English descriptions too', () => {
    expect(categoryOf('Papier pour photocopieuse A4')).toBe(categoryOf('Kopieerpapier A4'));
    expect(categoryOf('Electricity supply Q1')).toBe(categoryOf('Elektriciteit levering'));
  });

  it('gives a CPV code precedence and says so', () => {
    const r = classifyLines([line(0, { description: 'Diverse', cpv: '09134100' })], TAXONOMY).perLine[0]!;
    expect(r.evidence.kind).toBe('cpv');
    expect(r.category).toBe(categoryOf('Diesel'));
  });

  it('files a vague line under what its supplier sells, across spellings and administrations', () => {
    const r = classifyLines(
      [
        line(0, { supplier: 'LYRECO BELGIUM SA', description: 'Kopieerpapier A4' }),
        line(0, { supplier: 'LYRECO BELGIUM SA', description: 'Papier A3 wit' }),
        line(1, { supplier: 'Lyreco Belgium NV', description: 'Factuur 12345' }),
        line(1, { supplier: 'Lyreco Belgium NV' }),
      ],
      TAXONOMY,
    );
    expect(r.perLine.map((c) => c.category)).toEqual(Array(4).fill('office-paper'));
    expect(r.perLine[2]!.evidence.kind).toBe('supplier');
    expect(r.supplierIds[0]).toBe(r.supplierIds[2]);
  });

  it("lets a supplier's few matched lines decide only a few others", () => {
    // One line that read as IT hardware may not file a truck dealer's twenty unmatched lines there.
    const truckDealer = [
      line(0, { supplier: 'WALTON SUMMIT TRUCK CENTRE', description: 'Laptop docking station' }),
      ...Array.from({ length: 20 }, (_, i) => line(0, { supplier: 'WALTON SUMMIT TRUCK CENTRE', description: `CLUTCH ${i}` })),
    ];
    // One clear line and two vague ones: the clear line decides them.
    const smallSupplier = [
      line(0, { supplier: 'Drukkerij Peeters', description: 'Briefpapier met logo' }),
      line(0, { supplier: 'Drukkerij Peeters', description: 'Factuur 881' }),
      line(0, { supplier: 'Drukkerij Peeters', description: 'Factuur 902' }),
    ];
    // Three agreeing lines decide however many others.
    const bigSupplier = [
      ...['Toner HP 305A', 'Toner Brother TN-2420', 'Inktcartridge Canon'].map((description) =>
        line(0, { supplier: 'Toner Service', description }),
      ),
      ...Array.from({ length: 30 }, (_, i) => line(0, { supplier: 'Toner Service', description: `Factuur ${i}` })),
    ];
    const { perLine } = classifyLines([...truckDealer, ...smallSupplier, ...bigSupplier], TAXONOMY);
    const truck = perLine.slice(0, 21).map((c) => c.category);
    const small = perLine.slice(21, 24).map((c) => c.category);
    const big = perLine.slice(24).map((c) => c.category);
    expect(truck[0]).toBe('it-hardware');
    expect(truck.slice(1)).not.toContain('it-hardware');
    expect(new Set(small).size).toBe(1);
    expect(small[1]).not.toBe(UNCLASSIFIED);
    expect(new Set(big)).toEqual(new Set(['toner-ink']));
  });

  it('puts what nothing matches in one cluster across administrations', () => {
    const r = classifyLines(
      [
        line(0, { description: 'Zwerfvuilgrijpers set' }),
        line(1, { description: 'zwerfvuilgrijpers' }),
        line(1, { description: 'Factuur 99812' }),
      ],
      TAXONOMY,
    );
    expect(r.perLine[0]!.evidence.kind).toBe('cluster');
    expect(r.perLine[0]!.category).toBe(r.perLine[1]!.category);
    expect(r.perLine[2]!.category).toBe('unclassified');
  });

  it('never names a cluster after a month, in any of the three languages', () => {
    const r = classifyLines(
      [
        line(0, { description: 'ZORBING OCT 24' }),
        line(1, { description: 'Zorbing mar 25' }),
        line(0, { description: 'SPROCKETS OCT 24' }),
        line(1, { description: 'Gizmo okt 2024' }),
      ],
      TAXONOMY,
    );
    const names = [...r.categories.values()].map((c) => c.names.en);
    expect(names).not.toContain('Oct');
    expect(names).not.toContain('Okt');
    expect(r.perLine[0]!.category).toBe(r.perLine[1]!.category);
    expect(r.perLine[0]!.category).not.toBe(r.perLine[2]!.category);
  });

  it('never names a cluster after the word for buying or an article number', () => {
    const r = classifyLines(
      [
        line(0, { description: 'Aankoop zorbingballen' }),
        line(1, { description: 'aankoop zorbingballen art. 5512' }),
        line(0, { description: 'Aankoop gizmoklemmen art. 88123' }),
        line(1, { description: 'Achat sprockets art. 1234' }),
      ],
      TAXONOMY,
    );
    const names = [...r.categories.values()].map((c) => c.names.nl.toLowerCase());
    for (const word of ['aankop', 'aankoop', 'art', 'achat']) expect(names).not.toContain(word);
    // The thing bought names the cluster, and joins the administrations that buy it.
    expect(r.perLine[0]!.category).toBe(r.perLine[1]!.category);
    expect(r.perLine[0]!.category).not.toBe(r.perLine[2]!.category);
  });

  it("joins a word's forms by the stemmer of the source's language: an English ledger's charges and charge meet", () => {
    const english = Array.from({ length: 40 }, (_, i) => line(0, { description: `Photocopy toner for the office ${i}` }));
    const r = classifyLines([...english, line(0, { description: 'Blorf charges' }), line(0, { description: 'Snarf charge' })], TAXONOMY);
    expect(r.languages[0]).toBe(LANG_BIT.en);
    const [a, b] = r.perLine.slice(-2);
    expect([a!.evidence.kind, b!.evidence.kind]).toEqual(['cluster', 'cluster']);
    expect(a!.category).toBe(b!.category);
  });

  it('takes a typed category over everything else', () => {
    const r = classifyLines([line(0, { description: 'Kopieerpapier', cpv: '30197630' })], TAXONOMY, {
      overrides: new Map([[0, 'Toner en inkt']]),
    });
    expect(r.perLine[0]!.evidence.kind).toBe('override');
  });
});

describe('descriptions typed in a hurry', () => {
  const classified = (description: string) => classifyLines([line(0, { description })], TAXONOMY).perLine[0]!;

  it.each([
    // A letter too many, two letters swapped, inside a compound.
    ['A4 papiier wit 80 g', 'office-paper', 'papier ~ papiier'],
    ['Pappier Steinbeis A4 80 gr', 'office-paper', 'papier ~ pappier'],
    ['fotokopiepapeir a5 80g', 'office-paper', 'kopiepapier ~ fotokopiepapeir'],
    ['2 x lijmsttick Pritt', 'office-supplies', 'lijmstick ~ lijmsttick'],
    ['katnoorbenodigdheden divers', 'office-supplies', 'kantoorbenodigdheden ~ katnoorbenodigdheden'],
    // From nine letters on, a letter wrong or missing too.
    ['kantorbenodigdheden', 'office-supplies', 'kantoorbenodigdheden ~ kantorbenodigdheden'],
  ])('reads %s as %s, and says which keyword it took the word for', (description, category, keyword) => {
    const c = classified(description);
    expect(c.category).toBe(category);
    expect(c.evidence.kind).toBe('description');
    expect(c.evidence.detail).toContain(keyword);
  });

  it('takes no real word for a typo of another: short words, a letter changed in a short word, a different first letter', () => {
    // `zegels` (stamps) is one letter from `zetels` (seats), `proofing` one from `roofing`.
    for (const description of ['Zegels 10 boekjes', 'Groene stroom', 'Proofing plate', 'Papir A4']) {
      expect([description, classified(description).evidence.detail]).not.toEqual([description, expect.stringContaining('~')]);
    }
  });

  it("weighs a typo after what the supplier's other lines say", () => {
    const r = classifyLines(
      [
        line(0, { supplier: 'bpost', description: 'Postzegels prior' }),
        line(0, { supplier: 'bpost', description: 'Frankeren aangetekende zendingen' }),
        line(0, { supplier: 'bpost', description: 'Zeetels prior 10 boekjes' }),
      ],
      TAXONOMY,
    ).perLine;
    expect(r[2]!.category).toBe(r[0]!.category);
    expect(r[2]!.evidence.kind).toBe('supplier');
  });

  it('reads no typos in an English source: its real words lie too close to the keywords', () => {
    const english = Array.from({ length: 40 }, (_, i) => line(0, { description: `Photocopy toner for the office ${i}` }));
    const r = classifyLines([...english, line(0, { description: 'Canon papiier for the printers' })], TAXONOMY);
    expect(r.languages[0]).toBe(LANG_BIT.en);
    expect(r.perLine.at(-1)!.evidence.detail).not.toContain('~');
  });
});

describe("a maker's name or an article code before the product", () => {
  /** The last of `descriptions`, classified in a source whose other lines are in `language`. */
  const inSource = (language: 'nl' | 'en', description: string) => {
    const filler = Array.from({ length: 40 }, (_, i) =>
      line(0, { description: language === 'en' ? `Photocopy toner for the office ${i}` : `Kopieerpapier voor de dienst ${i}` }),
    );
    const r = classifyLines([...filler, line(0, { description })], TAXONOMY);
    expect(r.languages[0]).toBe(LANG_BIT[language]);
    return r.perLine.at(-1)!;
  };

  it.each([
    ['Samsung MLT-D111S toner zwart', 'toner-ink'],
    ['Brother TN-2420 toner', 'toner-ink'],
    ['Kyocera TK-1170 toner geel - art.nr 9839331', 'toner-ink'],
    ['Stabilo markeerstiften geel', 'office-supplies'],
    ['Aankoop hefboomordners en omslagen C5', 'office-supplies'],
    // After nothing but the word for buying, a preposition does not start what the product is for.
    ['Aankoop van hefboomordners', 'office-supplies'],
    // The name of a maker's product line between the maker and the product.
    ['Stabilo Boss markeerstiften', 'office-supplies'],
    ['Esselte Vivida hefboomordners', 'office-supplies'],
    ['Vileda UltraMax mop', 'cleaning-products'],
    ['Pentel EnerGel gelpennen', 'office-supplies'],
    ['Fellowes Powershred papiervernietiger', 'office-supplies'],
    ['Bosch Professional boorhamer', 'tools-ironmongery'],
    // A second word of the line that says what the product after it says is that product.
    ['Xerox Performer papier A5 80 gr', 'office-paper'],
  ])('does not push the product down: %s is %s, by its description', (description, category) => {
    const c = inSource('nl', description);
    expect([c.category, c.evidence.kind]).toEqual([category, 'description']);
  });

  it("reads a keyword in a maker's product line as part of its name when another product follows: Lenovo Think Book laptops are no books", () => {
    const c = inSource('en', '5 LENOVO THINK BOOK LAPTOPS');
    expect([c.category, c.evidence.detail]).toEqual(['it-hardware', 'laptops']);
  });

  it('in English, reads three letters as an abbreviation that counts, not as the letters of a code: HSL water compliance is no water supply', () => {
    expect(inSource('en', 'HSL Water Compliance').category).not.toBe('water-supply');
  });
});
