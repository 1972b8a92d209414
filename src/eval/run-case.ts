import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runAnalysis } from '../app/analyze-sources';
import { readSourcePath } from '../gateway/files/node';
import { score, type Item, type Scores } from './score';

export interface Truth {
  sources: { name: string; path: string; sheet?: string }[];
  lines: { source: string; row: number; category: string }[];
}

export interface CaseResult {
  name: string;
  scores: Scores;
  /** Truth lines the analysis did not produce as lines (skipped or rejected by mistake). */
  missing: { source: string; row: number }[];
  /** Lines the analysis produced that the truth does not know (e.g. a totals row read as a line). */
  extra: { source: string; row: number }[];
  confusions: { truth: string; predicted: string; count: number }[];
}

/** Runs the analysis on one evaluation case (a folder with `truth.json`) and scores it. */
export async function runCase(dir: string): Promise<CaseResult> {
  const truth = JSON.parse(await fs.readFile(path.join(dir, 'truth.json'), 'utf8')) as Truth;
  const sources = [];
  for (const s of truth.sources) sources.push({ name: s.name, tables: await readSourcePath(path.join(dir, s.path), s.sheet) });
  const { report } = runAnalysis(sources);
  const predicted = new Map(report.lines.map((l) => [`${l.administration}\u0000${l.row}`, l.category]));
  const items: Item[] = [];
  const missing: CaseResult['missing'] = [];
  const known = new Set<string>();
  for (const t of truth.lines) {
    const key = `${t.source}\u0000${t.row}`;
    known.add(key);
    const p = predicted.get(key);
    if (p === undefined) missing.push({ source: t.source, row: t.row });
    // A line that went missing counts as a cluster of its own: it is with nobody.
    items.push({ source: t.source, truth: t.category, predicted: p ?? `missing:${key}` });
  }
  const extra = report.lines
    .filter((l) => !known.has(`${l.administration}\u0000${l.row}`))
    .map((l) => ({ source: l.administration, row: l.row }));
  const pairs = new Map<string, number>();
  for (const i of items)
    if (!i.predicted.startsWith('missing:'))
      pairs.set(`${i.truth}\u0000${i.predicted}`, (pairs.get(`${i.truth}\u0000${i.predicted}`) ?? 0) + 1);
  const confusions = [...pairs.entries()]
    .map(([k, count]) => {
      const [truthLabel, predictedLabel] = k.split('\u0000') as [string, string];
      return { truth: truthLabel, predicted: predictedLabel, count };
    })
    .sort((a, b) => b.count - a.count);
  return { name: path.basename(dir), scores: score(items), missing, extra, confusions };
}

export async function listCases(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { withFileTypes: true });
  const dirs = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    try {
      await fs.access(path.join(root, e.name, 'truth.json'));
      dirs.push(path.join(root, e.name));
    } catch {
      // a folder without truth is not a case
    }
  }
  return dirs.sort();
}
