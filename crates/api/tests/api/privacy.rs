//! Issue 11: encryption at rest through the use-cases, wrong key / missing key, the app lock.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use waymark_api::*;

use super::{content, en};
use crate::diary::pint;

const MARKER: &str = "Zq7-private-MARKER";

/// Every file the database at `db` has beside it, with its bytes.
fn database_files(db: &Path) -> Vec<(String, Vec<u8>)> {
    waymark_store::cipher::database_files(db)
        .into_iter()
        .filter_map(|f| Some((f.display().to_string(), std::fs::read(&f).ok()?)))
        .collect()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn assert_nothing_readable(db: &Path, what: &[&str]) {
    let files = database_files(db);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.iter().any(|n| n.ends_with("-wal")), "the test should see the -wal too: {names:?}");
    for (name, bytes) in &files {
        for text in what {
            assert!(!contains(bytes, text), "{name} shows {text:?}");
        }
    }
}

fn drink(place: &str, at: i64) -> Drink {
    Drink {
        cost_pence: None,
        place: Some(place.into()),
        with_whom: Some(format!("{MARKER}-with")),
        mood_before: None,
        ..pint(at)
    }
}

#[test]
fn diary_answers_and_names_are_not_readable_in_the_phone_or_hub_files() {
    let dir = tempfile::tempdir().unwrap();
    let phone_db = dir.path().join("phone/waymark.db");
    let phone = Api::open_app(content(), &phone_db, None);
    let now = chrono::Utc::now().timestamp_millis();
    phone
        .add_drink(AddDrinkRequest { entry_id: None, drink: drink(&format!("{MARKER}-diary"), now - 60_000) })
        .unwrap();
    phone
        .answer_step(AnswerStepRequest {
            locale: en(),
            session_id: "s01".into(),
            step_id: "s01-what-matters".into(),
            answer: Answer::Text { text: format!("{MARKER}-answer") },
        })
        .unwrap();
    assert_nothing_readable(&phone_db, &[MARKER, "drink_recorded", "SQLite format 3"]);
    // The key is not in the database, and the key file is its owner's only.
    let key_file = phone_db.with_extension("key");
    assert!(key_file.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }

    let hub_db = dir.path().join("hub/hub.db");
    let hub = Hub::new(Api::open(content(), &hub_db));
    let group = hub.create_group(CreateGroupRequest { name: format!("{MARKER}-group") }).unwrap();
    hub.add_member(AddMemberRequest { group_id: group.id, display_name: "Zq7Sam".into() }).unwrap();
    assert_nothing_readable(&hub_db, &[MARKER, "Zq7Sam", "SQLite format 3"]);
    assert!(hub_db.with_extension("key").exists());
}

fn problem(api: &Api) -> Option<DatabaseProblem> {
    match api.status(StatusRequest {}).unwrap().database {
        DatabaseStatus::Unavailable { problem, .. } => Some(problem),
        _ => None,
    }
}

#[test]
fn a_wrong_or_missing_key_is_said_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("waymark.db");
    let key_file = db.with_extension("key");
    {
        let api = Api::open_app(content(), &db, None);
        api.add_drink(AddDrinkRequest { entry_id: None, drink: drink("home", 1_000) }).unwrap();
    }
    let before = database_files(&db);
    let key = std::fs::read(&key_file).unwrap();

    // Another install's key file.
    let other = tempfile::tempdir().unwrap();
    drop(Api::open_app(content(), &other.path().join("waymark.db"), None));
    std::fs::copy(other.path().join("waymark.key"), &key_file).unwrap();
    let api = Api::open_app(content(), &db, None);
    assert_eq!(problem(&api), Some(DatabaseProblem::WrongKey));
    assert_eq!(
        api.list_sessions(ListSessionsRequest { locale: en() }).unwrap_err().code,
        Code::DatabaseUnavailable
    );
    drop(api);

    // No key file: no new key is made for an encrypted database.
    std::fs::remove_file(&key_file).unwrap();
    let api = Api::open_app(content(), &db, None);
    assert_eq!(problem(&api), Some(DatabaseProblem::MissingKey));
    assert!(!key_file.exists(), "a new key file was made for an encrypted database");
    drop(api);

    // A damaged key file.
    std::fs::write(&key_file, b"{ not a key").unwrap();
    assert_eq!(problem(&Api::open_app(content(), &db, None)), Some(DatabaseProblem::KeyDamaged));

    assert!(database_files(&db) == before, "a refused open changed the database files");
    std::fs::write(&key_file, &key).unwrap();
    let api = Api::open_app(content(), &db, None);
    assert_eq!(problem(&api), None);
    let entries = api.list_diary(ListDiaryRequest { from_ms: 0, to_ms: 10_000 }).unwrap();
    assert_eq!(entries.entries.len(), 1);
}

/// A phone app over `db` whose clock the test moves.
fn app_at(db: &Path, now: &Arc<AtomicI64>) -> Api {
    let now = now.clone();
    Api::open_app(content(), db, None).with_clock(Arc::new(move || now.load(Ordering::SeqCst)))
}

fn unlock(api: &Api, pin: &str) -> Result<LockView, Error> {
    api.unlock(PinRequest { pin: pin.into() })
}

#[test]
fn the_app_lock_keeps_the_database_closed_until_the_pin_and_waits_grow_after_five_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("waymark.db");
    let now = Arc::new(AtomicI64::new(1_800_000_000_000));
    let api = app_at(&db, &now);
    let first = api.lock_status(LockStatusRequest {}).unwrap();
    assert!(first.available && first.offer && !first.enabled && !first.locked, "{first:?}");
    api.add_drink(AddDrinkRequest { entry_id: None, drink: drink("home", 1_000) }).unwrap();

    // PIN rules.
    for (pin, again) in
        [("123", "123"), ("12a4", "12a4"), ("2580", "2581"), ("1111", "1111"), ("4567", "4567")]
    {
        let err = api.set_pin(SetPinRequest { pin: pin.into(), again: again.into() }).unwrap_err();
        assert_eq!(err.code, Code::InvalidInput, "{pin}/{again}");
    }
    let set = api.set_pin(SetPinRequest { pin: "2580".into(), again: "2580".into() }).unwrap();
    assert!(set.enabled && !set.locked && !set.offer, "{set:?}");
    drop(api);

    // Next start: locked, nothing readable until the PIN.
    let api = app_at(&db, &now);
    assert_eq!(api.status(StatusRequest {}).unwrap().database, DatabaseStatus::Locked);
    assert_eq!(api.list_sessions(ListSessionsRequest { locale: en() }).unwrap_err().code, Code::Locked);
    for n in 1..=4 {
        let err = unlock(&api, "1397").unwrap_err();
        assert_eq!(err.code, Code::WrongPin, "try {n}");
        assert!(err.message.contains(&format!("{} more", 5 - n)), "{}", err.message);
    }
    let err = unlock(&api, "1397").unwrap_err();
    assert_eq!(err.code, Code::TooManyTries);
    let view = api.lock_status(LockStatusRequest {}).unwrap();
    assert_eq!((view.wrong, view.wait_step_s, view.wait_ms), (5, 30, 30_000));
    // During the wait even the right PIN is not checked — and a restart does not reset it.
    drop(api);
    let api = app_at(&db, &now);
    assert_eq!(unlock(&api, "2580").unwrap_err().code, Code::TooManyTries);
    now.fetch_add(30_000, Ordering::SeqCst);
    // The sixth wrong PIN earns a longer wait.
    assert_eq!(unlock(&api, "0000").unwrap_err().code, Code::TooManyTries);
    let view = api.lock_status(LockStatusRequest {}).unwrap();
    assert_eq!((view.wrong, view.wait_step_s), (6, 60));
    now.fetch_add(60_000, Ordering::SeqCst);
    let open = unlock(&api, "2580").unwrap();
    assert!(open.enabled && !open.locked && open.wrong == 0, "{open:?}");
    assert_eq!(api.list_diary(ListDiaryRequest { from_ms: 0, to_ms: 10_000 }).unwrap().entries.len(), 1);

    // Hide now / background: locked at once, the store closed.
    assert!(api.lock_now(LockStatusRequest {}).unwrap().locked);
    assert_eq!(
        api.list_diary(ListDiaryRequest { from_ms: 0, to_ms: 10_000 }).unwrap_err().code,
        Code::Locked
    );
    unlock(&api, "2580").unwrap();

    // The lock comes off only with the PIN.
    assert_eq!(api.remove_pin(PinRequest { pin: "9999".into() }).unwrap_err().code, Code::WrongPin);
    let off = api.remove_pin(PinRequest { pin: "2580".into() }).unwrap();
    assert!(!off.enabled && !off.offer, "{off:?}");
    drop(api);
    let api = app_at(&db, &now);
    assert_eq!(api.status(StatusRequest {}).unwrap().database, DatabaseStatus::Ok);
    assert!(!api.lock_now(LockStatusRequest {}).unwrap().locked, "with the lock off, nothing locks");
}

#[test]
fn the_pin_wraps_the_key_so_the_key_file_alone_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("waymark.db");
    let api = Api::open_app(content(), &db, None);
    api.add_drink(AddDrinkRequest { entry_id: None, drink: drink("home", 1_000) }).unwrap();
    api.set_pin(SetPinRequest { pin: "70412953".into(), again: "70412953".into() }).unwrap();
    drop(api);
    // The open-the-store-with-the-key-file path refuses a PIN-wrapped key.
    assert!(waymark_api::vault::open_store(&db).is_err());
    let text = std::fs::read_to_string(db.with_extension("key")).unwrap();
    assert!(text.contains("\"kind\":\"pin\"") && !text.contains("\"key\""), "{text}");
}

#[test]
fn the_hub_and_office_sign_in_have_no_app_lock() {
    let dir = tempfile::tempdir().unwrap();
    let hub = Hub::new(Api::open(content(), &dir.path().join("hub.db")));
    let own = hub.own();
    assert!(!own.lock_status(LockStatusRequest {}).unwrap().available);
    let err = own.set_pin(SetPinRequest { pin: "2580".into(), again: "2580".into() }).unwrap_err();
    assert_eq!(err.code, Code::Forbidden);
    assert!(!own.lock_now(LockStatusRequest {}).unwrap().locked);
}

#[test]
fn erase_leaves_no_file_behind_and_starts_again_empty() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("waymark.db");
    let api = Api::open_app(content(), &db, None);
    api.add_drink(AddDrinkRequest { entry_id: None, drink: drink(&format!("{MARKER}-erase"), 1_000) })
        .unwrap();
    let before = api.device_identity().unwrap();
    api.set_pin(SetPinRequest { pin: "2580".into(), again: "2580".into() }).unwrap();
    api.lock_now(LockStatusRequest {}).unwrap();
    // Locked, PIN forgotten: erasing still works.
    let view = api.erase_everything(EraseRequest {}).unwrap();
    assert!(view.offer && !view.enabled && !view.locked, "{view:?}");
    assert_eq!(api.list_diary(ListDiaryRequest { from_ms: 0, to_ms: 10_000 }).unwrap().entries.len(), 0);
    assert_ne!(api.device_identity().unwrap(), before, "the erased phone kept its identity");
    drop(api);
    // Only the new, empty database and its new key are left; nothing of the old anywhere.
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert!(left.iter().all(|n| n.starts_with("waymark.db") || n == "waymark.key"), "{left:?}");
    for name in &left {
        assert!(!contains(&std::fs::read(dir.path().join(name)).unwrap(), MARKER), "{name}");
    }
    // The hub cannot be erased from a participant's screen.
    let hub = Hub::new(Api::open(content(), &dir.path().join("hub/hub.db")));
    assert_eq!(hub.own().erase_everything(EraseRequest {}).unwrap_err().code, Code::Forbidden);
}

fn backup(api: &Api, passphrase: &str) -> BackupFile {
    api.save_backup(SaveBackupRequest { passphrase: passphrase.into(), again: passphrase.into() }).unwrap()
}

fn restore(api: &Api, content: &str, passphrase: &str) -> Result<RestoreResult, Error> {
    api.restore_backup(RestoreBackupRequest { content: content.into(), passphrase: passphrase.into() })
}

fn everything(api: &Api) -> Vec<String> {
    let now = chrono::Utc::now().timestamp_millis();
    let mut list: Vec<String> = api
        .list_diary(ListDiaryRequest { from_ms: now - 300 * 86_400_000, to_ms: now + 1_000 })
        .unwrap()
        .entries
        .into_iter()
        .map(|e| format!("{e:?}"))
        .collect();
    list.sort();
    list
}

#[test]
fn a_backup_restores_everything_on_a_fresh_install_under_a_new_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let old = Api::open_app(content(), &dir.path().join("old/waymark.db"), None);
    let now = chrono::Utc::now().timestamp_millis();
    for i in 0..20 {
        old.add_drink(AddDrinkRequest {
            entry_id: None,
            drink: drink(&format!("{MARKER}-{i}"), now - 3_600_000 - i),
        })
        .unwrap();
    }
    old.answer_step(AnswerStepRequest {
        locale: en(),
        session_id: "s01".into(),
        step_id: "s01-what-matters".into(),
        answer: Answer::Text { text: format!("{MARKER}-answer") },
    })
    .unwrap();
    let (participant, device) = old.device_identity().unwrap();
    let file = backup(&old, "correct horse battery");
    assert!(file.content.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"), "{}", &file.content[..40]);
    assert!(file.file_name.ends_with(".age"));
    assert!(!file.content.contains(MARKER));
    assert_eq!(file.events, 21);

    let fresh = Api::open_app(content(), &dir.path().join("new/waymark.db"), None);
    let restored = restore(&fresh, &file.content, "correct horse battery").unwrap();
    assert_eq!(restored.events, 21);
    assert_eq!(everything(&fresh), everything(&old));
    let answer = (0..20)
        .map_while(|i| {
            fresh.get_step(GetStepRequest { locale: en(), session_id: "s01".into(), step_index: i }).ok()
        })
        .find(|step| step.step_id == "s01-what-matters")
        .and_then(|step| step.answer);
    assert_eq!(answer, Some(Answer::Text { text: format!("{MARKER}-answer") }));
    assert_eq!(fresh.device_identity().unwrap(), (participant.clone(), device.clone()));
    // New writes go on a new epoch: the old install's seqs are never written twice.
    fresh.add_drink(AddDrinkRequest { entry_id: None, drink: drink("after", now - 1_000) }).unwrap();
    let file = backup(&fresh, "correct horse battery");
    let again = Api::open_app(content(), &dir.path().join("third/waymark.db"), None);
    restore(&again, &file.content, "correct horse battery").unwrap();
    assert_eq!(everything(&again).len(), 21);
    // A second restore onto a phone that holds records is refused, nothing added.
    let err = restore(&fresh, &file.content, "correct horse battery").unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    assert_eq!(everything(&fresh).len(), 21);
}

#[test]
fn a_wrong_passphrase_or_a_truncated_or_tampered_backup_is_refused_and_nothing_stored() {
    let dir = tempfile::tempdir().unwrap();
    let old = Api::open_app(content(), &dir.path().join("old/waymark.db"), None);
    let now = chrono::Utc::now().timestamp_millis();
    old.add_drink(AddDrinkRequest { entry_id: None, drink: drink("home", now - 60_000) }).unwrap();
    // Passphrase rules.
    let short = old.save_backup(SaveBackupRequest { passphrase: "short".into(), again: "short".into() });
    assert_eq!(short.unwrap_err().code, Code::InvalidInput);
    let differ =
        old.save_backup(SaveBackupRequest { passphrase: "long enough".into(), again: "long enuogh".into() });
    assert_eq!(differ.unwrap_err().code, Code::InvalidInput);
    let file = backup(&old, "long enough phrase").content;

    let fresh = Api::open_app(content(), &dir.path().join("new/waymark.db"), None);
    let err = restore(&fresh, &file, "long enough phrasE").unwrap_err();
    assert!(err.message.contains("passphrase does not open"), "{}", err.message);

    // Truncated: the last lines of the armour gone.
    let lines: Vec<&str> = file.lines().collect();
    let truncated = lines[..lines.len() / 2].join("\n");
    let err = restore(&fresh, &truncated, "long enough phrase").unwrap_err();
    assert!(err.message.contains("damaged or not complete"), "truncated: {}", err.message);

    // Tampered: one base64 character of the body changed.
    let mut tampered: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let body = lines.len() - 2;
    let line = &mut tampered[body];
    let c = if line.starts_with('A') { "B" } else { "A" };
    line.replace_range(0..1, c);
    let err = restore(&fresh, &tampered.join("\n"), "long enough phrase").unwrap_err();
    assert_eq!(err.code, Code::InvalidInput, "tampered: {}", err.message);

    // Not a backup at all.
    assert_eq!(restore(&fresh, "hello", "long enough phrase").unwrap_err().code, Code::InvalidInput);
    assert!(everything(&fresh).is_empty(), "a refused restore stored something");
    // And the right file still restores.
    assert_eq!(restore(&fresh, &file, "long enough phrase").unwrap().events, 1);
    // The hub has no backups from a participant's screen.
    let hub = Hub::new(Api::open(content(), &dir.path().join("hub/hub.db")));
    let err = hub
        .own()
        .save_backup(SaveBackupRequest { passphrase: "long enough".into(), again: "long enough".into() });
    assert_eq!(err.unwrap_err().code, Code::Forbidden);
}
