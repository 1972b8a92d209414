import fc from 'fast-check';
import { utf8Text, utf8TextInPieces } from '../../src/gateway/files/utf8';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('sheet XML decoded in pieces (with progress between them)', () => {
  it('gives the same text as decoding it whole, wherever the pieces would cut a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 9 }), (text, pieceBytes) => {
        const bytes = bytesOf(text);
        expect(utf8TextInPieces(bytes, pieceBytes, () => {})).toBe(utf8Text(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('says how far it has come after each piece, ending at the last byte', () => {
    const bytes = bytesOf('Café ’t Hoekske – 🍵 koffie'.repeat(20));
    const done: number[] = [];
    utf8TextInPieces(bytes, 64, (at) => done.push(at));
    expect(done.length).toBeGreaterThan(5);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(bytes.length);
  });

  it('drops a byte order mark only at the very start, as decoding it whole does', () => {
    const bytes = bytesOf('\ufeff<a>\ufeffx</a>');
    expect(utf8Text(bytes)).toBe('<a>\ufeffx</a>');
    // In pieces of 3 or 6 bytes the second mark starts a piece (`\ufeff<a>` is 3 + 3 bytes).
    for (const size of [3, 6, 4]) expect(utf8TextInPieces(bytes, size, () => {})).toBe('<a>\ufeffx</a>');
  });
});
