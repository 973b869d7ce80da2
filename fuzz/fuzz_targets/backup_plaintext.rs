//! A backup's plaintext (what age hands over after the passphrase and every MAC check): parsed
//! and restored all or nothing onto a fresh in-memory store, through the function
//! `restore_backup` itself uses. Refusing is fine; a panic, or a refusal that stored something,
//! is not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waymark_store::Store;

fuzz_target!(|data: &[u8]| {
    let mut store = Store::open_in_memory().expect("an in-memory store opens");
    match waymark_api::backup::restore_plaintext(&mut store, data) {
        Ok(restored) => {
            assert_eq!(store.events().expect("the store reads").len(), restored);
            assert_eq!(store.integrity_check().expect("integrity check runs"), "ok");
        }
        Err(_) => {
            assert!(store.events().expect("the store reads").is_empty(), "a refused backup stores nothing")
        }
    }
});
