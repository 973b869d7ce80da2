//! The attendance register and a person's Rehabilitation Activity Requirement (RAR) record.
//!
//! **Decisions** (issue 10 point 5):
//!
//! - Each attendance record is an `attendance_marked` event (schema 2) in the person's own log,
//!   carrying the held session's facts — date, start and end, title, group, office,
//!   facilitator — so the record stands on its own on the person's phone as on the hub.
//! - Status is present, absent or acceptable absence. A session with no record for a person is
//!   *not yet held* for them, never "absent". Ending a live session writes present for everyone
//!   ticked and absent for the rest of the group.
//! - A correction is a new record with `correction: true`; the latest counts and every earlier
//!   one stays in the log (the register says "corrected").
//! - Times are the office's: the hub machine's local time zone (`chrono::Local`).
//! - A case reference is the office's own (letters, digits, `-` and `/`, up to 30), never a
//!   surname; it lives on the hub only (the phone does not need it).
//! - The CSV starts with a UTF-8 byte order mark so Excel opens accents intact; cells that a
//!   spreadsheet would run as a formula are quoted as text.

use chrono::TimeZone;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_content::SOURCE_LOCALE;
use waymark_core::{AttendanceStatus, EventBody, HeldSession};

use crate::hub::{SESSION_NUMBERS, csv_field, member_participant};
use crate::{Api, AttendanceView, Error, ExportFile, Hub};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub group_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetRegisterDetailsRequest {
    pub group_id: String,
    /// The office's name as the register prints it, up to 80 characters.
    pub office: String,
    /// Who runs the group, up to 80 characters.
    pub facilitator: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegisterDetails {
    pub office: String,
    pub facilitator: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SetCaseReferenceRequest {
    pub member_id: String,
    /// `None` or empty clears it.
    pub case_reference: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CaseReferenceView {
    pub member_id: String,
    pub case_reference: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CorrectAttendanceRequest {
    pub member_id: String,
    pub session_number: u8,
    pub status: AttendanceStatus,
}

/// One person at one session on the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegisterRow {
    pub member_id: String,
    pub display_name: String,
    pub case_reference: Option<String>,
    /// `None`: not yet held for this person (no record).
    pub status: Option<AttendanceStatus>,
    pub corrected: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegisterSession {
    pub session_number: u8,
    pub session_title: String,
    /// When and where it was held (from the latest record with details); `None`: not held yet.
    pub held: Option<HeldSession>,
    pub rows: Vec<RegisterRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Register {
    pub group_name: String,
    pub office: String,
    pub facilitator: String,
    pub sessions: Vec<RegisterSession>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RarRecordRequest {
    pub member_id: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MyAttendanceRequest {}

/// One session on a person's RAR record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RarEntry {
    pub session_number: u8,
    pub session_title: String,
    pub status: AttendanceStatus,
    /// `None` for a record from before the register kept details.
    pub held: Option<HeldSession>,
    pub corrected: bool,
}

/// A person's attendance, for a responsible officer: every session with a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RarRecord {
    pub display_name: String,
    pub case_reference: Option<String>,
    pub entries: Vec<RarEntry>,
    /// Sessions attended (present).
    pub attended: u32,
    /// Sessions in the programme.
    pub session_count: u32,
}

fn check_details(text: &str, what: &str) -> Result<String, Error> {
    let text = text.trim();
    if text.chars().count() > 80 || text.chars().any(char::is_control) {
        return Err(Error::invalid(format!("The {what} must be up to 80 letters, on one line.")));
    }
    Ok(text.to_string())
}

fn check_case_reference(reference: Option<&str>) -> Result<Option<String>, Error> {
    let Some(reference) = reference.map(str::trim).filter(|r| !r.is_empty()) else { return Ok(None) };
    let ok = reference.chars().count() <= 30
        && reference.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | ' '));
    if !ok {
        return Err(Error::invalid(
            "A case reference is up to 30 letters, numbers, spaces, - or /. Use the office's reference, not a name.",
        ));
    }
    Ok(Some(reference.to_string()))
}

/// The office's local date and time of `ms`.
fn local(ms: i64) -> chrono::DateTime<chrono::Local> {
    chrono::Local.timestamp_millis_opt(ms).single().unwrap_or_else(chrono::Local::now)
}

fn status_words(status: Option<AttendanceStatus>) -> &'static str {
    match status {
        Some(AttendanceStatus::Present) => "present",
        Some(AttendanceStatus::Absent) => "absent",
        Some(AttendanceStatus::AcceptableAbsence) => "acceptable absence",
        None => "not yet held",
    }
}

impl Hub {
    /// The held session's facts for a record written now, for `group_id`'s session `number`.
    pub(crate) fn held_session(
        &self,
        group_id: &str,
        number: u8,
        started_at_ms: i64,
        ended_at_ms: i64,
    ) -> Result<HeldSession, Error> {
        let store = self.api.store()?;
        let group = store.hub_group(group_id)?.ok_or_else(|| Error::not_found("There is no such group."))?;
        let (office, facilitator) = store.hub_group_details(group_id)?.unwrap_or_default();
        drop(store);
        let session_title = self
            .api
            .content
            .sessions()
            .iter()
            .find(|s| s.number == number)
            .map(|s| self.api.text(SOURCE_LOCALE, &s.title))
            .unwrap_or_default();
        let (start, end) = (local(started_at_ms), local(ended_at_ms));
        Ok(HeldSession {
            date: start.format("%Y-%m-%d").to_string(),
            started_at_ms,
            ended_at_ms,
            start_time: start.format("%H:%M").to_string(),
            end_time: end.format("%H:%M").to_string(),
            session_title,
            group_name: group.name,
            office,
            facilitator,
        })
    }

    /// Write one attendance record (schema 2) into the member's own log.
    pub(crate) fn write_attendance(
        &self,
        member_id: &str,
        session_number: u8,
        status: AttendanceStatus,
        held: HeldSession,
        correction: bool,
    ) -> Result<AttendanceView, Error> {
        if !SESSION_NUMBERS.contains(&session_number) {
            return Err(Error::invalid("The session number must be from 1 to 11."));
        }
        let now = (self.api.clock)();
        let mut store = self.api.store()?;
        let member =
            store.hub_member(member_id)?.ok_or_else(|| Error::not_found("There is no such group member."))?;
        let participant = member_participant(&mut store, &member)?;
        let body = EventBody::AttendanceMarked {
            session_number,
            present: status == AttendanceStatus::Present,
            status: Some(status),
            held: Some(held),
            correction,
        };
        store.append_for(&participant, &body, now)?;
        Ok(AttendanceView { member_id: member.id, attendance: store.attendance(&participant)? })
    }

    pub fn register_details(&self, request: RegisterRequest) -> Result<RegisterDetails, Error> {
        let (office, facilitator) = self
            .api
            .store()?
            .hub_group_details(&request.group_id)?
            .ok_or_else(|| Error::not_found("There is no such group."))?;
        Ok(RegisterDetails { office, facilitator })
    }

    pub fn set_register_details(&self, request: SetRegisterDetailsRequest) -> Result<RegisterDetails, Error> {
        let office = check_details(&request.office, "office name")?;
        let facilitator = check_details(&request.facilitator, "facilitator's name")?;
        if !self.api.store()?.hub_set_group_details(&request.group_id, &office, &facilitator)? {
            return Err(Error::not_found("There is no such group."));
        }
        Ok(RegisterDetails { office, facilitator })
    }

    pub fn set_case_reference(&self, request: SetCaseReferenceRequest) -> Result<CaseReferenceView, Error> {
        let reference = check_case_reference(request.case_reference.as_deref())?;
        if !self.api.store()?.hub_set_case_ref(&request.member_id, reference.as_deref())? {
            return Err(Error::not_found("There is no such group member."));
        }
        Ok(CaseReferenceView { member_id: request.member_id, case_reference: reference })
    }

    /// Correct a person's attendance at a session: a new record that says so; the old one stays
    /// in the log. A session never held for them gets the group's details with today's date.
    pub fn correct_attendance(&self, request: CorrectAttendanceRequest) -> Result<AttendanceView, Error> {
        let (group_id, participant) = {
            let store = self.api.store()?;
            let member = store
                .hub_member(&request.member_id)?
                .ok_or_else(|| Error::not_found("There is no such group member."))?;
            (member.group_id, member.participant)
        };
        let earlier = match &participant {
            Some(p) => self
                .api
                .store()?
                .attendance_records(p)?
                .into_iter()
                .find(|r| r.session_number == request.session_number),
            None => None,
        };
        let now = (self.api.clock)();
        let held = match earlier.as_ref().and_then(|r| r.held.clone()) {
            Some(held) => held,
            None => self.held_session(&group_id, request.session_number, now, now)?,
        };
        self.write_attendance(
            &request.member_id,
            request.session_number,
            request.status,
            held,
            earlier.is_some(),
        )
    }

    /// The group's register: per session, when and where it was held, and each person's status.
    pub fn register(&self, request: RegisterRequest) -> Result<Register, Error> {
        let store = self.api.store()?;
        let group =
            store.hub_group(&request.group_id)?.ok_or_else(|| Error::not_found("There is no such group."))?;
        let (office, facilitator) = store.hub_group_details(&group.id)?.unwrap_or_default();
        let members = store.hub_members(&group.id)?;
        let mut people = Vec::new();
        for m in &members {
            let records = match &m.participant {
                Some(p) => store.attendance_records(p)?,
                None => Vec::new(),
            };
            people.push((m, store.hub_case_ref(&m.id)?, records));
        }
        drop(store);
        let sessions = self
            .api
            .content
            .sessions()
            .iter()
            .map(|s| {
                let mut held: Option<HeldSession> = None;
                let rows = people
                    .iter()
                    .map(|(m, case_reference, records)| {
                        let record = records.iter().find(|r| r.session_number == s.number);
                        if let Some(h) = record.and_then(|r| r.held.clone())
                            && held.as_ref().is_none_or(|old| h.started_at_ms > old.started_at_ms)
                        {
                            held = Some(h);
                        }
                        RegisterRow {
                            member_id: m.id.clone(),
                            display_name: m.display_name.clone(),
                            case_reference: case_reference.clone(),
                            status: record.map(|r| r.status),
                            corrected: record.is_some_and(|r| r.correction),
                        }
                    })
                    .collect();
                RegisterSession {
                    session_number: s.number,
                    session_title: self.api.text(SOURCE_LOCALE, &s.title),
                    held,
                    rows,
                }
            })
            .collect();
        Ok(Register { group_name: group.name, office, facilitator, sessions })
    }

    /// The register as CSV for a spreadsheet: one row per person per session, UTF-8 with a byte
    /// order mark (Excel then reads accents right).
    pub fn export_register_csv(&self, request: RegisterRequest) -> Result<ExportFile, Error> {
        let register = self.register(request)?;
        let mut out = String::from('\u{feff}');
        out.push_str(
            "group,office,facilitator,session,session_title,date,start,end,name,case_reference,attendance,corrected\n",
        );
        for s in &register.sessions {
            for r in &s.rows {
                let held = s.held.as_ref();
                let row = [
                    csv_field(&register.group_name),
                    csv_field(held.map_or(register.office.as_str(), |h| h.office.as_str())),
                    csv_field(held.map_or(register.facilitator.as_str(), |h| h.facilitator.as_str())),
                    s.session_number.to_string(),
                    csv_field(&s.session_title),
                    held.map(|h| h.date.clone()).unwrap_or_default(),
                    held.map(|h| h.start_time.clone()).unwrap_or_default(),
                    held.map(|h| h.end_time.clone()).unwrap_or_default(),
                    csv_field(&r.display_name),
                    csv_field(r.case_reference.as_deref().unwrap_or_default()),
                    status_words(r.status).to_string(),
                    if r.corrected { "yes" } else { "no" }.to_string(),
                ];
                out.push_str(&row.join(","));
                out.push('\n');
            }
        }
        let name: String = register
            .group_name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        Ok(ExportFile {
            file_name: format!("waymark-register-{name}.csv"),
            mime_type: "text/csv;charset=utf-8".into(),
            content: out,
        })
    }

    /// A person's RAR record, from the roster.
    pub fn rar_record(&self, request: RarRecordRequest) -> Result<RarRecord, Error> {
        let (member, case_reference) = {
            let store = self.api.store()?;
            let member = store
                .hub_member(&request.member_id)?
                .ok_or_else(|| Error::not_found("There is no such group member."))?;
            let case = store.hub_case_ref(&member.id)?;
            (member, case)
        };
        let mut record = match &member.participant {
            Some(p) => self.participant(p).my_attendance(MyAttendanceRequest {})?,
            None => self.api.rar_of(Vec::new(), String::new()),
        };
        record.display_name = member.display_name;
        record.case_reference = case_reference;
        Ok(record)
    }
}

impl Api {
    fn rar_of(&self, rows: Vec<waymark_store::AttendanceRow>, display_name: String) -> RarRecord {
        let title = |n: u8| {
            self.content
                .sessions()
                .iter()
                .find(|s| s.number == n)
                .map(|s| self.text(SOURCE_LOCALE, &s.title))
                .unwrap_or_default()
        };
        let entries: Vec<RarEntry> = rows
            .into_iter()
            .map(|r| RarEntry {
                session_number: r.session_number,
                session_title: title(r.session_number),
                status: r.status,
                held: r.held,
                corrected: r.correction,
            })
            .collect();
        RarRecord {
            display_name,
            case_reference: None,
            attended: crate::count(entries.iter().filter(|e| e.status == AttendanceStatus::Present).count()),
            entries,
            session_count: crate::count(self.content.sessions().len()),
        }
    }

    /// The participant's own attendance record, on their phone (from the records the hub sent).
    pub fn my_attendance(&self, request: MyAttendanceRequest) -> Result<RarRecord, Error> {
        let MyAttendanceRequest {} = request;
        let store = self.store()?;
        let participant = store.identity().stream.participant.clone();
        let rows = store.attendance_records(&participant)?;
        let name = store.pairing()?.map(|p| p.display_name).unwrap_or_default();
        drop(store);
        Ok(self.rar_of(rows, name))
    }
}
