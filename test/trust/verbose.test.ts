/** An unexpected error: one line without a stack trace; the stack only with --verbose. */
import { goodSource, run, tempDir } from './support';

jest.mock('../../src/app/analyze-sources', () => {
  const actual = jest.requireActual('../../src/app/analyze-sources');
  return {
    ...actual,
    runAnalysis: (sources: { name: string }[], options: unknown) => {
      if (sources.some((s) => s.name === 'Kapot')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
      return actual.runAnalysis(sources, options);
    },
  };
});

describe('an unexpected error', () => {
  const good = goodSource(tempDir());

  it('says so in one line, in the user’s language, without a stack trace', async () => {
    const r = await run(['analyze', '--source', `Kapot=${good}`]);
    expect(r.code).toBe(1);
    expect(r.errLines).toEqual(['Onverwachte fout in Tandem; voer opnieuw uit met --verbose voor details']);
    const en = await run(['analyze', '--source', `Kapot=${good}`, '--lang', 'en']);
    expect(en.errLines).toEqual(['Unexpected error in Tandem; run again with --verbose for details']);
  });

  it('shows the stack trace with --verbose', async () => {
    const r = await run(['analyze', '--source', `Kapot=${good}`, '--verbose']);
    expect(r.code).toBe(1);
    expect(r.errLines[0]).toBe('Onverwachte fout in Tandem; voer opnieuw uit met --verbose voor details');
    expect(r.err).toMatch(/TypeError: Cannot read properties of undefined[\s\S]*\n\s+at /);
  });
});
