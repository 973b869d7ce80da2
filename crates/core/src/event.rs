//! The event log's record type.
//!
//! Everything a person creates is an [`Event`]. Events are never changed after they are written;
//! an edit is a new event that supersedes, a delete is a tombstone. `seq` is contiguous per
//! [`StreamId`] and is what sync compares; `hlc` only orders display.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::answer::Answer;
use crate::clock::HlcStamp;
use crate::diary::{Drink, DrugUse, Urge};
use crate::progress::{Goal, WeekSummary};
use crate::reminder::ScheduledSession;
use crate::streak::Baseline;
use crate::sync::Consent;

/// Version of the payload shapes below. Bump it when a payload changes shape; readers keep
/// accepting every older version.
///
/// - 1: the first shapes.
/// - 2: `attendance_marked` gains `status` (present, absent, acceptable absence), `held` (the
///   register's facts about the session: date, start and end, title, group, office,
///   facilitator) and `correction`. A version-1 record reads as present or absent with no
///   details; nothing else changed shape.
pub const EVENT_SCHEMA_VERSION: u32 = 2;

/// A person's attendance at a held group session, as the register says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    Present,
    Absent,
    /// Absent for a reason the responsible officer accepts (illness, a court date...).
    AcceptableAbsence,
}

/// The register's facts about one held group session, copied into each person's attendance
/// record so their record stands on its own as evidence for a Rehabilitation Activity
/// Requirement (RAR) day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct HeldSession {
    /// The office's local date, `YYYY-MM-DD`.
    pub date: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub started_at_ms: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub ended_at_ms: i64,
    /// The office's local start and end times, `HH:MM` (as printed on the register).
    pub start_time: String,
    pub end_time: String,
    pub session_title: String,
    pub group_name: String,
    pub office: String,
    pub facilitator: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One writer's append-only series: a participant's events written on one device, in one epoch.
/// A restored or cloned database starts a new epoch so two copies never write the same `seq`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StreamId {
    pub participant: String,
    pub device: String,
    pub epoch: u32,
}

/// Who may see an event beyond the participant. The facilitator's view is filtered by this and
/// by the participant's consent events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    Attendance,
    Progress,
    DiarySummary,
    DiaryEntry,
    Private,
}

impl Visibility {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Attendance => "attendance",
            Visibility::Progress => "progress",
            Visibility::DiarySummary => "diary_summary",
            Visibility::DiaryEntry => "diary_entry",
            Visibility::Private => "private",
        }
    }

    pub fn parse(text: &str) -> Option<Visibility> {
        [
            Visibility::Attendance,
            Visibility::Progress,
            Visibility::DiarySummary,
            Visibility::DiaryEntry,
            Visibility::Private,
        ]
        .into_iter()
        .find(|v| v.as_str() == text)
    }
}

/// Who may write events of a kind. A device is the participant's; the hub also writes records
/// *about* the participant (attendance today; the schedule and live session later) into their
/// namespace on its own stream. The hub accepts from a device only [`Writer::Participant`] kinds
/// on the device's own stream, and a device accepts [`Writer::Hub`] kinds only on the hub's
/// stream ([`crate::sync::check_chunk`]), so neither can forge the other's records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    Participant,
    Hub,
}

/// The writer of a kind this build knows, by its name; `None` for a kind it does not know.
/// The content-free `withheld` stand-in a phone sends for what it does not share is the
/// participant's.
#[must_use]
pub fn writer_of(kind: &str) -> Option<Writer> {
    match kind {
        "step_completed"
        | "drink_recorded"
        | "drug_use_recorded"
        | "urge_recorded"
        | "diary_entry_deleted"
        | "diary_entry_restored"
        | "audit_taken"
        | "goal_set"
        | "step_answered"
        | "consent_changed"
        | "diary_week_summarised"
        | "milestone_celebrated"
        | "baseline_set"
        | crate::sync::WITHHELD_KIND => Some(Writer::Participant),
        "attendance_marked" | "session_scheduled" => Some(Writer::Hub),
        _ => None,
    }
}

/// The visibility every event of a kind this build knows has (`None`: a kind it does not know).
/// Protocol 2 leaves it off the wire when an event has it ([`crate::sync::wire`]).
#[must_use]
pub fn natural_visibility(kind: &str) -> Option<Visibility> {
    Some(match kind {
        "attendance_marked" | "session_scheduled" => Visibility::Attendance,
        "step_completed" | "consent_changed" => Visibility::Progress,
        "drink_recorded"
        | "drug_use_recorded"
        | "urge_recorded"
        | "diary_entry_deleted"
        | "diary_entry_restored" => Visibility::DiaryEntry,
        "diary_week_summarised" => Visibility::DiarySummary,
        "audit_taken"
        | "goal_set"
        | "step_answered"
        | "milestone_celebrated"
        | "baseline_set"
        | crate::sync::WITHHELD_KIND => Visibility::Private,
        _ => return None,
    })
}

/// A stored event. `kind` and `payload` are kept as text and JSON so that a replica can carry
/// kinds added by a newer version without understanding them; [`EventBody::decode`] gives the
/// typed form of the kinds this version knows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub stream: StreamId,
    pub seq: u64,
    pub hlc: HlcStamp,
    pub schema: u32,
    pub kind: String,
    pub payload: Value,
    pub visibility: Visibility,
}

/// The typed payloads this version writes and understands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum EventBody {
    /// The participant finished a step of a programme session.
    StepCompleted { session_id: String, step_id: String },
    /// A drink diary entry, new or edited: the latest revision of `entry_id` (by stamp) is current.
    DrinkRecorded { entry_id: String, drink: Drink },
    /// A drug-use diary entry, new or edited.
    DrugUseRecorded { entry_id: String, drug_use: DrugUse },
    /// An urge diary entry, new or edited.
    UrgeRecorded { entry_id: String, urge: Urge },
    /// Tombstone: the entry is deleted (it stays in the log; undo restores it).
    DiaryEntryDeleted { entry_id: String },
    /// Undo of a delete.
    DiaryEntryRestored { entry_id: String },
    /// A completed AUDIT or AUDIT-C: answers as scores, in item order.
    AuditTaken { form: AuditForm, answers: Vec<u8>, purpose: AuditPurpose },
    /// The participant's goal; the latest by stamp is current.
    GoalSet { goal: Goal },
    /// An answer to a programme step; the latest by stamp is current.
    StepAnswered { session_id: String, step_id: String, answer: Answer },
    /// What the participant lets the facilitator see from now on; the latest by stamp is current.
    ConsentChanged { consent: Consent },
    /// The facilitator marked the participant present or absent at group session
    /// `session_number` (1–11). Written by the hub into the participant's namespace on the hub's
    /// own stream; the latest by stamp is current, and every earlier one stays in the log (a
    /// correction is a new record with `correction: true`). Schema 2 adds `status`, `held` and
    /// `correction`; `present` stays (true exactly when the status is present) so a version-1
    /// reader still reads it.
    AttendanceMarked {
        session_number: u8,
        present: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<AttendanceStatus>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        held: Option<HeldSession>,
        #[serde(default, skip_serializing_if = "is_false")]
        correction: bool,
    },
    /// The totals of one local week of the participant's diaries, written by their phone at sync
    /// while they share diary summaries. The hub shows it instead of entries it may not see; the
    /// latest by stamp for the week is current.
    DiaryWeekSummarised { summary: WeekSummary },
    /// When and where the participant's group meets for session `session.number`, as the
    /// facilitator set, moved or cancelled it. Written by the hub into each member's namespace on
    /// the hub's own stream (like attendance); the latest by stamp for the number is current.
    SessionScheduled { session: ScheduledSession },
    /// A drink-free milestone (1, 3, 7, 14, 30, 60 or 90 days in a row) was celebrated on
    /// screen, so it is celebrated once only, on any of the participant's devices.
    MilestoneCelebrated { days: u32 },
    /// The participant's own "usual week before", to compare with; the latest by stamp is
    /// current.
    BaselineSet { baseline: Baseline },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AuditForm {
    Audit,
    AuditC,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AuditPurpose {
    /// At the start of the programme.
    Baseline,
    /// At the end of the programme, to compare.
    End,
    /// Any other time.
    CheckIn,
}

impl EventBody {
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            EventBody::StepCompleted { .. } => "step_completed",
            EventBody::DrinkRecorded { .. } => "drink_recorded",
            EventBody::DrugUseRecorded { .. } => "drug_use_recorded",
            EventBody::UrgeRecorded { .. } => "urge_recorded",
            EventBody::DiaryEntryDeleted { .. } => "diary_entry_deleted",
            EventBody::DiaryEntryRestored { .. } => "diary_entry_restored",
            EventBody::AuditTaken { .. } => "audit_taken",
            EventBody::GoalSet { .. } => "goal_set",
            EventBody::StepAnswered { .. } => "step_answered",
            EventBody::ConsentChanged { .. } => "consent_changed",
            EventBody::AttendanceMarked { .. } => "attendance_marked",
            EventBody::DiaryWeekSummarised { .. } => "diary_week_summarised",
            EventBody::SessionScheduled { .. } => "session_scheduled",
            EventBody::MilestoneCelebrated { .. } => "milestone_celebrated",
            EventBody::BaselineSet { .. } => "baseline_set",
        }
    }

    /// Who may write this kind (see [`Writer`]).
    #[must_use]
    pub fn writer(&self) -> Writer {
        match self {
            EventBody::AttendanceMarked { .. } | EventBody::SessionScheduled { .. } => Writer::Hub,
            EventBody::StepCompleted { .. }
            | EventBody::DrinkRecorded { .. }
            | EventBody::DrugUseRecorded { .. }
            | EventBody::UrgeRecorded { .. }
            | EventBody::DiaryEntryDeleted { .. }
            | EventBody::DiaryEntryRestored { .. }
            | EventBody::AuditTaken { .. }
            | EventBody::GoalSet { .. }
            | EventBody::StepAnswered { .. }
            | EventBody::ConsentChanged { .. }
            | EventBody::DiaryWeekSummarised { .. }
            | EventBody::MilestoneCelebrated { .. }
            | EventBody::BaselineSet { .. } => Writer::Participant,
        }
    }

    #[must_use]
    pub fn visibility(&self) -> Visibility {
        match self {
            // The schedule is the group's, not the person's: it travels like attendance.
            EventBody::AttendanceMarked { .. } | EventBody::SessionScheduled { .. } => Visibility::Attendance,
            // The hub needs consent changes to know what it may show.
            EventBody::StepCompleted { .. } | EventBody::ConsentChanged { .. } => Visibility::Progress,
            EventBody::DrinkRecorded { .. }
            | EventBody::DrugUseRecorded { .. }
            | EventBody::UrgeRecorded { .. }
            | EventBody::DiaryEntryDeleted { .. }
            | EventBody::DiaryEntryRestored { .. } => Visibility::DiaryEntry,
            EventBody::DiaryWeekSummarised { .. } => Visibility::DiarySummary,
            EventBody::AuditTaken { .. }
            | EventBody::GoalSet { .. }
            | EventBody::StepAnswered { .. }
            | EventBody::MilestoneCelebrated { .. }
            | EventBody::BaselineSet { .. } => Visibility::Private,
        }
    }

    /// The payload as JSON, without the kind tag.
    #[must_use]
    pub fn payload(&self) -> Value {
        match serde_json::to_value(self) {
            Ok(Value::Object(mut map)) => map.remove("payload").unwrap_or(Value::Null),
            _ => Value::Null,
        }
    }

    /// The typed body of a stored kind + payload, or `None` for a kind this version does not know
    /// (it is still stored and synced, just not projected).
    #[must_use]
    pub fn decode(kind: &str, payload: &Value) -> Option<EventBody> {
        // The adjacently tagged form `{kind, payload}`, read straight from the borrowed parts
        // (building that object first cloned every payload: the hub's ingest decodes each event).
        let tagged = Tagged { kind, payload, next: 0 };
        EventBody::deserialize(serde::de::value::MapAccessDeserializer::new(tagged)).ok()
    }
}

/// `{"kind": kind, "payload": payload}` as a map, without building it.
struct Tagged<'a> {
    kind: &'a str,
    payload: &'a Value,
    next: u8,
}

impl<'de> serde::de::MapAccess<'de> for Tagged<'de> {
    type Error = serde_json::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let key = match self.next {
            0 => "kind",
            1 => "payload",
            _ => return Ok(None),
        };
        seed.deserialize(serde::de::value::BorrowedStrDeserializer::new(key)).map(Some)
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        self.next += 1;
        if self.next == 1 {
            seed.deserialize(serde::de::value::BorrowedStrDeserializer::new(self.kind))
        } else {
            seed.deserialize(self.payload)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_round_trips_through_kind_and_payload() {
        let body = EventBody::StepCompleted { session_id: "s01".into(), step_id: "s01-welcome".into() };
        let decoded = EventBody::decode(body.kind(), &body.payload());
        assert_eq!(decoded, Some(body));
    }

    #[test]
    fn a_week_summary_is_a_diary_summary_and_round_trips() {
        let summary = WeekSummary { week_start: "2026-11-23".into(), units: 12.5, drink_free_days: 4 };
        let body = EventBody::DiaryWeekSummarised { summary };
        assert_eq!(body.kind(), "diary_week_summarised");
        assert_eq!(body.visibility(), Visibility::DiarySummary);
        assert_eq!(
            body.payload(),
            serde_json::json!({"summary": {"week_start": "2026-11-23", "units": 12.5, "drink_free_days": 4}})
        );
        assert_eq!(EventBody::decode(body.kind(), &body.payload()), Some(body));
    }

    #[test]
    fn a_week_summary_with_anything_beyond_the_totals_does_not_decode() {
        // Only what the sharing screen names may be in a summary; a payload carrying more (say,
        // an entry's place) is not read as a summary, so it is never projected or shown.
        let payload = serde_json::json!({"summary": {
            "week_start": "2026-11-23", "units": 2.3, "drink_free_days": 6, "place": "The Crown"
        }});
        assert_eq!(EventBody::decode("diary_week_summarised", &payload), None);
    }

    /// One body of every kind, so a new kind cannot be added without deciding its writer.
    fn one_of_each_kind() -> Vec<EventBody> {
        use crate::diary::{DrinkType, Substance, UrgeOutcome};
        let drink = Drink {
            drink_type: DrinkType::Beer,
            volume_ml: 568.0,
            abv_percent: 4.0,
            count: 1,
            occurred_at_ms: 1_000,
            cost_pence: None,
            place: Some("home".into()),
            with_whom: None,
            mood_before: None,
        };
        let drug_use = DrugUse {
            substance: Substance::Cannabis,
            name: None,
            amount: None,
            route: None,
            spend_pence: None,
            occurred_at_ms: 1_000,
        };
        let urge = Urge {
            strength: 5,
            triggers: vec![],
            coping: vec![],
            own_coping: None,
            outcome: UrgeOutcome::DidNotUse,
            strength_after: None,
            surfed_minutes: None,
            occurred_at_ms: 1_000,
        };
        let goal =
            Goal { aim: crate::progress::Aim::CutDown, weekly_units_target: 14.0, drink_free_days_target: 3 };
        let summary = WeekSummary { week_start: "2026-11-23".into(), units: 1.0, drink_free_days: 6 };
        let bodies = vec![
            EventBody::StepCompleted { session_id: "s01".into(), step_id: "x".into() },
            EventBody::DrinkRecorded { entry_id: "e".into(), drink },
            EventBody::DrugUseRecorded { entry_id: "e".into(), drug_use },
            EventBody::UrgeRecorded { entry_id: "e".into(), urge },
            EventBody::DiaryEntryDeleted { entry_id: "e".into() },
            EventBody::DiaryEntryRestored { entry_id: "e".into() },
            EventBody::AuditTaken {
                form: AuditForm::AuditC,
                answers: vec![0, 0, 0],
                purpose: AuditPurpose::CheckIn,
            },
            EventBody::GoalSet { goal },
            EventBody::StepAnswered {
                session_id: "s01".into(),
                step_id: "x".into(),
                answer: Answer::Text { text: "hi".into() },
            },
            EventBody::ConsentChanged { consent: Consent::default() },
            EventBody::AttendanceMarked {
                session_number: 1,
                present: true,
                status: None,
                held: None,
                correction: false,
            },
            EventBody::DiaryWeekSummarised { summary },
            EventBody::SessionScheduled {
                session: ScheduledSession {
                    number: 4,
                    starts_at_ms: 1_765_360_800_000,
                    place: "Southend office".into(),
                    status: crate::reminder::SessionStatus::Moved,
                },
            },
            EventBody::MilestoneCelebrated { days: 7 },
            EventBody::BaselineSet { baseline: Baseline { units_per_week: 30.0, pence_per_week: 4000 } },
        ];
        for body in &bodies {
            // Exhaustive: adding a kind without a sample here fails to compile.
            match body {
                EventBody::StepCompleted { .. }
                | EventBody::DrinkRecorded { .. }
                | EventBody::DrugUseRecorded { .. }
                | EventBody::UrgeRecorded { .. }
                | EventBody::DiaryEntryDeleted { .. }
                | EventBody::DiaryEntryRestored { .. }
                | EventBody::AuditTaken { .. }
                | EventBody::GoalSet { .. }
                | EventBody::StepAnswered { .. }
                | EventBody::ConsentChanged { .. }
                | EventBody::AttendanceMarked { .. }
                | EventBody::DiaryWeekSummarised { .. }
                | EventBody::SessionScheduled { .. }
                | EventBody::MilestoneCelebrated { .. }
                | EventBody::BaselineSet { .. } => {}
            }
        }
        bodies
    }

    #[test]
    fn every_kind_has_one_writer_by_name_and_by_body() {
        let bodies = one_of_each_kind();
        assert_eq!(bodies.len(), 15, "one sample per kind");
        for body in &bodies {
            assert_eq!(writer_of(body.kind()), Some(body.writer()), "{}", body.kind());
            assert_eq!(natural_visibility(body.kind()), Some(body.visibility()), "{}", body.kind());
            assert_eq!(EventBody::decode(body.kind(), &body.payload()).as_ref(), Some(body));
        }
        assert_eq!(writer_of("attendance_marked"), Some(Writer::Hub));
        assert_eq!(writer_of("session_scheduled"), Some(Writer::Hub));
        assert_eq!(writer_of(crate::sync::WITHHELD_KIND), Some(Writer::Participant));
        assert_eq!(writer_of("schedule_set_by_a_newer_build"), None);
        assert_eq!(natural_visibility("schedule_set_by_a_newer_build"), None);
        assert_eq!(natural_visibility(crate::sync::WITHHELD_KIND), Some(Visibility::Private));
    }

    #[test]
    fn unknown_kind_decodes_to_none_rather_than_failing() {
        assert_eq!(EventBody::decode("diary_drink_added", &serde_json::json!({"ml": 568})), None);
    }

    #[test]
    fn visibility_text_round_trips() {
        for v in [
            Visibility::Attendance,
            Visibility::Progress,
            Visibility::DiarySummary,
            Visibility::DiaryEntry,
            Visibility::Private,
        ] {
            assert_eq!(Visibility::parse(v.as_str()), Some(v));
        }
        assert_eq!(Visibility::parse("everyone"), None);
    }
}
