//! Drink, drug-use and urge diary records, validated; and the weekly view computed from them.
//!
//! Records arrive as events (see [`crate::event::EventBody`]); an edit is a new revision of the
//! same `entry_id`, a delete is a tombstone, and undo restores. Which revision is current is
//! decided by the HLC stamp (then stream) so every replica agrees without trusting wall clocks.

use serde::{Deserialize, Serialize};

use crate::units::{self, DrinkError};

/// Longest free-text field accepted (where, who with, own words): enough for a sentence or two.
pub const MAX_TEXT_CHARS: usize = 280;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DrinkType {
    Beer,
    Cider,
    Wine,
    Spirits,
    Alcopop,
    Other,
}

/// One line of the drink diary as the participant entered it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Drink {
    pub drink_type: DrinkType,
    pub volume_ml: f64,
    pub abv_percent: f64,
    pub count: u32,
    /// When it happened (user-entered, ms since the Unix epoch); separate from the clock stamp.
    pub occurred_at_ms: i64,
    #[serde(default)]
    pub cost_pence: Option<u32>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub with_whom: Option<String>,
    /// Mood before drinking, 0 (very low) to 10 (very good).
    #[serde(default)]
    pub mood_before: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    Drink(DrinkError),
    /// `occurred_at` is after now.
    InTheFuture,
    /// A text field is longer than [`MAX_TEXT_CHARS`].
    TooLong {
        field: &'static str,
    },
    /// A 0–10 rating is above 10.
    RatingOutOfRange {
        field: &'static str,
    },
    /// More than £10,000 in one entry.
    CostTooHigh,
    /// More items in a list than the screen offers.
    TooMany,
    /// A choice that is not on the list.
    UnknownChoice {
        value: String,
    },
    /// Urge surfing runs from 1 to 20 minutes.
    SurfMinutes,
}

impl DiaryError {
    /// Plain words for the participant, saying how to put it right.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            DiaryError::Drink(e) => e.message().to_string(),
            DiaryError::InTheFuture => {
                "That time has not happened yet. Choose now or a time in the past.".into()
            }
            DiaryError::TooLong { field } => {
                format!("The {field} box is too long. Please use {MAX_TEXT_CHARS} letters or fewer.")
            }
            DiaryError::RatingOutOfRange { field } => format!("The {field} score must be from 0 to 10."),
            DiaryError::CostTooHigh => "The cost must be £10,000 or less.".into(),
            DiaryError::TooMany => "That is more choices than the list has. Please choose again.".into(),
            DiaryError::UnknownChoice { value } => {
                format!("{value:?} is not one of the choices. Please choose again.")
            }
            DiaryError::SurfMinutes => "Urge surfing can be from 1 to 20 minutes.".into(),
        }
    }
}

fn check_text(value: &Option<String>, field: &'static str) -> Result<(), DiaryError> {
    match value {
        Some(text) if text.chars().count() > MAX_TEXT_CHARS => Err(DiaryError::TooLong { field }),
        _ => Ok(()),
    }
}

fn check_rating(value: Option<u8>, field: &'static str) -> Result<(), DiaryError> {
    match value {
        Some(v) if v > 10 => Err(DiaryError::RatingOutOfRange { field }),
        _ => Ok(()),
    }
}

impl Drink {
    /// Validate against the time now (ms); returns the units on success.
    pub fn validate(&self, now_ms: i64) -> Result<f64, DiaryError> {
        let units = units::units(self.volume_ml, self.abv_percent, self.count).map_err(DiaryError::Drink)?;
        if self.occurred_at_ms > now_ms {
            return Err(DiaryError::InTheFuture);
        }
        check_text(&self.place, "where")?;
        check_text(&self.with_whom, "who with")?;
        check_rating(self.mood_before, "mood")?;
        if self.cost_pence.is_some_and(|p| p > 1_000_000) {
            return Err(DiaryError::CostTooHigh);
        }
        Ok(units)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Substance {
    Cannabis,
    Cocaine,
    Crack,
    Heroin,
    /// New psychoactive substances, "spice".
    NpsSpice,
    /// Prescription drugs not taken as prescribed.
    Prescription,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Route {
    Smoked,
    Snorted,
    Swallowed,
    Injected,
    Other,
}

/// One line of the drug-use diary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct DrugUse {
    pub substance: Substance,
    /// The participant's own name for it, when `substance` is `Other` (or to be more exact).
    #[serde(default)]
    pub name: Option<String>,
    /// Free text: "two joints", "half a gram".
    #[serde(default)]
    pub amount: Option<String>,
    #[serde(default)]
    pub route: Option<Route>,
    #[serde(default)]
    pub spend_pence: Option<u32>,
    pub occurred_at_ms: i64,
}

impl DrugUse {
    pub fn validate(&self, now_ms: i64) -> Result<(), DiaryError> {
        if self.occurred_at_ms > now_ms {
            return Err(DiaryError::InTheFuture);
        }
        check_text(&self.name, "name")?;
        check_text(&self.amount, "amount")?;
        if self.spend_pence.is_some_and(|p| p > 1_000_000) {
            return Err(DiaryError::CostTooHigh);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TriggerKind {
    People,
    Places,
    Feelings,
    Times,
    OwnWords,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub kind: TriggerKind,
    #[serde(default)]
    pub text: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum UrgeOutcome {
    Used,
    DidNotUse,
}

/// Coping strategies offered in the urge diary (the participant can add their own words too).
pub const COPING_STRATEGIES: &[&str] = &[
    "urge_surfing",
    "distract",
    "call_someone",
    "leave_the_place",
    "breathe",
    "eat_or_drink_water",
    "think_it_through",
];

/// One line of the urge diary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Urge {
    /// 0 (no urge) to 10 (strongest).
    pub strength: u8,
    #[serde(default)]
    pub triggers: Vec<Trigger>,
    /// Ids from [`COPING_STRATEGIES`].
    #[serde(default)]
    pub coping: Vec<String>,
    #[serde(default)]
    pub own_coping: Option<String>,
    pub outcome: UrgeOutcome,
    #[serde(default)]
    pub strength_after: Option<u8>,
    /// Minutes of guided urge surfing, if the timer was used.
    #[serde(default)]
    pub surfed_minutes: Option<u8>,
    pub occurred_at_ms: i64,
}

impl Urge {
    pub fn validate(&self, now_ms: i64) -> Result<(), DiaryError> {
        if self.occurred_at_ms > now_ms {
            return Err(DiaryError::InTheFuture);
        }
        check_rating(Some(self.strength), "urge strength")?;
        check_rating(self.strength_after, "strength afterwards")?;
        check_text(&self.own_coping, "what I did")?;
        if self.triggers.len() > 10 || self.coping.len() > COPING_STRATEGIES.len() {
            return Err(DiaryError::TooMany);
        }
        for trigger in &self.triggers {
            check_text(&trigger.text, "trigger")?;
        }
        if let Some(unknown) = self.coping.iter().find(|c| !COPING_STRATEGIES.contains(&c.as_str())) {
            return Err(DiaryError::UnknownChoice { value: unknown.clone() });
        }
        if self.surfed_minutes.is_some_and(|m| !(1..=20).contains(&m)) {
            return Err(DiaryError::SurfMinutes);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pint() -> Drink {
        Drink {
            drink_type: DrinkType::Beer,
            volume_ml: 568.0,
            abv_percent: 4.0,
            count: 2,
            occurred_at_ms: 1_000,
            cost_pence: Some(900),
            place: Some("pub".into()),
            with_whom: None,
            mood_before: Some(4),
        }
    }

    #[test]
    fn a_valid_drink_gives_its_units() {
        let u = pint().validate(2_000).unwrap();
        assert!((u - 4.544).abs() < 1e-9);
    }

    #[test]
    fn bad_drinks_are_refused_with_a_reason() {
        let now = 2_000;
        let cases: Vec<(Drink, DiaryError)> = vec![
            (Drink { volume_ml: 0.0, ..pint() }, DiaryError::Drink(DrinkError::VolumeOutOfRange)),
            (Drink { volume_ml: 5_001.0, ..pint() }, DiaryError::Drink(DrinkError::VolumeOutOfRange)),
            (Drink { abv_percent: 101.0, ..pint() }, DiaryError::Drink(DrinkError::AbvOutOfRange)),
            (Drink { occurred_at_ms: now + 1, ..pint() }, DiaryError::InTheFuture),
            (Drink { place: Some("x".repeat(281)), ..pint() }, DiaryError::TooLong { field: "where" }),
            (Drink { mood_before: Some(11), ..pint() }, DiaryError::RatingOutOfRange { field: "mood" }),
            (Drink { cost_pence: Some(1_000_001), ..pint() }, DiaryError::CostTooHigh),
        ];
        for (drink, expected) in cases {
            assert_eq!(drink.validate(now), Err(expected.clone()));
            assert!(!expected.message().is_empty());
        }
        assert!(
            Drink { place: Some("é".repeat(280)), ..pint() }.validate(now).is_ok(),
            "limit counts letters"
        );
    }
}
