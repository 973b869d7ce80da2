use waymark_core::EventBody;

use super::*;

fn step(session: &str, step: &str) -> EventBody {
    EventBody::StepCompleted { session_id: session.into(), step_id: step.into() }
}

#[test]
fn append_gives_contiguous_seq_and_increasing_stamps() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.append(&step("s01", "a"), 1_000).unwrap();
    // Clock goes backwards: seq and stamp still move forward.
    let b = store.append(&step("s01", "b"), 10).unwrap();
    assert_eq!((a.seq, b.seq), (1, 2));
    assert!(b.hlc > a.hlc);
    assert_eq!(store.events().unwrap(), vec![a, b]);
}

#[test]
fn rebuilt_projections_match_live_ones() {
    let mut store = Store::open_in_memory().unwrap();
    for (i, s) in ["a", "b", "a", "c"].iter().enumerate() {
        store.append(&step("s01", s), 1_000 + i as i64).unwrap();
    }
    store.append(&step("s02", "a"), 5).unwrap();
    let live = store.projection_snapshot().unwrap();
    assert_eq!(live.lines().count(), 4, "repeat completion of s01/a is one row: {live}");
    store.rebuild_projections().unwrap();
    assert_eq!(store.projection_snapshot().unwrap(), live);
}

#[test]
fn events_cannot_be_changed_in_place() {
    let mut store = Store::open_in_memory().unwrap();
    store.append(&step("s01", "a"), 1).unwrap();
    let err = store.conn.execute("UPDATE events SET kind = 'x'", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    assert!(store.conn.execute("DELETE FROM events", []).is_err());
}

#[test]
fn progress_and_identity_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("waymark.db");
    let identity = {
        let mut store = Store::open(&path).unwrap();
        store.append(&step("s01", "a"), 1).unwrap();
        store.identity().clone()
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.identity(), &identity);
    assert_eq!(store.completed_steps().unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("waymark.db");
    let junk = b"this is not a database, it is a shopping list\n".repeat(200);
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().expect("junk must not open");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn a_database_with_a_damaged_body_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("waymark.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.append(&step("s01", "a"), 1).unwrap();
        store.conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    // Keep the SQLite header, wreck the rest (page size and schema pages).
    for b in bytes.iter_mut().skip(16) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().expect("damaged file must not open");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("waymark.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&path).err().expect("newer schema must not open");
    assert!(err.to_string().contains("newer version"), "{err}");
}
