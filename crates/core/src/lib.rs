//! Waymark's domain, as plain data and pure functions.
//!
//! **Architecture invariant:** nothing in this crate does IO, reads a clock, draws random
//! numbers or panics on user input. Time and identifiers are passed in by the caller, so every
//! function here is tested with plain values.

pub mod answer;
pub mod audit;
pub mod clock;
pub mod diary;
pub mod event;
pub mod live;
pub mod progress;
pub mod reminder;
pub mod streak;
pub mod sync;
pub mod units;

pub use clock::HlcStamp;
pub use event::{AttendanceStatus, Event, EventBody, HeldSession, StreamId, Visibility};
