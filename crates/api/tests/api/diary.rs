//! Diaries, goals, AUDIT, weekly view and export through the api, on real SQLite.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use waymark_api::*;

use crate::content;

/// 2026-11-20 (a Friday) 21:00 UTC.
const FRIDAY_9PM: i64 = 1_795_208_400_000;
const HOUR: i64 = 3_600_000;

struct Fixture {
    api: Api,
    now: Arc<AtomicI64>,
    _dir: tempfile::TempDir,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(FRIDAY_9PM));
    let clock_now = now.clone();
    let store = waymark_api::vault::open_store(&dir.path().join("w.db")).unwrap();
    let api = Api::with_store(content(), store, Arc::new(move || clock_now.load(Ordering::SeqCst)));
    Fixture { api, now, _dir: dir }
}

pub(crate) fn pint(at: i64) -> Drink {
    Drink {
        drink_type: DrinkType::Beer,
        volume_ml: 568.0,
        abv_percent: 4.0,
        count: 1,
        occurred_at_ms: at,
        cost_pence: Some(450),
        place: Some("The Crown".into()),
        with_whom: None,
        mood_before: Some(3),
    }
}

fn everything(api: &Api) -> Vec<DiaryEntryView> {
    api.list_diary(ListDiaryRequest { from_ms: FRIDAY_9PM - 300 * 24 * HOUR, to_ms: FRIDAY_9PM + HOUR })
        .unwrap()
        .entries
}

#[test]
fn a_pint_of_four_percent_is_two_point_three_units_and_can_be_edited_deleted_and_undone() {
    let f = fixture();
    let saved = f.api.add_drink(AddDrinkRequest { entry_id: None, drink: pint(FRIDAY_9PM - HOUR) }).unwrap();
    assert_eq!(saved.units, 2.3);
    let wine =
        Drink { drink_type: DrinkType::Wine, volume_ml: 175.0, abv_percent: 12.0, ..pint(FRIDAY_9PM - HOUR) };
    let edited =
        f.api.add_drink(AddDrinkRequest { entry_id: Some(saved.entry_id.clone()), drink: wine }).unwrap();
    assert_eq!((edited.entry_id.as_str(), edited.units), (saved.entry_id.as_str(), 2.1));
    assert_eq!(everything(&f.api).len(), 1);
    f.api.delete_entry(EntryRequest { entry_id: saved.entry_id.clone() }).unwrap();
    assert!(everything(&f.api).is_empty());
    f.api.restore_entry(EntryRequest { entry_id: saved.entry_id.clone() }).unwrap();
    let list = everything(&f.api);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].units, 2.1);
}

#[test]
fn bad_diary_input_gets_plain_words_and_stores_nothing() {
    let f = fixture();
    let now = FRIDAY_9PM;
    let bad = [
        (Drink { volume_ml: 0.0, ..pint(now) }, "more than 0 ml"),
        (Drink { volume_ml: 5_001.0, ..pint(now) }, "5 litres"),
        (Drink { abv_percent: 100.5, ..pint(now) }, "between 0% and 100%"),
        (Drink { abv_percent: -1.0, ..pint(now) }, "between 0% and 100%"),
        (pint(now + 60_000), "has not happened yet"),
        (Drink { with_whom: Some("x".repeat(281)), ..pint(now) }, "too long"),
    ];
    for (drink, words) in bad {
        let err = f.api.add_drink(AddDrinkRequest { entry_id: None, drink }).unwrap_err();
        assert_eq!(err.code, Code::InvalidInput);
        assert!(err.message.contains(words), "{:?} should say {words:?}", err.message);
    }
    let err = f
        .api
        .add_drink(AddDrinkRequest { entry_id: Some("not-an-id".into()), drink: pint(now) })
        .unwrap_err();
    assert_eq!(err.code, Code::InvalidInput);
    let urge = Urge {
        strength: 11,
        triggers: vec![],
        coping: vec![],
        own_coping: None,
        outcome: UrgeOutcome::DidNotUse,
        strength_after: None,
        surfed_minutes: None,
        occurred_at_ms: now,
    };
    assert_eq!(f.api.add_urge(AddUrgeRequest { entry_id: None, urge }).unwrap_err().code, Code::InvalidInput);
    assert!(everything(&f.api).is_empty());
}

#[test]
fn the_weekly_view_counts_units_drink_free_days_spend_and_urges() {
    let f = fixture();
    // Monday 16th and Friday 20th November 2026.
    let monday_8pm = FRIDAY_9PM - 4 * 24 * HOUR - HOUR;
    for at in [monday_8pm, FRIDAY_9PM - HOUR, FRIDAY_9PM - 2 * HOUR] {
        f.api.add_drink(AddDrinkRequest { entry_id: None, drink: pint(at) }).unwrap();
    }
    f.api
        .set_goal(SetGoalRequest {
            goal: Goal { aim: Aim::CutDown, weekly_units_target: 10.0, drink_free_days_target: 4 },
        })
        .unwrap();
    for hour in [1, 2, 3] {
        let urge = Urge {
            strength: 7,
            triggers: vec![Trigger { kind: TriggerKind::Places, text: Some("pub".into()) }],
            coping: vec!["urge_surfing".into()],
            own_coping: None,
            outcome: UrgeOutcome::DidNotUse,
            strength_after: Some(3),
            surfed_minutes: Some(10),
            occurred_at_ms: FRIDAY_9PM - hour * HOUR / 2,
        };
        f.api.add_urge(AddUrgeRequest { entry_id: None, urge }).unwrap();
    }
    let week =
        f.api.weekly_view(WeeklyViewRequest { date: "2026-11-22".into(), utc_offset_minutes: 0 }).unwrap();
    assert_eq!(week.week_start, "2026-11-16");
    assert_eq!(week.days[0].units, 2.3);
    assert_eq!(week.days[4].units, 4.5);
    assert_eq!(week.total_units, 6.8);
    // The clock is in that week: Saturday and Sunday are still to come, so not drink-free.
    assert_eq!(week.drink_free_days, 3);
    assert_eq!(week.days.iter().filter(|d| d.to_come).count(), 2);
    assert_eq!(week.spend_pence, 1_350);
    assert_eq!((week.urges, week.urges_resisted), (3, 3));
    assert!(week.insights.contains(&Insight::UrgesMostly { weekday: 4, part: PartOfDay::Evening }));
    assert!(week.insights.contains(&Insight::UnitsGoalMet));
    let err = f
        .api
        .weekly_view(WeeklyViewRequest { date: "22/11/2026".into(), utc_offset_minutes: 0 })
        .unwrap_err();
    assert!(err.message.contains("not a date"), "{}", err.message);
}

#[test]
fn audit_baseline_and_end_show_the_change() {
    let f = fixture();
    let form = f.api.audit_form(AuditFormRequest { form: AuditForm::Audit }).unwrap();
    assert_eq!(form.items.len(), 10);
    assert_eq!(form.items[9].scores, vec![0, 2, 4]);
    let take = |form, purpose, answers: &[u8]| {
        f.api.take_audit(TakeAuditRequest { form, purpose, answers: answers.to_vec() })
    };
    let first = take(AuditForm::Audit, AuditPurpose::Baseline, &[3, 3, 3, 2, 2, 1, 1, 1, 2, 2]).unwrap();
    assert_eq!(
        (first.total, first.zone, first.change_since_first),
        (20, Some(AuditZone::PossibleDependence), None)
    );
    assert!(first.feedback.contains(&"safety-withdrawal".to_string()));
    f.now.fetch_add(10 * 7 * 24 * HOUR, Ordering::SeqCst);
    let end = take(AuditForm::Audit, AuditPurpose::End, &[1, 1, 1, 1, 0, 0, 0, 1, 0, 2]).unwrap();
    assert_eq!((end.total, end.zone, end.change_since_first), (7, Some(AuditZone::LowerRisk), Some(-13)));
    let c = take(AuditForm::AuditC, AuditPurpose::CheckIn, &[2, 2, 1]).unwrap();
    assert_eq!(c.positive, Some(true));
    let bad = take(AuditForm::Audit, AuditPurpose::CheckIn, &[0, 0, 0, 0, 0, 0, 0, 0, 3, 0]);
    assert!(bad.unwrap_err().message.contains("question 9"));
    assert_eq!(f.api.audit_history(GetGoalRequest {}).unwrap().results.len(), 3);
}

#[test]
fn export_then_import_into_a_new_phone_gives_the_same_diary() {
    let f = fixture();
    f.api.add_drink(AddDrinkRequest { entry_id: None, drink: pint(FRIDAY_9PM - HOUR) }).unwrap();
    let drug = DrugUse {
        substance: Substance::Cannabis,
        name: None,
        amount: Some("=two joints".into()),
        route: Some(Route::Smoked),
        spend_pence: Some(1_000),
        occurred_at_ms: FRIDAY_9PM - 2 * HOUR,
    };
    f.api.add_drug_use(AddDrugUseRequest { entry_id: None, drug_use: drug }).unwrap();
    let csv = f.api.export_diary(ExportRequest { format: ExportFormat::Csv }).unwrap();
    assert!(csv.file_name.ends_with(".csv"));
    assert_eq!(csv.content.lines().count(), 3, "{}", csv.content);
    assert!(csv.content.contains(",cannabis,") && csv.content.contains("'=two joints"), "{}", csv.content);
    let json = f.api.export_diary(ExportRequest { format: ExportFormat::Json }).unwrap();

    let other = fixture();
    let result = other.api.import_diary(ImportRequest { content: json.content.clone() }).unwrap();
    assert_eq!(result.imported, 2);
    assert_eq!(everything(&other.api), everything(&f.api));

    for junk in
        ["", "hello", "{\"format\":\"something-else\",\"version\":1,\"exported_at_ms\":0,\"entries\":[]}"]
    {
        let err = other.api.import_diary(ImportRequest { content: junk.into() }).unwrap_err();
        assert!(err.message.contains("not a Waymark diary export"), "{junk}: {}", err.message);
    }
    let tampered = json.content.replacen("568.0", "9000.0", 1);
    let fresh = fixture();
    let err = fresh.api.import_diary(ImportRequest { content: tampered }).unwrap_err();
    assert!(err.message.contains("Entry 2"), "the drink is second by time: {}", err.message);
    assert!(everything(&fresh.api).is_empty(), "a bad file stores nothing");
}

/// Issue 14 point 3: streaks from the diaries, a lapse named, milestones once, the first week
/// compared, a baseline checked, the month calendar.
#[test]
fn how_far_i_have_come_counts_drink_free_days_names_a_lapse_and_celebrates_once() {
    let f = fixture();
    let day = 24 * HOUR;
    // Three pints on the first day, then twelve days with no drink, then a pint "today".
    let start = FRIDAY_9PM - 20 * day;
    for i in 0..3 {
        f.api.add_drink(AddDrinkRequest { entry_id: None, drink: pint(start + i * 60_000) }).unwrap();
    }
    // Two urges five days in: one resisted, one not; only the first is counted on its day.
    for outcome in [UrgeOutcome::DidNotUse, UrgeOutcome::Used] {
        let urge = Urge {
            strength: 6,
            triggers: vec![],
            coping: vec!["distract".into()],
            own_coping: None,
            outcome,
            strength_after: None,
            surfed_minutes: None,
            occurred_at_ms: start + 5 * day,
        };
        f.api.add_urge(AddUrgeRequest { entry_id: None, urge }).unwrap();
    }
    let progress = |month: Option<&str>| {
        f.api
            .my_progress(MyProgressRequest { month: month.map(str::to_string), utc_offset_minutes: 0 })
            .unwrap()
    };
    let before = progress(None);
    assert!(before.started);
    assert_eq!((before.streaks.current, before.streaks.best), (19, 19), "today is not over yet: {before:?}");
    assert_eq!(before.new_milestones, vec![1, 3, 7, 14]);
    assert_eq!(before.next_milestone, Some(30));
    let c = before.comparison.clone().expect("two weeks in: the first week is compared");
    assert_eq!(c.against, CompareWith::FirstWeek);
    assert!((c.units_less - 6.8).abs() < 1e-9, "{c:?}");
    assert_eq!(c.pence_less, 1350);

    // Celebrated once: not offered again; a made-up milestone is refused in words.
    f.api.celebrate_milestones(CelebrateMilestonesRequest { days: vec![1, 3, 7, 14] }).unwrap();
    assert!(progress(None).new_milestones.is_empty());
    let err = f.api.celebrate_milestones(CelebrateMilestonesRequest { days: vec![5] }).unwrap_err();
    assert!(err.message.contains("not a milestone"), "{err:?}");

    // A lapse today: named with the run before it; the best stays.
    f.api.add_drink(AddDrinkRequest { entry_id: None, drink: pint(FRIDAY_9PM - HOUR) }).unwrap();
    let after = progress(None);
    assert_eq!(after.streaks.current, 0);
    assert_eq!(after.streaks.best, 19);
    let lapse = after.streaks.lapse.expect("the lapse is named");
    assert_eq!((lapse.drink_free_days_before, lapse.on.to_string().as_str()), (19, "2026-11-20"));

    // The calendar: every day of November, the drinking days marked, days to come not counted.
    assert_eq!(after.month, "2026-11");
    assert_eq!(after.calendar.len(), 30);
    assert_eq!(after.calendar[0].kind, DayKind::DrinkFree, "{:?}", after.calendar[0]);
    let resisted: Vec<(usize, u32)> = after
        .calendar
        .iter()
        .enumerate()
        .filter(|(_, c)| c.urges_resisted > 0)
        .map(|(i, c)| (i, c.urges_resisted))
        .collect();
    assert_eq!(resisted, vec![(4, 1)], "5 November: one urge resisted, the other was used");
    assert_eq!(progress(None).calendar[18].kind, DayKind::DrinkFree);
    assert_eq!(after.calendar[19].kind, DayKind::Drinking);
    assert!(after.calendar[20].to_come && after.calendar[20].kind == DayKind::Unknown);
    assert_eq!(progress(Some("2026-10")).calendar[30].kind, DayKind::Drinking, "31 October, the first day");
    // Three hours east, the pints of 31 October 21:00 UTC were drunk on 1 November.
    let east = f.api.my_progress(MyProgressRequest { month: None, utc_offset_minutes: 180 }).unwrap();
    assert_eq!(east.calendar[0].kind, DayKind::Drinking, "{:?}", east.calendar[0]);
    let west = f.api.my_progress(MyProgressRequest { month: None, utc_offset_minutes: -600 }).unwrap();
    assert_eq!(west.calendar[0].kind, DayKind::DrinkFree, "{:?}", west.calendar[0]);
    let err = f
        .api
        .my_progress(MyProgressRequest { month: Some("October".into()), utc_offset_minutes: 0 })
        .unwrap_err();
    assert!(err.message.contains("not a month"), "{err:?}");

    // A baseline entered is what the last 7 days are compared with.
    let bad = f.api.set_baseline(SetBaselineRequest {
        baseline: Baseline { units_per_week: 9000.0, pence_per_week: 0 },
    });
    assert!(bad.unwrap_err().message.contains("0 to 500"));
    f.api
        .set_baseline(SetBaselineRequest {
            baseline: Baseline { units_per_week: 30.0, pence_per_week: 5000 },
        })
        .unwrap();
    let c = progress(None).comparison.unwrap();
    assert_eq!(c.against, CompareWith::Baseline);
    assert!((c.units_less - 27.7).abs() < 1e-9, "{c:?}");
    assert_eq!(c.pence_less, 4550);
    f.now.store(FRIDAY_9PM, Ordering::SeqCst);
}

/// Issue 14 points 2 and 4: reminders planned from the schedule, delivered once each, a missed
/// one shown once, settings checked, and lock-screen words that never name the sensitive things.
#[test]
fn reminders_are_delivered_once_missed_ones_shown_once_and_settings_are_checked() {
    use waymark_core::EventBody;
    use waymark_core::reminder::{ScheduledSession, SessionStatus};
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(AtomicI64::new(FRIDAY_9PM));
    let clock_now = now.clone();
    let mut store = waymark_api::vault::open_store(&dir.path().join("w.db")).unwrap();
    let participant = store.identity().stream.participant.clone();
    // Session 4 on Sunday 22 November 2026 at 10:00 UTC: the day before at 18:00, 2 hours before.
    let starts = FRIDAY_9PM + 37 * HOUR;
    let session = ScheduledSession {
        number: 4,
        starts_at_ms: starts,
        place: "Southend office".into(),
        status: SessionStatus::Scheduled,
    };
    store.append_for(&participant, &EventBody::SessionScheduled { session }, FRIDAY_9PM).unwrap();
    let api = Api::with_store(content(), store, Arc::new(move || clock_now.load(Ordering::SeqCst)));

    // Bad settings: clear words, nothing stored.
    let defaults = api.reminder_settings(ReminderSettingsRequest {}).unwrap();
    assert_eq!((defaults.day_before_at.as_deref(), defaults.minutes_before), (Some("18:00"), Some(120)));
    for (bad, words) in [
        (ReminderSettingsView { daily_diary_at: Some("25:00".into()), ..defaults.clone() }, "not a time"),
        (
            ReminderSettingsView { quiet_from: Some("22:00".into()), ..defaults.clone() },
            "start and a time to end",
        ),
        (ReminderSettingsView { minutes_before: Some(5), ..defaults.clone() }, "15 minutes"),
    ] {
        let err = api.set_reminder_settings(bad).unwrap_err();
        assert!(err.message.contains(words), "{err:?}");
    }
    assert_eq!(api.reminder_settings(ReminderSettingsRequest {}).unwrap(), defaults);

    assert!(api.due_reminders(0).unwrap().now.is_empty(), "nothing is due yet");
    // Saturday 18:00:30: the day-before reminder, once, in the right words.
    now.store(FRIDAY_9PM + 21 * HOUR + 30_000, Ordering::SeqCst);
    let due = api.due_reminders(0).unwrap();
    assert_eq!(due.now.len(), 1, "{due:?}");
    assert_eq!(due.now[0].text, "Waymark: your group is tomorrow at 10:00");
    assert!(api.due_reminders(0).unwrap().now.is_empty(), "never twice");
    // The clock is set back an hour and runs on again: still not twice.
    now.store(FRIDAY_9PM + 20 * HOUR, Ordering::SeqCst);
    assert!(api.due_reminders(0).unwrap().now.is_empty());
    now.store(FRIDAY_9PM + 21 * HOUR + 60_000, Ordering::SeqCst);
    assert!(api.due_reminders(0).unwrap().now.is_empty());
    let banner = api.reminder_banner(ReminderBannerRequest {}).unwrap();
    assert_eq!(banner.recent.map(|n| n.message), Some(LockScreenMessage::GroupTomorrow));
    assert_eq!(
        api.reminder_banner(ReminderBannerRequest {}).unwrap(),
        ReminderBanner::default(),
        "shown once"
    );

    // The app was closed over the 2-hours-before reminder: shown once as missed, not sent.
    now.store(starts + HOUR, Ordering::SeqCst);
    let due = api.due_reminders(0).unwrap();
    assert!(due.now.is_empty());
    assert_eq!(due.missed.as_ref().map(|n| n.message), Some(LockScreenMessage::GroupToday));
    assert!(api.reminder_banner(ReminderBannerRequest {}).unwrap().missed.is_some());
    assert!(api.reminder_banner(ReminderBannerRequest {}).unwrap().missed.is_none());

    // Welsh words, and a daily diary reminder.
    let cy = ReminderSettingsView { daily_diary_at: Some("20:00".into()), locale: "cy".into(), ..defaults };
    api.set_reminder_settings(cy).unwrap();
    now.store(starts + 10 * HOUR + 60_000, Ordering::SeqCst);
    let due = api.due_reminders(0).unwrap();
    assert_eq!(
        due.now.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(),
        ["Waymark: munud i'ch dyddiadur?"]
    );

    // No lock-screen message in any locale names what the group is about.
    let content = content();
    for locale in content.locales() {
        for id in ["reminder-group-tomorrow", "reminder-group-today", "reminder-diary"] {
            let text = content.text(locale.as_str(), id).unwrap().to_lowercase();
            for word in [
                "alcohol",
                "drink",
                "drug",
                "probation",
                "court",
                "offend",
                "yfed",
                "alcohol",
                "cyffur",
                "prawf",
            ] {
                assert!(!text.contains(word), "{locale} {id}: {text}");
            }
        }
    }
}
