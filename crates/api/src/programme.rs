//! Programme use-cases beyond reading: answers, quiz feedback, session end, "My plan" (issue 3).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use waymark_content::{Choice, Session, Step, StepKind};
use waymark_core::EventBody;
use waymark_core::answer::{self, Answer};
use waymark_core::progress::Goal;

use crate::{Api, Error, VoiceView};

/// A piece of text and its voice-over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Voiced {
    pub text: String,
    pub voice: Option<VoiceView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ChoiceView {
    pub id: String,
    pub label: Voiced,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ScaleView {
    pub low: Voiced,
    pub high: Voiced,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PlanFieldView {
    /// The plan step that owns the field (an earlier step for pulled fields).
    pub session_id: String,
    pub step_id: String,
    pub field_id: String,
    pub prompt: Voiced,
    pub suggestions: Vec<ChoiceView>,
    pub answer: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct QuizFeedback {
    pub correct: bool,
    pub message: Voiced,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AnswerStepRequest {
    pub locale: String,
    pub session_id: String,
    pub step_id: String,
    pub answer: Answer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AnswerSaved {
    pub feedback: Option<QuizFeedback>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SessionEndRequest {
    pub locale: String,
    pub session_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SessionEndView {
    pub session_id: String,
    pub number: u8,
    pub title: String,
    pub recap: Voiced,
    pub task: Voiced,
    /// The diary the between-session task points at, if any (`drink`, `drug`, `urge`).
    pub task_diary: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MyPlanRequest {
    pub locale: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
pub struct MyPlanView {
    pub title: Voiced,
    pub sections: Vec<PlanSection>,
    pub goal: Option<Goal>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PlanSection {
    pub session_number: u8,
    pub heading: Voiced,
    pub fields: Vec<PlanFieldView>,
}

/// Which steps a participant has done: the one "step done" check for the session list, a step,
/// completing a step and the facilitator's roster. A session is complete when it has steps and
/// every one is done.
pub(crate) struct StepsDone(BTreeSet<(String, String)>);

impl StepsDone {
    pub(crate) fn new(completed: Vec<waymark_store::CompletedStep>) -> StepsDone {
        StepsDone(completed.into_iter().map(|c| (c.session_id, c.step_id)).collect())
    }

    pub(crate) fn step(&self, session: &Session, step: &Step) -> bool {
        self.0.contains(&(session.id.clone(), step.id.clone()))
    }

    /// How many of the session's steps are done.
    pub(crate) fn in_session(&self, session: &Session) -> usize {
        session.steps.iter().filter(|st| self.step(session, st)).count()
    }

    /// The first step not done yet (0 when all are).
    pub(crate) fn resume_at(&self, session: &Session) -> usize {
        session.steps.iter().position(|st| !self.step(session, st)).unwrap_or(0)
    }

    pub(crate) fn session_complete(&self, session: &Session) -> bool {
        !session.steps.is_empty() && self.in_session(session) == session.steps.len()
    }
}

/// The session whose last plan step gathers the others ("My plan").
const MY_PLAN_STEP_KIND: StepKind = StepKind::Plan;

impl Api {
    pub(crate) fn voiced(&self, locale: &str, message_id: &str) -> Voiced {
        Voiced { text: self.text(locale, message_id), voice: self.voice(locale, message_id) }
    }

    pub(crate) fn choice(&self, locale: &str, choice: &Choice) -> ChoiceView {
        ChoiceView { id: choice.id.clone(), label: self.voiced(locale, &choice.label) }
    }

    fn find_step(&self, step_id: &str) -> Option<(&waymark_content::Session, &Step)> {
        self.content()
            .sessions()
            .iter()
            .find_map(|s| s.steps.iter().find(|st| st.id == step_id).map(|st| (s, st)))
    }

    /// A plan step's fields: those of the steps it pulls (in order), then its own; each with the
    /// saved answer.
    pub(crate) fn plan_fields(
        &self,
        locale: &str,
        step: &Step,
        answers: &[(String, String, Answer)],
    ) -> Vec<PlanFieldView> {
        let own = self.find_step(&step.id);
        let sources = step.pulls.iter().filter_map(|id| self.find_step(id)).chain(own);
        let mut out = Vec::new();
        for (session, source) in sources {
            let saved = answers.iter().find_map(|(s, st, a)| match a {
                Answer::Plan { fields } if *s == session.id && *st == source.id => Some(fields),
                _ => None,
            });
            for field in &source.fields {
                out.push(PlanFieldView {
                    session_id: session.id.clone(),
                    step_id: source.id.clone(),
                    field_id: field.id.clone(),
                    prompt: self.voiced(locale, &field.prompt),
                    suggestions: field.suggestions.iter().map(|c| self.choice(locale, c)).collect(),
                    answer: saved.and_then(|f| f.get(&field.id)).cloned(),
                });
            }
        }
        out
    }

    pub(crate) fn quiz_feedback(&self, locale: &str, step: &Step, answer: &Answer) -> Option<QuizFeedback> {
        let (StepKind::Quiz, Answer::Choices { ids }, Some(correct)) = (step.kind, answer, &step.correct)
        else {
            return None;
        };
        let right = ids.len() == 1 && ids[0] == *correct;
        let message = if right { step.feedback_right.as_ref() } else { step.feedback_wrong.as_ref() }?;
        Some(QuizFeedback { correct: right, message: self.voiced(locale, message) })
    }

    pub fn answer_step(&self, request: AnswerStepRequest) -> Result<AnswerSaved, Error> {
        let locale = self.locale(&request.locale)?;
        let session = self.session(&request.session_id)?;
        let step = session.steps.iter().find(|s| s.id == request.step_id).ok_or_else(|| {
            Error::not_found(format!("Session {} has no step called {:?}.", session.number, request.step_id))
        })?;
        answer::check(&request.answer).map_err(|e| Error::invalid(e.0))?;
        check_fits_step(step, &request.answer)?;
        let body = EventBody::StepAnswered {
            session_id: session.id.clone(),
            step_id: step.id.clone(),
            answer: request.answer.clone(),
        };
        self.store()?.append(&body, (self.clock)())?;
        Ok(AnswerSaved { feedback: self.quiz_feedback(locale, step, &request.answer) })
    }

    pub fn session_end(&self, request: SessionEndRequest) -> Result<SessionEndView, Error> {
        let locale = self.locale(&request.locale)?;
        let session = self.session(&request.session_id)?;
        Ok(SessionEndView {
            session_id: session.id.clone(),
            number: session.number,
            title: self.text(locale, &session.title),
            recap: self.voiced(locale, &session.recap),
            task: self.voiced(locale, &session.task),
            task_diary: session
                .steps
                .iter()
                .rev()
                .find_map(|s| (s.kind == StepKind::DiaryTask).then_some(s.diary).flatten())
                .map(|d| d.as_str().to_string()),
        })
    }

    /// "My plan": the last plan step of the programme that pulls others (session 11), with every
    /// answer saved so far, plus the current goal.
    pub fn my_plan(&self, request: MyPlanRequest) -> Result<MyPlanView, Error> {
        let locale = self.locale(&request.locale)?;
        let (plan_session, plan_step) = self
            .content()
            .sessions()
            .iter()
            .rev()
            .find_map(|s| {
                s.steps
                    .iter()
                    .find(|st| st.kind == MY_PLAN_STEP_KIND && !st.pulls.is_empty())
                    .map(|st| (s, st))
            })
            .ok_or_else(|| Error::not_found("This programme has no “My plan” step."))?;
        let store = self.store()?;
        let answers = store.answers()?;
        let goal = store.current_goal()?;
        drop(store);
        let fields = self.plan_fields(locale, plan_step, &answers);
        let mut sections: Vec<PlanSection> = Vec::new();
        for field in fields {
            match sections.last_mut() {
                Some(section) if section_step(section) == field.step_id => section.fields.push(field),
                _ => {
                    let (session, step) = self.find_step(&field.step_id).unwrap_or((plan_session, plan_step));
                    sections.push(PlanSection {
                        session_number: session.number,
                        heading: self.voiced(locale, &step.text),
                        fields: vec![field],
                    });
                }
            }
        }
        Ok(MyPlanView { title: self.voiced(locale, &plan_step.text), sections, goal })
    }
}

fn section_step(section: &PlanSection) -> &str {
    section.fields.first().map(|f| f.step_id.as_str()).unwrap_or_default()
}

/// The answer's shape and ids must belong to the step it answers.
fn check_fits_step(step: &Step, answer: &Answer) -> Result<(), Error> {
    let unknown = |id: &str| Error::invalid(format!("{id:?} is not one of the choices on this screen."));
    match (step.kind, answer) {
        (StepKind::Reflect, Answer::Text { .. }) | (StepKind::Rate, Answer::Rating { .. }) => Ok(()),
        (StepKind::Choose | StepKind::Checklist | StepKind::Quiz, Answer::Choices { ids }) => {
            if let Some(bad) = ids.iter().find(|id| !step.choices.iter().any(|c| &c.id == *id)) {
                return Err(unknown(bad));
            }
            let mut unique: Vec<&String> = ids.iter().collect();
            unique.sort();
            unique.dedup();
            if unique.len() != ids.len() {
                return Err(Error::invalid("The same choice was picked twice."));
            }
            let single = step.kind == StepKind::Quiz || (step.kind == StepKind::Choose && !step.multiple);
            if single && ids.len() > 1 {
                return Err(Error::invalid("Choose just one answer on this screen."));
            }
            Ok(())
        }
        (StepKind::Plan, Answer::Plan { fields }) => {
            let own: BTreeMap<&str, ()> = step.fields.iter().map(|f| (f.id.as_str(), ())).collect();
            match fields.keys().find(|k| !own.contains_key(k.as_str())) {
                Some(bad) => Err(Error::invalid(format!("{bad:?} is not a part of this plan."))),
                None => Ok(()),
            }
        }
        _ => {
            Err(Error::invalid(format!("That kind of answer does not fit a {} screen.", step.kind.as_str())))
        }
    }
}

#[cfg(test)]
mod steps_done_tests {
    use super::StepsDone;
    use waymark_content::Content;
    use waymark_store::CompletedStep;

    fn done(session: &str, steps: &[&str]) -> Vec<CompletedStep> {
        steps
            .iter()
            .map(|s| CompletedStep {
                session_id: session.to_string(),
                step_id: (*s).to_string(),
                completed_at: String::new(),
            })
            .collect()
    }

    #[test]
    fn a_session_is_complete_only_when_every_step_is_done() {
        let content = Content::embedded().expect("content");
        let (first, second) = (&content.sessions()[0], &content.sessions()[1]);
        let ids: Vec<&str> = first.steps.iter().map(|s| s.id.as_str()).collect();
        assert!(ids.len() > 2);
        // Every step but the second, and the same step ids said of another session.
        let mut rows = done(&first.id, &[ids[0]]);
        rows.extend(done(&first.id, &ids[2..]));
        rows.extend(done(&second.id, &ids));
        let steps = StepsDone::new(rows);
        assert_eq!(steps.in_session(first), ids.len() - 1);
        assert_eq!(steps.resume_at(first), 1);
        assert!(!steps.step(first, &first.steps[1]));
        assert!(steps.step(first, &first.steps[0]));
        assert!(!steps.session_complete(first));

        let all = StepsDone::new(done(&first.id, &ids));
        assert!(all.session_complete(first));
        assert_eq!(all.resume_at(first), 0);
        assert!(!all.session_complete(second), "another session's steps are its own");
    }
}
