import { describe, expect, it } from 'vitest';
import { loadOnce } from './once';

describe('loadOnce', () => {
  it('runs the load once while it succeeds, every call sharing its result', async () => {
    let runs = 0;
    const load = loadOnce(async () => ++runs);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load()]).toEqual([1, 1, 1]);
    expect(runs).toBe(1);
  });

  it('passes a failure on and runs the load again at the next call', async () => {
    let runs = 0;
    const load = loadOnce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('offline');
      return 'loaded';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('loaded');
    expect(await load()).toBe('loaded');
    expect(runs).toBe(2);
  });
});
