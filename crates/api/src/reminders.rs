//! Reminders (issue 14 point 2): before each scheduled session (by default the day before at
//! 18:00 and 2 hours before) and, if turned on, a daily diary reminder; quiet hours respected.
//!
//! **Decisions:**
//!
//! - Settings, what was delivered and the banner still to show are this phone's
//!   (`reminder_state`), not events: a reminder is about one device's lock screen.
//! - [`Api::due_reminders`] is what the app's timer calls (every 20 s while the app runs): it
//!   plans with [`waymark_core::reminder::plan`] from the last run to now, records the keys it
//!   hands out and the new last run in one write, and returns the words (Fluent, in the
//!   participant's language), so the shell only delivers. A key once handed out is never handed
//!   out again: a clock set back, a time zone change or a restart cannot repeat a reminder. A
//!   clock set back starts the window again from the new now (keys stop repeats).
//! - Missed while the app was closed: only the latest, once, as the in-app banner at the next
//!   start, never a pile of notifications ([`waymark_core::reminder::GRACE_MS`]: 10 minutes late
//!   is still sent; later is "missed").
//! - The first run plans from 10 minutes back, so nothing from before Waymark was installed is
//!   "missed".
//! - The lock-screen words never name alcohol, drugs or probation (a test formats every
//!   reminder message in every locale).

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_content::Arg;
use waymark_core::reminder::{GRACE_MS, LockScreenMessage, Reminder, ReminderSettings, parse_time, plan};
use waymark_store::ReminderRow;

use crate::{Api, Error};

/// Keys kept to stop repeats; the oldest go first (a session's keys are weeks apart).
const DELIVERED_KEPT: usize = 500;

/// The reminder settings as the Settings screen shows and sends them: times as `HH:MM`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReminderSettingsView {
    /// The day before each session, at this local time; `None` is off.
    pub day_before_at: Option<String>,
    /// This many minutes before each session (15 to 720); `None` is off.
    pub minutes_before: Option<u32>,
    /// Every day at this local time; `None` is off.
    pub daily_diary_at: Option<String>,
    /// Quiet hours: both or neither.
    pub quiet_from: Option<String>,
    pub quiet_until: Option<String>,
    /// The language of the lock-screen words.
    pub locale: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReminderSettingsRequest {}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    settings: ReminderSettings,
    locale: String,
}

/// One reminder as delivered: its words on the lock screen and what the banner says aloud.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderNotice {
    pub key: String,
    pub message: LockScreenMessage,
    /// The session's local start time, `HH:MM`, for a session reminder.
    pub time: Option<String>,
    /// The lock-screen words, e.g. "Waymark: your group is tomorrow at 10:00".
    pub text: String,
    #[ts(type = "number")]
    pub due_at_ms: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DueReminders {
    /// Send these now as OS notifications.
    pub now: Vec<ReminderNotice>,
    /// Missed while the app was closed: shown once, in the app.
    pub missed: Option<ReminderNotice>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReminderBannerRequest {}

/// What the in-app banner shows once: the latest reminder missed while closed, or the latest
/// one sent while the app ran.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderBanner {
    pub missed: Option<ReminderNotice>,
    pub recent: Option<ReminderNotice>,
}

fn time_field(text: &Option<String>, what: &str) -> Result<Option<chrono::NaiveTime>, Error> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => parse_time(t).map(Some).map_err(|_| {
            Error::invalid(format!("The time {what} is not a time. Use hours and minutes, like 18:00."))
        }),
    }
}

fn hhmm(t: Option<chrono::NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

impl Api {
    fn reminder_row(&self) -> Result<(ReminderRow, Stored), Error> {
        let row = self.store()?.reminder_state()?;
        let stored = row.settings.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or(Stored {
            settings: ReminderSettings::default(),
            locale: waymark_content::SOURCE_LOCALE.into(),
        });
        Ok((row, stored))
    }

    pub fn reminder_settings(&self, request: ReminderSettingsRequest) -> Result<ReminderSettingsView, Error> {
        let ReminderSettingsRequest {} = request;
        let (_, Stored { settings, locale }) = self.reminder_row()?;
        Ok(ReminderSettingsView {
            day_before_at: hhmm(settings.day_before_at),
            minutes_before: settings.minutes_before,
            daily_diary_at: hhmm(settings.daily_diary_at),
            quiet_from: hhmm(settings.quiet.map(|q| q.0)),
            quiet_until: hhmm(settings.quiet.map(|q| q.1)),
            locale,
        })
    }

    /// Check and keep the reminder settings; nothing is stored if any part is wrong.
    pub fn set_reminder_settings(
        &self,
        request: ReminderSettingsView,
    ) -> Result<ReminderSettingsView, Error> {
        let locale = self.locale(&request.locale)?.to_string();
        let day_before_at = time_field(&request.day_before_at, "for the day before")?;
        let daily_diary_at = time_field(&request.daily_diary_at, "for the diary")?;
        let quiet = match (
            time_field(&request.quiet_from, "quiet hours start")?,
            time_field(&request.quiet_until, "quiet hours end")?,
        ) {
            (Some(a), Some(b)) if a == b => {
                return Err(Error::invalid("Quiet hours must start and end at different times."));
            }
            (Some(a), Some(b)) => Some((a, b)),
            (None, None) => None,
            _ => return Err(Error::invalid("Quiet hours need a time to start and a time to end.")),
        };
        if let Some(m) = request.minutes_before
            && !(15..=720).contains(&m)
        {
            return Err(Error::invalid(
                "The reminder on the day must be from 15 minutes to 12 hours before.",
            ));
        }
        let settings =
            ReminderSettings { day_before_at, minutes_before: request.minutes_before, daily_diary_at, quiet };
        let (mut row, _) = self.reminder_row()?;
        row.settings = Some(
            serde_json::to_string(&Stored { settings, locale })
                .map_err(|e| Error::invalid(format!("The settings could not be kept: {e}")))?,
        );
        self.store()?.set_reminder_state(&row)?;
        self.reminder_settings(ReminderSettingsRequest {})
    }

    fn notice(&self, locale: &str, reminder: &Reminder, utc_offset_minutes: i32) -> ReminderNotice {
        let screen = reminder.lock_screen(utc_offset_minutes);
        let id = screen.message.message_id();
        let text = match &screen.time {
            Some(time) => self.content.text_with_args(locale, id, &[("time", Arg::Str(time))]),
            None => self.content.text(locale, id),
        }
        .unwrap_or_else(|| "Waymark".to_string());
        ReminderNotice {
            key: reminder.key.clone(),
            message: screen.message,
            time: screen.time,
            text,
            due_at_ms: reminder.due_at_ms,
        }
    }

    /// Which reminders to deliver now (the app's timer calls this); each is handed out once.
    pub fn due_reminders(&self, utc_offset_minutes: i32) -> Result<DueReminders, Error> {
        crate::utc_offset(utc_offset_minutes)?;
        let now = (self.clock)();
        let (mut row, stored) = self.reminder_row()?;
        let participant = self.store()?.identity().stream.participant.clone();
        let schedule = self.store()?.schedule_of(&participant)?;
        let mut delivered: Vec<String> = serde_json::from_str(&row.delivered).unwrap_or_default();
        let last = row.last_run_ms.unwrap_or(now - GRACE_MS);
        // A clock set back (or a time zone change that looks like one): plan from the new now.
        let last = if last > now { now } else { last };
        let due = plan(&schedule, &stored.settings, utc_offset_minutes, last, now, &delivered);
        let out = DueReminders {
            now: due.now.iter().map(|r| self.notice(&stored.locale, r, utc_offset_minutes)).collect(),
            missed: due.missed.as_ref().map(|r| self.notice(&stored.locale, r, utc_offset_minutes)),
        };
        delivered.extend(out.now.iter().chain(out.missed.iter()).map(|n| n.key.clone()));
        if delivered.len() > DELIVERED_KEPT {
            delivered.drain(..delivered.len() - DELIVERED_KEPT);
        }
        let mut banner: ReminderBanner =
            row.banner.as_deref().and_then(|b| serde_json::from_str(b).ok()).unwrap_or_default();
        if out.missed.is_some() {
            banner.missed.clone_from(&out.missed);
        }
        if let Some(latest) = out.now.last() {
            banner.recent = Some(latest.clone());
        }
        row.delivered = serde_json::to_string(&delivered).unwrap_or_else(|_| "[]".into());
        row.last_run_ms = Some(now);
        row.banner = serde_json::to_string(&banner).ok();
        self.store()?.set_reminder_state(&row)?;
        Ok(out)
    }

    /// The in-app banner: shown once, then cleared.
    pub fn reminder_banner(&self, request: ReminderBannerRequest) -> Result<ReminderBanner, Error> {
        let ReminderBannerRequest {} = request;
        let (mut row, _) = self.reminder_row()?;
        let banner: ReminderBanner =
            row.banner.as_deref().and_then(|b| serde_json::from_str(b).ok()).unwrap_or_default();
        if banner != ReminderBanner::default() {
            row.banner = None;
            self.store()?.set_reminder_state(&row)?;
        }
        Ok(banner)
    }
}
