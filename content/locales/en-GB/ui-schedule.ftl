### Waymark: between sessions — the group schedule, reminders and how far I've come (issue 14).
### UI strings, British English. CC BY-SA 4.0.

## The facilitator's schedule for a group

# Button on a group's page: open the dates and places of its sessions.
fac-schedule = Dates and places
# Heading of the schedule screen.
fac-schedule-title = Dates and places
# Help under the heading.
fac-schedule-help = Set the date, time and place of each session. Phones get it when they next sync.
# Label: the session's date.
fac-schedule-date = Date
# Label: the session's start time.
fac-schedule-time = Time
# Label: where the group meets.
fac-schedule-place = Place
# Button: save this session's date, time and place.
fac-schedule-save = Save
# Button: cancel this session.
fac-schedule-cancel = Cancel this session
# Shown for a session with no date yet.
fac-schedule-not-set = No date yet.
# Marks a session that was moved to another time.
schedule-moved = Moved
# Marks a session that is cancelled.
schedule-cancelled = Cancelled
# Shown after a session is saved.
fac-schedule-saved = Saved. Phones get it when they next sync.
# Shown when the date or the time is missing.
fac-schedule-missing = Choose a date and a time.

## The next group session, on the participant's home screen

# Heading of the card.
next-title = Next group session
# The session, e.g. "Session 4, Tuesday 10 December, 10:00, Southend office". Text only.
next-session-text = Session { $number }, { $date }, { $time }, { $place }
# Spoken before the session's number.
next-heard-session = Session
# Shown and spoken when the session has moved.
next-moved = This session has moved to a new time.
# A cancelled session, e.g. "Session 3 on Tuesday 3 December is cancelled." Text only.
next-cancelled-text = Session { $number } on { $date } is cancelled.
# Spoken after a cancelled session's number and date.
next-heard-cancelled = This one is cancelled. It will not happen.
# Spoken after the time: the place is the facilitator's own words, on screen only.
next-heard-place-on-screen = The place is written on the screen.
# Spoken after the time when the place is where the group met last time.
next-heard-place-same = Same place as last time.
# Spoken after the time when the place is not where the group met last time.
next-heard-place-new = This is a new place. It is written on the screen. Ask your facilitator if you are not sure where it is.
# Spoken after the hour of a time like 10:00.
time-oclock = o'clock
# Month 1.
month-1 = January
# Month 2.
month-2 = February
# Month 3.
month-3 = March
# Month 4.
month-4 = April
# Month 5.
month-5 = May
# Month 6.
month-6 = June
# Month 7.
month-7 = July
# Month 8.
month-8 = August
# Month 9.
month-9 = September
# Month 10.
month-10 = October
# Month 11.
month-11 = November
# Month 12.
month-12 = December
## How far I've come (home and My week)

# Heading of the progress card.
prog-title = How far I've come
# Shown before the first diary entry.
prog-none = Add to your diary. Your drink-free days will show here.
# Drink-free days in a row, e.g. "Drink-free days in a row: 12". Text only.
prog-streak-text = Drink-free days in a row: { $days }
# Spoken before the number of drink-free days in a row.
prog-heard-streak = Drink-free days in a row.
# The best run, e.g. "My best: 20 days". Text only.
prog-best-text = My best: { $days ->
    [one] 1 day
   *[other] { $days } days
}
# Spoken before the best run.
prog-heard-best = My best, in days.
# A lapse, e.g. "You had 12 drink-free days before Friday 27 November. That still counts." Text only.
prog-lapse-text = You had { $days } drink-free days before { $date }. That still counts.
# Spoken first, before the number of days before a lapse.
prog-heard-lapse-had = You had
# Spoken after the number of days before a lapse, before the day.
prog-heard-lapse-before = drink-free days before
# Spoken after a lapse's day.
prog-lapse-counts = That still counts. A slip is not the end.
# A milestone, e.g. "Well done! 7 drink-free days in a row." Text only.
prog-milestone-text = Well done! { $days ->
    [one] 1 drink-free day.
   *[other] { $days } drink-free days in a row.
}
# Spoken before a milestone's number of days.
prog-heard-milestone = Well done! A milestone. Drink-free days in a row.
# The next milestone, e.g. "Next milestone: 14 days". Text only.
prog-next-text = Next milestone: { $days } days
# Spoken before the next milestone's number of days.
prog-heard-next = Next milestone, in days.
# Units in the last 7 days against the first week. Text only.
prog-compare-first = Last 7 days: { $units } units. My first week: { $reference } units.
# Units in the last 7 days against the usual week entered. Text only.
prog-compare-baseline = Last 7 days: { $units } units. My usual week before: { $reference } units.
# Spoken before the units in the last 7 days.
prog-heard-recent = Units in the last 7 days.
# Spoken before the units in the first week.
prog-heard-first-week = Units in my first week.
# Spoken before the units in the usual week entered.
prog-heard-baseline = Units in my usual week before.
# When the last 7 days had fewer units.
prog-less = That is less than before. Well done.
# When the last 7 days had about the same units.
prog-same = That is about the same as before.
# When the last 7 days had more units: never shaming.
prog-more = Every day is a new start.
# Money saved against before, e.g. "Money saved: £13.50". Text only.
prog-saved-text = Money saved: £{ $pounds }
# Spoken before the money saved, in pounds.
prog-heard-saved = Money saved, in pounds.
# Heading: the participant's usual week before, to compare with.
prog-baseline-title = My usual week before
# Help for the usual week.
prog-baseline-help = If you remember, say what a usual week was like before. We compare with it.
# Label: units in a usual week before.
prog-baseline-units = Units in a usual week
# Label: money in a usual week before.
prog-baseline-money = Money in a usual week, in pounds
# Button: save the usual week.
prog-baseline-save = Save
# Shown when the usual week is saved.
prog-baseline-saved = Saved.
# Shown when a number is not a number.
prog-baseline-not-number = Type a number, like 20 or 12.50.

## My month: the calendar

# Button and heading: the month calendar.
cal-title = My month
# Help above the calendar.
cal-help = Use the arrow keys to move from day to day. Each day is read aloud.
# Button: the month before.
cal-prev = Month before
# Button: the month after.
cal-next = Month after
# A day with no drinks.
cal-drink-free = Drink-free
# A day with drinks.
cal-drinking = Drinking day
# A day with nothing in the diary.
cal-unknown = Nothing in the diary
# A day that has not come yet.
cal-to-come = Not yet
# Spoken before the number of urges resisted on a day.
cal-urges = Urges resisted.
# Urges resisted on a day, e.g. "2 urges resisted". Text only.
cal-urges-text = { $count ->
    [one] 1 urge resisted
   *[other] { $count } urges resisted
}
# Key: what the marks on the calendar mean.
cal-key = What the marks mean

## Reminders (the lock screen never names what the group is about)

# Lock-screen reminder the day before a group session, e.g. "Waymark: your group is tomorrow at 10:00". Never name alcohol, drugs or probation. Text only.
reminder-group-tomorrow = Waymark: your group is tomorrow at { $time }
# Lock-screen reminder on the day of a group session. Never name alcohol, drugs or probation. Text only.
reminder-group-today = Waymark: your group is today at { $time }
# Lock-screen daily diary reminder. Never name alcohol, drugs or probation.
reminder-diary = Waymark: a minute for your diary?
# Spoken before the time of tomorrow's group.
rem-heard-tomorrow = Your group is tomorrow, at
# Spoken before the time of today's group.
rem-heard-today = Your group is today, at
# Shown once at start when a reminder came while Waymark was closed.
rem-missed = While Waymark was closed, you missed a reminder.
# Button: close the reminder banner.
rem-ok = OK
# Button and heading: reminder settings.
rem-title = Reminders
# Help on the reminder settings.
rem-help = Waymark can remind you before each group session. Your lock screen never says what the group is about.
# Checkbox: a reminder the day before each session.
rem-day-before = Remind me the day before
# Label: the time of the reminder the day before.
rem-day-before-at = At this time the day before
# Checkbox: a reminder on the day, before the session.
rem-soon = Remind me on the day
# Label: how long before the session.
rem-soon-before = How long before
# An option: hours before the session, e.g. "2 hours before". Text only.
rem-hours-before = { $hours ->
    [one] 1 hour before
   *[other] { $hours } hours before
}
# Checkbox: a daily diary reminder.
rem-diary = Remind me to fill in my diary each day
# Label: the time of the diary reminder.
rem-diary-at = At this time each day
# Checkbox: quiet hours.
rem-quiet = Quiet hours: no reminders at night
# Label: when quiet hours start.
rem-quiet-from = Quiet from
# Label: when quiet hours end.
rem-quiet-until = Quiet until
# Button: save the reminder settings.
rem-save = Save
# Shown when the reminder settings are saved.
rem-saved = Saved. Your reminders are set.
# Shown in a browser at the office: reminders come only on a phone.
rem-app-only = Reminders come on your phone, in the Waymark app.

# The number 31, spoken (minutes of a time, day 31).
number-31 = 31
# The number 32, spoken (minutes of a time, day 31).
number-32 = 32
# The number 33, spoken (minutes of a time, day 31).
number-33 = 33
# The number 34, spoken (minutes of a time, day 31).
number-34 = 34
# The number 35, spoken (minutes of a time, day 31).
number-35 = 35
# The number 36, spoken (minutes of a time, day 31).
number-36 = 36
# The number 37, spoken (minutes of a time, day 31).
number-37 = 37
# The number 38, spoken (minutes of a time, day 31).
number-38 = 38
# The number 39, spoken (minutes of a time, day 31).
number-39 = 39
# The number 40, spoken (minutes of a time, day 31).
number-40 = 40
# The number 41, spoken (minutes of a time, day 31).
number-41 = 41
# The number 42, spoken (minutes of a time, day 31).
number-42 = 42
# The number 43, spoken (minutes of a time, day 31).
number-43 = 43
# The number 44, spoken (minutes of a time, day 31).
number-44 = 44
# The number 45, spoken (minutes of a time, day 31).
number-45 = 45
# The number 46, spoken (minutes of a time, day 31).
number-46 = 46
# The number 47, spoken (minutes of a time, day 31).
number-47 = 47
# The number 48, spoken (minutes of a time, day 31).
number-48 = 48
# The number 49, spoken (minutes of a time, day 31).
number-49 = 49
# The number 50, spoken (minutes of a time, day 31).
number-50 = 50
# The number 51, spoken (minutes of a time, day 31).
number-51 = 51
# The number 52, spoken (minutes of a time, day 31).
number-52 = 52
# The number 53, spoken (minutes of a time, day 31).
number-53 = 53
# The number 54, spoken (minutes of a time, day 31).
number-54 = 54
# The number 55, spoken (minutes of a time, day 31).
number-55 = 55
# The number 56, spoken (minutes of a time, day 31).
number-56 = 56
# The number 57, spoken (minutes of a time, day 31).
number-57 = 57
# The number 58, spoken (minutes of a time, day 31).
number-58 = 58
# The number 59, spoken (minutes of a time, day 31).
number-59 = 59
