import { promises as fs, realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { SourceTable } from '../../engine/model';
import { SourceError } from './errors';
import { NativeUnzipInflate } from './node-zip';
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
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SourceError('missing', file);
    throw new SourceError('unreadable', file, code ?? (e instanceof Error ? e.message : String(e)));
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
    throw new SourceError('unreadable', file, (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)));
  }
  return readTables(file, bytes, { sheet, inflate: NativeUnzipInflate });
}

let tmpCounter = 0;

/**
 * Writes through a temporary file beside the target and a rename, so a crash or a failed write never
 * leaves half a file behind and an existing file stays as it was until the new one is complete. The
 * temporary file is flushed to disk before the rename, and removed when anything fails.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${++tmpCounter}.tmp`;
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A path as the file system knows it: symbolic links resolved as far as the path exists. */
function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(canonical(parent), path.basename(abs));
  }
}

function comparable(p: string): string {
  const c = canonical(p);
  // Windows and macOS file systems ignore case: `Out.xlsx` is `out.xlsx`.
  return process.platform === 'win32' || process.platform === 'darwin' ? c.toLowerCase() : c;
}

export function samePath(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/** Whether `file` lies inside the folder `dir` (at any depth). */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(comparable(dir), comparable(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Whether a path is an existing folder. */
export async function isFolder(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
