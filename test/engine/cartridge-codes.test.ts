import { namesCartridge } from '../../src/engine/classify/cartridge-codes';

describe('a maker named with one of its cartridge codes', () => {
  it.each([
    ['[55177] HP 305A – geel', 'hp'],
    ['HP CF259A', 'hp'],
    ['HP 305 XL zwart', 'hp'],
    ['hp laserjet, hp 26x', 'hp'],
    ['Brother LC3211', 'brother'],
    ['vervangtoner brother tn-2420', 'brother'],
    ['Canon C-EXV 42', 'canon'],
    ['Xerox 106R03623', 'xerox'],
    ['Kredietnota inkt lexmark 56f2000', 'lexmark'],
  ])('%s names a cartridge of %s', (text, maker) => {
    expect(namesCartridge(text, maker)).toBe(true);
  });

  it.each([
    // A laptop, a screen size, a bare ink number, a product line between maker and code.
    ['HP 250 G8', 'hp'],
    ['HP 24', 'hp'],
    ['HP 62', 'hp'],
    ['HP LaserJet 305A', 'hp'],
    // The code must stand alone, right after this maker.
    ['SHP 62A', 'hp'],
    ['HP 62AB', 'hp'],
    ['Brother HL-L2350DW', 'brother'],
    ['Kyocera TK-5240K', 'brother'],
    // A maker without cartridges.
    ['Stabilo 123A', 'stabilo'],
  ])('%s names none of %s', (text, maker) => {
    expect(namesCartridge(text, maker)).toBe(false);
  });
});
