//! Answers, quiz feedback, session end and "My plan" through the api, on real SQLite.

use std::collections::BTreeMap;

use waymark_api::*;

use crate::{en, open};

fn answer(api: &Api, session: &str, step: &str, answer: Answer) -> Result<AnswerSaved, Error> {
    api.answer_step(AnswerStepRequest {
        locale: en(),
        session_id: session.into(),
        step_id: step.into(),
        answer,
    })
}

fn step_by_id(api: &Api, session: &str, id: &str) -> StepView {
    (0..20)
        .map_while(|i| {
            api.get_step(GetStepRequest { locale: en(), session_id: session.into(), step_index: i }).ok()
        })
        .find(|s| s.step_id == id)
        .expect("step exists")
}

#[test]
fn a_quiz_gives_kind_feedback_and_remembers_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let quiz = step_by_id(&api, "s02", "s02-quiz-pint");
    assert_eq!(quiz.kind, "quiz");
    assert!(
        quiz.choices.len() >= 2 && quiz.choices.iter().all(|c| c.label.voice.is_some()),
        "choices are voiced"
    );
    assert!(quiz.feedback.is_none());
    let wrong = answer(&api, "s02", "s02-quiz-pint", Answer::Choices { ids: vec!["five".into()] }).unwrap();
    let wrong = wrong.feedback.expect("feedback");
    assert!(!wrong.correct && wrong.message.voice.is_some());
    let right = answer(&api, "s02", "s02-quiz-pint", Answer::Choices { ids: vec!["two-point-three".into()] })
        .unwrap();
    assert!(right.feedback.unwrap().correct);
    let again = step_by_id(&api, "s02", "s02-quiz-pint");
    assert_eq!(again.answer, Some(Answer::Choices { ids: vec!["two-point-three".into()] }));
    assert!(again.feedback.unwrap().correct);
}

#[test]
fn answers_that_do_not_fit_the_step_are_refused_and_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    let cases = [
        ("s02", "s02-quiz-pint", Answer::Choices { ids: vec!["one".into(), "five".into()] }, "just one"),
        ("s02", "s02-quiz-pint", Answer::Choices { ids: vec!["seven".into()] }, "not one of the choices"),
        ("s02", "s02-check-in", Answer::Rating { value: 11 }, "0 to 10"),
        ("s02", "s02-check-in", Answer::Text { text: "hi".into() }, "does not fit"),
        ("s01", "s01-what-matters", Answer::Text { text: "x".repeat(2_001) }, "too long"),
        (
            "s05",
            "s05-goal-plan",
            Answer::Plan { fields: BTreeMap::from([("nope".into(), "x".into())]) },
            "not a part",
        ),
    ];
    for (session, step, bad, words) in cases {
        let err = answer(&api, session, step, bad).unwrap_err();
        assert_eq!(err.code, Code::InvalidInput);
        assert!(err.message.contains(words), "{step}: {:?} should say {words:?}", err.message);
    }
    assert!(step_by_id(&api, "s02", "s02-check-in").answer.is_none());
}

#[test]
fn my_plan_brings_together_goals_triggers_and_coping_saved_in_earlier_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    {
        let api = open(&db);
        let goal = BTreeMap::from([("goal".to_string(), "Cut down to weekends".to_string())]);
        answer(&api, "s05", "s05-goal-plan", Answer::Plan { fields: goal }).unwrap();
        let triggers = BTreeMap::from([("triggers".to_string(), "Payday and the pub".to_string())]);
        answer(&api, "s06", "s06-triggers-plan", Answer::Plan { fields: triggers }).unwrap();
    }
    let api = open(&db);
    let plan = api.my_plan(MyPlanRequest { locale: en() }).unwrap();
    assert!(plan.title.voice.is_some());
    let numbers: Vec<u8> = plan.sections.iter().map(|s| s.session_number).collect();
    assert_eq!(numbers, [5, 6, 7, 11], "pulled plans in order, then session 11's own fields");
    let answers: Vec<&str> =
        plan.sections.iter().flat_map(|s| &s.fields).filter_map(|f| f.answer.as_deref()).collect();
    assert_eq!(answers, ["Cut down to weekends", "Payday and the pub"]);
    assert!(
        plan.sections.iter().flat_map(|s| &s.fields).all(|f| f.prompt.voice.is_some()),
        "prompts are voiced"
    );
    // The same fields show, with answers, on the session 11 plan step itself.
    let step = step_by_id(&api, "s11", "s11-my-plan");
    assert!(step.fields.iter().any(|f| f.answer.as_deref() == Some("Payday and the pub")));
}

#[test]
fn the_end_of_a_session_has_a_voiced_recap_and_task() {
    let dir = tempfile::tempdir().unwrap();
    let api = open(&dir.path().join("w.db"));
    for n in 1..=11 {
        let id = format!("s{n:02}");
        let end = api.session_end(SessionEndRequest { locale: en(), session_id: id.clone() }).unwrap();
        assert_eq!(end.number, n);
        assert!(!end.recap.text.is_empty() && end.recap.voice.is_some(), "{id} recap");
        assert!(!end.task.text.is_empty() && end.task.voice.is_some(), "{id} task");
    }
}
