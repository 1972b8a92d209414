import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SourceTable } from '../../engine/model';
import { SourceError } from './errors';
import { readTables } from './read';

const SOURCE_FILE = /\.(xlsx|xlsm|csv|txt|tsv)$/i;

/**
 * Reads one administration's source from disk: a file (optionally one sheet of it) or a folder,
 * whose `.xlsx`/`.csv` files are read in name order as tables of the same source. Never writes.
 */
export async function readSourcePath(file: string, sheet?: string): Promise<SourceTable[]> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new SourceError('missing', file);
  }
  if (stat.isDirectory()) {
    const names = (await fs.readdir(file)).filter((n) => SOURCE_FILE.test(n) && !n.startsWith('~$')).sort();
    if (names.length === 0) throw new SourceError('empty', file);
    const tables: SourceTable[] = [];
    for (const n of names) tables.push(...(await readSourcePath(path.join(file, n), sheet)));
    return tables;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    throw new SourceError('unreadable', file, e instanceof Error ? e.message : String(e));
  }
  return readTables(file, bytes, sheet);
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
