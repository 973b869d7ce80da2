// A browser's voice-over backend (lib/audio.ts): an <audio> element. Its own chunk, loaded the
// first time something plays in a browser (issue 12 point 6); the app never loads it.
import { POLL_MS, type Backend, type Player } from './audio';

/** An <audio> element in an office browser, playing what the hub serves at ./audio/<src>. */
export class BrowserBackend implements Backend {
  private el: HTMLAudioElement | undefined;
  private src: string | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  constructor(private readonly player: Player) {}

  private element(): HTMLAudioElement {
    if (this.el) return this.el;
    const el = new Audio();
    el.preload = 'auto';
    el.addEventListener('ended', () => {
      this.tick(false);
      this.player.ended();
    });
    el.addEventListener('error', () => {
      if (this.src !== null) this.player.failed('failed');
    });
    el.addEventListener('pause', () => this.tick(false));
    el.addEventListener('playing', () => this.tick(true));
    this.el = el;
    return el;
  }

  start(src: string, startMs: number, rate: number): void {
    const el = this.element();
    const url = './audio/' + src;
    this.src = src;
    const seek = () => {
      try {
        el.currentTime = startMs / 1000;
      } catch {
        /* not seekable yet: start from the beginning */
      }
    };
    if (this.el?.getAttribute('src') === url && el.readyState >= 1) {
      seek();
    } else {
      el.src = url;
      if (startMs > 0) el.addEventListener('loadedmetadata', seek, { once: true });
    }
    el.playbackRate = rate;
    el.defaultPlaybackRate = rate;
    this.play(el);
  }

  pause(): void {
    this.el?.pause();
    this.player.update({ state: 'paused' });
  }

  setRate(rate: number): void {
    if (!this.el) return;
    this.el.playbackRate = rate;
    this.el.defaultPlaybackRate = rate;
  }

  resume(): void {
    if (!this.el) return;
    this.player.update({ state: 'playing' });
    this.play(this.el);
  }

  stop(): void {
    this.src = null;
    if (!this.el) return;
    this.el.pause();
    this.el.removeAttribute('src');
    this.el.load();
    this.tick(false);
  }

  private play(el: HTMLAudioElement): void {
    let promise: Promise<void> | undefined;
    try {
      promise = el.play();
    } catch {
      this.player.failed('failed');
      return;
    }
    promise?.catch((e: unknown) => {
      const name = e instanceof DOMException ? e.name : '';
      if (name === 'AbortError') return; // replaced by another play() or stop()
      this.player.failed(name === 'NotAllowedError' ? 'blocked' : 'failed');
    });
  }

  /** Report the position now, and keep reporting it every ~100 ms while playing. */
  private tick(playing: boolean): void {
    clearInterval(this.timer);
    this.report();
    if (playing) this.timer = setInterval(() => this.report(), POLL_MS);
  }

  private report(): void {
    if (!this.el || this.src === null) return;
    this.player.update({ positionMs: this.el.currentTime * 1000 });
  }
}
