//! Native voice-over playback through rodio.
//!
//! One [`rodio::Player`] lives for the whole app. Its output goes to the default sound device, or,
//! when there is none (an office PC without speakers, CI), to a null sink: a thread that pulls
//! samples at real-time pace and drops them. Either way position, pause and speed behave the same,
//! so the read-along highlight stays in step with what would be heard.

use std::io::Cursor;
use std::time::{Duration, Instant};

use rodio::{Decoder, Player, Source};
use waymark_api::{AudioPlayRequest, AudioStatus, Error, PlaybackState};

/// Slowest and fastest speeds offered to the participant.
pub const MIN_RATE: f32 = 0.75;
pub const MAX_RATE: f32 = 1.5;

pub struct Voice {
    player: Player,
    speaker: bool,
    current: std::sync::Mutex<Option<Clip>>,
}

struct Clip {
    src: String,
    start_ms: u32,
}

impl Voice {
    /// Start the output thread and return the controls. Never fails: no device means null sink.
    pub fn start() -> Voice {
        let (player, output) = Player::new();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new().name("voice-output".into()).spawn(move || {
            match rodio::DeviceSinkBuilder::open_default_sink() {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    sink.mixer().add(output);
                    let _ = ready_tx.send(true);
                    // The device sink must outlive the app; this thread only holds it.
                    loop {
                        std::thread::park();
                    }
                }
                Err(_) => {
                    let _ = ready_tx.send(false);
                    null_sink(output);
                }
            }
        });
        let speaker = spawned.is_ok() && ready_rx.recv_timeout(Duration::from_secs(5)).unwrap_or(false);
        Voice { player, speaker, current: std::sync::Mutex::new(None) }
    }

    pub fn play(&self, bytes: &[u8], request: AudioPlayRequest) -> Result<AudioStatus, Error> {
        if !(MIN_RATE..=MAX_RATE).contains(&request.rate) {
            return Err(Error::invalid(format!("Speed must be between {MIN_RATE} and {MAX_RATE}.")));
        }
        let decoder = Decoder::new(Cursor::new(bytes.to_vec()))
            .map_err(|e| Error::invalid(format!("The voice-over {} cannot be played: {e}", request.src)))?;
        self.player.clear();
        self.player.append(decoder.skip_duration(Duration::from_millis(u64::from(request.start_ms))));
        self.player.set_speed(request.rate);
        self.player.play();
        *self.lock() = Some(Clip { src: request.src, start_ms: request.start_ms });
        Ok(self.status())
    }

    pub fn pause(&self) -> AudioStatus {
        self.player.pause();
        self.status()
    }

    pub fn resume(&self) -> AudioStatus {
        self.player.play();
        self.status()
    }

    pub fn stop(&self) -> AudioStatus {
        self.player.clear();
        *self.lock() = None;
        self.status()
    }

    pub fn status(&self) -> AudioStatus {
        let current = self.lock();
        let state = match (&*current, self.player.empty(), self.player.is_paused()) {
            (None, _, _) | (Some(_), true, _) => PlaybackState::Stopped,
            (Some(_), false, true) => PlaybackState::Paused,
            (Some(_), false, false) => PlaybackState::Playing,
        };
        let position = u32::try_from(self.player.get_pos().as_millis()).unwrap_or(u32::MAX);
        AudioStatus {
            state,
            src: current.as_ref().map(|c| c.src.clone()),
            position_ms: current.as_ref().map_or(0, |c| c.start_ms.saturating_add(position)),
            speaker: self.speaker,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Clip>> {
        self.current.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Consume `output` at real-time pace, discarding the samples.
fn null_sink(mut output: impl Source) {
    const TICK: Duration = Duration::from_millis(10);
    let mut next = Instant::now();
    loop {
        let per_tick = (output.sample_rate().get() as usize * usize::from(output.channels().get())) / 100;
        for _ in 0..per_tick.max(1) {
            if output.next().is_none() {
                return;
            }
        }
        next += TICK;
        let now = Instant::now();
        if next > now {
            std::thread::sleep(next - now);
        } else {
            next = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_clip() -> Vec<u8> {
        let content = waymark_content::Content::embedded().expect("built-in content is valid");
        let session = &content.sessions()[0];
        let voice = content.voice("en-GB", &session.steps[0].text).expect("step 1 has voice-over");
        content.audio("en-GB", &voice.file).expect("audio file exists").to_vec()
    }

    fn null_voice() -> Voice {
        let (player, output) = Player::new();
        std::thread::spawn(move || null_sink(output));
        Voice { player, speaker: false, current: std::sync::Mutex::new(None) }
    }

    #[test]
    fn playing_into_the_null_sink_advances_in_real_time_and_pauses() {
        let voice = null_voice();
        let request = AudioPlayRequest { src: "en-GB/x.ogg".into(), start_ms: 0, rate: 1.0 };
        voice.play(&sample_clip(), request).unwrap();
        std::thread::sleep(Duration::from_millis(600));
        let status = voice.status();
        assert_eq!(status.state, PlaybackState::Playing);
        assert!((300..=1200).contains(&status.position_ms), "{status:?}");
        let paused = voice.pause();
        std::thread::sleep(Duration::from_millis(300));
        let later = voice.status();
        assert_eq!(later.state, PlaybackState::Paused);
        assert!(later.position_ms <= paused.position_ms + 60, "{paused:?} then {later:?}");
        assert_eq!(voice.stop().state, PlaybackState::Stopped);
    }

    #[test]
    fn playing_from_a_sentence_start_reports_positions_from_the_clip_start() {
        let voice = null_voice();
        let request = AudioPlayRequest { src: "en-GB/x.ogg".into(), start_ms: 1_500, rate: 1.5 };
        let status = voice.play(&sample_clip(), request).unwrap();
        assert!(status.position_ms >= 1_500, "{status:?}");
    }

    #[test]
    fn bad_speed_and_bad_audio_are_refused_plainly() {
        let voice = null_voice();
        let err =
            voice.play(&sample_clip(), AudioPlayRequest { src: "a/b.ogg".into(), start_ms: 0, rate: 3.0 });
        assert!(err.unwrap_err().message.contains("Speed"));
        let err =
            voice.play(b"not audio", AudioPlayRequest { src: "a/b.ogg".into(), start_ms: 0, rate: 1.0 });
        assert!(err.unwrap_err().message.contains("cannot be played"));
    }

    /// Time from "play" to the first decoded samples flowing to the output (null sink here; a
    /// real device adds its own buffer). Printed for docs/benchmarks.md; must stay well under the
    /// 250 ms a person notices as a lag after tapping.
    #[test]
    fn play_starts_sound_quickly() {
        let voice = null_voice();
        let clip = sample_clip();
        let mut samples = Vec::new();
        for _ in 0..15 {
            let started = Instant::now();
            voice
                .play(&clip, AudioPlayRequest { src: "en-GB/x.ogg".into(), start_ms: 0, rate: 1.0 })
                .unwrap();
            while voice.player.get_pos().is_zero() {
                assert!(started.elapsed() < Duration::from_secs(2), "sound never started");
                std::thread::sleep(Duration::from_micros(500));
            }
            samples.push(started.elapsed().as_secs_f64() * 1e3);
            voice.stop();
        }
        samples.sort_by(f64::total_cmp);
        let (p50, max) = (samples[samples.len() / 2], samples[samples.len() - 1]);
        println!("play → first samples out: p50 {p50:.1} ms, max {max:.1} ms over {} plays", samples.len());
        assert!(p50 < 250.0, "p50 {p50} ms");
    }
}
