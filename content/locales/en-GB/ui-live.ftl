### Waymark: the live group session at the office (DESIGN §11).
### UI strings, British English. CC BY-SA 4.0.

## A participant in the room (phone or office computer)

# Banner on the home screen while the person's group session is running at the office.
live-on-now = Your group session is on now.
# Button on that banner: follow the session on this screen.
live-join = Join
# Says what following means, under the session's title.
live-following = This screen follows the big screen at the front.
# Button: turn this device's sound on (with earphones).
live-unmute = Hear it on this phone
# Button: turn this device's sound off again.
live-mute = Turn sound off
# Said when the sound is off (the default in the room).
live-muted-help = The sound is off here. Put headphones in to hear it on this phone.
# Status while the office hub cannot be reached; the screen keeps the last step.
live-lost = Lost the office hub. Trying again.
# Button: send this person's answer (their own record; the room's screen gets only a count).
live-send = Send my answer
# Said after an answer was sent.
live-sent = Your answer is sent. The big screen gets a count, never your name.
# Said after a written answer was saved (it never goes to the room).
live-saved = Saved on this device. It stays private.
# Said when the person's answer to this step was already counted.
live-sent-before = Your first answer was counted. Your new one is saved on your phone.
# Said when the session has ended.
live-ended = The group session has ended. Well done.
# Button: leave the live session and go home.
live-leave = Leave the session
# Shown on a step with nothing to answer.
live-watch = Listen and watch the big screen.

## The facilitator: start, control panel, end

# Heading of the live session box on a group's page.
fac-live-title = Group session
# Label: which session to run.
fac-live-session = Session to run
# Button: start the group session for the room.
fac-live-start = Start group session
# Button: open the presenter screen (for the projector) in a new window.
fac-live-present = Open the presenter screen
# Help: what the presenter screen is for.
fac-live-present-help = Put it on the projector. It never shows a name.
# Button: the next step, for everyone.
fac-live-next = Next step
# Button: the step before, for everyone.
fac-live-back = Step back
# Heading: people whose phone or office computer follows the session.
fac-live-joined = They joined on a phone or office computer
# When nobody has joined yet.
fac-live-nobody = Nobody has joined yet.
# Button: end the session and take attendance.
fac-live-end = End session
# Heading of the end-of-session list.
fac-live-end-title = Who was here?
# Help above the list.
fac-live-end-help = Tick everyone who was in the room, with or without a phone. This saves their attendance.
# Button: save attendance and end the session.
fac-live-end-confirm = Save attendance and end
# Button: back to the session without ending it.
fac-live-cancel = Not yet
# Said after the session ended.
fac-live-ended = The session has ended. Attendance is saved.

## The presenter screen (on the projector: never a name)

# Headcount. $count is a number.
pres-here = { $count } here
# How many answered the step on screen. $count is a number.
pres-answered = { $count } answered
# Button: show how the room answered (no names).
pres-show-answers = Show answers
# Button: hide the answers again.
pres-hide-answers = Hide answers
# Said when answers are asked for but fewer than 3 have answered.
pres-too-few = The answers show when 3 or more people have answered.
# Help line with the keys.
pres-keys = Next: right arrow. Back: left arrow. Play or pause: space. Answers: A.
# When the session shown has ended.
pres-ended = This group session has ended.
# When no session is running for this group.
pres-none = No group session is running. Start one from the group's page.

## The attendance register and a person's RAR record

# Button on a group's page: open the register.
fac-register = Register and RAR records
# Heading of the register.
reg-title = Attendance register
# Help under the heading.
reg-help = This is the record of each group session. Change a line if it is wrong. The old line is kept.
# Label: the office's name on the register.
reg-office = Office
# Label: who runs the group.
reg-facilitator = Facilitator
# Button: save the office and facilitator.
reg-save = Save
# Said after a change was saved.
reg-saved = Saved.
# Said after a person's attendance was corrected.
reg-corrected-saved = Changed. The old record is kept.
# Button: download the register as a spreadsheet file.
reg-export = Download register (CSV)
# Button: print the page.
reg-print = Print
# Heading: the people in the group.
reg-people = People
# Column: a person's name.
reg-name = Name
# Column and label: the office's own reference for the person (never a surname).
reg-case-reference = Case reference
# Button: open a person's RAR record.
reg-open-rar = RAR record
# When no session has been held yet.
reg-none-held = No group session has been held yet.
# Column: the session.
reg-session = Session
# Column: the date.
reg-date = Date
# Column: start and end time.
reg-times = Time
# Column: group, office and facilitator.
reg-where = Where
# Column: attendance.
reg-attendance = Attendance
# Attendance: there.
reg-status-present = Present
# Attendance: not there.
reg-status-absent = Absent
# Attendance: not there, for a reason the officer accepts.
reg-status-acceptable-absence = Acceptable absence
# Attendance: the session has not been held yet for this person.
reg-status-not-held = Not held yet
# Said next to a line that was corrected.
reg-corrected = corrected
# Heading of a person's record.
rar-title = RAR record
# Help on a person's record.
rar-help = Group sessions count towards a Rehabilitation Activity Requirement. This shows each session and if you were there.
# How many sessions the person attended. $attended and $total are numbers.
rar-attended = Attended { $attended } of { $total } sessions.
# When the person has no record yet.
rar-none = No group session on record yet.
# Button on "What my facilitator can see": open the person's own record.
my-record-open = My attendance record

## The hub's own screen before anyone signs in (it is the facilitator's, not a person's)

# Heading of the hub machine's start screen.
hub-home-title = This is the office hub
# Help on that screen.
hub-home-help = Run group sessions and look after your groups here. To use your own record on this computer, sign in with your PIN.
