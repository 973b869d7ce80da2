//! A backup's plaintext (what age hands over after the passphrase and every MAC check): parsed
//! and restored all or nothing onto a fresh in-memory store, through the function
//! `restore_backup` itself uses. Refusing is fine; a panic, or a refusal that stored something,
//! is not.
//!
//! One store serves every input until a restore stores an event: a refused restore rolls its
//! transaction back and leaves the store as fresh as before (which is asserted), and a restore
//! of no events leaves no event either (it only sets the identity, as every restore does). Only
//! then is a new store made (opening one runs every migration: ~20 ms here, against µs for most
//! inputs).
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use waymark_store::Store;

fuzz_target!(|data: &[u8]| {
    static STORE: Mutex<Option<Store>> = Mutex::new(None);
    let mut slot = STORE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let store = slot.get_or_insert_with(|| Store::open_in_memory().expect("an in-memory store opens"));
    let used = match waymark_api::backup::restore_plaintext(store, data) {
        Ok(restored) => {
            assert_eq!(store.events().expect("the store reads").len(), restored);
            if restored > 0 {
                assert_eq!(store.integrity_check().expect("integrity check runs"), "ok");
            }
            restored > 0
        }
        Err(_) => {
            assert!(store.events().expect("the store reads").is_empty(), "a refused backup stores nothing");
            false
        }
    };
    if used {
        *slot = None;
    }
});
