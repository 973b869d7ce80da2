//! Answers to programme steps (reflect, choose, rate, checklist, plan, quiz).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Longest reflection or plan field accepted: a few paragraphs.
pub const MAX_ANSWER_CHARS: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Answer {
    /// A reflection in the person's own words.
    Text { text: String },
    /// Choose (one or several) and checklist: the ids picked or ticked.
    Choices { ids: Vec<String> },
    /// Rate: 0 to 10.
    Rating { value: u8 },
    /// Plan builder: field id → the person's words.
    Plan { fields: BTreeMap<String, String> },
}

/// Plain words for the participant when an answer is not valid for its step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError(pub String);

/// Checks that depend only on the answer itself (the api checks ids against the step).
pub fn check(answer: &Answer) -> Result<(), AnswerError> {
    let too_long = |t: &str| t.chars().count() > MAX_ANSWER_CHARS;
    match answer {
        Answer::Text { text } if too_long(text) => Err(AnswerError(format!(
            "Your answer is too long. Please use {MAX_ANSWER_CHARS} letters or fewer."
        ))),
        Answer::Rating { value } if *value > 10 => Err(AnswerError("Choose a number from 0 to 10.".into())),
        Answer::Plan { fields } if fields.values().any(|t| too_long(t)) => Err(AnswerError(format!(
            "One of your answers is too long. Please use {MAX_ANSWER_CHARS} letters or fewer."
        ))),
        Answer::Choices { ids } if ids.len() > 50 => {
            Err(AnswerError("That is more choices than the list has.".into()))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert!(check(&Answer::Rating { value: 10 }).is_ok());
        assert!(check(&Answer::Rating { value: 11 }).is_err());
        assert!(check(&Answer::Text { text: "ä".repeat(MAX_ANSWER_CHARS) }).is_ok());
        assert!(check(&Answer::Text { text: "a".repeat(MAX_ANSWER_CHARS + 1) }).is_err());
        let long = BTreeMap::from([("x".to_string(), "a".repeat(MAX_ANSWER_CHARS + 1))]);
        assert!(check(&Answer::Plan { fields: long }).is_err());
    }
}
