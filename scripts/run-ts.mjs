// Runs a TypeScript script: bundles it with esbuild into a temporary file and runs it with Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
// Inside the project, so the bundle's bare imports resolve to node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(join('node_modules/.cache', 'tandem-run-'));
const outfile = join(dir, 'script.cjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, packages: 'external', logLevel: 'warning' });
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
