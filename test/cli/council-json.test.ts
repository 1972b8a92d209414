import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/engine/report';

it('leaves descriptions out of the JSON of a council copy too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-council-'));
  const root = join(__dirname, '..', '..', 'samples');
  const code = await main(
    [
      'analyze',
      '--council',
      '--source',
      `Gemeente=${join(root, 'gemeente-boekhouding.xlsx')}`,
      '--source',
      `OCMW=${join(root, 'ocmw-aankopen.csv')}`,
      '--json',
      join(dir, 'r.json'),
    ],
    { out: () => undefined, err: () => undefined },
  );
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
  expect(report.lines.length).toBeGreaterThan(3000);
  expect(report.lines.every((l) => l.description === null)).toBe(true);
});
