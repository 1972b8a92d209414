import type { Lang } from '../model';
import type { Procedure } from './parameters';
import { procedureOf } from './model';

export interface AllocationInput {
  categoryId: string;
  /** Spend per source (euro), lines per source. */
  spend: readonly number[];
  lines: readonly number[];
  /** Per source: the service that spends most on the category ('' when the source names none). */
  topService: readonly string[];
  /** Per source: whether it already buys from the category's largest supplier overall. */
  knowsTopSupplier: readonly boolean[];
  topSupplier: string;
  jointLevel: number;
}

export interface Lead {
  /** Source index, or -1 for the central purchasing service. */
  source: number;
  administration: string;
  service: string;
  reason: string;
}

export interface AllocationOptions {
  sourceNames: readonly string[];
  central?: string;
  capacityPerService: number;
  lang: Lang;
}

const pct = (x: number, lang: Lang) => `${Math.round(x * 100)}${lang === 'en' ? '%' : ' %'}`;

const words = {
  nl: {
    central: (proc: Procedure) =>
      `Centrale aankoopdienst: de gezamenlijke waarde vraagt een ${proc === 'eu' ? 'Europese procedure (Europese bekendmaking)' : 'openbare procedure (Belgische bekendmaking)'}`,
    largest: (share: string) => `Grootste uitgave (${share} van het totaal)`,
    next: (share: string) => `Volgende in uitgave (${share} van het totaal)`,
    mostLines: (n: number) => `Evenveel uitgave; meeste aankooplijnen (${n})`,
    firstNamed: 'Evenveel uitgave en aankooplijnen; als eerste bron opgegeven',
    supplier: (s: string) => `koopt al bij ${s}`,
    capacity: (who: string) => `${who} heeft zijn capaciteit bereikt`,
    unknownService: 'dienst niet bekend',
  },
  fr: {
    central: (proc: Procedure) =>
      `Centrale d'achat : la valeur commune exige une ${proc === 'eu' ? 'procédure européenne (publicité européenne)' : 'procédure ouverte (publicité belge)'}`,
    largest: (share: string) => `Plus grande dépense (${share} du total)`,
    next: (share: string) => `Dépense suivante (${share} du total)`,
    mostLines: (n: number) => `Dépense égale ; plus de lignes d'achat (${n})`,
    firstNamed: "Dépense et lignes d'achat égales ; première source indiquée",
    supplier: (s: string) => `achète déjà chez ${s}`,
    capacity: (who: string) => `${who} a atteint sa capacité`,
    unknownService: 'service inconnu',
  },
  en: {
    central: (proc: Procedure) =>
      `Central purchasing service: the combined value needs ${proc === 'eu' ? 'an EU procedure (EU publication)' : 'an open procedure (Belgian publication)'}`,
    largest: (share: string) => `Largest spend (${share} of the total)`,
    next: (share: string) => `Next largest spend (${share} of the total)`,
    mostLines: (n: number) => `Equal spend; most purchase lines (${n})`,
    firstNamed: 'Equal spend and purchase lines; named first among the sources',
    supplier: (s: string) => `already buys from ${s}`,
    capacity: (who: string) => `${who} has reached its capacity`,
    unknownService: 'service not known',
  },
};

/**
 * Gives each shared category a lead: the central purchasing service (if named) for categories that
 * need an open or EU procedure; otherwise the administration with the largest spend, through its
 * service that spends most — unless that service already leads as many categories as it can take,
 * in which case the next administration takes it. Categories are taken in the order given
 * (largest saving first), so the most valuable ones get the first choice.
 */
export function allocate(categories: readonly AllocationInput[], o: AllocationOptions): Lead[] {
  const w = words[o.lang];
  const load = new Map<string, number>();
  return categories.map((c) => {
    if (o.central && c.jointLevel >= 2) {
      return { source: -1, administration: o.central, service: '', reason: w.central(procedureOf(c.jointLevel)) };
    }
    const total = c.spend.reduce((n, s) => n + Math.max(0, s), 0);
    const order = c.spend
      .map((s, i) => i)
      .filter((i) => c.spend[i]! > 0)
      .sort((a, b) => c.spend[b]! - c.spend[a]! || c.lines[b]! - c.lines[a]! || a - b);
    const skipped: string[] = [];
    for (const i of order) {
      const service = c.topService[i] ?? '';
      const slot = `${i}\u0000${service}`;
      const who = service ? `${o.sourceNames[i]} – ${service}` : o.sourceNames[i]!;
      if ((load.get(slot) ?? 0) >= o.capacityPerService && i !== order[order.length - 1]) {
        skipped.push(w.capacity(who));
        continue;
      }
      load.set(slot, (load.get(slot) ?? 0) + 1);
      const tie = order.length > 1 && c.spend[order[0]!] === c.spend[order[1]!];
      const share = pct(total > 0 ? c.spend[i]! / total : 0, o.lang);
      const sameLines = tie && c.lines[order[0]!] === c.lines[order[1]!];
      const why = i !== order[0] ? w.next(share) : sameLines ? w.firstNamed : tie ? w.mostLines(c.lines[i]!) : w.largest(share);
      const reasons = [...skipped, why];
      if (c.knowsTopSupplier[i] && c.topSupplier) reasons.push(w.supplier(c.topSupplier));
      return { source: i, administration: o.sourceNames[i]!, service: service || w.unknownService, reason: reasons.join('; ') };
    }
    return { source: -1, administration: '', service: '', reason: '' };
  });
}
