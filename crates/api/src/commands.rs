//! The list of every UI use-case, written once.
//!
//! `for_each_command!(m)` calls macro `m` with `name(Request) -> Response;` for each use-case.
//! The hub's routes, the Tauri commands, the TypeScript `Commands` map and [`crate::COMMANDS`]
//! are all generated from it, so they cannot drift apart. (`src-tauri/build.rs` also reads this
//! file to declare the commands' permissions.)

#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            status(StatusRequest) -> StatusView;
            ui_strings(UiStringsRequest) -> UiStrings;
            list_sessions(ListSessionsRequest) -> SessionList;
            get_step(GetStepRequest) -> StepView;
            complete_step(CompleteStepRequest) -> StepCompleted;
            answer_step(AnswerStepRequest) -> AnswerSaved;
            session_end(SessionEndRequest) -> SessionEndView;
            my_plan(MyPlanRequest) -> MyPlanView;
            add_drink(AddDrinkRequest) -> EntrySaved;
            add_drug_use(AddDrugUseRequest) -> EntrySaved;
            add_urge(AddUrgeRequest) -> EntrySaved;
            delete_entry(EntryRequest) -> EntrySaved;
            restore_entry(EntryRequest) -> EntrySaved;
            list_diary(ListDiaryRequest) -> DiaryList;
            get_goal(GetGoalRequest) -> GoalView;
            set_goal(SetGoalRequest) -> GoalView;
            audit_form(AuditFormRequest) -> AuditFormView;
            take_audit(TakeAuditRequest) -> AuditResult;
            audit_history(GetGoalRequest) -> AuditHistory;
            weekly_view(WeeklyViewRequest) -> WeekView;
            export_diary(ExportRequest) -> ExportFile;
            import_diary(ImportRequest) -> ImportResult;
            get_consent(GetConsentRequest) -> ConsentView;
            set_consent(SetConsentRequest) -> ConsentView;
            sync_status(SyncStatusRequest) -> SyncStatusView;
            follow_live_step(GetStepRequest) -> StepView;
            my_attendance(MyAttendanceRequest) -> RarRecord;
            next_session(NextSessionRequest) -> NextSessionView;
            my_progress(MyProgressRequest) -> MyProgressView;
            celebrate_milestones(CelebrateMilestonesRequest) -> MilestonesCelebrated;
            set_baseline(SetBaselineRequest) -> Baseline;
            reminder_settings(ReminderSettingsRequest) -> ReminderSettingsView;
            set_reminder_settings(ReminderSettingsView) -> ReminderSettingsView;
            reminder_banner(ReminderBannerRequest) -> ReminderBanner;
            lock_status(LockStatusRequest) -> LockView;
            set_pin(SetPinRequest) -> LockView;
            remove_pin(PinRequest) -> LockView;
            skip_lock_offer(LockStatusRequest) -> LockView;
            unlock(PinRequest) -> LockView;
            lock_now(LockStatusRequest) -> LockView;
            erase_everything(EraseRequest) -> LockView;
            save_backup(SaveBackupRequest) -> BackupFile;
            restore_backup(RestoreBackupRequest) -> RestoreResult;
        }
    };
}

macro_rules! command_table {
    ($($name:ident($request:ty) -> $response:ty;)*) => {
        /// Every UI use-case as (name, request type, response type).
        pub const COMMANDS: &[(&str, &str, &str)] =
            &[$((stringify!($name), stringify!($request), stringify!($response))),*];
    };
}

for_each_command!(command_table);
