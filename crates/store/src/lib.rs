//! The only crate that knows SQL.
//!
//! User data is an append-only event log (`events`); the tables the UI reads are projections
//! of that log and can be rebuilt from it at any time ([`Store::rebuild_projections`]).
//! Each table's schema lives beside the code that reads and writes it, in [`table`].

pub mod cipher;
mod migrate;
pub mod table;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use waymark_core::{Event, EventBody, HlcStamp, StreamId};

pub use cipher::{DbKey, remove_database};
pub use migrate::SCHEMA_VERSION;
pub use table::diary::{DayFact, DiaryRow};
pub use table::erasure::Removed;
pub use table::goals::AuditRow;
pub use table::hub::{
    AttendanceRow, DeviceAuth, DeviceRow, GroupRow, MemberRow, PairRefused, Paired, PairingSecret,
};
pub use table::office::{OfficePinRow, OfficeSessionRow, PinTry};
pub use table::pairing::PairingRow;
pub use table::progress::CompletedStep;
pub use table::reminders::ReminderRow;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not a Waymark database we can read (corrupt, not SQLite, locked,
    /// or from a newer version). The file is left exactly as it was.
    #[error("cannot open the database at {path}: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    /// The file is an encrypted database, but not one this key opens: its salt is not the key's
    /// (the key belongs to another file, or the file to another install). Nothing was written.
    #[error("the key does not open the database at {path}")]
    WrongKey { path: PathBuf },
    /// The database was made by a newer build (schema `version`). Nothing was written.
    #[error(
        "the database at {path} was made by a newer version of Waymark (schema {version}); update the app"
    )]
    NewerSchema { path: PathBuf, version: i64 },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is not valid: {0}")]
    Invalid(String),
}

/// A chunk as [`Store::check_alone`] found it: each event's typed body and payload text.
#[derive(Debug)]
pub struct Checked {
    bodies: Vec<Option<EventBody>>,
    payloads: Vec<String>,
}

/// What [`Store::receive_chunk`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChunkOutcome {
    pub stored: u64,
    pub duplicates: u64,
    pub conflicts: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ChunkRefused {
    #[error("{}", .0.message())]
    Invalid(waymark_core::sync::ChunkError),
    #[error("event {id} is already held with a different stream or seq; nothing was stored")]
    IdReused { id: String },
    /// The sender already has [`MAX_CONFLICTS_KEPT`] records that differ from what the hub
    /// holds; more are refused until the facilitator has looked (they are shown on the roster).
    #[error(
        "this phone has sent {MAX_CONFLICTS_KEPT} records that do not match what the hub holds; nothing more was stored"
    )]
    TooManyConflicts,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ChunkRefused {
    fn from(e: rusqlite::Error) -> Self {
        ChunkRefused::Store(StoreError::Sqlite(e))
    }
}

/// Most conflicting records kept per participant (`sync_conflicts`). Each is a copy of what a
/// device sent; a phone that keeps sending the same one adds no row, and past this many a chunk
/// with a new conflict is refused whole ([`ChunkRefused::TooManyConflicts`]).
pub const MAX_CONFLICTS_KEPT: u64 = 100;

/// What [`Store::receive`] did with an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Received {
    Stored,
    Duplicate,
    Conflict,
}

/// Who is writing: this device's stream in the event log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub stream: StreamId,
}

pub struct Store {
    conn: Connection,
    identity: Identity,
    /// This device's own stream, as stored in `meta`; `identity` differs from it only while the
    /// store acts for another participant ([`Store::act_for`]).
    home: Identity,
}

impl Store {
    /// Open (creating if absent) the encrypted database at `path` with `key`. A plain database
    /// from an earlier build is first encrypted in place, crash-safely ([`cipher`]). A file this
    /// key does not open is [`StoreError::WrongKey`], a damaged one [`StoreError::Unreadable`], a
    /// newer one [`StoreError::NewerSchema`]; in each case the file is never modified.
    pub fn open(path: &Path, key: &DbKey) -> Result<Store, StoreError> {
        Self::open_pausing(path, key, &|| {})
    }

    /// [`Store::open`], calling `pause` between the steps of a plain database's encryption (the
    /// crash test uses it to kill the process at many different points).
    #[doc(hidden)]
    pub fn open_pausing(path: &Path, key: &DbKey, pause: &dyn Fn()) -> Result<Store, StoreError> {
        let unreadable = |reason: String| StoreError::Unreadable { path: path.to_path_buf(), reason };
        if path.exists() {
            match cipher::header(path).map_err(unreadable)? {
                cipher::Header::Empty => {}
                cipher::Header::Plain => cipher::encrypt_plain(path, key, pause)?,
                cipher::Header::Encrypted(salt) if &salt == key.salt() => {}
                cipher::Header::Encrypted(_) => {
                    return Err(StoreError::WrongKey { path: path.to_path_buf() });
                }
                cipher::Header::Junk => {
                    return Err(unreadable("the file is not a Waymark database (it may be damaged)".into()));
                }
            }
        } else if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| unreadable(e.to_string()))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        // SQLCipher 4.19 (libtomcrypt) once refused `PRAGMA key` on a fresh connection while other
        // threads of the same test process opened and closed keyed databases (CI, stop 22; it
        // could not be made to happen again, and its log said nothing with logging off). The
        // refusal touches nothing on disk, so a fresh connection is tried, three times in all.
        let mut tries = 0;
        let conn = loop {
            tries += 1;
            let conn = Connection::open_with_flags(path, flags).map_err(|e| unreadable(e.to_string()))?;
            match cipher::apply_key(&conn, key) {
                Ok(()) => break conn,
                Err(_) if tries < 3 => {
                    drop(conn);
                    std::thread::sleep(std::time::Duration::from_millis(20 * tries));
                }
                Err(e) => return Err(unreadable(e.to_string())),
            }
        };
        Self::init(conn).map_err(|e| match e {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::NotADatabase =>
            {
                // The salt matched, so the key is this file's: its pages do not decrypt.
                unreadable("the file is damaged: its contents do not decrypt".into())
            }
            StoreError::Sqlite(e) => unreadable(e.to_string()),
            StoreError::NewerSchema { version, .. } => {
                StoreError::NewerSchema { path: path.to_path_buf(), version }
            }
            other => other,
        })
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Every statement the store runs stays prepared (the hub's ingest spent more time
        // parsing SQL than writing rows before it did).
        conn.set_prepared_statement_cache_capacity(128);
        // Read something first: on a corrupt file this fails before anything is written.
        conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0))?;
        // And refuse a newer database before the journal mode below rewrites its header.
        migrate::refuse_newer(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: an entry the participant saved survives a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 32 MiB of page cache (default 2 MiB): a sync chunk's pages stay in memory until its
        // commit instead of spilling to the WAL half-way (the hub's ingest, issue 12).
        conn.pragma_update(None, "cache_size", -32_768)?;
        // Savepoints (each sync chunk of a shared commit has one) journal in memory, not in a
        // temporary file.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        migrate::run(&mut conn)?;
        let identity = table::meta::identity(&conn)?;
        Ok(Store { conn, home: identity.clone(), identity })
    }

    /// SQLite's own check of the whole file: `"ok"`, or what is wrong (crash tests).
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Make this device write for `participant` from now on, keeping what it already holds: a
    /// phone used before pairing joins a member who already has a record (work done on office
    /// equipment, attendance, another phone).
    ///
    /// A stream never changes owner, so the phone's records are *copied*: every event of its old
    /// participant, in clock order, is appended again under the new participant on this device's
    /// stream, same kind and payload (diary entry ids and "when it happened" included), new ids,
    /// seqs and stamps. The old events stay in the log, untouched and never synced (sync sends
    /// only the current participant's events). All in one transaction. Returns how many were
    /// copied (0: nothing to copy, the device simply adopts the participant).
    pub fn join_participant(&mut self, participant: &str, now_ms: i64) -> Result<usize, StoreError> {
        let old = self.home.stream.participant.clone();
        if old == participant {
            return Ok(0);
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut mine: Vec<Event> =
            table::events::all(&tx)?.into_iter().filter(|e| e.stream.participant == old).collect();
        mine.sort_by(|a, b| a.hlc.cmp(&b.hlc).then_with(|| a.id.cmp(&b.id)));
        let stream = StreamId { participant: participant.to_string(), ..self.home.stream.clone() };
        for event in &mine {
            append_raw_in(&tx, &stream, &event.kind, event.payload.clone(), event.visibility, now_ms)?;
        }
        table::meta::set_participant(&tx, participant)?;
        tx.commit()?;
        self.identity = table::meta::identity(&self.conn)?;
        self.home = self.identity.clone();
        Ok(mine.len())
    }

    /// Restore a backup onto this fresh store, all or nothing: every event goes into the log
    /// as it was (same id, stream, seq, stamp) and is projected, and this device becomes
    /// `(participant, device)` again on a **new epoch** — one past any epoch of that device in the
    /// backup — so it never writes a seq the old install may already have sent. Refused (and
    /// nothing stored) if the store already holds events, or if the events are not a contiguous
    /// log (a stream with a gap or a repeated id). Returns how many events came back.
    pub fn restore(
        &mut self,
        participant: &str,
        device: &str,
        events: &[Event],
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if !table::events::all(&tx)?.is_empty() {
            return Err(StoreError::Invalid("this phone already holds records; erase it first".into()));
        }
        let mut next: std::collections::BTreeMap<&StreamId, u64> = std::collections::BTreeMap::new();
        let mut ordered: Vec<&Event> = events.iter().collect();
        ordered.sort_by(|a, b| a.stream.cmp(&b.stream).then(a.seq.cmp(&b.seq)));
        let mut last = table::meta::last_stamp(&tx)?;
        let mut epoch = 0;
        for event in ordered {
            let want = next.entry(&event.stream).or_insert(1);
            if event.seq != *want {
                return Err(StoreError::Invalid(
                    "the backup's records have a gap; nothing was restored".into(),
                ));
            }
            *want += 1;
            if event.stream.participant == participant && event.stream.device == device {
                epoch = epoch.max(event.stream.epoch);
            }
            table::events::insert(&tx, event).map_err(|_| {
                StoreError::Invalid("the backup repeats a record; nothing was restored".into())
            })?;
            table::project(&tx, event)?;
            last = HlcStamp::observe(last, event.hlc);
        }
        table::meta::set_last_stamp(&tx, last)?;
        let stream = StreamId {
            participant: participant.into(),
            device: device.into(),
            epoch: epoch.saturating_add(1),
        };
        table::meta::set_identity(&tx, &stream)?;
        tx.commit()?;
        self.identity = table::meta::identity(&self.conn)?;
        self.home = self.identity.clone();
        Ok(events.len())
    }

    /// Read and write as `participant` (on the stream `(participant, this device, epoch)`), or
    /// as this device's own participant again with `None`. The hub uses it for a participant
    /// signed in on office equipment: the stream has one writer, this hub, like the attendance it
    /// writes for them ([`Store::append_for`]). Nothing is written by switching.
    pub fn act_for(&mut self, participant: Option<&str>) {
        self.identity = match participant {
            Some(participant) => Identity {
                stream: StreamId { participant: participant.to_string(), ..self.home.stream.clone() },
            },
            None => self.home.clone(),
        };
    }

    /// Append one event written on this device, and update the projections, in one transaction.
    /// Only the participant's own kinds: a record only the hub writes goes through
    /// [`Store::append_for`] (so no participant use-case, on a phone or signed in at the office,
    /// can write attendance or the like).
    pub fn append(&mut self, body: &EventBody, now_ms: i64) -> Result<Event, StoreError> {
        participant_kind(body)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let event = append_in(&tx, &self.identity.stream, body, now_ms)?;
        tx.commit()?;
        Ok(event)
    }

    /// Append several events in one transaction: all are stored or none. Returns how many.
    pub fn append_all(&mut self, bodies: &[EventBody], now_ms: i64) -> Result<usize, StoreError> {
        bodies.iter().try_for_each(participant_kind)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for body in bodies {
            append_in(&tx, &self.identity.stream, body, now_ms)?;
        }
        tx.commit()?;
        Ok(bodies.len())
    }

    /// Take in an event written elsewhere (another device of the same participant, via sync).
    /// Receiving the same event twice is a no-op; the same id with different content is refused
    /// as [`Received::Conflict`] and nothing is changed, so the caller can flag it.
    pub fn receive(&mut self, event: &Event) -> Result<Received, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = match table::events::by_id(&tx, &event.id)? {
            Some(existing) if &existing == event => Received::Duplicate,
            Some(_) => Received::Conflict,
            None => {
                table::events::insert(&tx, event)?;
                let last = table::meta::last_stamp(&tx)?;
                table::meta::set_last_stamp(&tx, HlcStamp::observe(last, event.hlc))?;
                table::project(&tx, event)?;
                Received::Stored
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// Take in a chunk of events from a sync peer, all in one transaction: new events are stored
    /// and projected, identical copies are skipped, an event that differs from what is held under
    /// the same id or seq is flagged as a conflict (kept in `sync_conflicts`, never dropped
    /// silently). A chunk that would leave a gap or that `sender` may not send
    /// ([`waymark_core::sync::check_chunk`]) is refused whole.
    pub fn receive_chunk(
        &mut self,
        sender: waymark_core::sync::Sender<'_>,
        events: &[Event],
        now_ms: i64,
    ) -> Result<ChunkOutcome, ChunkRefused> {
        self.receive_chunks(&[(sender, events)], now_ms)?
            .pop()
            .unwrap_or(Err(ChunkRefused::Store(StoreError::Invalid("no outcome for the chunk".into()))))
    }

    /// Several chunks, from one sender or many, made durable by **one** commit (the hub's
    /// committer gathers what phones push at the same time). Each chunk is checked and applied on
    /// its own, inside a savepoint: a refused chunk stores nothing and leaves the others alone;
    /// its refusal is its entry in the result, in the order given. `Err`: the transaction itself
    /// failed, and nothing of any chunk was stored.
    pub fn receive_chunks(
        &mut self,
        chunks: &[(waymark_core::sync::Sender<'_>, &[Event])],
        now_ms: i64,
    ) -> Result<Vec<Result<ChunkOutcome, ChunkRefused>>, StoreError> {
        let checked = chunks
            .iter()
            .map(|(sender, events)| (*sender, *events, Store::check_alone(*sender, events, now_ms)));
        self.receive_checked(checked.collect(), now_ms)
    }

    /// What can be checked and prepared of a chunk without the database
    /// ([`waymark_core::sync::check_events`], and each payload's text): the hub does it before
    /// it takes the store lock, so phones' chunks are checked side by side while one is written.
    pub fn check_alone(
        sender: waymark_core::sync::Sender<'_>,
        events: &[Event],
        now_ms: i64,
    ) -> Result<Checked, ChunkRefused> {
        let bodies =
            waymark_core::sync::check_events(sender, events, now_ms).map_err(ChunkRefused::Invalid)?;
        Ok(Checked { bodies, payloads: events.iter().map(|e| e.payload.to_string()).collect() })
    }

    /// [`Store::receive_chunks`] of chunks [`Store::check_alone`] has seen (its refusals are
    /// passed on as they are).
    pub fn receive_checked(
        &mut self,
        chunks: Vec<(waymark_core::sync::Sender<'_>, &[Event], Result<Checked, ChunkRefused>)>,
        now_ms: i64,
    ) -> Result<Vec<Result<ChunkOutcome, ChunkRefused>>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut last = table::meta::last_stamp(&tx)?;
        let mut outcomes = Vec::with_capacity(chunks.len());
        for (sender, events, checked) in chunks {
            let checked = match checked {
                Ok(checked) => checked,
                Err(refused) => {
                    outcomes.push(Err(refused));
                    continue;
                }
            };
            tx.execute_batch("SAVEPOINT chunk")?;
            match receive_in(&tx, sender, events, checked, now_ms, &mut last) {
                Ok(outcome) => {
                    tx.execute_batch("RELEASE chunk")?;
                    outcomes.push(Ok(outcome));
                }
                Err(refused) => {
                    tx.execute_batch("ROLLBACK TO chunk; RELEASE chunk")?;
                    outcomes.push(Err(refused));
                }
            }
        }
        table::meta::set_last_stamp(&tx, last)?;
        tx.commit()?;
        Ok(outcomes)
    }

    /// The ingest benchmark's measure of the machine (issue 12): the same rows into `events` in
    /// one transaction with one prepared statement, and nothing else (no checks, no
    /// projections). Kept beside [`Store::receive_chunks`] so the two stay comparable.
    #[doc(hidden)]
    pub fn limit_insert(&mut self, events: &[Event]) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for event in events {
            table::events::insert(&tx, event)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Highest seq held per stream (of one participant, or all).
    pub fn version_vector(
        &self,
        participant: Option<&str>,
    ) -> Result<waymark_core::sync::VersionVector, StoreError> {
        table::sync::version_vector(&self.conn, participant)
    }

    /// Up to `limit` events that the holder of `have` lacks, in (stream, seq) order.
    pub fn events_after(
        &self,
        have: &waymark_core::sync::VersionVector,
        participant: Option<&str>,
        limit: u32,
    ) -> Result<Vec<Event>, StoreError> {
        table::sync::events_after(&self.conn, have, participant, limit)
    }

    /// How many records a participant's devices sent that differed from what was held under the
    /// same id or seq (kept in `sync_conflicts`, at most [`MAX_CONFLICTS_KEPT`]).
    pub fn conflicts_of(&self, participant: &str) -> Result<u64, StoreError> {
        table::sync::conflicts_of(&self.conn, participant)
    }

    /// This participant's current consent.
    pub fn consent(&self) -> Result<waymark_core::sync::Consent, StoreError> {
        table::goals::consent(&self.conn, &self.identity.stream.participant)
    }

    /// Any participant's current diary summary of the week starting `week_start` (`YYYY-MM-DD`):
    /// the latest that any of their devices sent (the hub's roster reads it).
    pub fn diary_summary_of(
        &self,
        participant: &str,
        week_start: &str,
    ) -> Result<Option<waymark_core::progress::WeekSummary>, StoreError> {
        table::summary::latest(&self.conn, participant, week_start)
    }

    /// The latest summary of the week that this device itself wrote for its participant.
    pub fn own_diary_summary(
        &self,
        week_start: &str,
    ) -> Result<Option<waymark_core::progress::WeekSummary>, StoreError> {
        let stream = &self.identity.stream;
        table::summary::own_latest(&self.conn, &stream.participant, &stream.device, week_start)
    }

    /// Every event in the log, in (stream, seq) order.
    pub fn events(&self) -> Result<Vec<Event>, StoreError> {
        table::events::all(&self.conn)
    }

    /// Steps the participant has completed, oldest first.
    pub fn completed_steps(&self) -> Result<Vec<CompletedStep>, StoreError> {
        table::progress::completed_steps(&self.conn, &self.identity.stream.participant)
    }

    /// Drop every projection and replay the whole log into it.
    pub fn rebuild_projections(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        table::clear_projections(&tx)?;
        for event in table::events::all(&tx)? {
            table::project(&tx, &event)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A dump of every projection table, as text, for comparing a rebuilt store with a live one.
    pub fn projection_snapshot(&self) -> Result<String, StoreError> {
        let mut lines = vec![table::progress::snapshot(&self.conn)?];
        lines.extend(table::diary::snapshot(&self.conn)?);
        lines.extend(table::goals::snapshot(&self.conn)?);
        lines.extend(table::answers::snapshot(&self.conn)?);
        lines.extend(table::summary::snapshot(&self.conn)?);
        lines.extend(table::hub::snapshot(&self.conn)?);
        lines.extend(table::schedule::snapshot(&self.conn)?);
        lines.extend(table::marks::snapshot(&self.conn)?);
        Ok(lines.join("\n"))
    }

    /// Live diary entries (all three diaries) that happened in `[from_ms, to_ms)`.
    pub fn diary_between(&self, from_ms: i64, to_ms: i64) -> Result<Vec<DiaryRow>, StoreError> {
        table::diary::entries_between(&self.conn, &self.identity.stream.participant, from_ms, to_ms)
    }

    /// The live diary folded to local days (at `utc_offset_minutes`), as streaks and the month
    /// calendar count them; days with no entry are absent.
    pub fn diary_day_facts(&self, utc_offset_minutes: i32) -> Result<Vec<DayFact>, StoreError> {
        let offset_ms = i64::from(utc_offset_minutes) * 60_000;
        table::diary::day_facts(&self.conn, &self.identity.stream.participant, offset_ms)
    }

    /// One diary entry by id, deleted or not (so undo can show what comes back).
    pub fn diary_entry(&self, entry_id: &str) -> Result<Option<DiaryRow>, StoreError> {
        table::diary::entry(&self.conn, &self.identity.stream.participant, entry_id)
    }

    pub fn current_goal(&self) -> Result<Option<waymark_core::progress::Goal>, StoreError> {
        table::goals::current_goal(&self.conn, &self.identity.stream.participant)
    }

    /// Every current answer to a programme step, as (session id, step id, answer).
    pub fn answers(&self) -> Result<Vec<(String, String, waymark_core::answer::Answer)>, StoreError> {
        table::answers::all(&self.conn, &self.identity.stream.participant)
    }

    pub fn audit_results(&self) -> Result<Vec<AuditRow>, StoreError> {
        table::goals::audit_results(&self.conn, &self.identity.stream.participant)
    }
}

/// Refuse a body only the hub writes (see [`waymark_core::event::Writer`]).
fn participant_kind(body: &EventBody) -> Result<(), StoreError> {
    match body.writer() {
        waymark_core::event::Writer::Participant => Ok(()),
        waymark_core::event::Writer::Hub => Err(StoreError::Invalid(format!(
            "a {:?} record is written only by the hub, for a participant",
            body.kind()
        ))),
    }
}

/// One chunk inside the caller's transaction (see [`Store::receive_chunk`]); `last` is the
/// clock stamp to advance past every stored event.
fn receive_in(
    tx: &rusqlite::Transaction<'_>,
    sender: waymark_core::sync::Sender<'_>,
    events: &[Event],
    checked: Checked,
    now_ms: i64,
    last: &mut HlcStamp,
) -> Result<ChunkOutcome, ChunkRefused> {
    let _ = sender; // checked by `Store::check_alone`
    let mut held = waymark_core::sync::VersionVector::default();
    for event in events {
        if !held.0.contains_key(&event.stream) {
            let max = table::events::max_seq(tx, &event.stream)?;
            held.0.insert(event.stream.clone(), max);
        }
    }
    let mut plan =
        waymark_core::sync::plan_chunk(&held, events, checked.bodies).map_err(ChunkRefused::Invalid)?;
    let mut outcome = ChunkOutcome::default();
    for &i in &plan.already_held {
        let event = &events[i];
        let same = match table::events::by_id(tx, &event.id)? {
            Some(existing) => existing == *event,
            None => false,
        };
        if same {
            outcome.duplicates += 1;
        } else {
            if !table::sync::flag_conflict(tx, event, now_ms, MAX_CONFLICTS_KEPT)? {
                return Err(ChunkRefused::TooManyConflicts);
            }
            outcome.conflicts.push(event.id.clone());
        }
    }
    let mut stamp = *last;
    for &i in &plan.new {
        let event = &events[i];
        match table::events::insert_text(tx, event, &checked.payloads[i]) {
            // The id is held under another stream or seq (the seq itself is new, checked above):
            // storing would break the log and skipping would leave a gap, so the whole chunk is
            // refused and the sender told.
            Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)))
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                return Err(ChunkRefused::IdReused { id: event.id.clone() });
            }
            other => other?,
        }
        table::project_body(tx, event, plan.bodies[i].take())?;
        stamp = HlcStamp::observe(stamp, event.hlc);
        outcome.stored += 1;
    }
    *last = stamp;
    Ok(outcome)
}

fn append_in(
    tx: &rusqlite::Transaction<'_>,
    stream: &StreamId,
    body: &EventBody,
    now_ms: i64,
) -> Result<Event, StoreError> {
    append_raw_in(tx, stream, body.kind(), body.payload(), body.visibility(), now_ms)
}

/// Append a record given as kind + payload (so kinds this build does not know are carried too).
fn append_raw_in(
    tx: &rusqlite::Transaction<'_>,
    stream: &StreamId,
    kind: &str,
    payload: serde_json::Value,
    visibility: waymark_core::Visibility,
    now_ms: i64,
) -> Result<Event, StoreError> {
    let seq = table::events::max_seq(tx, stream)? + 1;
    let hlc = HlcStamp::tick(table::meta::last_stamp(tx)?, now_ms);
    let event = Event {
        id: uuid::Uuid::now_v7().to_string(),
        stream: stream.clone(),
        seq,
        hlc,
        schema: waymark_core::event::EVENT_SCHEMA_VERSION,
        kind: kind.to_string(),
        payload,
        visibility,
    };
    table::events::insert(tx, &event)?;
    table::meta::set_last_stamp(tx, hlc)?;
    table::project(tx, &event)?;
    Ok(event)
}

/// For `fuzz/` only (cargo feature `fuzz`, which only `fuzz/Cargo.toml` turns on): put a store
/// back to a copy of another one, cheaply, so a fuzz target can restore onto a fresh store per
/// input without opening one (every migration, ~20 ms) each time.
#[cfg(feature = "fuzz")]
#[doc(hidden)]
pub mod fuzz {
    use super::{Store, StoreError, table};

    impl Store {
        /// Overwrite this store's whole database with `template`'s (SQLite's backup API, page by
        /// page, on this same connection: its settings and prepared statements stay) and read
        /// its identity again. `template` must be an in-memory store too.
        pub fn reset_to(&mut self, template: &Store) -> Result<(), StoreError> {
            let backup = rusqlite::backup::Backup::new(&template.conn, &mut self.conn)?;
            backup.run_to_completion(i32::MAX, std::time::Duration::ZERO, None)?;
            drop(backup);
            self.identity = table::meta::identity(&self.conn)?;
            self.home = self.identity.clone();
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
