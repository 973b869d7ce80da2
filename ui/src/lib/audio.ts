// Voice-over playback. In the app the Rust core plays it natively (rodio) and we poll its
// position; in a browser an <audio> element plays `./audio/<src>` from the hub. Both report the
// position in milliseconds of the recording, so read-along highlighting works the same.
// Playback problems never throw: they become a `problem` the UI explains in plain words.
//
// Speed (0.75×–1.5×) is kept on this device (settings.ts): the app passes it to `audio_play`,
// a browser sets `playbackRate`. Words typed by the participant have no recording; a queue may
// hold them as `Spoken` clips, said by the browser's own speech (`speechSynthesis`) if it has
// one and skipped if not (see `Player.speak`).
import type { AudioStatus, PlaybackState, VoiceView } from './api-types';
import { loadSpeed, saveSpeed, type Speed } from './settings';
import type { AudioCommands } from './api-types';
import { callAudio as callAudioCommand, callHub, inTauri } from './transport';

export type Problem = 'blocked' | 'failed' | 'no-speaker' | null;

export interface PlayerSnapshot {
  state: PlaybackState;
  /** The VoiceView.src playing or paused (`speech:<n>` for spoken text), or null. */
  src: string | null;
  positionMs: number;
  problem: Problem;
  /** Reading speed, 0.75 to 1.5. */
  rate: number;
}

/** Text with no recording (for example what the participant typed), to be said by the device. */
export interface Spoken {
  speak: string;
  /** BCP 47 language of the text, e.g. `en-GB` or `cy`. */
  lang: string;
}

/** Something the player can play: a recording, or text for the device's own speech. */
export type Clip = VoiceView | Spoken;

type Listener = (s: PlayerSnapshot) => void;

const POLL_MS = 100;

/** What each backend does; the Player adds queueing and listeners on top. */
interface Backend {
  start(src: string, startMs: number, rate: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
  /** Change the speed of what is playing now. */
  setRate(rate: number): void;
}

const isSpoken = (c: Clip): c is Spoken => 'speak' in c;

export class Player {
  private snapshot: PlayerSnapshot;
  private readonly listeners = new Set<Listener>();
  private queue: Clip[] = [];
  private readonly backend: Backend;
  private clip: Clip | null = null;
  private utterance: SpeechSynthesisUtterance | null = null;
  private speechTimer: ReturnType<typeof setTimeout> | undefined;
  private spokenCount = 0;
  /** The speed changed while paused: resume by starting again at the new speed. */
  private restartOnResume = false;

  constructor(backend?: (p: Player) => Backend) {
    this.snapshot = { state: 'stopped', src: null, positionMs: 0, problem: null, rate: loadSpeed() };
    this.backend = backend ? backend(this) : inTauri() ? new NativeBackend(this) : new BrowserBackend(this);
  }

  get current(): PlayerSnapshot {
    return this.snapshot;
  }

  get rate(): number {
    return this.snapshot.rate;
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

  /** Play clips one after another (for example every line of a screen). */
  playAll(clips: Clip[]): void {
    const [first, ...rest] = clips;
    if (!first) return;
    this.queue = rest;
    this.begin(first, 0);
  }

  pause(): void {
    if (this.snapshot.state !== 'playing') return;
    if (this.utterance) {
      globalThis.speechSynthesis?.pause();
      this.update({ state: 'paused' });
    } else {
      this.backend.pause();
    }
  }

  resume(): void {
    if (this.snapshot.state !== 'paused') return;
    if (this.utterance) {
      globalThis.speechSynthesis?.resume();
      this.update({ state: 'playing' });
    } else if (this.restartOnResume && this.clip && !isSpoken(this.clip)) {
      const queue = this.queue;
      this.begin(this.clip, this.snapshot.positionMs);
      this.queue = queue;
    } else {
      this.backend.resume();
    }
  }

  stop(): void {
    this.queue = [];
    this.clip = null;
    this.cancelSpeech();
    this.backend.stop();
    this.update({ state: 'stopped', positionMs: 0, src: null, problem: null });
  }

  /** Change the reading speed (kept on this device); what is playing carries on at it. */
  setRate(rate: Speed): void {
    saveSpeed(rate);
    this.update({ rate });
    if (this.utterance) return; // device speech: the next piece uses the new speed
    if (this.snapshot.state === 'playing') this.backend.setRate(rate);
    else if (this.snapshot.state === 'paused') this.restartOnResume = true;
  }

  private begin(clip: Clip, startMs: number): void {
    this.clip = clip;
    this.restartOnResume = false;
    this.cancelSpeech();
    if (isSpoken(clip)) {
      this.backend.stop();
      this.speak(clip);
      return;
    }
    this.update({ state: 'playing', src: clip.src, positionMs: startMs, problem: null });
    this.backend.start(clip.src, startMs, this.snapshot.rate);
  }

  /**
   * Say typed text with the device's speech, if it has any. There is no recording of what a
   * participant typed, and we never send it anywhere to be voiced (it is health and justice
   * data), so: `speechSynthesis` where the webview or browser offers it, otherwise the text is
   * skipped and the queue moves on (it is still on screen). Some engines never report the end,
   * so a generous timer moves on too.
   */
  private speak(clip: Spoken): void {
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined' || !clip.speak.trim()) {
      this.ended();
      return;
    }
    const u = new SpeechSynthesisUtterance(clip.speak);
    u.lang = clip.lang;
    u.rate = this.snapshot.rate;
    this.utterance = u;
    const done = () => {
      if (this.utterance !== u) return;
      this.cancelSpeech();
      this.ended();
    };
    u.onend = done;
    u.onerror = done;
    this.speechTimer = setTimeout(done, 4000 + (clip.speak.length * 90) / this.snapshot.rate);
    this.update({ state: 'playing', src: `speech:${++this.spokenCount}`, positionMs: 0, problem: null });
    try {
      synth.speak(u);
    } catch {
      done();
    }
  }

  private cancelSpeech(): void {
    clearTimeout(this.speechTimer);
    if (!this.utterance) return;
    this.utterance = null;
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      /* nothing to cancel */
    }
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
    else {
      this.clip = null;
      this.update({ state: 'stopped' });
    }
  }

  /** A backend could not play. */
  failed(problem: Exclude<Problem, null>): void {
    this.queue = [];
    this.clip = null;
    this.update({ state: 'stopped', problem });
  }
}

/** Native playback in the Tauri app, polled every ~100 ms while playing. */
/** The native player's controls: the app's own `audio_*` commands, or the hub's room speakers. */
type NativeCall = <K extends keyof AudioCommands>(
  name: K,
  request: AudioCommands[K]['request'],
) => Promise<AudioCommands[K]['response']>;

class NativeBackend implements Backend {
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly player: Player,
    private readonly callAudio: NativeCall = callAudioCommand,
  ) {}

  start(src: string, startMs: number, rate: number): void {
    const gen = this.restart();
    this.callAudio('audio_play', { src, start_ms: startMs, rate }).then(
      (status) => this.apply(gen, status),
      () => gen === this.generation && this.player.failed('failed'),
    );
  }

  pause(): void {
    const gen = this.restart();
    this.player.update({ state: 'paused' });
    this.callAudio('audio_pause', {}).then((s) => this.apply(gen, s), () => {});
  }

  resume(): void {
    const gen = this.restart();
    this.player.update({ state: 'playing' });
    this.callAudio('audio_resume', {}).then(
      (s) => this.apply(gen, s),
      () => gen === this.generation && this.player.failed('failed'),
    );
  }

  stop(): void {
    this.restart();
    this.callAudio('audio_stop', {}).catch(() => {});
  }

  setRate(rate: number): void {
    const { src, positionMs } = this.player.current;
    if (src) this.start(src, Math.round(positionMs), rate);
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
        this.callAudio('audio_status', {}).then(
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

/**
 * A player for the presenter screen when the hub runs in the facilitator's app: the room's
 * voice-over through the app's rodio player, by the hub's loopback-only `room_audio_*` routes.
 * `null` where the hub has no room speakers (the page then plays through `<audio>`).
 */
export async function roomPlayer(): Promise<Player | null> {
  try {
    await callHub('room_audio_status', {});
  } catch {
    return null;
  }
  const room: NativeCall = (name, request) =>
    callHub(`room_${name}` as 'room_audio_status', request as never) as never;
  return new Player((p) => new NativeBackend(p, room));
}
