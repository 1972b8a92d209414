import { fold } from './normalize';

/** Legal forms, country words and filler that vary between spellings of one supplier's name. */
const NOISE = new Set(
  (
    'nv sa bv bvba sprl srl vzw asbl cv cvba scrl scrl sc comm v commv vof snc gcv scs ebvba sprlu ' +
    'ltd limited plc llp llc inc incorporated corp corporation co company gmbh ag sas sarl spa ' +
    'belgium belgie belgique belgien benelux uk gb nederland nederlands the de het la le les et en and n v s a b v ' +
    'group groep groupe holding international intl services service diensten'
  ).split(' '),
);

/**
 * A key that two spellings of one supplier share: `LYRECO BELGIUM SA`, `Lyreco Belgium NV` and
 * `Lyreco` all give `lyreco`. Site or account numbers that utilities append are dropped too.
 */
export function supplierKey(name: string): string {
  const words = fold(name.replace(/&/g, ' en '))
    .split(' ')
    .filter((w) => w.length > 0 && !NOISE.has(w) && !/\d/.test(w));
  if (words.length === 0) return fold(name);
  return words.join(' ');
}
