### Waymark: y sesiwn grŵp byw yn y swyddfa (DESIGN §11).
### UI strings, Welsh (Cymraeg). CC BY-SA 4.0. Translated from
### content/locales/en-GB/ui-live.ftl (best effort).
### Please have a fluent Welsh speaker review these before release.

## Rhywun yn yr ystafell (ffôn neu gyfrifiadur swyddfa)

# Banner on the home screen while the person's group session is running at the office.
live-on-now = Mae eich sesiwn grŵp ymlaen nawr.
# Button on that banner: follow the session on this screen.
live-join = Ymuno
# Says what following means, under the session's title.
live-following = Mae'r sgrin hon yn dilyn y sgrin fawr yn y blaen.
# Button: turn this device's sound on (with earphones).
live-unmute = Ei glywed ar y ffôn hwn
# Button: turn this device's sound off again.
live-mute = Diffodd y sain
# Said when the sound is off (the default in the room).
live-muted-help = Mae'r sain i ffwrdd yma. Rhowch glustffonau i mewn i'w glywed ar y ffôn hwn.
# Status while the office hub cannot be reached; the screen keeps the last step.
live-lost = Wedi colli hyb y swyddfa. Yn trio eto.
# Button: send this person's answer (their own record; the room's screen gets only a count).
live-send = Anfon fy ateb
# Said after an answer was sent.
live-sent = Wedi'i anfon. Mae'r sgrin fawr yn cael cyfrif, byth eich enw.
# Said after a written answer was saved (it never goes to the room).
live-saved = Wedi'i gadw ar y ddyfais hon. Mae'n aros yn breifat.
# Said when the person's answer to this step was already counted.
live-sent-before = Cafodd eich ateb cyntaf ei gyfrif. Mae eich un newydd wedi'i gadw ar eich ffôn.
# Said when the session has ended.
live-ended = Mae'r sesiwn grŵp wedi gorffen. Da iawn.
# Button: leave the live session and go home.
live-leave = Gadael y sesiwn
# Shown on a step with nothing to answer.
live-watch = Gwrandewch a gwyliwch y sgrin fawr.

## Yr hwylusydd: dechrau, panel rheoli, gorffen

# Heading of the live session box on a group's page.
fac-live-title = Sesiwn grŵp
# Label: which session to run.
fac-live-session = Sesiwn i'w rhedeg
# Button: start the group session for the room.
fac-live-start = Dechrau sesiwn grŵp
# Button: open the presenter screen (for the projector) in a new window.
fac-live-present = Agor sgrin y cyflwynydd
# Help: what the presenter screen is for.
fac-live-present-help = Rhowch hi ar y taflunydd. Nid yw byth yn dangos enw.
# Button: the next step, for everyone.
fac-live-next = Cam nesaf
# Button: the step before, for everyone.
fac-live-back = Cam yn ôl
# Heading: people whose phone or office computer follows the session.
fac-live-joined = Wedi ymuno ar ffôn neu gyfrifiadur swyddfa
# When nobody has joined yet.
fac-live-nobody = Does neb wedi ymuno eto.
# Button: end the session and take attendance.
fac-live-end = Gorffen y sesiwn
# Heading of the end-of-session list.
fac-live-end-title = Pwy oedd yma?
# Help above the list.
fac-live-end-help = Ticiwch bawb oedd yn yr ystafell, gyda ffôn neu hebddo. Mae hyn yn cadw eu presenoldeb.
# Button: save attendance and end the session.
fac-live-end-confirm = Cadw presenoldeb a gorffen
# Button: back to the session without ending it.
fac-live-cancel = Ddim eto
# Said after the session ended.
fac-live-ended = Mae'r sesiwn wedi gorffen. Mae'r presenoldeb wedi'i gadw.

## Sgrin y cyflwynydd (ar y taflunydd: byth enw)

# Headcount. $count is a number.
pres-here = { $count } yma
# How many answered the step on screen. $count is a number.
pres-answered = { $count } wedi ateb
# Button: show how the room answered (no names).
pres-show-answers = Dangos yr atebion
# Button: hide the answers again.
pres-hide-answers = Cuddio'r atebion
# Said when answers are asked for but fewer than 3 have answered.
pres-too-few = Mae'r atebion yn dangos pan fydd 3 neu fwy wedi ateb.
# Help line with the keys.
pres-keys = Nesaf: saeth dde. Yn ôl: saeth chwith. Chwarae neu oedi: bwlch. Atebion: A.
# When the session shown has ended.
pres-ended = Mae'r sesiwn grŵp hon wedi gorffen.
# When no session is running for this group.
pres-none = Does dim sesiwn grŵp yn rhedeg. Dechreuwch un o dudalen y grŵp.

## Y gofrestr presenoldeb a chofnod RAR person

# Button on a group's page: open the register.
fac-register = Cofrestr a chofnodion RAR
# Heading of the register.
reg-title = Cofrestr presenoldeb
# Help under the heading.
reg-help = Dyma gofnod pob sesiwn grŵp. Newidiwch linell os yw'n anghywir. Caiff yr hen linell ei chadw.
# Label: the office's name on the register.
reg-office = Swyddfa
# Label: who runs the group.
reg-facilitator = Hwylusydd
# Button: save the office and facilitator.
reg-save = Cadw
# Said after a change was saved.
reg-saved = Wedi'i gadw.
# Said after a person's attendance was corrected.
reg-corrected-saved = Wedi newid. Mae'r hen gofnod wedi'i gadw.
# Button: download the register as a spreadsheet file.
reg-export = Lawrlwytho'r gofrestr (CSV)
# Button: print the page.
reg-print = Argraffu
# Heading: the people in the group.
reg-people = Pobl
# Column: a person's name.
reg-name = Enw
# Column and label: the office's own reference for the person (never a surname).
reg-case-reference = Cyfeirnod achos
# Button: open a person's RAR record.
reg-open-rar = Cofnod RAR
# When no session has been held yet.
reg-none-held = Does dim sesiwn grŵp wedi'i chynnal eto.
# Column: the session.
reg-session = Sesiwn
# Column: the date.
reg-date = Dyddiad
# Column: start and end time.
reg-times = Amser
# Column: group, office and facilitator.
reg-where = Ble
# Column: attendance.
reg-attendance = Presenoldeb
# Attendance: there.
reg-status-present = Yn bresennol
# Attendance: not there.
reg-status-absent = Yn absennol
# Attendance: not there, for a reason the officer accepts.
reg-status-acceptable-absence = Absenoldeb derbyniol
# Attendance: the session has not been held yet for this person.
reg-status-not-held = Heb ei chynnal eto
# Said next to a line that was corrected.
reg-corrected = wedi'i gywiro
# Heading of a person's record.
rar-title = Cofnod RAR
# Help on a person's record.
rar-help = Mae sesiynau grŵp yn cyfrif tuag at Ofyniad Gweithgaredd Adsefydlu. Mae hwn yn dangos pob sesiwn ac a oeddech chi yno.
# How many sessions the person attended. $attended and $total are numbers.
rar-attended = Wedi mynychu { $attended } o { $total } sesiwn.
# When the person has no record yet.
rar-none = Does dim sesiwn grŵp ar gofnod eto.
# Button on "What my facilitator can see": open the person's own record.
my-record-open = Fy nghofnod presenoldeb

## Sgrin yr hyb ei hun cyn i neb fewngofnodi

# Heading of the hub machine's start screen.
hub-home-title = Dyma hyb y swyddfa
# Help on that screen.
hub-home-help = Rhedwch sesiynau grŵp a gofalwch am eich grwpiau yma. I ddefnyddio eich cofnod eich hun ar y cyfrifiadur hwn, mewngofnodwch gyda'ch PIN.
