//! A backup's plaintext (what age hands over after the passphrase and every MAC check): parsed
//! and restored all or nothing onto a fresh in-memory store, through the function
//! `restore_backup` itself uses. Refusing is fine; a panic, or a refusal that stored something,
//! is not.
//!
//! "Fresh" without opening a store per input (every migration, ~20 ms): one migrated store is
//! the template, and after any restore that succeeded the working store is put back to a copy
//! of it (`Store::reset_to`, SQLite's backup API; feature `fuzz` of the store crate). A refused
//! restore must leave the store as the template: no event and the same identity (asserted every
//! time), and the same projections (asserted when the refusal came from the store, i.e. after
//! the file parsed).
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use waymark_store::Store;

struct Stores {
    template: Store,
    pristine: String,
    work: Store,
}

fuzz_target!(|data: &[u8]| {
    static STORES: Mutex<Option<Stores>> = Mutex::new(None);
    let mut slot = STORES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let Stores { template, pristine, work } = slot.get_or_insert_with(|| {
        let template = Store::open_in_memory().expect("an in-memory store opens");
        let pristine = template.projection_snapshot().expect("the store reads");
        let mut work = Store::open_in_memory().expect("an in-memory store opens");
        work.reset_to(&template).expect("the store resets");
        Stores { template, pristine, work }
    });
    match waymark_api::backup::restore_plaintext(work, data) {
        Ok(restored) => {
            assert_eq!(work.events().expect("the store reads").len(), restored);
            if restored > 0 {
                assert_eq!(work.integrity_check().expect("integrity check runs"), "ok");
            }
            // Even a backup of no events set the identity: back to the template.
            work.reset_to(template).expect("the store resets");
        }
        Err(e) => {
            assert!(work.events().expect("the store reads").is_empty(), "a refused backup stores nothing");
            assert_eq!(work.identity(), template.identity(), "a refused backup keeps the identity");
            if e.message.starts_with("Nothing was restored") {
                assert_eq!(&work.projection_snapshot().expect("the store reads"), pristine, "nor projects");
            }
        }
    }
});
