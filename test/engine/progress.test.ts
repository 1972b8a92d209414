import { classifyLines } from '../../src/engine/classify/classify';
import { TAXONOMY } from '../../src/engine/classify/taxonomy';
import { TICK_EVERY, type PurchaseLine } from '../../src/engine/model';
import { line } from '../support/lines';

/**
 * The task pane's progress bar moves on the engine's ticks: a pass over the lines that does not tick
 * freezes it (at 200,000 lines the supplier pass's tail stood still for over 200 ms). Work is counted
 * as reads of the lines' fields, which every pass does, so no clock is involved.
 */
describe('the matcher tells how far it is', () => {
  const WORDS = ['Toner HP 305A', 'Diesel', 'Kopieerpapier A4', 'Onderhoud lift', 'Zwikkel', 'Brol', ''];
  const plain: PurchaseLine[] = Array.from({ length: 30_000 }, (_, i) =>
    line(i % 2, {
      description: `${WORDS[i % WORDS.length]} ${i % 97}`,
      supplier: `Leverancier ${i % 150}`,
      account: `61${i % 40}`,
      ...(i % 5 === 0 ? { supplierVat: `BE0${400000000 + (i % 150)}` } : {}),
    }),
  );

  it('reads no more than a few thousand lines between two ticks', () => {
    let reads = 0;
    const counted = plain.map(
      (l) =>
        new Proxy(l, {
          get(target, key, receiver) {
            reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    let last = 0;
    let most = 0;
    let ticks = 0;
    classifyLines(counted, TAXONOMY, {
      tick: () => {
        ticks++;
        most = Math.max(most, reads - last);
        last = reads;
      },
    });
    most = Math.max(most, reads - last);
    expect(ticks).toBeGreaterThan((8 * plain.length) / TICK_EVERY);
    // A pass reads at least one field of every line: one pass without ticks would read 30,000.
    expect(most).toBeLessThan(plain.length * 0.8);
  });

  it('decides the same with ticks as without', () => {
    const quiet = classifyLines(plain, TAXONOMY);
    const ticking = classifyLines(plain, TAXONOMY, { tick: () => undefined });
    expect(ticking.perLine).toEqual(quiet.perLine);
  });
});
