import type { PurchaseLine } from '../../src/engine/model';

let row = 1;

/** A purchase line of one source, as extraction makes it: the given fields on a line of € 100 in a row of its own. */
export const line = (source: number, fields: Partial<PurchaseLine>): PurchaseLine => ({
  source,
  table: 0,
  row: ++row,
  amountCents: 10000,
  ...fields,
});
