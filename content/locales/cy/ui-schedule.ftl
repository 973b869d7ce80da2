### Waymark: rhwng sesiynau — amserlen y grŵp, nodiadau atgoffa a pha mor bell rydw i wedi dod (issue 14).
### UI strings, Welsh. CC BY-SA 4.0.

## The facilitator's schedule for a group

# Button on a group's page: open the dates and places of its sessions.
fac-schedule = Dyddiadau a lleoedd
# Heading of the schedule screen.
fac-schedule-title = Dyddiadau a lleoedd
# Help under the heading.
fac-schedule-help = Gosodwch ddyddiad, amser a lle pob sesiwn. Bydd ffonau'n ei gael pan fyddan nhw'n cysoni nesaf.
# Label: the session's date.
fac-schedule-date = Dyddiad
# Label: the session's start time.
fac-schedule-time = Amser
# Label: where the group meets.
fac-schedule-place = Lle
# Button: save this session's date, time and place.
fac-schedule-save = Cadw
# Button: cancel this session.
fac-schedule-cancel = Canslo'r sesiwn hon
# Shown for a session with no date yet.
fac-schedule-not-set = Dim dyddiad eto.
# Marks a session that was moved to another time.
schedule-moved = Wedi symud
# Marks a session that is cancelled.
schedule-cancelled = Wedi'i chanslo
# Shown after a session is saved.
fac-schedule-saved = Wedi'i gadw. Bydd ffonau'n ei gael pan fyddan nhw'n cysoni nesaf.
# Shown when the date or the time is missing.
fac-schedule-missing = Dewiswch ddyddiad ac amser.

## The next group session, on the participant's home screen

# Heading of the card.
next-title = Y sesiwn grŵp nesaf
# The session, e.g. "Session 4, Tuesday 10 December, 10:00, Southend office". Text only.
next-session-text = Sesiwn { $number }, { $date }, { $time }, { $place }
# Spoken before the session's number.
next-heard-session = Sesiwn
# Shown and spoken when the session has moved.
next-moved = Mae'r sesiwn hon wedi symud i amser newydd.
# A cancelled session, e.g. "Session 3 on Tuesday 3 December is cancelled." Text only.
next-cancelled-text = Mae sesiwn { $number } ar { $date } wedi'i chanslo.
# Spoken after a cancelled session's number and date.
next-heard-cancelled = Mae hon wedi'i chanslo. Ni fydd yn digwydd.
# Spoken after the time: the place is the facilitator's own words, on screen only.
next-heard-place-on-screen = Mae'r lle wedi'i ysgrifennu ar y sgrin.
# Spoken after the time when the place is where the group met last time.
next-heard-place-same = Yr un lle â'r tro diwethaf.
# Spoken after the time when the place is not where the group met last time.
next-heard-place-new = Mae hwn yn lle newydd. Mae wedi'i ysgrifennu ar y sgrin. Gofynnwch i'ch hwylusydd os nad ydych chi'n siŵr ble mae.
# Spoken after the hour of a time like 10:00.
time-oclock = o'r gloch
# Month 1.
month-1 = Ionawr
# Month 2.
month-2 = Chwefror
# Month 3.
month-3 = Mawrth
# Month 4.
month-4 = Ebrill
# Month 5.
month-5 = Mai
# Month 6.
month-6 = Mehefin
# Month 7.
month-7 = Gorffennaf
# Month 8.
month-8 = Awst
# Month 9.
month-9 = Medi
# Month 10.
month-10 = Hydref
# Month 11.
month-11 = Tachwedd
# Month 12.
month-12 = Rhagfyr
## How far I've come (home and My week)

# Heading of the progress card.
prog-title = Pa mor bell rydw i wedi dod
# Shown before the first diary entry.
prog-none = Ychwanegwch at eich dyddiadur. Bydd eich diwrnodau heb yfed yn dangos yma.
# Drink-free days in a row, e.g. "Drink-free days in a row: 12". Text only.
prog-streak-text = Diwrnodau heb yfed yn olynol: { $days }
# Spoken before the number of drink-free days in a row.
prog-heard-streak = Diwrnodau heb yfed yn olynol.
# The best run, e.g. "My best: 20 days". Text only.
prog-best-text = Fy ngorau: { $days } diwrnod
# Spoken before the best run.
prog-heard-best = Fy ngorau, mewn diwrnodau.
# A lapse, e.g. "You had 12 drink-free days before Friday 27 November. That still counts." Text only.
prog-lapse-text = Cawsoch chi { $days } diwrnod heb yfed cyn { $date }. Mae hynny'n dal i gyfrif.
# Spoken first, before the number of days before a lapse.
prog-heard-lapse-had = Cawsoch chi
# Spoken after the number of days before a lapse, before the day.
prog-heard-lapse-before = diwrnod heb yfed cyn
# Spoken after a lapse's day.
prog-lapse-counts = Mae hynny'n dal i gyfrif. Nid llithro yw'r diwedd.
# A milestone, e.g. "Well done! 7 drink-free days in a row." Text only.
prog-milestone-text = Da iawn! { $days } diwrnod heb yfed yn olynol.
# Spoken before a milestone's number of days.
prog-heard-milestone = Da iawn! Carreg filltir. Diwrnodau heb yfed yn olynol.
# The next milestone, e.g. "Next milestone: 14 days". Text only.
prog-next-text = Y garreg filltir nesaf: { $days } diwrnod
# Spoken before the next milestone's number of days.
prog-heard-next = Y garreg filltir nesaf, mewn diwrnodau.
# Units in the last 7 days against the first week. Text only.
prog-compare-first = Y 7 diwrnod diwethaf: { $units } uned. Fy wythnos gyntaf: { $reference } uned.
# Units in the last 7 days against the usual week entered. Text only.
prog-compare-baseline = Y 7 diwrnod diwethaf: { $units } uned. Fy wythnos arferol o'r blaen: { $reference } uned.
# Spoken before the units in the last 7 days.
prog-heard-recent = Unedau yn y 7 diwrnod diwethaf.
# Spoken before the units in the first week.
prog-heard-first-week = Unedau yn fy wythnos gyntaf.
# Spoken before the units in the usual week entered.
prog-heard-baseline = Unedau yn fy wythnos arferol o'r blaen.
# When the last 7 days had fewer units.
prog-less = Mae hynny'n llai nag o'r blaen. Da iawn.
# When the last 7 days had about the same units.
prog-same = Mae hynny tua'r un fath ag o'r blaen.
# When the last 7 days had more units: never shaming.
prog-more = Mae pob diwrnod yn ddechrau newydd.
# Money saved against before, e.g. "Money saved: £13.50". Text only.
prog-saved-text = Arian wedi'i arbed: £{ $pounds }
# Spoken before the money saved, in pounds.
prog-heard-saved = Arian wedi'i arbed, mewn punnoedd.
# Heading: the participant's usual week before, to compare with.
prog-baseline-title = Fy wythnos arferol o'r blaen
# Help for the usual week.
prog-baseline-help = Os ydych chi'n cofio, dywedwch sut oedd wythnos arferol o'r blaen. Rydyn ni'n cymharu â hi.
# Label: units in a usual week before.
prog-baseline-units = Unedau mewn wythnos arferol
# Label: money in a usual week before.
prog-baseline-money = Arian mewn wythnos arferol, mewn punnoedd
# Button: save the usual week.
prog-baseline-save = Cadw
# Shown when the usual week is saved.
prog-baseline-saved = Wedi'i gadw.
# Shown when a number is not a number.
prog-baseline-not-number = Teipiwch rif, fel 20 neu 12.50.

## My month: the calendar

# Button and heading: the month calendar.
cal-title = Fy mis
# Help above the calendar.
cal-help = Defnyddiwch y bysellau saeth i symud o ddiwrnod i ddiwrnod. Mae pob diwrnod yn cael ei ddarllen yn uchel.
# Button: the month before.
cal-prev = Y mis cynt
# Button: the month after.
cal-next = Y mis wedyn
# A day with no drinks.
cal-drink-free = Heb yfed
# A day with drinks.
cal-drinking = Diwrnod yfed
# A day with nothing in the diary.
cal-unknown = Dim byd yn y dyddiadur
# A day that has not come yet.
cal-to-come = Ddim eto
# Spoken before the number of urges resisted on a day.
cal-urges = Ysfeydd wedi'u gwrthsefyll.
# Urges resisted on a day, e.g. "2 urges resisted". Text only.
cal-urges-text = { $count } ysfa wedi'u gwrthsefyll
# Key: what the marks on the calendar mean.
cal-key = Allwedd

## Reminders (the lock screen never names what the group is about)

# Lock-screen reminder the day before a group session, e.g. "Waymark: your group is tomorrow at 10:00". Never name alcohol, drugs or probation. Text only.
reminder-group-tomorrow = Waymark: mae eich grŵp yfory am { $time }
# Lock-screen reminder on the day of a group session. Never name alcohol, drugs or probation. Text only.
reminder-group-today = Waymark: mae eich grŵp heddiw am { $time }
# Lock-screen daily diary reminder. Never name alcohol, drugs or probation.
reminder-diary = Waymark: munud i'ch dyddiadur?
# Spoken before the time of tomorrow's group.
rem-heard-tomorrow = Mae eich grŵp yfory, am
# Spoken before the time of today's group.
rem-heard-today = Mae eich grŵp heddiw, am
# Shown once at start when a reminder came while Waymark was closed.
rem-missed = Tra oedd Waymark ar gau, fe golloch chi nodyn atgoffa.
# Button: close the reminder banner.
rem-ok = Iawn
# Button and heading: reminder settings.
rem-title = Nodiadau atgoffa
# Help on the reminder settings.
rem-help = Gall Waymark eich atgoffa cyn pob sesiwn grŵp. Nid yw eich sgrin clo byth yn dweud beth yw pwrpas y grŵp.
# Checkbox: a reminder the day before each session.
rem-day-before = Atgoffa fi y diwrnod cynt
# Label: the time of the reminder the day before.
rem-day-before-at = Ar yr amser hwn y diwrnod cynt
# Checkbox: a reminder on the day, before the session.
rem-soon = Atgoffa fi ar y diwrnod
# Label: how long before the session.
rem-soon-before = Faint o amser cyn
# An option: hours before the session, e.g. "2 hours before". Text only.
rem-hours-before = { $hours } awr cyn
# Checkbox: a daily diary reminder.
rem-diary = Atgoffa fi i lenwi fy nyddiadur bob dydd
# Label: the time of the diary reminder.
rem-diary-at = Ar yr amser hwn bob dydd
# Checkbox: quiet hours.
rem-quiet = Oriau tawel: dim nodiadau atgoffa yn y nos
# Label: when quiet hours start.
rem-quiet-from = Tawel o
# Label: when quiet hours end.
rem-quiet-until = Tawel tan
# Button: save the reminder settings.
rem-save = Cadw
# Shown when the reminder settings are saved.
rem-saved = Wedi'i gadw. Mae eich nodiadau atgoffa wedi'u gosod.
# Shown in a browser at the office: reminders come only on a phone.
rem-app-only = Daw nodiadau atgoffa ar eich ffôn, yn ap Waymark.

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
