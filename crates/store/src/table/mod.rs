//! One module per table: its migration SQL beside the code that reads and writes it.

pub mod answers;
pub mod diary;
pub mod erasure;
pub mod events;
pub mod goals;
pub mod hub;
pub mod live;
pub mod marks;
pub mod meta;
pub mod office;
pub mod pairing;
pub mod progress;
pub mod register;
pub mod reminders;
pub mod schedule;
pub mod summary;
pub mod sync;

use rusqlite::Transaction;
use waymark_core::{Event, EventBody};

use crate::StoreError;

/// Every table's migrations, as (schema version, SQL), in the order they must run.
pub fn migrations() -> Vec<(i64, &'static str)> {
    let mut all = Vec::new();
    all.extend_from_slice(meta::MIGRATIONS);
    all.extend_from_slice(events::MIGRATIONS);
    all.extend_from_slice(progress::MIGRATIONS);
    all.extend_from_slice(diary::MIGRATIONS);
    all.extend_from_slice(goals::MIGRATIONS);
    all.extend_from_slice(answers::MIGRATIONS);
    all.extend_from_slice(sync::MIGRATIONS);
    all.extend_from_slice(hub::MIGRATIONS);
    all.extend_from_slice(pairing::MIGRATIONS);
    all.extend_from_slice(office::MIGRATIONS);
    all.extend_from_slice(summary::MIGRATIONS);
    all.extend_from_slice(erasure::MIGRATIONS);
    all.extend_from_slice(live::MIGRATIONS);
    all.extend_from_slice(schedule::MIGRATIONS);
    all.extend_from_slice(marks::MIGRATIONS);
    all.extend_from_slice(reminders::MIGRATIONS);
    all.sort_by_key(|(version, _)| *version);
    all
}

/// Apply one event to the projections. Kinds this version does not know are kept in the log and
/// skipped here.
pub fn project(tx: &Transaction<'_>, event: &Event) -> Result<(), StoreError> {
    project_body(tx, event, EventBody::decode(&event.kind, &event.payload))
}

/// [`project`] with the event's typed body already decoded (`None`: a kind this build does not
/// know), as sync's chunk check gives it.
pub fn project_body(tx: &Transaction<'_>, event: &Event, body: Option<EventBody>) -> Result<(), StoreError> {
    match body {
        Some(EventBody::StepCompleted { session_id, step_id }) => {
            progress::record_completed(tx, event, &session_id, &step_id)
        }
        Some(EventBody::DrinkRecorded { entry_id, drink }) => {
            // Units were validated when written; a value from a newer build that no longer
            // validates still shows, counted as 0 units rather than dropped.
            let units =
                waymark_core::units::units(drink.volume_ml, drink.abv_percent, drink.count).unwrap_or(0.0);
            let rev = diary::Revision {
                diary: "drink",
                occurred_at_ms: drink.occurred_at_ms,
                units,
                spend_pence: drink.cost_pence.unwrap_or(0),
                resisted: false,
            };
            diary::record(tx, event, &entry_id, rev)
        }
        Some(EventBody::DrugUseRecorded { entry_id, drug_use }) => {
            let rev = diary::Revision {
                diary: "drug_use",
                occurred_at_ms: drug_use.occurred_at_ms,
                units: 0.0,
                spend_pence: drug_use.spend_pence.unwrap_or(0),
                resisted: false,
            };
            diary::record(tx, event, &entry_id, rev)
        }
        Some(EventBody::UrgeRecorded { entry_id, urge }) => {
            let rev = diary::Revision {
                diary: "urge",
                occurred_at_ms: urge.occurred_at_ms,
                units: 0.0,
                spend_pence: 0,
                resisted: urge.outcome == waymark_core::diary::UrgeOutcome::DidNotUse,
            };
            diary::record(tx, event, &entry_id, rev)
        }
        Some(EventBody::DiaryEntryDeleted { entry_id }) => diary::set_deleted(tx, event, &entry_id, true),
        Some(EventBody::DiaryEntryRestored { entry_id }) => diary::set_deleted(tx, event, &entry_id, false),
        Some(EventBody::AuditTaken { form, answers, purpose }) => {
            goals::record_audit(tx, event, form, purpose, &answers)
        }
        Some(EventBody::GoalSet { goal }) => goals::set_goal(tx, event, &goal),
        Some(EventBody::ConsentChanged { consent }) => goals::set_consent(tx, event, &consent),
        Some(EventBody::StepAnswered { session_id, step_id, answer }) => {
            answers::record(tx, event, &session_id, &step_id, &answer)
        }
        Some(EventBody::AttendanceMarked { session_number, present, status, held, correction }) => {
            hub::record_attendance(tx, event, session_number, present, status, held.as_ref(), correction)
        }
        Some(EventBody::DiaryWeekSummarised { summary: week }) => summary::record(tx, event, &week),
        Some(EventBody::SessionScheduled { session }) => schedule::record(tx, event, &session),
        Some(EventBody::MilestoneCelebrated { days }) => marks::record_milestone(tx, event, days),
        Some(EventBody::BaselineSet { baseline }) => marks::set_baseline(tx, event, &baseline),
        None => Ok(()),
    }
}

pub fn clear_projections(tx: &Transaction<'_>) -> Result<(), StoreError> {
    progress::clear(tx)?;
    diary::clear(tx)?;
    goals::clear(tx)?;
    answers::clear(tx)?;
    summary::clear(tx)?;
    schedule::clear(tx)?;
    marks::clear(tx)?;
    hub::clear(tx)
}
