//! One module per table: its migration SQL beside the code that reads and writes it.

pub mod events;
pub mod meta;
pub mod progress;

use rusqlite::Transaction;
use waymark_core::{Event, EventBody};

use crate::StoreError;

/// Every table's migrations, as (schema version, SQL), in the order they must run.
pub fn migrations() -> Vec<(i64, &'static str)> {
    let mut all = Vec::new();
    all.extend_from_slice(meta::MIGRATIONS);
    all.extend_from_slice(events::MIGRATIONS);
    all.extend_from_slice(progress::MIGRATIONS);
    all.sort_by_key(|(version, _)| *version);
    all
}

/// Apply one event to the projections. Kinds this version does not know are kept in the log and
/// skipped here.
pub fn project(tx: &Transaction<'_>, event: &Event) -> Result<(), StoreError> {
    match EventBody::decode(&event.kind, &event.payload) {
        Some(EventBody::StepCompleted { session_id, step_id }) => {
            progress::record_completed(tx, event, &session_id, &step_id)
        }
        None => Ok(()),
    }
}

pub fn clear_projections(tx: &Transaction<'_>) -> Result<(), StoreError> {
    progress::clear(tx)
}
