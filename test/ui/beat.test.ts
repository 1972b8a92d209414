import { whileWaiting } from '../../src/worker/beat';

describe('a worker waiting on work it does not run itself', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('beats every interval while it waits, and never after the work is done or failed', async () => {
    for (const outcome of ['done', 'failed'] as const) {
      let settle!: () => void;
      const work = new Promise<string>((resolve, reject) => {
        settle = () => (outcome === 'done' ? resolve('xlsx') : reject(new Error('compression failed')));
      });
      const beats: number[] = [];
      const waiting = whileWaiting(work, () => beats.push(Date.now()), 50);
      jest.advanceTimersByTime(260);
      expect(beats).toHaveLength(5);
      settle();
      if (outcome === 'done') await expect(waiting).resolves.toBe('xlsx');
      else await expect(waiting).rejects.toThrow('compression failed');
      jest.advanceTimersByTime(500);
      expect(beats).toHaveLength(5);
    }
  });
});
