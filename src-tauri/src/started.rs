//! What the app makes at start, made off the main thread (issue 12 point 6: launch ≤ 500 ms).
//!
//! Tauri makes the window and its webview, then runs `setup` on the main thread, and WebKit
//! goes on with the page only once that thread's main loop runs again. Checking the content,
//! opening the keystore and the database (on a first launch: making the key and the database's
//! tables) and opening the audio device took 56 ms of a later launch there, and about 210 ms of
//! a first one. **Decision:** `setup` starts that work on threads and manages a [`Started`] for
//! each at once, so the page loads meanwhile; a command that needs one waits for it (on the
//! thread it ran on before), so no command sees a half-made state.
//!
//! A start thread that cannot start or panics ends the app with a message, as a failed `setup` did.

use std::sync::{Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

/// A value being made on its own thread; [`Started::get`] waits for it.
pub struct Started<T> {
    value: OnceLock<T>,
    making: Mutex<Option<JoinHandle<T>>>,
}

impl<T: Send + 'static> Started<T> {
    /// Start making the value on a thread named `name`.
    pub fn spawn(name: &str, make: impl FnOnce() -> T + Send + 'static) -> Started<T> {
        match std::thread::Builder::new().name(name.into()).spawn(make) {
            Ok(handle) => Started { value: OnceLock::new(), making: Mutex::new(Some(handle)) },
            Err(e) => could_not_start(format_args!("no thread for {name} ({e})")),
        }
    }
}

impl<T> Started<T> {
    /// The value, waiting for its thread the first time.
    pub fn get(&self) -> &T {
        self.value.get_or_init(|| {
            let handle = self.making.lock().unwrap_or_else(PoisonError::into_inner).take();
            match handle.map(JoinHandle::join) {
                Some(Ok(value)) => value,
                _ => could_not_start("a start thread stopped"),
            }
        })
    }
}

/// The app cannot go on (a broken build, or a start thread that could not start or panicked):
/// say why and end.
pub fn could_not_start(why: impl std::fmt::Display) -> ! {
    eprintln!("Waymark could not start: {why}");
    std::process::exit(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::mpsc;

    #[test]
    fn get_waits_for_the_thread_and_every_caller_sees_the_one_value() {
        let (go, wait) = mpsc::channel::<()>();
        let made = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = made.clone();
        let started = Arc::new(Started::spawn("test-start", move || {
            wait.recv().ok();
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            String::from("made")
        }));
        let callers: Vec<_> = (0..4)
            .map(|_| {
                let started = started.clone();
                std::thread::spawn(move || started.get().clone())
            })
            .collect();
        go.send(()).ok();
        for caller in callers {
            assert_eq!(caller.join().ok().as_deref(), Some("made"));
        }
        assert_eq!(started.get(), "made");
        assert_eq!(made.load(std::sync::atomic::Ordering::SeqCst), 1);
    }
}
