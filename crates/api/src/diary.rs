//! Diary, goal, AUDIT and weekly-progress use-cases (issue 4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_core::EventBody;
use waymark_core::audit::{self, Zone};
use waymark_core::diary::{DiaryError, Drink, DrugUse, Urge};
use waymark_core::event::{AuditForm, AuditPurpose};
use waymark_core::progress::{self, DrinkFact, Goal, SpendFact, UrgeFact, WeekView};
use waymark_store::DiaryRow;

use crate::{Api, Error};

/// Largest diary import accepted.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;
/// Widest date range one `list_diary` call may ask for (400 days).
pub const MAX_LIST_RANGE_MS: i64 = 400 * 86_400_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AddDrinkRequest {
    /// `None` for a new entry; an existing id to edit it (the old revision stays in the log).
    pub entry_id: Option<String>,
    pub drink: Drink,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AddDrugUseRequest {
    pub entry_id: Option<String>,
    pub drug_use: DrugUse,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AddUrgeRequest {
    pub entry_id: Option<String>,
    pub urge: Urge,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EntryRequest {
    pub entry_id: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct EntrySaved {
    pub entry_id: String,
    /// Units of a drink entry (one decimal place); 0 for other diaries.
    pub units: f64,
    pub deleted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ListDiaryRequest {
    pub from_ms: i64,
    pub to_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
pub struct DiaryEntryView {
    pub entry_id: String,
    pub occurred_at_ms: i64,
    pub units: f64,
    pub spend_pence: u32,
    pub entry: DiaryRecord,
}

/// One diary record of any of the three diaries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "diary", rename_all = "snake_case")]
pub enum DiaryRecord {
    Drink { drink: Drink },
    DrugUse { drug_use: DrugUse },
    Urge { urge: Urge },
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct DiaryList {
    pub entries: Vec<DiaryEntryView>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct GetGoalRequest {}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetGoalRequest {
    pub goal: Goal,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct GoalView {
    pub goal: Option<Goal>,
    /// True when the aim is to stop: the UI shows the withdrawal safety message with it.
    pub show_withdrawal_warning: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AuditFormRequest {
    pub form: AuditForm,
}

/// The questionnaire's shape. Question and answer wording are UI messages `audit-q<N>` and
/// `audit-q<N>-a<score>` (UK wording, WHO AUDIT), each with voice-over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AuditFormView {
    pub form: AuditForm,
    pub items: Vec<AuditItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AuditItem {
    pub number: u8,
    pub scores: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TakeAuditRequest {
    pub form: AuditForm,
    pub purpose: AuditPurpose,
    /// Scores in item order.
    pub answers: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditZone {
    LowerRisk,
    IncreasingRisk,
    HigherRisk,
    PossibleDependence,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AuditResult {
    pub form: AuditForm,
    pub purpose: AuditPurpose,
    pub total: u8,
    /// Full AUDIT only.
    pub zone: Option<AuditZone>,
    /// AUDIT-C only: 5 or more.
    pub positive: Option<bool>,
    /// Change in total since the first result of the same form (negative is better).
    pub change_since_first: Option<i16>,
    /// FRAMES-style feedback as UI message ids, in order.
    pub feedback: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AuditHistory {
    pub results: Vec<AuditResult>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WeeklyViewRequest {
    /// Any day in the week wanted, `YYYY-MM-DD`; the week runs Monday to Sunday.
    pub date: String,
    /// The participant's UTC offset in minutes (60 in British Summer Time).
    pub utc_offset_minutes: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    pub format: ExportFormat,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ExportFile {
    pub file_name: String,
    pub mime_type: String,
    pub content: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    /// The text of a file made by `export_diary` in JSON format.
    pub content: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ImportResult {
    pub imported: u32,
}

/// The JSON export file. `format` and `version` say what it is; import refuses anything else.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportDocument {
    format: String,
    version: u32,
    exported_at_ms: i64,
    entries: Vec<DiaryEntryView>,
}

const EXPORT_FORMAT: &str = "waymark-diary";

fn diary_error(e: DiaryError) -> Error {
    Error::invalid(e.message())
}

fn zone_dto(zone: Zone) -> AuditZone {
    match zone {
        Zone::LowerRisk => AuditZone::LowerRisk,
        Zone::IncreasingRisk => AuditZone::IncreasingRisk,
        Zone::HigherRisk => AuditZone::HigherRisk,
        Zone::PossibleDependence => AuditZone::PossibleDependence,
    }
}

fn valid_entry_id(id: &str) -> Result<(), Error> {
    uuid::Uuid::parse_str(id)
        .map(|_| ())
        .map_err(|_| Error::invalid(format!("{id:?} is not a diary entry id.")))
}

impl Api {
    fn new_or_existing(&self, entry_id: Option<String>, diary: &str) -> Result<String, Error> {
        match entry_id {
            None => Ok(uuid::Uuid::now_v7().to_string()),
            Some(id) => {
                valid_entry_id(&id)?;
                match self.store()?.diary_entry(&id)? {
                    Some(row) if row.diary == diary => Ok(id),
                    Some(_) => Err(Error::invalid("That entry belongs to a different diary.")),
                    None => Err(Error::not_found("That diary entry does not exist.")),
                }
            }
        }
    }

    fn save(&self, entry_id: String, body: EventBody, units: f64) -> Result<EntrySaved, Error> {
        self.store()?.append(&body, (self.clock)())?;
        Ok(EntrySaved { entry_id, units: waymark_core::units::display_units(units), deleted: false })
    }

    pub fn add_drink(&self, request: AddDrinkRequest) -> Result<EntrySaved, Error> {
        let units = request.drink.validate((self.clock)()).map_err(diary_error)?;
        let entry_id = self.new_or_existing(request.entry_id, "drink")?;
        self.save(entry_id.clone(), EventBody::DrinkRecorded { entry_id, drink: request.drink }, units)
    }

    pub fn add_drug_use(&self, request: AddDrugUseRequest) -> Result<EntrySaved, Error> {
        request.drug_use.validate((self.clock)()).map_err(diary_error)?;
        let entry_id = self.new_or_existing(request.entry_id, "drug_use")?;
        self.save(entry_id.clone(), EventBody::DrugUseRecorded { entry_id, drug_use: request.drug_use }, 0.0)
    }

    pub fn add_urge(&self, request: AddUrgeRequest) -> Result<EntrySaved, Error> {
        request.urge.validate((self.clock)()).map_err(diary_error)?;
        let entry_id = self.new_or_existing(request.entry_id, "urge")?;
        self.save(entry_id.clone(), EventBody::UrgeRecorded { entry_id, urge: request.urge }, 0.0)
    }

    /// Delete an entry (a tombstone event); `restore_entry` undoes it.
    pub fn delete_entry(&self, request: EntryRequest) -> Result<EntrySaved, Error> {
        self.set_deleted(request.entry_id, true)
    }

    pub fn restore_entry(&self, request: EntryRequest) -> Result<EntrySaved, Error> {
        self.set_deleted(request.entry_id, false)
    }

    fn set_deleted(&self, entry_id: String, deleted: bool) -> Result<EntrySaved, Error> {
        valid_entry_id(&entry_id)?;
        let mut store = self.store()?;
        let row = store
            .diary_entry(&entry_id)?
            .ok_or_else(|| Error::not_found("That diary entry does not exist."))?;
        let body = if deleted {
            EventBody::DiaryEntryDeleted { entry_id: entry_id.clone() }
        } else {
            EventBody::DiaryEntryRestored { entry_id: entry_id.clone() }
        };
        store.append(&body, (self.clock)())?;
        Ok(EntrySaved { entry_id, units: waymark_core::units::display_units(row.units), deleted })
    }

    pub fn list_diary(&self, request: ListDiaryRequest) -> Result<DiaryList, Error> {
        if request.to_ms <= request.from_ms
            || request.to_ms.saturating_sub(request.from_ms) > MAX_LIST_RANGE_MS
        {
            return Err(Error::invalid(
                "Choose a date range of up to 400 days, with the end after the start.",
            ));
        }
        let rows = self.store()?.diary_between(request.from_ms, request.to_ms)?;
        Ok(DiaryList { entries: rows.into_iter().filter_map(entry_view).collect() })
    }

    pub fn get_goal(&self, _request: GetGoalRequest) -> Result<GoalView, Error> {
        let goal = self.store()?.current_goal()?;
        let show_withdrawal_warning = goal.as_ref().is_some_and(|g| g.aim == progress::Aim::Stop);
        Ok(GoalView { goal, show_withdrawal_warning })
    }

    pub fn set_goal(&self, request: SetGoalRequest) -> Result<GoalView, Error> {
        request.goal.validate().map_err(|e| Error::invalid(e.message()))?;
        let mut goal = request.goal;
        if goal.aim == progress::Aim::Stop {
            goal.weekly_units_target = 0.0;
            goal.drink_free_days_target = 7;
        }
        self.store()?.append(&EventBody::GoalSet { goal }, (self.clock)())?;
        self.get_goal(GetGoalRequest {})
    }

    pub fn audit_form(&self, request: AuditFormRequest) -> Result<AuditFormView, Error> {
        let count = match request.form {
            AuditForm::Audit => 10,
            AuditForm::AuditC => 3,
        };
        let items = (1..=count)
            .map(|n| AuditItem { number: n as u8, scores: audit::allowed_scores(n).to_vec() })
            .collect();
        Ok(AuditFormView { form: request.form, items })
    }

    pub fn take_audit(&self, request: TakeAuditRequest) -> Result<AuditResult, Error> {
        let scored = match request.form {
            AuditForm::Audit => audit::audit_total(&request.answers),
            AuditForm::AuditC => audit::audit_c_total(&request.answers),
        };
        scored.map_err(|e| match e {
            audit::AuditError::WrongNumberOfAnswers { expected, got } => {
                Error::invalid(format!("Please answer all {expected} questions (there were {got} answers)."))
            }
            audit::AuditError::InvalidAnswer { item, .. } => {
                Error::invalid(format!("The answer to question {item} is not one of its choices."))
            }
        })?;
        let body =
            EventBody::AuditTaken { form: request.form, answers: request.answers, purpose: request.purpose };
        self.store()?.append(&body, (self.clock)())?;
        let history = self.audit_history(GetGoalRequest {})?;
        history
            .results
            .into_iter()
            .last()
            .ok_or_else(|| Error::invalid("The result was not saved; try again."))
    }

    /// Every AUDIT and AUDIT-C taken, oldest first, each with its change since the first.
    pub fn audit_history(&self, _request: GetGoalRequest) -> Result<AuditHistory, Error> {
        let rows = self.store()?.audit_results()?;
        let mut first: std::collections::BTreeMap<AuditForm, u8> = Default::default();
        let mut results = Vec::new();
        for row in rows {
            let total = row.answers.iter().map(|&a| u32::from(a)).sum::<u32>().min(40) as u8;
            let baseline = *first.entry(row.form).or_insert(total);
            let is_first = results.iter().all(|r: &AuditResult| r.form != row.form);
            results.push(audit_result(
                row.form,
                row.purpose,
                total,
                (!is_first).then(|| i16::from(total) - i16::from(baseline)),
            ));
        }
        Ok(AuditHistory { results })
    }

    pub fn weekly_view(&self, request: WeeklyViewRequest) -> Result<WeekView, Error> {
        let date = NaiveDate::parse_from_str(&request.date, "%Y-%m-%d")
            .map_err(|_| Error::invalid(format!("{:?} is not a date like 2026-11-23.", request.date)))?;
        crate::utc_offset(request.utc_offset_minutes)?;
        let start = progress::week_start_of(date);
        let (from, to) = week_range(start, request.utc_offset_minutes);
        let store = self.store()?;
        let rows = store.diary_between(from, to)?;
        let goal = store.current_goal()?;
        drop(store);
        // "Today" in the person's own time zone: days after it are still to come.
        let now_ms = (self.clock)() + i64::from(request.utc_offset_minutes) * 60_000;
        let today = chrono::DateTime::from_timestamp_millis(now_ms).map_or(date, |d| d.date_naive());
        Ok(week_of(rows, start, request.utc_offset_minutes, goal.as_ref()).as_of(today))
    }

    pub fn export_diary(&self, request: ExportRequest) -> Result<ExportFile, Error> {
        let rows = self.store()?.diary_between(i64::MIN, i64::MAX)?;
        let entries: Vec<DiaryEntryView> = rows.into_iter().filter_map(entry_view).collect();
        let now = (self.clock)();
        let day = chrono::DateTime::from_timestamp_millis(now)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        Ok(match request.format {
            ExportFormat::Json => {
                let doc =
                    ExportDocument { format: EXPORT_FORMAT.into(), version: 1, exported_at_ms: now, entries };
                ExportFile {
                    file_name: format!("waymark-diary-{day}.json"),
                    mime_type: "application/json".into(),
                    content: serde_json::to_string_pretty(&doc)
                        .map_err(|e| Error::invalid(format!("The export could not be made: {e}")))?,
                }
            }
            ExportFormat::Csv => ExportFile {
                file_name: format!("waymark-diary-{day}.csv"),
                mime_type: "text/csv".into(),
                content: crate::csv::diary(&entries),
            },
        })
    }

    /// Import a JSON export. All or nothing: every entry is checked before any is saved.
    pub fn import_diary(&self, request: ImportRequest) -> Result<ImportResult, Error> {
        let not_ours =
            || Error::invalid("This file is not a Waymark diary export. Choose the .json file Waymark made.");
        if request.content.len() > MAX_IMPORT_BYTES {
            return Err(Error::invalid("This file is too big to be a Waymark diary export."));
        }
        let doc: ExportDocument = serde_json::from_str(&request.content).map_err(|_| not_ours())?;
        if doc.format != EXPORT_FORMAT {
            return Err(not_ours());
        }
        if doc.version != 1 {
            return Err(Error::invalid(
                "This diary export was made by a newer Waymark. Update the app first.",
            ));
        }
        let now = (self.clock)();
        let mut bodies = Vec::with_capacity(doc.entries.len());
        for (i, entry) in doc.entries.into_iter().enumerate() {
            let bad =
                |why: String| Error::invalid(format!("Entry {} in the file is not valid: {why}", i + 1));
            valid_entry_id(&entry.entry_id).map_err(|e| bad(e.message))?;
            let entry_id = entry.entry_id;
            bodies.push(match entry.entry {
                DiaryRecord::Drink { drink } => {
                    drink.validate(now).map_err(|e| bad(e.message()))?;
                    EventBody::DrinkRecorded { entry_id, drink }
                }
                DiaryRecord::DrugUse { drug_use } => {
                    drug_use.validate(now).map_err(|e| bad(e.message()))?;
                    EventBody::DrugUseRecorded { entry_id, drug_use }
                }
                DiaryRecord::Urge { urge } => {
                    urge.validate(now).map_err(|e| bad(e.message()))?;
                    EventBody::UrgeRecorded { entry_id, urge }
                }
            });
        }
        let mut store = self.store()?;
        let imported = store.append_all(&bodies, now)?;
        Ok(ImportResult { imported: u32::try_from(imported).unwrap_or(u32::MAX) })
    }
}

fn audit_result(
    form: AuditForm,
    purpose: AuditPurpose,
    total: u8,
    change_since_first: Option<i16>,
) -> AuditResult {
    let (zone, positive) = match form {
        AuditForm::Audit => (Some(zone_dto(audit::zone(total))), None),
        AuditForm::AuditC => (None, Some(audit::audit_c_positive(total))),
    };
    // FRAMES: Feedback (the zone), Responsibility, Advice, Menu of options, Empathy, Self-efficacy.
    let level = match (zone, positive) {
        (Some(AuditZone::LowerRisk), _) | (None, Some(false)) => "lower",
        (Some(AuditZone::IncreasingRisk), _) | (None, Some(true)) => "increasing",
        (Some(AuditZone::HigherRisk), _) => "higher",
        _ => "dependence",
    };
    let mut feedback: Vec<String> =
        ["feedback", "responsibility", "advice", "menu", "empathy", "self-efficacy"]
            .iter()
            .map(|part| format!("audit-{level}-{part}"))
            .collect();
    if level == "dependence" || level == "higher" {
        feedback.push("safety-withdrawal".into());
        feedback.push("safety-urgent-help".into());
    }
    AuditResult { form, purpose, total, zone, positive, change_since_first, feedback }
}

/// `[from, to)` in ms of the local week starting at midnight on `start`.
pub(crate) fn week_range(start: NaiveDate, utc_offset_minutes: i32) -> (i64, i64) {
    let from = progress::local_midnight_ms(start, utc_offset_minutes);
    (from, from + 7 * 86_400_000)
}

/// The weekly view of the week starting on `start` from diary rows (of that week, or wider). The
/// app's weekly view, the summary a phone shares and the hub's roster all count this way.
pub(crate) fn week_of(
    rows: Vec<DiaryRow>,
    start: NaiveDate,
    utc_offset_minutes: i32,
    goal: Option<&Goal>,
) -> WeekView {
    let (mut drinks, mut spend, mut urges) = (Vec::new(), Vec::new(), Vec::new());
    for row in rows {
        // Sum exact units; only the totals are rounded for display.
        let (at, units, pence) = (row.occurred_at_ms, row.units, u32::try_from(row.spend_pence).unwrap_or(0));
        match entry_view(row).map(|view| view.entry) {
            Some(DiaryRecord::Drink { .. }) => {
                drinks.push(DrinkFact { occurred_at_ms: at, units, cost_pence: pence })
            }
            Some(DiaryRecord::DrugUse { .. }) => spend.push(SpendFact { occurred_at_ms: at, pence }),
            Some(DiaryRecord::Urge { urge }) => {
                urges.push(UrgeFact { occurred_at_ms: at, outcome: urge.outcome })
            }
            None => {}
        }
    }
    progress::week_view(start, utc_offset_minutes, goal, &drinks, &spend, &urges)
}

/// A stored row as the DTO; rows whose body this build cannot read are left out rather than
/// failing the whole list.
fn entry_view(row: DiaryRow) -> Option<DiaryEntryView> {
    let entry = match row.diary.as_str() {
        "drink" => DiaryRecord::Drink { drink: serde_json::from_value(row.body).ok()? },
        "drug_use" => DiaryRecord::DrugUse { drug_use: serde_json::from_value(row.body).ok()? },
        "urge" => DiaryRecord::Urge { urge: serde_json::from_value(row.body).ok()? },
        _ => return None,
    };
    Some(DiaryEntryView {
        entry_id: row.entry_id,
        occurred_at_ms: row.occurred_at_ms,
        units: waymark_core::units::display_units(row.units),
        spend_pence: u32::try_from(row.spend_pence).unwrap_or(0),
        entry,
    })
}
