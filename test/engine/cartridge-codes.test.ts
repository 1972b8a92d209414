import { makersNamingCartridge } from '../../src/engine/classify/cartridge-codes';

describe('a maker named with one of its cartridge codes', () => {
  it.each([
    ['[55177] HP 305A – geel', 'hp'],
    ['HP CF259A', 'hp'],
    ['HP 305 XL zwart', 'hp'],
    ['Brother LC3211', 'brother'],
    ['Canon C-EXV 42', 'canon'],
    ['Xerox 106R03623', 'xerox'],
    ['Kredietnota inkt lexmark 56f2000', 'lexmark'],
  ])('%s names a cartridge of %s', (text, maker) => {
    expect([...makersNamingCartridge(text)]).toEqual([maker]);
  });

  it.each([
    // A laptop, a screen size, a bare ink number, a product line between maker and code.
    ['HP 250 G8'],
    ['HP 24'],
    ['HP 62'],
    ['HP LaserJet 305A'],
    // The code must stand alone, after this maker.
    ['SHP 62A'],
    ['HP 62AB'],
    ['Brother HL-L2350DW'],
  ])('%s names none', (text) => {
    expect(makersNamingCartridge(text).size).toBe(0);
  });
});
