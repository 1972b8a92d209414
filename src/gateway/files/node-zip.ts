import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { AsyncFlateStreamHandler, ZipInputFile } from 'fflate';
import type { ZipEntry } from './big-sheet';

/**
 * A zip entry compressed by Node's native zlib, five to ten times faster than fflate's JavaScript
 * deflate on a 100 MB sheet. Each pushed block is compressed on its own and ends with a sync flush,
 * so the blocks join into one deflate stream; only the last one is final.
 */
class NativeDeflateEntry implements ZipInputFile, ZipEntry {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
    private readonly level: number,
  ) {}

  push(chunk: Uint8Array, final = false): void {
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    const out = deflateRawSync(chunk, { level: this.level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata!(null, out, final);
  }
}

/** Zip entries for `planToXlsx` in Node. */
// Level 3: twice as fast as the default 6 on sheet XML, for a file about an eighth larger.
export const nativeZipEntry = (name: string, mtime: Date): ZipEntry => new NativeDeflateEntry(name, mtime, 3);
