// Voice-over playback. In the app the Rust core plays it natively (rodio) and we poll its
// position; in a browser an <audio> element plays `./audio/<src>` from the hub. Both report the
// position in milliseconds of the recording, so read-along highlighting works the same.
// Playback problems never throw: they become a `problem` the UI explains in plain words.
import type { AudioStatus, PlaybackState, VoiceView } from './api-types';
import { callAudio, inTauri } from './transport';

export type Problem = 'blocked' | 'failed' | 'no-speaker' | null;

export interface PlayerSnapshot {
  state: PlaybackState;
  /** The VoiceView.src playing or paused, or null. */
  src: string | null;
  positionMs: number;
  problem: Problem;
}

type Listener = (s: PlayerSnapshot) => void;

const POLL_MS = 100;
const STOPPED: PlayerSnapshot = { state: 'stopped', src: null, positionMs: 0, problem: null };

/** What each backend does; the Player adds queueing and listeners on top. */
interface Backend {
  start(src: string, startMs: number, rate: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export class Player {
  private snapshot: PlayerSnapshot = STOPPED;
  private readonly listeners = new Set<Listener>();
  private queue: VoiceView[] = [];
  private readonly backend: Backend;
  rate = 1;

  constructor(backend?: (p: Player) => Backend) {
    this.backend = backend ? backend(this) : inTauri() ? new NativeBackend(this) : new BrowserBackend(this);
  }

  get current(): PlayerSnapshot {
    return this.snapshot;
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    fn(this.snapshot);
    return () => this.listeners.delete(fn);
  }

  /** Play one recording from `startMs`, replacing whatever was playing. */
  play(voice: VoiceView, startMs = 0): void {
    this.queue = [];
    this.begin(voice, startMs);
  }

  /** Play recordings one after another (for example every line of a screen). */
  playAll(voices: VoiceView[]): void {
    const [first, ...rest] = voices;
    if (!first) return;
    this.queue = rest;
    this.begin(first, 0);
  }

  pause(): void {
    if (this.snapshot.state === 'playing') this.backend.pause();
  }

  resume(): void {
    if (this.snapshot.state === 'paused') this.backend.resume();
  }

  stop(): void {
    this.queue = [];
    this.backend.stop();
    this.update({ state: 'stopped', positionMs: 0, src: null, problem: null });
  }

  private begin(voice: VoiceView, startMs: number): void {
    this.update({ state: 'playing', src: voice.src, positionMs: startMs, problem: null });
    this.backend.start(voice.src, startMs, this.rate);
  }

  /** Backends report here. */
  update(patch: Partial<PlayerSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const fn of this.listeners) fn(this.snapshot);
  }

  /** A backend reached the end of a recording by itself. */
  ended(): void {
    const next = this.queue.shift();
    if (next) this.begin(next, 0);
    else this.update({ state: 'stopped' });
  }

  /** A backend could not play. */
  failed(problem: Exclude<Problem, null>): void {
    this.queue = [];
    this.update({ state: 'stopped', problem });
  }
}

/** Native playback in the Tauri app, polled every ~100 ms while playing. */
class NativeBackend implements Backend {
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly player: Player) {}

  start(src: string, startMs: number, rate: number): void {
    const gen = this.restart();
    callAudio('audio_play', { src, start_ms: startMs, rate }).then(
      (status) => this.apply(gen, status),
      () => gen === this.generation && this.player.failed('failed'),
    );
  }

  pause(): void {
    const gen = this.restart();
    this.player.update({ state: 'paused' });
    callAudio('audio_pause', {}).then((s) => this.apply(gen, s), () => {});
  }

  resume(): void {
    const gen = this.restart();
    this.player.update({ state: 'playing' });
    callAudio('audio_resume', {}).then(
      (s) => this.apply(gen, s),
      () => gen === this.generation && this.player.failed('failed'),
    );
  }

  stop(): void {
    this.restart();
    callAudio('audio_stop', {}).catch(() => {});
  }

  private restart(): number {
    clearTimeout(this.timer);
    return ++this.generation;
  }

  private apply(gen: number, status: AudioStatus): void {
    if (gen !== this.generation) return;
    const was = this.player.current.state;
    this.player.update({
      state: status.state,
      positionMs: status.position_ms,
      src: status.src ?? this.player.current.src,
      problem: status.speaker ? this.player.current.problem : 'no-speaker',
    });
    if (status.state === 'playing') {
      this.timer = setTimeout(() => {
        callAudio('audio_status', {}).then(
          (s) => this.apply(gen, s),
          () => gen === this.generation && this.player.failed('failed'),
        );
      }, POLL_MS);
    } else if (status.state === 'stopped' && was === 'playing') {
      this.player.ended();
    }
  }
}

/** An <audio> element in an office browser, playing what the hub serves at ./audio/<src>. */
class BrowserBackend implements Backend {
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
