//! Projection: the current revision of every diary entry (drink, drug use, urge).
//!
//! Each entry keeps two last-writer-wins registers ordered by [`revision_key`]: its body (from
//! `*_recorded` events) and whether it is deleted (from recorded/deleted/restored). Events may
//! arrive in any order from sync; the result is the same. An entry is keyed by participant and
//! entry id: another participant's event naming the same id changes nothing of theirs (the hub
//! holds many participants' entries in one table).
//!
//! **Decision (schema 17, issue 12):** a row holds only what is queried or totalled (diary,
//! time, units, spend, whether an urge was resisted) and *names* the events it comes from
//! (`body_event`: the revision whose body this is; `deleted_event`: the latest
//! recorded/deleted/restored) instead of copying the body and two revision keys. The body is
//! read from the log when an entry is shown. Events are named by id, not rowid: `VACUUM INTO`
//! and `sqlcipher_export` renumber the rowids of a table without an `INTEGER PRIMARY KEY`.
//! Receiving an entry now writes about a third of the bytes it did (the hub's storage was 2.7×
//! one plain transaction of the same events, mostly this row).
//!
//! **Decision (schema 18, issue 12):** the row's bytes were still the hub's largest cost beyond
//! the log (the ingest bench's hub database 93.2 MiB against the log alone's 66.9; now 76.5), so:
//! - the participant is a number (`person`, from `people`, an `INTEGER PRIMARY KEY` so a copy of
//!   the database keeps it), not its 36 characters in the row and again in the time index; every
//!   query names the participant by text and looks the number up (`person_is!`); removing a
//!   member takes their rows and their number ([`erase`]);
//! - `deleted_event` is NULL while it is the same event as `body_event` (an entry never deleted
//!   or restored, and one edited after its last delete or restore): the deleted register's event
//!   is `ifnull(deleted_event, body_event)`. It is never earlier than the body's (every recorded
//!   revision is offered to both), so a revision that moves the body either moves both (NULL) or
//!   writes the old one out; a delete or restore is always written out. A row is then the same
//!   whatever order its events came in (test: `a_deleted_event_left_out_is_the_body_s_in_any_order`);
//! - ids made as the app and the hub make them (lowercase hyphenated UUIDs) are kept as their 16
//!   bytes ([`compact`]), anything else as its text (columns `ANY`); SQL gives the text back
//!   (`id_text!`) to find the event in the log. Entries of the same instant sort by id bytes,
//!   as their text would, except that a non-UUID id sorts before every UUID one.
//!
//! The rows are made again from the log when an older database is opened (test:
//! `entries_from_schema_17_are_shown_after_the_upgrade`).

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::Value;
use waymark_core::Event;

use crate::StoreError;

pub const MIGRATIONS: &[(i64, &str)] = &[
    (
        2,
        "CREATE TABLE diary_entries (
        entry_id       TEXT PRIMARY KEY NOT NULL,
        participant    TEXT NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        body           TEXT NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        body_key       TEXT NOT NULL,
        deleted        INTEGER NOT NULL,
        deleted_key    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX diary_entries_by_time ON diary_entries (participant, occurred_at_ms);",
    ),
    // An entry id names an entry within one participant's record: the hub holds many, and a
    // phone that joins an existing participant copies its entries under the new one.
    (
        9,
        "CREATE TABLE diary_entries_v9 (
        entry_id       TEXT NOT NULL,
        participant    TEXT NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        body           TEXT NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        body_key       TEXT NOT NULL,
        deleted        INTEGER NOT NULL,
        deleted_key    TEXT NOT NULL,
        PRIMARY KEY (participant, entry_id)
    ) STRICT;
    INSERT INTO diary_entries_v9 SELECT entry_id, participant, diary, occurred_at_ms, body, units,
        spend_pence, body_key, deleted, deleted_key FROM diary_entries;
    DROP TABLE diary_entries;
    ALTER TABLE diary_entries_v9 RENAME TO diary_entries;
    CREATE INDEX diary_entries_by_time ON diary_entries (participant, occurred_at_ms);",
    ),
    // Slim rows naming their events (see the module's decision); filled again from the log
    // ([`backfill`]).
    (
        17,
        "DROP TABLE diary_entries;
    CREATE TABLE diary_entries (
        participant    TEXT NOT NULL,
        entry_id       TEXT NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        resisted       INTEGER NOT NULL,
        body_event     TEXT,
        deleted        INTEGER NOT NULL,
        deleted_event  TEXT NOT NULL,
        PRIMARY KEY (participant, entry_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX diary_entries_by_time ON diary_entries (participant, occurred_at_ms);",
    ),
    // Participants numbered (`people`), ids as 16 bytes ([`compact`]), `deleted_event` left out
    // (NULL) while it is the body's event (see the module's decision); filled again from the log
    // ([`backfill`]).
    (
        SINCE,
        "DROP TABLE diary_entries;
    CREATE TABLE people (
        id          INTEGER PRIMARY KEY,
        participant TEXT UNIQUE NOT NULL
    ) STRICT;
    CREATE TABLE diary_entries (
        person         INTEGER NOT NULL,
        entry_id       ANY NOT NULL,
        diary          TEXT NOT NULL,
        occurred_at_ms INTEGER NOT NULL,
        units          REAL NOT NULL,
        spend_pence    INTEGER NOT NULL,
        resisted       INTEGER NOT NULL,
        body_event     ANY,
        deleted        INTEGER NOT NULL,
        deleted_event  ANY,
        PRIMARY KEY (person, entry_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX diary_entries_by_time ON diary_entries (person, occurred_at_ms);",
    ),
];

/// Schema version of the rows as this build makes them (slim rows in 17; participants numbered
/// and `deleted_event` left out while it is `body_event` in 18): an older database's rows are
/// made again from the log.
pub const SINCE: i64 = 18;

/// The kinds this projection is made of.
const KINDS: &[&str] =
    &["drink_recorded", "drug_use_recorded", "urge_recorded", "diary_entry_deleted", "diary_entry_restored"];

/// An id as a row holds it: a UUID as the app and the hub make them (lowercase, hyphenated) as
/// its 16 bytes, anything else as it is.
fn compact(id: &str) -> Value16 {
    match uuid::Uuid::try_parse(id) {
        Ok(uuid) if uuid.hyphenated().to_string() == id => Value16::Bytes(*uuid.as_bytes()),
        _ => Value16::Text(id.to_string()),
    }
}

/// What [`compact`] makes.
enum Value16 {
    Bytes([u8; 16]),
    Text(String),
}

impl rusqlite::ToSql for Value16 {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(match self {
            Value16::Bytes(b) => rusqlite::types::ToSqlOutput::Borrowed(rusqlite::types::ValueRef::Blob(b)),
            Value16::Text(t) => {
                rusqlite::types::ToSqlOutput::Borrowed(rusqlite::types::ValueRef::Text(t.as_bytes()))
            }
        })
    }
}

/// The id's text again from what [`compact`] made of it.
fn id_from(value: rusqlite::types::ValueRef<'_>) -> rusqlite::Result<String> {
    match value {
        rusqlite::types::ValueRef::Blob(b) => {
            uuid::Uuid::from_slice(b).map(|u| u.hyphenated().to_string()).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Blob, Box::new(e))
            })
        }
        other => other.as_str().map(str::to_string).map_err(Into::into),
    }
}

/// [`id_from`] in SQL, of the column or expression `$of`.
macro_rules! id_text {
    ($of:literal) => {
        concat!(
            "iif(typeof(",
            $of,
            ") = 'blob', lower(substr(hex(",
            $of,
            "), 1, 8) || '-' || substr(hex(",
            $of,
            "), 9, 4) || '-' || substr(hex(",
            $of,
            "), 13, 4) || '-' || substr(hex(",
            $of,
            "), 17, 4) || '-' || substr(hex(",
            $of,
            "), 21)), ",
            $of,
            ")"
        )
    };
}

/// [`id_text!`] for a test to read a row's ids.
#[cfg(test)]
pub fn id_text_sql(of: &str) -> String {
    id_text!("{of}").replace("{of}", of)
}

/// [`revision_key`] of the event in `events` whose id is `$of` (a column or a parameter, as
/// [`compact`] made it), made by SQLite: the same text, so a held revision is compared with a new
/// one without its key kept in the row.
macro_rules! key_of {
    ($of:literal) => {
        concat!(
            "(SELECT hlc || '|' || device || '|' || printf('%010d', epoch) || '|' || printf('%020d', seq)
              FROM events WHERE id = ",
            id_text!($of),
            ")"
        )
    };
}

/// [`key_of!`] for a test to compare with [`revision_key`].
#[cfg(test)]
pub fn key_of_event_sql(of: &str) -> String {
    key_of!("{of}").replace("{of}", of)
}

/// Total order of revisions: clock stamp, then stream, then seq — unique per event.
pub fn revision_key(event: &Event) -> String {
    format!(
        "{}|{}|{:010}|{:020}",
        event.hlc.to_sortable(),
        event.stream.device,
        event.stream.epoch,
        event.seq
    )
}

#[derive(Clone, Debug, PartialEq)]
pub struct DiaryRow {
    pub entry_id: String,
    /// `drink`, `drug_use` or `urge`.
    pub diary: String,
    pub occurred_at_ms: i64,
    pub body: Value,
    pub units: f64,
    pub spend_pence: i64,
    pub deleted: bool,
}

/// One local day of the diary as streaks and the month calendar count it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayFact {
    /// Days since 1970-01-01 in the offset asked for (negative before it).
    pub day: i64,
    /// A drink entry that day (a drinking day); drug use and urges are not.
    pub drank: bool,
    pub units: f64,
    pub spend_pence: i64,
    /// Urges that day whose outcome was "did not use".
    pub urges_resisted: u32,
}

/// Facts a recorded revision brings (its body stays in the event).
pub struct Revision<'a> {
    pub diary: &'a str,
    pub occurred_at_ms: i64,
    pub units: f64,
    pub spend_pence: u32,
    /// An urge whose outcome was "did not use".
    pub resisted: bool,
}

/// The number `people` gives `participant` in the diary's rows, given it now if it has none.
fn person(tx: &Transaction<'_>, participant: &str) -> Result<i64, StoreError> {
    let held = tx
        .prepare_cached("SELECT id FROM people WHERE participant = ?1")?
        .query_row([participant], |r| r.get(0))
        .optional()?;
    if let Some(id) = held {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO people (participant) VALUES (?1)")?.execute([participant])?;
    Ok(tx.last_insert_rowid())
}

/// `person = ` the number of the participant given as `$of`, in a query (none: no rows).
macro_rules! person_is {
    ($of:literal) => {
        concat!("person = (SELECT id FROM people WHERE participant = ", $of, ")")
    };
}

pub fn record(
    tx: &Transaction<'_>,
    event: &Event,
    entry_id: &str,
    rev: Revision<'_>,
) -> Result<(), StoreError> {
    // ?1–?8: the row; the update adds ?9, this revision's key.
    let person = person(tx, &event.stream.participant)?;
    let (entry_id, event_id) = (compact(entry_id), compact(&event.id));
    let row: [&dyn rusqlite::ToSql; 8] = [
        &person,
        &entry_id,
        &rev.diary,
        &rev.occurred_at_ms,
        &rev.units,
        &rev.spend_pence,
        &rev.resisted,
        &event_id,
    ];
    let inserted = tx
        .prepare_cached(
            "INSERT INTO diary_entries (person, entry_id, diary, occurred_at_ms, units, spend_pence,
                 resisted, body_event, deleted, deleted_event)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, NULL)
             ON CONFLICT (person, entry_id) DO NOTHING",
        )?
        .execute(&row[..])?;
    if inserted == 1 {
        return Ok(());
    }
    // Held already (an edit, a tombstone that came first, or this entry again): each register
    // takes this revision only if it is later than the one it holds. The deleted register's
    // revision is never earlier than the body's (every recorded revision is offered to both), so
    // it can take this one only when the body does: then both name it (`deleted_event` NULL).
    // When only the body does, a `deleted_event` left out named the old body: it is written out.
    let key = revision_key(event);
    tx.prepare_cached(concat!(
        "UPDATE diary_entries SET diary = ?3, occurred_at_ms = ?4, units = ?5, spend_pence = ?6,
             resisted = ?7, body_event = ?8,
             deleted = iif(?9 > ",
        key_of!("ifnull(diary_entries.deleted_event, diary_entries.body_event)"),
        ", 0, deleted),
             deleted_event = iif(?9 > ",
        key_of!("ifnull(diary_entries.deleted_event, diary_entries.body_event)"),
        ", NULL, ifnull(deleted_event, body_event))
         WHERE person = ?1 AND entry_id = ?2 AND (body_event IS NULL OR ?9 > ",
        key_of!("diary_entries.body_event"),
        ")"
    ))?
    .execute(rusqlite::params_from_iter(row.iter().chain([&(&key as &dyn rusqlite::ToSql)])))?;
    Ok(())
}

/// Delete (`deleted = true`) or restore. A tombstone that arrives before the entry it deletes is
/// kept as a row with no body event, so the entry stays deleted when it does arrive.
pub fn set_deleted(
    tx: &Transaction<'_>,
    event: &Event,
    entry_id: &str,
    deleted: bool,
) -> Result<(), StoreError> {
    let person = person(tx, &event.stream.participant)?;
    let (entry_id, event_id) = (compact(entry_id), compact(&event.id));
    let inserted = tx
        .prepare_cached(
            "INSERT INTO diary_entries (person, entry_id, diary, occurred_at_ms, units, spend_pence,
                 resisted, body_event, deleted, deleted_event)
             VALUES (?1, ?2, '', 0, 0, 0, 0, NULL, ?3, ?4)
             ON CONFLICT (person, entry_id) DO NOTHING",
        )?
        .execute(params![person, entry_id, deleted, event_id])?;
    if inserted == 1 {
        return Ok(());
    }
    // A delete or restore is never a body's event, so it is always written out.
    tx.prepare_cached(concat!(
        "UPDATE diary_entries SET deleted = ?3, deleted_event = ?4
         WHERE person = ?1 AND entry_id = ?2 AND ?5 > ",
        key_of!("ifnull(diary_entries.deleted_event, diary_entries.body_event)")
    ))?
    .execute(params![person, entry_id, deleted, event_id, revision_key(event)])?;
    Ok(())
}

/// Fill the table from the diary events already in the log (after the [`SINCE`] migration).
pub fn backfill(tx: &Transaction<'_>) -> Result<(), StoreError> {
    for kind in KINDS {
        for event in crate::table::events::of_kind(tx, kind)? {
            crate::table::project(tx, &event)?;
        }
    }
    Ok(())
}

/// A row with its body read from the event it names.
const SELECT: &str = concat!(
    "SELECT d.entry_id, d.diary, d.occurred_at_ms, e.payload, d.units, d.spend_pence, d.deleted
     FROM diary_entries d JOIN events e ON e.id = ",
    id_text!("d.body_event")
);

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<(DiaryRow, String)> {
    let payload: String = row.get(3)?;
    Ok((
        DiaryRow {
            entry_id: id_from(row.get_ref(0)?)?,
            diary: row.get(1)?,
            occurred_at_ms: row.get(2)?,
            body: Value::Null,
            units: row.get(4)?,
            spend_pence: row.get(5)?,
            deleted: row.get(6)?,
        },
        payload,
    ))
}

/// The body is the payload's field named as the diary is (`drink`, `drug_use`, `urge`).
fn with_body((mut row, payload): (DiaryRow, String)) -> Result<DiaryRow, StoreError> {
    let mut payload: Value = serde_json::from_str(&payload)
        .map_err(|e| StoreError::Invalid(format!("diary entry {} is not valid JSON: {e}", row.entry_id)))?;
    row.body = payload.get_mut(&row.diary).map(Value::take).unwrap_or(Value::Null);
    Ok(row)
}

/// Live (not deleted) entries with `from_ms <= occurred_at < to_ms`, oldest first.
pub fn entries_between(
    conn: &Connection,
    participant: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<DiaryRow>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE d.{} AND d.occurred_at_ms >= ?2 AND d.occurred_at_ms < ?3 AND d.deleted = 0
         ORDER BY d.occurred_at_ms, d.entry_id",
        person_is!("?1")
    ))?;
    let rows = stmt.query_map(params![participant, from_ms, to_ms], read)?;
    rows.map(|r| with_body(r?)).collect()
}

/// What "how far I've come" needs of the live entries, one row per local day that has any, made
/// by SQLite without decoding bodies: whether there was a drink, units, spend and resisted urges.
/// `utc_offset_ms` shifts instants to the local day (floor division, so days before 1970 count).
pub fn day_facts(
    conn: &Connection,
    participant: &str,
    utc_offset_ms: i64,
) -> Result<Vec<DayFact>, StoreError> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT ((occurred_at_ms + ?2) - (((occurred_at_ms + ?2) % 86400000) + 86400000) % 86400000) / 86400000
                    AS day,
                max(diary = 'drink'),
                total(CASE WHEN diary = 'drink' THEN units END),
                total(spend_pence),
                sum(resisted)
         FROM diary_entries WHERE ",
        person_is!("?1"),
        " AND deleted = 0 AND body_event IS NOT NULL
         GROUP BY day ORDER BY day"
    ))?;
    let rows = stmt.query_map(params![participant, utc_offset_ms], |r| {
        Ok(DayFact {
            day: r.get(0)?,
            drank: r.get(1)?,
            units: r.get(2)?,
            spend_pence: r.get::<_, f64>(3)? as i64,
            urges_resisted: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One of `participant`'s entries by id. Another participant's entry is not found: an entry
/// id is only a name within one participant's record (the hub holds many).
pub fn entry(conn: &Connection, participant: &str, entry_id: &str) -> Result<Option<DiaryRow>, StoreError> {
    let row = conn
        .query_row(
            &format!("{SELECT} WHERE d.entry_id = ?1 AND d.{}", person_is!("?2")),
            params![compact(entry_id), participant],
            read,
        )
        .optional()?;
    row.map(with_body).transpose()
}

pub fn clear(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM diary_entries")?.execute([])?;
    tx.prepare_cached("DELETE FROM people")?.execute([])?;
    Ok(())
}

/// Everything of `participant` here: their rows and their number (removing a member).
pub fn erase(tx: &Transaction<'_>, participant: &str) -> Result<(), StoreError> {
    tx.prepare_cached(concat!("DELETE FROM diary_entries WHERE ", person_is!("?1")))?
        .execute([participant])?;
    tx.prepare_cached("DELETE FROM people WHERE participant = ?1")?.execute([participant])?;
    Ok(())
}

pub fn snapshot(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare(concat!(
        "SELECT ",
        id_text!("entry_id"),
        " || '|' || p.participant || '|' || diary || '|' || occurred_at_ms || '|' || units || '|' ||
                spend_pence || '|' || resisted || '|' || ifnull(",
        id_text!("body_event"),
        ", '') || '|' || deleted || '|' || ifnull(",
        id_text!("deleted_event"),
        ", '=')
         FROM diary_entries JOIN people p ON p.id = person ORDER BY entry_id, p.participant"
    ))?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
