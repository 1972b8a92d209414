/**
 * Who leads each shared category: the administration with the largest spend, with its reason in
 * words; a capacity per service spreads the work; a central purchasing service takes the categories
 * whose combined value needs an open or EU procedure.
 */
import { runAnalysis, type NamedTables } from '../../src/app/analyze-sources';
import { allocate, type AllocationInput, type AllocationOptions } from '../../src/engine/savings/allocate';

function category(id: string, over: Partial<AllocationInput> = {}): AllocationInput {
  return {
    categoryId: id,
    spend: [60_000, 20_000],
    lines: [10, 30],
    topService: ['Facilitair', 'Sociale dienst'],
    knowsTopSupplier: [false, false],
    topSupplier: '',
    jointLevel: 1,
    ...over,
  };
}

const options = (over: Partial<AllocationOptions> = {}): AllocationOptions => ({
  sourceNames: ['Gemeente', 'OCMW'],
  capacityPerService: 5,
  lang: 'nl',
  ...over,
});

describe('the lead of a shared category', () => {
  it('is the administration with the largest spend, through its busiest service, with the reason in words', () => {
    const [lead] = allocate([category('office-paper')], options());
    expect(lead).toEqual({
      source: 0,
      administration: 'Gemeente',
      service: 'Facilitair',
      reason: 'Grootste uitgave (75 % van het totaal)',
    });
  });

  it('follows the spend, not the number of lines, and names an existing supplier relation', () => {
    const [lead] = allocate(
      [category('cleaning', { spend: [5_000, 45_000], lines: [40, 3], knowsTopSupplier: [true, true], topSupplier: 'ISS' })],
      options(),
    );
    expect(lead!.administration).toBe('OCMW');
    expect(lead!.service).toBe('Sociale dienst');
    expect(lead!.reason).toBe('Grootste uitgave (90 % van het totaal); koopt al bij ISS');
  });

  it('breaks a tie in spend by the number of lines, and says so', () => {
    const [lead] = allocate([category('coffee', { spend: [10_000, 10_000], lines: [4, 9] })], options());
    expect(lead!.administration).toBe('OCMW');
    expect(lead!.reason).toBe('Evenveel uitgave; meeste aankooplijnen (9)');
  });

  it('does not claim "most lines" when lines tie too', () => {
    const [lead] = allocate([category('coffee', { spend: [10_000, 10_000], lines: [5, 5] })], options());
    expect(lead!.administration).toBe('Gemeente');
    expect(lead!.reason).not.toContain('meeste aankooplijnen');
  });

  it('speaks French and English', () => {
    expect(allocate([category('a')], options({ lang: 'fr' }))[0]!.reason).toBe('Plus grande dépense (75 % du total)');
    expect(allocate([category('a')], options({ lang: 'en' }))[0]!.reason).toBe('Largest spend (75% of the total)');
  });

  it('names the service as unknown when the source has no service column', () => {
    const [lead] = allocate([category('a', { topService: ['', ''] })], options());
    expect(lead!.service).toBe('dienst niet bekend');
  });
});

describe('capacity per service spreads the work', () => {
  it('with capacity 1, the second category of the same service goes to the other administration, which says why', () => {
    const leads = allocate([category('first'), category('second')], options({ capacityPerService: 1 }));
    expect(leads.map((l) => [l.administration, l.service])).toEqual([
      ['Gemeente', 'Facilitair'],
      ['OCMW', 'Sociale dienst'],
    ]);
    expect(leads[1]!.reason).toBe('Gemeente – Facilitair heeft zijn capaciteit bereikt; Volgende in uitgave (25 % van het totaal)');
  });

  it('counts per service: another service of the same administration still has room', () => {
    const leads = allocate(
      [category('first'), category('second', { topService: ['Patrimonium', 'Sociale dienst'] })],
      options({ capacityPerService: 1 }),
    );
    expect(leads.map((l) => [l.administration, l.service])).toEqual([
      ['Gemeente', 'Facilitair'],
      ['Gemeente', 'Patrimonium'],
    ]);
  });

  it('when every service is full, the last administration in line still takes it rather than leave it without a lead', () => {
    const leads = allocate([category('a'), category('b'), category('c')], options({ capacityPerService: 1 }));
    expect(leads.map((l) => l.administration)).toEqual(['Gemeente', 'OCMW', 'OCMW']);
  });

  it('with room enough, the largest spender leads everything', () => {
    const leads = allocate([category('a'), category('b'), category('c')], options({ capacityPerService: 5 }));
    expect(leads.map((l) => l.administration)).toEqual(['Gemeente', 'Gemeente', 'Gemeente']);
  });
});

describe('a central purchasing service (--central)', () => {
  it('takes the categories that need an open or EU procedure, and leaves the lighter ones to the administrations', () => {
    const leads = allocate(
      [
        category('small', { jointLevel: 0 }),
        category('negotiated', { jointLevel: 1 }),
        category('open', { jointLevel: 2 }),
        category('eu', { jointLevel: 3 }),
      ],
      options({ central: 'Aankoopcentrale Intercommunale' }),
    );
    expect(leads.map((l) => l.administration)).toEqual([
      'Gemeente',
      'Gemeente',
      'Aankoopcentrale Intercommunale',
      'Aankoopcentrale Intercommunale',
    ]);
    expect(leads[2]!.reason).toBe('Centrale aankoopdienst: de gezamenlijke waarde vraagt een openbare procedure (Belgische bekendmaking)');
    expect(leads[3]!.reason).toBe('Centrale aankoopdienst: de gezamenlijke waarde vraagt een Europese procedure (Europese bekendmaking)');
    expect(allocate([category('eu', { jointLevel: 3 })], options({ central: 'CPB', lang: 'en' }))[0]!.reason).toBe(
      'Central purchasing service: the combined value needs an EU procedure (EU publication)',
    );
  });

  it('without --central, the administrations lead the heavy categories too', () => {
    const [lead] = allocate([category('eu', { jointLevel: 3 })], options());
    expect(lead!.administration).toBe('Gemeente');
  });
});

describe('allocation through the whole engine', () => {
  const source = (name: string, lines: (string | number)[][]): NamedTables => ({
    name,
    tables: [{ file: `${name}.csv`, sheet: `${name}.csv`, rows: [['Datum', 'Leverancier', 'Omschrijving', 'Dienst', 'Bedrag'], ...lines] }],
  });
  const sources = [
    source('Gemeente', [
      ['01/01/2025', 'Engie', 'Elektriciteit levering', 'Patrimonium', 150_000],
      ['02/01/2025', 'Lyreco', 'Kopieerpapier A4', 'Secretariaat', 9_000],
      ['31/12/2025', 'Q8', 'Diesel voertuigen', 'Patrimonium', 4_000],
    ]),
    source('OCMW', [
      ['10/02/2025', 'Engie', 'Elektriciteit', 'Technische dienst', 90_000],
      ['11/02/2025', 'Lyreco', 'Kopieerpapier A4', 'Sociale dienst', 12_000],
      ['12/02/2025', 'Q8', 'Diesel voertuigen', 'Thuiszorg', 1_000],
    ]),
  ];

  it('puts the lead, the service and the reason in the JSON', () => {
    const { report } = runAnalysis(sources);
    const power = report.categories.find((c) => c.id === 'electricity')!;
    expect(power.lead).toEqual({
      administration: 'Gemeente',
      service: 'Patrimonium',
      reason: 'Grootste uitgave (63 % van het totaal); koopt al bij Engie',
    });
    const paper = report.categories.find((c) => c.id === 'office-paper')!;
    expect(paper.lead!.administration).toBe('OCMW');
    expect(paper.lead!.service).toBe('Sociale dienst');
  });

  it('--central takes the EU-sized electricity contract, not the small paper one', () => {
    const { report } = runAnalysis(sources, { central: 'Centrale' });
    expect(report.categories.find((c) => c.id === 'electricity')!.lead!.administration).toBe('Centrale');
    expect(report.categories.find((c) => c.id === 'office-paper')!.lead!.administration).toBe('OCMW');
  });
});
