import { build } from 'esbuild';
import { join } from 'node:path';

/** The fake office.js as one script, for a page route. */
export async function fakeOfficeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'fake-office-host.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
