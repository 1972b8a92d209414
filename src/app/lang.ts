import type { Lang } from '../engine/model';

export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** Tandem's language for a language tag (`fr-BE` → fr, `en-GB` → en); Dutch for anything else. */
export function pickLang(tag: string | undefined | null): Lang {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' ? 'fr' : primary === 'en' ? 'en' : 'nl';
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
