// The app's voice-over backend (lib/audio.ts): the Rust core plays through rodio and this polls
// its position; and the presenter's player for the room's speakers (`roomPlayer`). Its own
// chunk, loaded the first time something plays in the app (issue 12 point 6); an office browser
// never loads it, the presenter screen aside.
import type { AudioCommands, AudioStatus } from './api-types';
import { Player, POLL_MS, type Backend } from './audio';
import { callAudio as callAudioCommand, callHub } from './transport';

/** The native player's controls: the app's own `audio_*` commands, or the hub's room speakers. */
export type NativeCall = <K extends keyof AudioCommands>(
  name: K,
  request: AudioCommands[K]['request'],
) => Promise<AudioCommands[K]['response']>;

/** Native playback in the Tauri app, polled every ~100 ms while playing. */
export class NativeBackend implements Backend {
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
