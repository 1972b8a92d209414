// Bundles the CLI into dist/cli.js so `tandem` runs on plain Node without a TypeScript step.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/index.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/cli.js',
  external: ['exceljs', 'papaparse', '@nlpjs/core', '@nlpjs/lang-nl', '@nlpjs/lang-fr', '@nlpjs/lang-en-min'],
  logLevel: 'warning',
});
