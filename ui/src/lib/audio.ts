// Voice-over playback. In the app the Rust core plays it natively (rodio) and we poll its
// position; in a browser an <audio> element plays `./audio/<src>` from the hub. Both report the
// position in milliseconds of the recording, so read-along highlighting works the same.
// Playback problems never throw: they become a `problem` the UI explains in plain words.
//
// Speed (0.75×–1.5×) is kept on this device (settings.ts): the app passes it to `audio_play`,
// a browser sets `playbackRate`. Words typed by the participant have no recording; a queue may
// hold them as `Spoken` clips, said by the browser's own speech (`speechSynthesis`) if it has
// one and skipped if not (see `Player.speak`).
//
// The two backends are their own modules, `audio-native.ts` and `audio-browser.ts`, and only the
// one this platform uses is loaded, when something first plays (`platformBackend`).
import type { PlaybackState, VoiceView } from './api-types';
import { loadSpeed, saveSpeed, type Speed } from './settings';
import { callAudio, inTauri } from './transport';

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

export const POLL_MS = 100;

/** What each backend does; the Player adds queueing and listeners on top. */
export interface Backend {
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
    this.backend = backend ? backend(this) : platformBackend(this);
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


/**
 * The backend this platform uses, in its own chunk (issue 12 point 6: each platform needs one of
 * the two, and neither is needed to show the home screen), loaded when the page is first idle or
 * when something first plays. Calls made while it loads run on it in order once it is there; the
 * chunk comes from the app or the hub, never the internet.
 */
function platformBackend(player: Player): Backend {
  let loading: Promise<Backend> | null = null;
  let loaded: Backend | null = null;
  const load = (): Promise<Backend> =>
    (loading ??= (
      inTauri()
        ? import('./audio-native').then((m) => new m.NativeBackend(player))
        : import('./audio-browser').then((m) => new m.BrowserBackend(player))
    ).catch((e: unknown) => {
      loading = null; // tried again at the next play
      throw e;
    }));
  /** Run `fn` on the backend; only `start` needs it loaded if nothing has played yet. */
  const use = (fn: (b: Backend) => void, start = false): void => {
    if (loaded) fn(loaded);
    else if (loading || start) {
      load().then(
        (b) => {
          loaded = b;
          fn(b);
        },
        () => player.failed('failed'),
      );
    }
  };
  // Fetched once the page is idle, so that the first "Hear this" starts within its tap (a
  // browser may refuse to start sound later than that); the home screen does not wait for it.
  const whenIdle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 500));
  whenIdle(() => {
    load().then(
      (b) => (loaded ??= b),
      () => {},
    );
  });
  return {
    start: (src, startMs, rate) => use((b) => b.start(src, startMs, rate), true),
    pause: () => use((b) => b.pause()),
    resume: () => use((b) => b.resume()),
    setRate: (rate) => use((b) => b.setRate(rate)),
    stop: () => {
      // Nothing has played on this page, but the app's player may still be playing what an
      // earlier page (before a reload) started: stop that too, as the native backend would.
      if (!loading && inTauri()) void callAudio('audio_stop', {}).catch(() => {});
      else use((b) => b.stop());
    },
  };
}
