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
