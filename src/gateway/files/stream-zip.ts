import { ZipPassThrough } from 'fflate';
import type { ZipEntry, ZipEntryFactory } from './big-sheet';

/**
 * A zip entry compressed by the platform's own `CompressionStream('deflate-raw')`: native zlib in
 * browsers, their workers and Office's web views, instead of fflate's JavaScript deflate, which
 * took most of the time of writing a large workbook in the worker. fflate's `ZipPassThrough` counts
 * the size and CRC of the data as it is pushed; its `process`, there to be overridden for another
 * compression, hands the data to the stream, whose output goes to the zip as it comes.
 */
class StreamDeflateEntry extends ZipPassThrough implements ZipEntry {
  readonly done: Promise<void>;
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private latest: Promise<void> = Promise.resolve();
  private previous: Promise<void> = Promise.resolve();

  constructor(name: string, mtime: Date) {
    super(name);
    this.compression = 8;
    this.mtime = mtime;
    const stream = new CompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter();
    this.done = this.pump(stream.readable.getReader());
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        this.ondata(null, new Uint8Array(0), true);
        return;
      }
      // fflate wants arrays over a plain ArrayBuffer of their own.
      this.ondata(null, new Uint8Array(value), false);
    }
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    // A failed write also fails the reading side, and so `done`: that is where the error is seen.
    this.previous = this.latest;
    this.latest = this.writer.write(chunk).catch(() => undefined);
    if (final) void this.writer.close().catch(() => undefined);
  }

  /**
   * Settles when the stream has taken all but the last chunk: the caller makes the next block while
   * the stream compresses this one (on Node's thread pool, or between the caller's blocks).
   */
  drained(): Promise<void> {
    return this.previous;
  }
}

let supported: boolean | undefined;

/** Whether this platform compresses `deflate-raw` streams natively (every current browser and Node 20 do). */
export function hasCompressionStream(): boolean {
  if (supported === undefined) {
    try {
      new CompressionStream('deflate-raw');
      supported = true;
    } catch {
      supported = false;
    }
  }
  return supported;
}

export const streamZipEntry: ZipEntryFactory = (name, mtime) => new StreamDeflateEntry(name, mtime);
