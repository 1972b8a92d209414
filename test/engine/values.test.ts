import fc from 'fast-check';
import { amountByRules, normaliseCpv, normaliseVat, parseAmount, parseDate, detectDecimalStyle } from '../../src/engine/read/values';

const cents = (v: string | number, style: 'comma' | 'dot' = 'comma') => {
  const r = parseAmount(v, style);
  return r.ok ? r.cents : r.code;
};

describe('amounts as exports write them', () => {
  it.each([
    ['1.234,56', 123456],
    ['€ 1 234,56', 123456],
    ['1.234,56-', -123456],
    ['(12,50)', -1250],
    ['-45,00', -4500],
    ['45,00-', -4500],
    ['EUR 12', 1200],
    ['0,5', 50],
    ['1\u00a0234,5', 123450],
    ['1.234.567,89', 123456789],
  ])('Belgian %s', (text, expected) => expect(cents(text)).toBe(expected));

  it.each([
    ['1,234.56', 123456],
    ['1,234.00-', -123400],
    ['£1,234.00', 123400],
    ['12.50 CR', -1250],
    ['1234.5', 123450],
  ])('English %s', (text, expected) => expect(cents(text, 'dot')).toBe(expected));

  it('reads numbers to the cent without float drift', () => {
    expect(cents(0.285)).toBe(29);
    expect(cents(-19.995)).toBe(-2000);
    expect(cents(1234.56)).toBe(123456);
  });

  it('lets the column decide what 1.234 means', () => {
    expect(cents('1.234', 'comma')).toBe(123400);
    expect(cents('1.234', 'dot')).toBe(123);
    expect(cents('1,234', 'dot')).toBe(123400);
  });

  it.each(['abc', '', '#REF!', '12,34,56,7', '1.2.3,4,5', '--'])('refuses %p', (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });

  it('reads any amount written with thousands groups and decimals to the cent, in either style', () => {
    // Up to ten billion: the largest a line may hold.
    const amounts = fc.integer({ min: 0, max: 1e12 - 1 });
    const grouped = (whole: number, sep: string) => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    fc.assert(
      fc.property(amounts, fc.boolean(), fc.boolean(), (c, oneDecimal, dotStyle) => {
        const whole = Math.floor(c / 100);
        const frac = oneDecimal ? String(Math.floor((c % 100) / 10)) : String(c % 100).padStart(2, '0');
        const expected = whole * 100 + (oneDecimal ? Math.floor((c % 100) / 10) * 10 : c % 100);
        const text = dotStyle ? `${grouped(whole, ',')}.${frac}` : `${grouped(whole, '.')},${frac}`;
        for (const style of ['comma', 'dot'] as const) expect(cents(text, style)).toBe(expected);
        expect(cents(`-${text}`, dotStyle ? 'dot' : 'comma')).toBe(expected === 0 ? 0 : -expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual shapes in one pass exactly as the general rules read them', () => {
    // Texts of the characters amounts are written with, in every order: the quick reading of the
    // usual shapes (`-45,00`, `€ 39,44`, `1.929,40-`) must give what the rules give, or leave it to them.
    const chars = fc.constantFrom(...'0123456789012345678901234567890123456789.,.,-€ \u00a0()+crE'.split(''));
    const texts = fc.array(chars, { maxLength: 18 }).map((cs) => cs.join(''));
    const usual = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999_999 }), fc.constantFrom('', '-', '€ ', '-€', '€'), fc.constantFrom('', '-'), fc.boolean())
      .map(([c, before, after, dot]) => {
        const whole = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, dot ? ',' : '.');
        return `${before}${whole}${dot ? '.' : ','}${String(c % 100).padStart(2, '0')}${after}`;
      });
    // Runs of digits of any length between separators: groups of three and not, one decimal or three.
    const runs = fc
      .tuple(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('.', ',')), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', '-', '€ ', '-€'),
        fc.constantFrom('', '-'),
      )
      .map(([parts, before, after]) => `${before}${parts.map(([n, sep], i) => `${i > 0 ? sep : ''}${'7'.repeat(n)}`).join('')}${after}`);
    fc.assert(
      fc.property(fc.oneof(texts, usual, runs), fc.constantFrom('comma' as const, 'dot' as const), (text, style) => {
        const trimmed = text.trim();
        if (trimmed === '') return;
        expect(parseAmount(text, style)).toEqual(amountByRules(trimmed, style));
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses thousands groups that are not groups of three', () => {
    for (const text of ['1.23,45', '12.3456,78', '1234.567,89', '1,23.45', '1.234.56,7', '1.234,567.8'])
      expect(parseAmount(text, 'comma').ok || parseAmount(text, 'dot').ok).toBe(false);
  });

  it('detects the decimal style of a column', () => {
    expect(detectDecimalStyle(['1.234,56', '12,00', '3,5'])).toBe('comma');
    expect(detectDecimalStyle(['1,234.56', '12.00', '300.10-'])).toBe('dot');
  });
});

describe('dates', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['01/03/2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['01-03-25', '2025-03-01'],
    ['20250301', '2025-03-01'],
    [45717, '2025-03-01'],
    ['45717', '2025-03-01'],
  ])('%p', (v, iso) => expect(parseDate(v)).toBe(iso));

  it.each([
    ['15 June 2023', '2023-06-15'],
    ['6 Jun 2023', '2023-06-06'],
    ['05-Apr-17', '2017-04-05'],
    ['01-Mar-22', '2022-03-01'],
    ['Monday, 15 June 2023', '2023-06-15'],
    ['29 Dec 2023 10:15', '2023-12-29'],
    ['June 15, 2023', '2023-06-15'],
    ['3 mrt 2025', '2025-03-03'],
    ['1er janv. 2025', '2025-01-01'],
    ['15 août 2024', '2024-08-15'],
  ])('month names: %p', (v, iso) => expect(parseDate(v)).toBe(iso));

  it.each(['31 Feb 2023', '12 Foo 2023', 'Invoice 15 June 2023', 'June 2023'])('refuses %p as a date', (v) => {
    expect(parseDate(v)).toBeNull();
  });

  it.each(['31/02/2025', '2025-13-01', 'gisteren', 12, '00/00/0000'])('refuses impossible %p', (v) => {
    expect(parseDate(v)).toBeNull();
  });
});

describe('codes', () => {
  it('reads CPV codes with or without check digit', () => {
    expect(normaliseCpv('30192000-1')).toBe('30192000');
    expect(normaliseCpv('09134100')).toBe('09134100');
    expect(normaliseCpv('CPV 30197630-1')).toBe('30197630');
    expect(normaliseCpv('3019')).toBeNull();
  });
  it('reads Belgian VAT numbers in every spelling', () => {
    for (const v of ['BE0403.170.701', 'BE 0403 170 701', 'be403170701', '0403.170.701', 'BE 403.170.701']) {
      expect(normaliseVat(v)).toBe('BE0403170701');
    }
    expect(normaliseVat('GB123456789')).toBe('GB123456789');
    expect(normaliseVat('n.v.t.')).toBeNull();
  });
});
