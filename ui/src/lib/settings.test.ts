import { describe, expect, it } from 'vitest';
import { Player } from './audio';
import { SPEEDS, loadSpeed, nextSpeed, speedLabel } from './settings';

describe('reading speed', () => {
  it('goes round the four speeds', () => {
    expect(SPEEDS).toEqual([0.75, 1, 1.25, 1.5]);
    expect(nextSpeed(0.75)).toBe(1);
    expect(nextSpeed(1.5)).toBe(0.75);
    expect(nextSpeed(3)).toBe(0.75);
    expect(speedLabel(1.25)).toBe('1.25×');
  });

  it('is 1 when nothing was saved', () => {
    expect(loadSpeed()).toBe(1);
  });
});

function fakePlayer() {
  const calls: string[] = [];
  const player = new Player(() => ({
    start: (src, startMs, rate) => calls.push(`start ${src} ${startMs} ${rate}`),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop'),
    setRate: (rate) => calls.push(`rate ${rate}`),
  }));
  return { player, calls };
}

const voice = (src: string) => ({ src, duration_ms: 1000, sentences: [] });

describe('Player', () => {
  it('changes the speed of what is playing, and starts new clips at it', () => {
    const { player, calls } = fakePlayer();
    player.play(voice('en-GB/a.ogg'));
    player.setRate(1.5);
    expect(player.current.rate).toBe(1.5);
    player.play(voice('en-GB/b.ogg'));
    expect(calls).toEqual(['start en-GB/a.ogg 0 1', 'rate 1.5', 'start en-GB/b.ogg 0 1.5']);
  });

  it('restarts at the new speed when resumed after a change while paused', () => {
    const { player, calls } = fakePlayer();
    player.play(voice('en-GB/a.ogg'));
    player.update({ state: 'paused', positionMs: 400 });
    player.setRate(0.75);
    player.resume();
    expect(calls.at(-1)).toBe('start en-GB/a.ogg 400 0.75');
  });

  it('skips typed text when the device has no speech, and plays on', () => {
    const { player, calls } = fakePlayer();
    player.playAll([{ speak: 'My own words', lang: 'en-GB' }, voice('en-GB/c.ogg')]);
    expect(calls.at(-1)).toBe('start en-GB/c.ogg 0 1');
    player.ended();
    expect(player.current.state).toBe('stopped');
  });
});
