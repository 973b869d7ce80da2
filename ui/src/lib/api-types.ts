// Generated from crates/api/src/dto.rs by `cargo xtask bindings`. Do not edit by hand.

export type Code = "invalid_input" | "not_found" | "database_unavailable" | "sync_failed" | "hub_unreachable" | "wrong_hub" | "unauthorized" | "pairing_refused" | "rate_limited" | "internal" | "forbidden" | "too_many_tries" | "locked" | "wrong_pin";

export type Error = { code: Code, message: string, };

export type StatusRequest = Record<symbol, never>;

export type StatusView = { version: string, locales: Array<string>, database: DatabaseStatus, };

export type DatabaseStatus = { "state": "ok" } | { "state": "locked" } | { "state": "unavailable", path: string, problem: DatabaseProblem, reason: string, };

export type DatabaseProblem = "damaged" | "wrong_key" | "missing_key" | "key_damaged" | "newer_version";

export type LockStatusRequest = Record<symbol, never>;

export type SetPinRequest = { pin: string, 
/**
 * The same PIN typed again.
 */
again: string, };

export type PinRequest = { pin: string, };

export type LockView = { 
/**
 * This app can have a lock (false on the hub and at the office).
 */
available: boolean, 
/**
 * A PIN is set.
 */
enabled: boolean, 
/**
 * The app is locked: the PIN is needed before anything else.
 */
locked: boolean, 
/**
 * The first-run question about the lock has not been answered yet.
 */
offer: boolean, 
/**
 * Wrong PINs in a row so far.
 */
wrong: number, 
/**
 * Wrong PINs left before a wait starts.
 */
tries_before_wait: number, 
/**
 * Milliseconds to wait before the next try (0: try now).
 */
wait_ms: bigint, 
/**
 * The length of the current wait, for the message said aloud: 30 s, 60 s, 300 s, 900 s or
 * 3600 s (0: no wait).
 */
wait_step_s: number, };

export type EraseRequest = Record<symbol, never>;

export type SaveBackupRequest = { passphrase: string, 
/**
 * The same passphrase typed again.
 */
again: string, };

export type BackupFile = { file_name: string, 
/**
 * The armoured age file (text).
 */
content: string, events: number, };

export type SavedBackup = { 
/**
 * The full path, to show and say ("Saved in Downloads as …").
 */
path: string, 
/**
 * The folder's own name (e.g. "Downloads").
 */
folder: string, file_name: string, events: number, };

export type RestoreBackupRequest = { 
/**
 * The text of a file made by `save_backup`.
 */
content: string, passphrase: string, };

export type RestoreResult = { events: number, };

export type UiStringsRequest = { locale: string, };

export type UiStrings = { locale: string, ftl: string, fallback_ftl: string, voices: { [key in string]: VoiceView }, };

export type ListSessionsRequest = { locale: string, };

export type SessionList = { sessions: Array<SessionSummary>, };

export type SessionSummary = { id: string, number: number, title: string, title_voice: VoiceView | null, step_count: number, steps_completed: number, 
/**
 * Index of the step to open: the first not yet completed (0 when none or all are done).
 */
resume_step: number, };

export type GetStepRequest = { locale: string, session_id: string, step_index: number, };

export type StepView = { session_id: string, session_title: string, step_id: string, step_index: number, step_count: number, kind: string, text: string, voice: VoiceView | null, completed: boolean, 
/**
 * Choose, quiz: the options; checklist: the items.
 */
choices: Array<ChoiceView>, 
/**
 * Choose: several may be picked.
 */
multiple: boolean, 
/**
 * Rate: the words at each end of the 0–10 scale.
 */
scale: ScaleView | null, 
/**
 * Plan: fields pulled from earlier plan steps (with their saved answers), then this step's own.
 */
fields: Array<PlanFieldView>, 
/**
 * Diary task: `drink`, `drug` or `urge`.
 */
diary: string | null, 
/**
 * The saved answer, shown back when the step is opened again.
 */
answer: Answer | null, 
/**
 * Quiz: kind feedback on the saved answer.
 */
feedback: QuizFeedback | null, };

export type CompleteStepRequest = { session_id: string, step_id: string, };

export type StepCompleted = { session_id: string, steps_completed: number, step_count: number, session_complete: boolean, };

export type VoiceView = { 
/**
 * Path under the audio root, `<locale>/<file>`: the hub serves it at `/audio/<src>`, the app
 * plays it natively by the same name.
 */
src: string, duration_ms: number, sentences: Array<SentenceTiming>, };

export type SentenceTiming = { text: string, start_ms: number, end_ms: number, 
/**
 * When each displayed word is spoken, in order, inside `start_ms..=end_ms`. Empty for a
 * recording with sentence timings only (the Welsh clips, a human recording): the reader
 * then marks the sentence and no word.
 */
words: Array<WordTiming>, };

export type WordTiming = { word: string, from_ms: number, to_ms: number, };

export type AudioPlayRequest = { 
/**
 * A [`VoiceView::src`].
 */
src: string, 
/**
 * Where to start, in milliseconds from the beginning.
 */
start_ms: number, 
/**
 * Playback speed, 0.75 to 1.5.
 */
rate: number, };

export type AudioControlRequest = Record<symbol, never>;

export type PlaybackState = "playing" | "paused" | "stopped";

export type AudioStatus = { state: PlaybackState, src: string | null, 
/**
 * Position in the clip, in milliseconds of the recording (not of wall time at other speeds).
 */
position_ms: number, 
/**
 * False when no sound device was found: the words still highlight on time, silently.
 */
speaker: boolean, };

export type Answer = { "kind": "text", text: string, } | { "kind": "choices", ids: Array<string>, } | { "kind": "rating", value: number, } | { "kind": "plan", fields: { [key in string]: string }, };

export type Voiced = { text: string, voice: VoiceView | null, };

export type ChoiceView = { id: string, label: Voiced, };

export type ScaleView = { low: Voiced, high: Voiced, };

export type PlanFieldView = { 
/**
 * The plan step that owns the field (an earlier step for pulled fields).
 */
session_id: string, step_id: string, field_id: string, prompt: Voiced, suggestions: Array<ChoiceView>, answer: string | null, };

export type QuizFeedback = { correct: boolean, message: Voiced, };

export type AnswerStepRequest = { locale: string, session_id: string, step_id: string, answer: Answer, };

export type AnswerSaved = { feedback: QuizFeedback | null, };

export type SessionEndRequest = { locale: string, session_id: string, };

export type SessionEndView = { session_id: string, number: number, title: string, recap: Voiced, task: Voiced, 
/**
 * The diary the between-session task points at, if any (`drink`, `drug`, `urge`).
 */
task_diary: string | null, };

export type MyPlanRequest = { locale: string, };

export type MyPlanView = { title: Voiced, sections: Array<PlanSection>, goal: Goal | null, };

export type PlanSection = { session_number: number, heading: Voiced, fields: Array<PlanFieldView>, };

export type Drink = { drink_type: DrinkType, volume_ml: number, abv_percent: number, count: number, 
/**
 * When it happened (user-entered, ms since the Unix epoch); separate from the clock stamp.
 */
occurred_at_ms: bigint, cost_pence: number | null, place: string | null, with_whom: string | null, 
/**
 * Mood before drinking, 0 (very low) to 10 (very good).
 */
mood_before: number | null, };

export type DrinkType = "beer" | "cider" | "wine" | "spirits" | "alcopop" | "other";

export type DrugUse = { substance: Substance, 
/**
 * The participant's own name for it, when `substance` is `Other` (or to be more exact).
 */
name: string | null, 
/**
 * Free text: "two joints", "half a gram".
 */
amount: string | null, route: Route | null, spend_pence: number | null, occurred_at_ms: bigint, };

export type Substance = "cannabis" | "cocaine" | "crack" | "heroin" | "nps_spice" | "prescription" | "other";

export type Route = "smoked" | "snorted" | "swallowed" | "injected" | "other";

export type Urge = { 
/**
 * 0 (no urge) to 10 (strongest).
 */
strength: number, triggers: Array<Trigger>, 
/**
 * Ids from [`COPING_STRATEGIES`].
 */
coping: Array<string>, own_coping: string | null, outcome: UrgeOutcome, strength_after: number | null, 
/**
 * Minutes of guided urge surfing, if the timer was used.
 */
surfed_minutes: number | null, occurred_at_ms: bigint, };

export type Trigger = { kind: TriggerKind, text: string | null, };

export type TriggerKind = "people" | "places" | "feelings" | "times" | "own_words";

export type UrgeOutcome = "used" | "did_not_use";

export type AddDrinkRequest = { 
/**
 * `None` for a new entry; an existing id to edit it (the old revision stays in the log).
 */
entry_id: string | null, drink: Drink, };

export type AddDrugUseRequest = { entry_id: string | null, drug_use: DrugUse, };

export type AddUrgeRequest = { entry_id: string | null, urge: Urge, };

export type EntryRequest = { entry_id: string, };

export type EntrySaved = { entry_id: string, 
/**
 * Units of a drink entry (one decimal place); 0 for other diaries.
 */
units: number, deleted: boolean, };

export type ListDiaryRequest = { from_ms: bigint, to_ms: bigint, };

export type DiaryEntryView = { entry_id: string, occurred_at_ms: bigint, units: number, spend_pence: number, entry: DiaryRecord, };

export type DiaryRecord = { "diary": "drink", drink: Drink, } | { "diary": "drug_use", drug_use: DrugUse, } | { "diary": "urge", urge: Urge, };

export type DiaryList = { entries: Array<DiaryEntryView>, };

export type Goal = { aim: Aim, 
/**
 * Units a week the participant aims to stay within (0 when stopping).
 */
weekly_units_target: number, 
/**
 * Drink-free days a week the participant aims for.
 */
drink_free_days_target: number, };

export type Aim = "cut_down" | "stop";

export type GetGoalRequest = Record<symbol, never>;

export type SetGoalRequest = { goal: Goal, };

export type GoalView = { goal: Goal | null, 
/**
 * True when the aim is to stop: the UI shows the withdrawal safety message with it.
 */
show_withdrawal_warning: boolean, };

export type AuditForm = "audit" | "audit_c";

export type AuditPurpose = "baseline" | "end" | "check_in";

export type AuditFormRequest = { form: AuditForm, };

export type AuditFormView = { form: AuditForm, items: Array<AuditItem>, };

export type AuditItem = { number: number, scores: Array<number>, };

export type TakeAuditRequest = { form: AuditForm, purpose: AuditPurpose, 
/**
 * Scores in item order.
 */
answers: Array<number>, };

export type AuditZone = "lower_risk" | "increasing_risk" | "higher_risk" | "possible_dependence";

export type AuditResult = { form: AuditForm, purpose: AuditPurpose, total: number, 
/**
 * Full AUDIT only.
 */
zone: AuditZone | null, 
/**
 * AUDIT-C only: 5 or more.
 */
positive: boolean | null, 
/**
 * Change in total since the first result of the same form (negative is better).
 */
change_since_first: number | null, 
/**
 * FRAMES-style feedback as UI message ids, in order.
 */
feedback: Array<string>, };

export type AuditHistory = { results: Array<AuditResult>, };

export type WeeklyViewRequest = { 
/**
 * Any day in the week wanted, `YYYY-MM-DD`; the week runs Monday to Sunday.
 */
date: string, 
/**
 * The participant's UTC offset in minutes (60 in British Summer Time).
 */
utc_offset_minutes: number, };

export type WeekView = { week_start: string, days: Array<DayView>, total_units: number, guideline_units: number, drink_free_days: number, spend_pence: bigint, urges: number, urges_resisted: number, goal: Goal | null, insights: Array<Insight>, };

export type DayView = { 
/**
 * ISO date, `YYYY-MM-DD`.
 */
date: string, 
/**
 * 0 = Monday … 6 = Sunday.
 */
weekday: number, units: number, 
/**
 * No drink recorded on this day.
 */
drink_free: boolean, 
/**
 * The day is after "today" ([`WeekView::as_of`]): not counted in `drink_free_days`, and
 * shown as "not yet", whatever `drink_free` says.
 */
to_come: boolean, };

export type Insight = { "kind": "urges_mostly", weekday: number, part: PartOfDay, } | { "kind": "within_guideline" } | { "kind": "over_guideline" } | { "kind": "not_spread_out" } | { "kind": "heaviest_day", weekday: number, } | { "kind": "units_goal_met" } | { "kind": "units_goal_missed" } | { "kind": "drink_free_goal_met" } | { "kind": "all_urges_resisted" };

export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

export type ExportFormat = "csv" | "json";

export type ExportRequest = { format: ExportFormat, };

export type ExportFile = { file_name: string, mime_type: string, content: string, };

export type ImportRequest = { 
/**
 * The text of a file made by `export_diary` in JSON format.
 */
content: string, };

export type ImportResult = { imported: number, };

export type ListGroupsRequest = Record<symbol, never>;

export type CreateGroupRequest = { name: string, };

export type GroupView = { id: string, name: string, };

export type GroupList = { groups: Array<GroupView>, };

export type AddMemberRequest = { group_id: string, 
/**
 * First name or initials, 1–40 characters. No surname, no email.
 */
display_name: string, };

export type MemberView = { id: string, group_id: string, display_name: string, paired: boolean, };

export type RenameMemberRequest = { member_id: string, 
/**
 * First name or initials, 1–40 characters, not another member's of the same group.
 */
display_name: string, };

export type RemoveMemberRequest = { member_id: string, confirm_name: string, };

export type RemoveMemberResult = { 
/**
 * Records deleted from the hub.
 */
events: number, 
/**
 * Phones whose pairing went with them.
 */
devices: number, };

export type OfficePin = "none" | "choosing" | "set" | "locked";

export type StartLiveRequest = { group_id: string, 
/**
 * 1–11.
 */
session_number: number, };

export type LiveGoRequest = { live_id: string, 
/**
 * The step to show, 0-based.
 */
step_index: number, };

export type LiveControlRequest = { group_id: string, };

export type PresenterRequest = { live_id: string, locale: string, 
/**
 * Show the spread of answers of a choose, rate or quiz step (if 3 or more answered).
 */
show_spread: boolean, };

export type EndLiveRequest = { live_id: string, 
/**
 * Members present: those who joined, as ticked by the facilitator, plus anyone in the room
 * without a device.
 */
present: Array<string>, };

export type LiveSummary = { live_id: string, group_id: string, session_id: string, session_number: number, session_title: string, step_index: number, step_count: number, started_at_ms: number, 
/**
 * How many have joined.
 */
headcount: number, 
/**
 * How many have answered the step on screen (choose, rate and quiz steps).
 */
answered: number, };

export type LiveMember = { member_id: string, display_name: string, };

export type LiveControl = { live: LiveSummary | null, joined: Array<LiveMember>, 
/**
 * Members of the group who have not joined (to tick if present without a device).
 */
not_joined: Array<LiveMember>, };

export type SpreadItem = { key: string, label: string, count: number, };

export type PresenterView = { live: LiveSummary, step: StepView, 
/**
 * The spread, when asked for and 3 or more have answered.
 */
spread: Array<SpreadItem> | null, 
/**
 * Asked for, but fewer than 3 have answered: say so instead.
 */
spread_hidden: boolean, };

export type LiveEnded = { 
/**
 * Attendance records written (one per member present).
 */
attendance_marked: number, };

export type LiveJoinRequest = { live_id: string, };

export type LiveFollowRequest = Record<symbol, never>;

export type LiveNowView = { live: LiveSummary | null, connected: boolean, };

export type LiveAnswerRequest = { live_id: string, step_index: number, answer: Answer, };

export type LiveAnswered = { 
/**
 * `false`: this person's answer to this step was counted already (the first one counts).
 */
counted: boolean, };

export type AttendanceStatus = "present" | "absent" | "acceptable_absence";

export type HeldSession = { 
/**
 * The office's local date, `YYYY-MM-DD`.
 */
date: string, started_at_ms: number, ended_at_ms: number, 
/**
 * The office's local start and end times, `HH:MM` (as printed on the register).
 */
start_time: string, end_time: string, session_title: string, group_name: string, office: string, facilitator: string, };

export type RegisterRequest = { group_id: string, };

export type SetRegisterDetailsRequest = { group_id: string, 
/**
 * The office's name as the register prints it, up to 80 characters.
 */
office: string, 
/**
 * Who runs the group, up to 80 characters.
 */
facilitator: string, };

export type RegisterDetails = { office: string, facilitator: string, };

export type SetCaseReferenceRequest = { member_id: string, 
/**
 * `None` or empty clears it.
 */
case_reference: string | null, };

export type CaseReferenceView = { member_id: string, case_reference: string | null, };

export type CorrectAttendanceRequest = { member_id: string, session_number: number, status: AttendanceStatus, };

export type RegisterRow = { member_id: string, display_name: string, case_reference: string | null, 
/**
 * `None`: not yet held for this person (no record).
 */
status: AttendanceStatus | null, corrected: boolean, };

export type RegisterSession = { session_number: number, session_title: string, 
/**
 * When and where it was held (from the latest record with details); `None`: not held yet.
 */
held: HeldSession | null, rows: Array<RegisterRow>, };

export type Register = { group_name: string, office: string, facilitator: string, sessions: Array<RegisterSession>, };

export type RarRecordRequest = { member_id: string, };

export type MyAttendanceRequest = Record<symbol, never>;

export type RarEntry = { session_number: number, session_title: string, status: AttendanceStatus, 
/**
 * `None` for a record from before the register kept details.
 */
held: HeldSession | null, corrected: boolean, };

export type RarRecord = { display_name: string, case_reference: string | null, entries: Array<RarEntry>, 
/**
 * Sessions attended (present).
 */
attended: number, 
/**
 * Sessions in the programme.
 */
session_count: number, };

export type SessionStatus = "scheduled" | "moved" | "cancelled";

export type SessionTime = { starts_at_ms: number, 
/**
 * Local date `YYYY-MM-DD` and time `HH:MM`.
 */
date: string, time: string, 
/**
 * 0 = Monday … 6 = Sunday (the UI's `weekday-<n>` messages).
 */
weekday: number, day: number, 
/**
 * 1 = January … 12.
 */
month: number, hour: number, minute: number, };

export type GroupScheduleRequest = { group_id: string, };

export type SetSessionTimeRequest = { group_id: string, 
/**
 * 1 to 11.
 */
number: number, 
/**
 * The office's local date, `YYYY-MM-DD`.
 */
date: string, 
/**
 * The office's local time, `HH:MM` (24-hour).
 */
time: string, 
/**
 * Where the group meets, 1 to 80 letters.
 */
place: string, };

export type CancelSessionRequest = { group_id: string, number: number, };

export type ScheduleSlot = { number: number, title: string, 
/**
 * `None` until a date is set.
 */
when: SessionTime | null, place: string, status: SessionStatus | null, };

export type GroupSchedule = { group_id: string, sessions: Array<ScheduleSlot>, };

export type NextSessionRequest = { locale: string, 
/**
 * The phone's offset from UTC now, in minutes (east positive), for the local day and time.
 */
utc_offset_minutes: number, };

export type PlaceHeard = "on_screen" | "same_as_last" | "new";

export type UpcomingSession = { number: number, title: string, title_voice: VoiceView | null, when: SessionTime, place: string, 
/**
 * What *Hear this* can say about the place, which is on screen only (see the module doc).
 */
place_heard: PlaceHeard, status: SessionStatus, };

export type NextSessionView = { 
/**
 * The next session that is on and has not started; `None` when none is set.
 */
next: UpcomingSession | null, 
/**
 * A cancelled session that would have come before `next` (or any still to come, without
 * one): the phone says plainly that it is off.
 */
cancelled: UpcomingSession | null, };

export type DayKind = "unknown" | "drink_free" | "drinking";

export type Lapse = { drink_free_days_before: number, on: string, };

export type Streaks = { 
/**
 * Drink-free days in a row ending today (or yesterday, if today has no entry yet).
 */
current: number, best: number, 
/**
 * When the last drinking day broke a run: the run's length before it and that day.
 */
lapse: Lapse | null, };

export type Baseline = { units_per_week: number, pence_per_week: number, };

export type MyProgressRequest = { 
/**
 * The month to show, `YYYY-MM`; `None` for this month.
 */
month: string | null, 
/**
 * The device's offset from UTC now, in minutes (east positive).
 */
utc_offset_minutes: number, };

export type CompareWith = "first_week" | "baseline";

export type ComparisonView = { against: CompareWith, reference_units: number, reference_pence: number, 
/**
 * The last 7 days, today included.
 */
recent_units: number, recent_pence: number, 
/**
 * Positive: less than before. Rounded to one decimal place.
 */
units_less: number, pence_less: number, };

export type CalendarCell = { 
/**
 * `YYYY-MM-DD`.
 */
date: string, day: number, 
/**
 * 0 = Monday … 6 = Sunday.
 */
weekday: number, kind: DayKind, urges_resisted: number, 
/**
 * After today: nothing to say yet.
 */
to_come: boolean, };

export type MyProgressView = { 
/**
 * Today in the device's time zone, `YYYY-MM-DD`.
 */
today: string, 
/**
 * The participant has at least one diary entry.
 */
started: boolean, streaks: Streaks, 
/**
 * Milestones reached and not yet celebrated: celebrate them, then call `celebrate_milestones`.
 */
new_milestones: Array<number>, 
/**
 * The next milestone above the current run, if any is left.
 */
next_milestone: number | null, 
/**
 * The month shown, `YYYY-MM`.
 */
month: string, year: number, 
/**
 * 1 = January … 12.
 */
month_number: number, calendar: Array<CalendarCell>, 
/**
 * `None` until there is something fair to compare.
 */
comparison: ComparisonView | null, baseline: Baseline | null, };

export type CelebrateMilestonesRequest = { days: Array<number>, };

export type MilestonesCelebrated = { celebrated: Array<number>, };

export type SetBaselineRequest = { baseline: Baseline, };

export type LockScreenMessage = "group_tomorrow" | "group_today" | "diary";

export type ReminderSettingsRequest = Record<symbol, never>;

export type ReminderSettingsView = { 
/**
 * The day before each session, at this local time; `None` is off.
 */
day_before_at: string | null, 
/**
 * This many minutes before each session (15 to 720); `None` is off.
 */
minutes_before: number | null, 
/**
 * Every day at this local time; `None` is off.
 */
daily_diary_at: string | null, 
/**
 * Quiet hours: both or neither.
 */
quiet_from: string | null, quiet_until: string | null, 
/**
 * The language of the lock-screen words.
 */
locale: string, };

export type ReminderNotice = { key: string, message: LockScreenMessage, 
/**
 * The session's local start time, `HH:MM`, for a session reminder.
 */
time: string | null, 
/**
 * The lock-screen words, e.g. "Waymark: your group is tomorrow at 10:00".
 */
text: string, due_at_ms: number, };

export type DueReminders = { 
/**
 * Send these now as OS notifications.
 */
now: Array<ReminderNotice>, 
/**
 * Missed while the app was closed: shown once, in the app.
 */
missed: ReminderNotice | null, };

export type ReminderBannerRequest = Record<symbol, never>;

export type ReminderBanner = { missed: ReminderNotice | null, recent: ReminderNotice | null, };

export type StartPairingRequest = { member_id: string, 
/**
 * One of the offer's `choices`: phones should use this address from now on (the
 * facilitator picked the office network). Absent: the hub's current choice.
 */
address?: string, };

export type PairingOffer = { member_id: string, 
/**
 * Six digits, for typing.
 */
code: string, 
/**
 * One-time token (32 random bytes, base64url), inside the QR code.
 */
token: string, expires_at_ms: number, 
/**
 * `host:port` of the hub's HTTPS listener.
 */
address: string, 
/**
 * Every `host:port` of this machine a phone might use, best first (`address` among them),
 * for the facilitator to pick the office network's when there are several.
 */
choices: Array<string>, 
/**
 * `address` is this machine's own loopback: no phone can reach it (say so plainly).
 */
loopback_only: boolean, 
/**
 * Hex SHA-256 of the hub's certificate, which the phone pins.
 */
fingerprint: string, 
/**
 * `waymark://pair?v=1&addr=…&fp=…&t=…`, what the QR code encodes.
 */
uri: string, 
/**
 * The QR code as an SVG document.
 */
qr_svg: string, };

export type RosterRequest = { group_id: string, 
/**
 * The facilitator's UTC offset, for "this week" in diary summaries.
 */
utc_offset_minutes: number, };

export type Roster = { group: GroupView, session_count: number, members: Array<RosterMember>, };

export type RosterMember = { member_id: string, display_name: string, devices: Array<DeviceView>, 
/**
 * Latest sync of any of the member's devices.
 */
last_sync_at_ms: number | null, 
/**
 * Sessions with every step done (from the participant's synced progress).
 */
sessions_completed: number, 
/**
 * Session numbers the member is marked present at.
 */
attendance: Array<number>, 
/**
 * What the participant currently lets the facilitator see.
 */
sharing: Consent, 
/**
 * This week's totals while the participant shares diary summaries: computed by the hub
 * from the entries if those are shared too (no entry is shown), else the totals their phone
 * sent. `None` when not shared, or when the phone has sent nothing for this week yet; see
 * [`Hub::roster`].
 */
diary_summary: DiarySummary | null, 
/**
 * Records this member's phones sent that differ from what the hub holds under the same id
 * (a damaged or altered app). Kept, never merged; at most `MAX_CONFLICTS_KEPT`.
 */
conflicts: number, 
/**
 * Their office PIN: none, being chosen, set, or locked.
 */
office_pin: OfficePin, };

export type Consent = { diary_summaries: boolean, diary_entries: boolean, };

export type DeviceView = { device_id: string, paired_at_ms: number, last_sync_at_ms: number | null, revoked: boolean, };

export type DiarySummary = { 
/**
 * Monday of the week, `YYYY-MM-DD`.
 */
week_start: string, units: number, drink_free_days: number, };

export type MarkAttendanceRequest = { member_id: string, 
/**
 * 1–11.
 */
session_number: number, present: boolean, };

export type AttendanceView = { member_id: string, attendance: Array<number>, };

export type RevokeDeviceRequest = { member_id: string, device_id: string, };

export type RevokeResult = { revoked: number, };

export type GetConsentRequest = Record<symbol, never>;

export type SetConsentRequest = { diary_summaries: boolean, diary_entries: boolean, };

export type ConsentView = { 
/**
 * Always true: attendance and session progress are part of the programme.
 */
progress: boolean, diary_summaries: boolean, diary_entries: boolean, };

export type SyncStatusRequest = Record<symbol, never>;

export type SyncStatusView = { paired: boolean, 
/**
 * `host:port` of the hub, when paired.
 */
hub_address: string | null, 
/**
 * First 8 hex characters of the pinned certificate, to compare with the hub's screen.
 */
fingerprint_short: string | null, 
/**
 * The name the facilitator gave this participant.
 */
display_name: string | null, last_synced_at_ms: number | null, 
/**
 * Things saved on this phone that the hub does not have yet (as of the last sync).
 */
waiting: number, 
/**
 * What went wrong with the last try, in plain words; `None` after a sync that worked.
 */
last_error: string | null, };

export type HubProbeRequest = { 
/**
 * `host:port` of the hub's HTTPS listener.
 */
address: string, };

export type HubProbe = { address: string, 
/**
 * Lower-case hex SHA-256 of the certificate the hub presented.
 */
fingerprint: string, };

export type PairWithHubRequest = { address: string, fingerprint: string, 
/**
 * The 6-digit code, or the token from a `waymark://pair?…` link.
 */
secret: string, };

export type SyncNowRequest = Record<symbol, never>;

export type OfficeName = { handle: string, display_name: string, };

export type OfficeGroup = { name: string, members: Array<OfficeName>, };

export type OfficeNames = { groups: Array<OfficeGroup>, };

export type OfficeSignInRequest = { 
/**
 * The name's handle from [`OfficeNames`].
 */
handle: string, pin: string, };

export type OfficeChoosePinRequest = { 
/**
 * The name's handle from [`OfficeNames`].
 */
handle: string, 
/**
 * The one-time code the facilitator's screen shows (6 digits; spaces and dashes allowed).
 */
code: string, pin: string, 
/**
 * The same PIN typed a second time.
 */
pin_again: string, };

export type OfficeSessionView = { display_name: string, group_name: string, 
/**
 * The UI signs out after this long without a touch or key press.
 */
idle_sign_out_ms: number, };

export type OfficeStatus = { signed_in: OfficeSessionView | null, 
/**
 * True on the office network (HTTPS): nothing but the sign-in screen works until someone
 * signs in. False on the hub's own screen, which also presents the programme to the room.
 */
sign_in_required: boolean, };

export type AllowOfficePinRequest = { member_id: string, };

export type OfficePinWindow = { member_id: string, display_name: string, 
/**
 * Six digits, shown only here: the person types it on the office screen with their new PIN.
 */
code: string, 
/**
 * The member can choose a PIN on an office computer until then.
 */
until_ms: number, };

/** Every error code, as `Code` declares them. */
export const CODES: readonly Code[] = [
  'invalid_input',
  'not_found',
  'database_unavailable',
  'sync_failed',
  'hub_unreachable',
  'wrong_hub',
  'unauthorized',
  'pairing_refused',
  'rate_limited',
  'internal',
  'forbidden',
  'too_many_tries',
  'locked',
  'wrong_pin',
];

/**
 * The drink diary's kinds in the order shown (`waymark_core::units::DRINK_PRESETS`): typical
 * strength in % (`null`: the person is asked) and UK sizes in ml, each voiced as `size-<ml>`.
 */
export const DRINK_PRESETS: readonly { type: DrinkType; abv: number | null; sizes: readonly number[] }[] = [
  { type: 'beer', abv: 4, sizes: [568, 284, 330, 440, 500] },
  { type: 'cider', abv: 4.5, sizes: [568, 284, 330, 440, 500] },
  { type: 'wine', abv: 12, sizes: [125, 175, 250] },
  { type: 'spirits', abv: 40, sizes: [25, 35, 50] },
  { type: 'alcopop', abv: 4, sizes: [275, 330] },
  { type: 'other', abv: null, sizes: [568, 330, 175, 25] },
];

/** Every use-case by name: the Tauri command and the hub route `POST /api/<name>`. */
export interface Commands {
  status: { request: StatusRequest; response: StatusView };
  ui_strings: { request: UiStringsRequest; response: UiStrings };
  list_sessions: { request: ListSessionsRequest; response: SessionList };
  get_step: { request: GetStepRequest; response: StepView };
  complete_step: { request: CompleteStepRequest; response: StepCompleted };
  answer_step: { request: AnswerStepRequest; response: AnswerSaved };
  session_end: { request: SessionEndRequest; response: SessionEndView };
  my_plan: { request: MyPlanRequest; response: MyPlanView };
  add_drink: { request: AddDrinkRequest; response: EntrySaved };
  add_drug_use: { request: AddDrugUseRequest; response: EntrySaved };
  add_urge: { request: AddUrgeRequest; response: EntrySaved };
  delete_entry: { request: EntryRequest; response: EntrySaved };
  restore_entry: { request: EntryRequest; response: EntrySaved };
  list_diary: { request: ListDiaryRequest; response: DiaryList };
  get_goal: { request: GetGoalRequest; response: GoalView };
  set_goal: { request: SetGoalRequest; response: GoalView };
  audit_form: { request: AuditFormRequest; response: AuditFormView };
  take_audit: { request: TakeAuditRequest; response: AuditResult };
  audit_history: { request: GetGoalRequest; response: AuditHistory };
  weekly_view: { request: WeeklyViewRequest; response: WeekView };
  export_diary: { request: ExportRequest; response: ExportFile };
  import_diary: { request: ImportRequest; response: ImportResult };
  get_consent: { request: GetConsentRequest; response: ConsentView };
  set_consent: { request: SetConsentRequest; response: ConsentView };
  sync_status: { request: SyncStatusRequest; response: SyncStatusView };
  follow_live_step: { request: GetStepRequest; response: StepView };
  my_attendance: { request: MyAttendanceRequest; response: RarRecord };
  next_session: { request: NextSessionRequest; response: NextSessionView };
  my_progress: { request: MyProgressRequest; response: MyProgressView };
  celebrate_milestones: { request: CelebrateMilestonesRequest; response: MilestonesCelebrated };
  set_baseline: { request: SetBaselineRequest; response: Baseline };
  reminder_settings: { request: ReminderSettingsRequest; response: ReminderSettingsView };
  set_reminder_settings: { request: ReminderSettingsView; response: ReminderSettingsView };
  reminder_banner: { request: ReminderBannerRequest; response: ReminderBanner };
  lock_status: { request: LockStatusRequest; response: LockView };
  set_pin: { request: SetPinRequest; response: LockView };
  remove_pin: { request: PinRequest; response: LockView };
  skip_lock_offer: { request: LockStatusRequest; response: LockView };
  unlock: { request: PinRequest; response: LockView };
  lock_now: { request: LockStatusRequest; response: LockView };
  erase_everything: { request: EraseRequest; response: LockView };
  save_backup: { request: SaveBackupRequest; response: BackupFile };
  restore_backup: { request: RestoreBackupRequest; response: RestoreResult };
}

/** Facilitator use-cases: the hub route `POST /hub/api/<name>` (loopback only). */
export interface HubCommands {
  list_groups: { request: ListGroupsRequest; response: GroupList };
  create_group: { request: CreateGroupRequest; response: GroupView };
  add_member: { request: AddMemberRequest; response: MemberView };
  rename_member: { request: RenameMemberRequest; response: MemberView };
  remove_member: { request: RemoveMemberRequest; response: RemoveMemberResult };
  start_pairing: { request: StartPairingRequest; response: PairingOffer };
  roster: { request: RosterRequest; response: Roster };
  mark_attendance: { request: MarkAttendanceRequest; response: AttendanceView };
  export_roster_csv: { request: RosterRequest; response: ExportFile };
  revoke_device: { request: RevokeDeviceRequest; response: RevokeResult };
  allow_office_pin: { request: AllowOfficePinRequest; response: OfficePinWindow };
  start_live: { request: StartLiveRequest; response: LiveControl };
  live_go: { request: LiveGoRequest; response: LiveSummary };
  live_control: { request: LiveControlRequest; response: LiveControl };
  presenter_view: { request: PresenterRequest; response: PresenterView };
  end_live: { request: EndLiveRequest; response: LiveEnded };
  register: { request: RegisterRequest; response: Register };
  export_register_csv: { request: RegisterRequest; response: ExportFile };
  register_details: { request: RegisterRequest; response: RegisterDetails };
  set_register_details: { request: SetRegisterDetailsRequest; response: RegisterDetails };
  set_case_reference: { request: SetCaseReferenceRequest; response: CaseReferenceView };
  correct_attendance: { request: CorrectAttendanceRequest; response: AttendanceView };
  rar_record: { request: RarRecordRequest; response: RarRecord };
  group_schedule: { request: GroupScheduleRequest; response: GroupSchedule };
  set_session_time: { request: SetSessionTimeRequest; response: GroupSchedule };
  cancel_session: { request: CancelSessionRequest; response: GroupSchedule };
  room_audio_play: { request: AudioPlayRequest; response: AudioStatus };
  room_audio_pause: { request: AudioControlRequest; response: AudioStatus };
  room_audio_resume: { request: AudioControlRequest; response: AudioStatus };
  room_audio_stop: { request: AudioControlRequest; response: AudioStatus };
  room_audio_status: { request: AudioControlRequest; response: AudioStatus };
}

/** App-only commands: pairing with the office hub and syncing (network, so not in a browser). */
export interface SyncCommands {
  hub_fingerprint: { request: HubProbeRequest; response: HubProbe };
  pair_with_hub: { request: PairWithHubRequest; response: SyncStatusView };
  sync_now: { request: SyncNowRequest; response: SyncStatusView };
  live_follow: { request: LiveFollowRequest; response: LiveNowView };
  live_join: { request: LiveJoinRequest; response: LiveSummary };
  live_answer: { request: LiveAnswerRequest; response: LiveAnswered };
  erase_phone: { request: EraseRequest; response: LockView };
  save_backup_file: { request: SaveBackupRequest; response: SavedBackup };
}

/** App-only commands: native voice-over playback through rodio. */
export interface AudioCommands {
  audio_play: { request: AudioPlayRequest; response: AudioStatus };
  audio_pause: { request: AudioControlRequest; response: AudioStatus };
  audio_resume: { request: AudioControlRequest; response: AudioStatus };
  audio_stop: { request: AudioControlRequest; response: AudioStatus };
  audio_status: { request: AudioControlRequest; response: AudioStatus };
}
