//! TypeScript declarations for the UI, generated from the DTOs.
//!
//! `ui/src/lib/api-types.ts` is checked in; the test below fails when it is stale and rewrites
//! it when run with `WAYMARK_BLESS=1` (`cargo xtask bindings`).

use ts_rs::TS;

use crate::*;

/// The whole generated file.
pub fn declarations() -> String {
    let cfg = ts_rs::Config::default();
    let decls = [
        Code::decl(&cfg),
        Error::decl(&cfg),
        StatusRequest::decl(&cfg),
        StatusView::decl(&cfg),
        DatabaseStatus::decl(&cfg),
        DatabaseProblem::decl(&cfg),
        // App lock (issue 11).
        LockStatusRequest::decl(&cfg),
        SetPinRequest::decl(&cfg),
        PinRequest::decl(&cfg),
        LockView::decl(&cfg),
        EraseRequest::decl(&cfg),
        SaveBackupRequest::decl(&cfg),
        BackupFile::decl(&cfg),
        SavedBackup::decl(&cfg),
        RestoreBackupRequest::decl(&cfg),
        RestoreResult::decl(&cfg),
        UiStringsRequest::decl(&cfg),
        UiStrings::decl(&cfg),
        ListSessionsRequest::decl(&cfg),
        SessionList::decl(&cfg),
        SessionSummary::decl(&cfg),
        GetStepRequest::decl(&cfg),
        StepView::decl(&cfg),
        CompleteStepRequest::decl(&cfg),
        StepCompleted::decl(&cfg),
        VoiceView::decl(&cfg),
        SentenceTiming::decl(&cfg),
        WordTiming::decl(&cfg),
        AudioPlayRequest::decl(&cfg),
        AudioControlRequest::decl(&cfg),
        PlaybackState::decl(&cfg),
        AudioStatus::decl(&cfg),
        // Programme answers (issue 3).
        Answer::decl(&cfg),
        Voiced::decl(&cfg),
        ChoiceView::decl(&cfg),
        ScaleView::decl(&cfg),
        PlanFieldView::decl(&cfg),
        QuizFeedback::decl(&cfg),
        AnswerStepRequest::decl(&cfg),
        AnswerSaved::decl(&cfg),
        SessionEndRequest::decl(&cfg),
        SessionEndView::decl(&cfg),
        MyPlanRequest::decl(&cfg),
        MyPlanView::decl(&cfg),
        PlanSection::decl(&cfg),
        // Diaries, goals, AUDIT, weekly view (issue 4).
        Drink::decl(&cfg),
        DrinkType::decl(&cfg),
        DrugUse::decl(&cfg),
        Substance::decl(&cfg),
        Route::decl(&cfg),
        Urge::decl(&cfg),
        Trigger::decl(&cfg),
        TriggerKind::decl(&cfg),
        UrgeOutcome::decl(&cfg),
        AddDrinkRequest::decl(&cfg),
        AddDrugUseRequest::decl(&cfg),
        AddUrgeRequest::decl(&cfg),
        EntryRequest::decl(&cfg),
        EntrySaved::decl(&cfg),
        ListDiaryRequest::decl(&cfg),
        DiaryEntryView::decl(&cfg),
        DiaryRecord::decl(&cfg),
        DiaryList::decl(&cfg),
        Goal::decl(&cfg),
        Aim::decl(&cfg),
        GetGoalRequest::decl(&cfg),
        SetGoalRequest::decl(&cfg),
        GoalView::decl(&cfg),
        AuditForm::decl(&cfg),
        AuditPurpose::decl(&cfg),
        AuditFormRequest::decl(&cfg),
        AuditFormView::decl(&cfg),
        AuditItem::decl(&cfg),
        TakeAuditRequest::decl(&cfg),
        AuditZone::decl(&cfg),
        AuditResult::decl(&cfg),
        AuditHistory::decl(&cfg),
        WeeklyViewRequest::decl(&cfg),
        WeekView::decl(&cfg),
        DayView::decl(&cfg),
        Insight::decl(&cfg),
        PartOfDay::decl(&cfg),
        ExportFormat::decl(&cfg),
        ExportRequest::decl(&cfg),
        ExportFile::decl(&cfg),
        ImportRequest::decl(&cfg),
        ImportResult::decl(&cfg),
        // Office hub: the facilitator's screens (served only on the hub's own machine).
        ListGroupsRequest::decl(&cfg),
        CreateGroupRequest::decl(&cfg),
        GroupView::decl(&cfg),
        GroupList::decl(&cfg),
        AddMemberRequest::decl(&cfg),
        MemberView::decl(&cfg),
        RenameMemberRequest::decl(&cfg),
        RemoveMemberRequest::decl(&cfg),
        RemoveMemberResult::decl(&cfg),
        OfficePin::decl(&cfg),
        StartLiveRequest::decl(&cfg),
        LiveGoRequest::decl(&cfg),
        LiveControlRequest::decl(&cfg),
        PresenterRequest::decl(&cfg),
        EndLiveRequest::decl(&cfg),
        LiveSummary::decl(&cfg),
        LiveMember::decl(&cfg),
        LiveControl::decl(&cfg),
        SpreadItem::decl(&cfg),
        PresenterView::decl(&cfg),
        LiveEnded::decl(&cfg),
        LiveJoinRequest::decl(&cfg),
        LiveFollowRequest::decl(&cfg),
        LiveNowView::decl(&cfg),
        LiveAnswerRequest::decl(&cfg),
        LiveAnswered::decl(&cfg),
        waymark_core::AttendanceStatus::decl(&cfg),
        waymark_core::HeldSession::decl(&cfg),
        RegisterRequest::decl(&cfg),
        SetRegisterDetailsRequest::decl(&cfg),
        RegisterDetails::decl(&cfg),
        SetCaseReferenceRequest::decl(&cfg),
        CaseReferenceView::decl(&cfg),
        CorrectAttendanceRequest::decl(&cfg),
        RegisterRow::decl(&cfg),
        RegisterSession::decl(&cfg),
        Register::decl(&cfg),
        RarRecordRequest::decl(&cfg),
        MyAttendanceRequest::decl(&cfg),
        RarEntry::decl(&cfg),
        RarRecord::decl(&cfg),
        // The group schedule (issue 14).
        SessionStatus::decl(&cfg),
        SessionTime::decl(&cfg),
        GroupScheduleRequest::decl(&cfg),
        SetSessionTimeRequest::decl(&cfg),
        CancelSessionRequest::decl(&cfg),
        ScheduleSlot::decl(&cfg),
        GroupSchedule::decl(&cfg),
        NextSessionRequest::decl(&cfg),
        PlaceHeard::decl(&cfg),
        UpcomingSession::decl(&cfg),
        NextSessionView::decl(&cfg),
        // How far I've come (issue 14).
        DayKind::decl(&cfg),
        Lapse::decl(&cfg),
        Streaks::decl(&cfg),
        Baseline::decl(&cfg),
        MyProgressRequest::decl(&cfg),
        CompareWith::decl(&cfg),
        ComparisonView::decl(&cfg),
        CalendarCell::decl(&cfg),
        MyProgressView::decl(&cfg),
        CelebrateMilestonesRequest::decl(&cfg),
        MilestonesCelebrated::decl(&cfg),
        SetBaselineRequest::decl(&cfg),
        // Reminders (issue 14).
        LockScreenMessage::decl(&cfg),
        ReminderSettingsRequest::decl(&cfg),
        ReminderSettingsView::decl(&cfg),
        ReminderNotice::decl(&cfg),
        DueReminders::decl(&cfg),
        ReminderBannerRequest::decl(&cfg),
        ReminderBanner::decl(&cfg),
        StartPairingRequest::decl(&cfg),
        PairingOffer::decl(&cfg),
        RosterRequest::decl(&cfg),
        Roster::decl(&cfg),
        RosterMember::decl(&cfg),
        waymark_core::sync::Consent::decl(&cfg),
        DeviceView::decl(&cfg),
        DiarySummary::decl(&cfg),
        MarkAttendanceRequest::decl(&cfg),
        AttendanceView::decl(&cfg),
        RevokeDeviceRequest::decl(&cfg),
        RevokeResult::decl(&cfg),
        // The participant's side of the hub: consent, sync status, pairing (app only).
        GetConsentRequest::decl(&cfg),
        SetConsentRequest::decl(&cfg),
        ConsentView::decl(&cfg),
        SyncStatusRequest::decl(&cfg),
        SyncStatusView::decl(&cfg),
        HubProbeRequest::decl(&cfg),
        HubProbe::decl(&cfg),
        PairWithHubRequest::decl(&cfg),
        SyncNowRequest::decl(&cfg),
        // Office sign-in on shared equipment (`/office/v1/…` on the hub).
        OfficeName::decl(&cfg),
        OfficeGroup::decl(&cfg),
        OfficeNames::decl(&cfg),
        OfficeSignInRequest::decl(&cfg),
        OfficeChoosePinRequest::decl(&cfg),
        OfficeSessionView::decl(&cfg),
        OfficeStatus::decl(&cfg),
        AllowOfficePinRequest::decl(&cfg),
        OfficePinWindow::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from crates/api/src/dto.rs by `cargo xtask bindings`. Do not edit by hand.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.push_str(&constants(&cfg));
    out.push_str("/** Every use-case by name: the Tauri command and the hub route `POST /api/<name>`. */\n");
    out.push_str("export interface Commands {\n");
    for (name, request, response) in crate::COMMANDS {
        out.push_str(&format!("  {name}: {{ request: {request}; response: {response} }};\n"));
    }
    out.push_str("}\n\n");
    out.push_str("/** Facilitator use-cases: the hub route `POST /hub/api/<name>` (loopback only). */\n");
    out.push_str("export interface HubCommands {\n");
    for (name, request, response) in crate::HUB_COMMANDS {
        out.push_str(&format!("  {name}: {{ request: {request}; response: {response} }};\n"));
    }
    out.push_str("}\n\n");
    out.push_str(
        "/** App-only commands: pairing with the office hub and syncing (network, so not in a browser). */\n",
    );
    out.push_str("export interface SyncCommands {\n");
    for (name, request, response) in crate::SYNC_COMMANDS {
        out.push_str(&format!("  {name}: {{ request: {request}; response: {response} }};\n"));
    }
    out.push_str("}\n\n");
    out.push_str("/** App-only commands: native voice-over playback through rodio. */\n");
    out.push_str("export interface AudioCommands {\n");
    for (name, request, response) in crate::AUDIO_COMMANDS {
        out.push_str(&format!("  {name}: {{ request: {request}; response: {response} }};\n"));
    }
    out.push_str("}\n");
    out
}

/// Values the UI needs exactly as Rust has them: every error code, and the drink diary's presets.
fn constants(cfg: &ts_rs::Config) -> String {
    // The codes as ts-rs declared them (`type Code = "invalid_input" | …;`), so the list cannot
    // miss one.
    let decl = Code::decl(cfg);
    let codes: Vec<&str> = decl.split('"').skip(1).step_by(2).collect();
    assert!(codes.len() > 1 && decl.starts_with("type Code ="), "unexpected Code declaration: {decl}");
    let mut out = String::from(
        "/** Every error code, as `Code` declares them. */\nexport const CODES: readonly Code[] = [\n",
    );
    for code in &codes {
        out.push_str(&format!("  '{code}',\n"));
    }
    out.push_str("];\n\n");
    out.push_str(
        "/**\n * The drink diary's kinds in the order shown (`waymark_core::units::DRINK_PRESETS`): typical\n * strength in % (`null`: the person is asked) and UK sizes in ml, each voiced as `size-<ml>`.\n */\n",
    );
    out.push_str(
        "export const DRINK_PRESETS: readonly { type: DrinkType; abv: number | null; sizes: readonly number[] }[] = [\n",
    );
    for preset in waymark_core::units::DRINK_PRESETS {
        let ty = serde_json::to_value(preset.drink).unwrap_or_default();
        let ty = ty.as_str().unwrap_or_default();
        let abv = preset.abv_percent.map_or_else(|| "null".to_string(), |a| a.to_string());
        let sizes = preset.sizes_ml.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        out.push_str(&format!("  {{ type: '{ty}', abv: {abv}, sizes: [{sizes}] }},\n"));
    }
    out.push_str("];\n\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_typescript_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/api-types.ts");
        let fresh = super::declarations();
        if std::env::var_os("WAYMARK_BLESS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        }
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(current == fresh, "{} is stale; run `cargo xtask bindings`", path.display());
    }
}
