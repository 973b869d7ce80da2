### Waymark user-interface strings, Welsh (Cymraeg). CC BY-SA 4.0.
### Translated from content/locales/en-GB/ui.ftl; every message there must exist here.
### Welsh has six plural categories: zero, one, two, few (3), many (6) and other.
### Please have a fluent Welsh speaker review these before release.

# The app's name. A brand name: not translated.
app-name = Waymark

# Heading of the home screen, above the list of sessions.
home-title = Eich sesiynau

# Button on a session the person has not started yet.
session-start = Dechrau

# Button on a session the person has started but not finished.
session-continue = Parhau

# Button on a session; chooses "Dechrau" or "Parhau". $state is "new" or "started".
session-open = { $state ->
    [started] { session-continue }
   *[other] { session-start }
}

# Label of a session on the home screen, e.g. "Sesiwn 3". $number is the session number.
session-number = Sesiwn { $number }

# Heading above a session's aims, before its first step.
session-aims-heading = Beth sydd yn y sesiwn hon

# Where the person is in a session, e.g. "Cam 2 o 9".
step-of = Cam { $current } o { $total }

# Button: go to the next step.
next = Nesaf

# Button: go back to the step before.
back = Yn ôl

# Button on the last step of a session.
finish = Gorffen y sesiwn

# Button: start reading the screen aloud.
play = Chwarae

# Button: stop reading aloud for now.
pause = Oedi

# Button: read the current sentence aloud again.
replay-sentence = Dweud hynny eto

# How many sessions the person has finished. "sesiwn" is feminine and stays singular
# after a number (dwy sesiwn, tair sesiwn, chwe sesiwn).
sessions-done = { $count ->
    [zero] Dydych chi ddim wedi gorffen sesiwn eto.
    [one] Rydych chi wedi gorffen un sesiwn.
    [two] Rydych chi wedi gorffen dwy sesiwn.
    [few] Rydych chi wedi gorffen tair sesiwn.
    [many] Rydych chi wedi gorffen chwe sesiwn.
   *[other] Rydych chi wedi gorffen { $count } sesiwn.
}

# Shown when the person finishes the last step of a session.
session-complete = Da iawn. Rydych chi wedi gorffen y sesiwn hon.

# Button: go back to the home screen.
home = Hafan

# Title of the screen shown when the app cannot open its saved data.
error-db-title = Doedd dim modd agor eich gwaith

# Body of that screen. Says the data is safe and what to do. $path is the file's location.
error-db-body =
    Doedd Waymark ddim yn gallu agor y ffeil lle mae eich gwaith wedi'i gadw.
    Mae'r ffeil yn ddiogel, a does dim byd ynddi wedi newid.
    Caewch Waymark a'i agor eto.
    Os yw hyn yn digwydd o hyd, gofynnwch i'ch hwylusydd am help.
    Dangoswch hyn iddyn nhw: { $path }

# Button: try the last thing again.
retry = Rhoi cynnig arall arni

# Button: close a message or a panel.
close = Cau

# Shown while something is loading.
loading = Wrthi'n llwytho…

# Shown when voice-over cannot be played on this device.
no-audio = Does dim sain ar gael. Gallwch chi ddarllen y geiriau o hyd.

# Name of the switch that turns reading aloud on or off.
listen-mode = Darllen yn uchel

# Said and shown when reading aloud is turned on.
listen-mode-on = Mae darllen yn uchel ymlaen

# Said and shown when reading aloud is turned off.
listen-mode-off = Mae darllen yn uchel i ffwrdd

# Label of the language picker.
language = Iaith

# The name of English, as English speakers write it, in the language picker.
language-en-gb = English

# The name of Welsh, in the language picker.
language-cy = Cymraeg

## Moved from the UI's built-in defaults (ui/src/lib/default-strings.ftl), so they are voiced.

# Button next to a label or a screen: reads it aloud.
hear-this = Clywed

# Under each session's title on the home screen. $done steps finished out of $total.
# "cam" stays singular after a number.
session-progress = { $done } o { $total } cam wedi'u gwneud

# Under a session's title when every step is done. $total is the number of steps.
session-all-done = Pob un o'r { $total } cam wedi'u gwneud

# Heading of the settings on the home screen.
settings-title = Gosodiadau

# Shown when the browser did not let the voice start by itself.
audio-blocked = Wnaeth y llais ddim dechrau ar ei ben ei hun. Tapiwch Chwarae i'w glywed.

# Shown when a step or the session list cannot be loaded.
step-load-failed = Doedd dim modd agor hwn. Rhowch gynnig arall arni.

# Shown when finishing a step could not be saved.
step-save-failed = Chafodd eich cam ddim ei gadw. Rhowch gynnig arall arni.

# On the saved-data error screen: do not delete the file.
error-db-keep = Peidiwch â dileu'r ffeil. Mae eich gwaith ynddi.

# On the saved-data error screen, above the technical reason, for a facilitator.
error-details = Manylion i'ch hwylusydd

# Title of the error screen when Waymark cannot start for another reason.
error-generic-title = Aeth rhywbeth o'i le

# Body of that error screen: what to do.
error-generic-body =
    Doedd Waymark ddim yn gallu dechrau.
    Caewch yr ap a'i agor eto.
    Os nad yw'n gweithio o hyd, gofynnwch i'ch hwylusydd am help.

## The programme's steps: reading controls, answers, session end and "My plan".

# Button on a step: changes how fast the voice reads. The speed (like "1×") is shown after it.
speed = Cyflymder

# Button on a step: says the names of the buttons on the screen, one after another.
hear-buttons = Clywed y botymau

# Label of the box where the person may write a few words about a question.
reflect-label = Eich geiriau

# Under that box: writing is optional.
reflect-optional = Does dim rhaid i chi ysgrifennu. Gallwch chi dapio Nesaf.

# Above a list where the person picks one answer.
choose-one = Dewiswch un.

# Above a list where the person may pick several answers.
choose-several = Dewiswch bob un sy'n wir i chi.

# Above a checklist: the person ticks any items that are true for them.
checklist-hint = Ticiwch unrhyw rai sy'n wir i chi.

# Above the answers of a quiz question.
quiz-hint = Dewiswch un ateb.

# Heading of the feedback when the quiz answer is right.
quiz-right = Mae hynny'n gywir.

# Heading of the kind feedback when the quiz answer is not the right one. Keep it gentle.
quiz-not-quite = Ddim yn hollol.

# Above a row of numbers from 0 to 10 the person picks from.
rate-hint = Tapiwch rif o 0 i 10.

# In a plan: the questions below come from an earlier session. $number is that session's number.
plan-from-session = O sesiwn { $number }

# In a plan, above ready-made answers the person can tap.
plan-ideas = Tapiwch syniad, neu ysgrifennwch eich syniad eich hun.

# A task at the end of a session: keep the drink diary.
diary-task-drink = Yr wythnos hon, llenwch eich dyddiadur yfed.

# A task at the end of a session: keep the drug diary.
diary-task-drug = Yr wythnos hon, llenwch eich dyddiadur cyffuriau.

# A task at the end of a session: note down urges and cravings ("ysfa", plural "ysfeydd").
diary-task-urge = Yr wythnos hon, ysgrifennwch eich ysfeydd.

# Button on a diary task: opens that diary to add an entry.
diary-task-start = Dechrau'r dyddiadur

# Heading on the end-of-session screen, above a short summary of the session.
session-recap = Beth wnaethon ni

# Heading on the end-of-session screen, above the task to do before the next session.
session-task = Cyn y tro nesaf

# Button on the home screen, and the title of the screen with the person's own plan.
my-plan = Fy nghynllun

# Button on "My plan": reads the whole plan aloud.
plan-read-aloud = Darllen fy nghynllun yn uchel

# Button on "My plan" while it is being read aloud: stops reading.
plan-stop-reading = Stopio darllen

# Button on "My plan": prints it (or saves it as a PDF).
plan-print = Argraffu fy nghynllun

# Button on each part of "My plan": saves what was changed.
plan-save = Cadw'r newidiadau

# Shown and said when a part of the plan was saved.
plan-saved = Mae eich cynllun wedi'i gadw.

# Said when reading the plan aloud and a question has no answer yet.
plan-empty = Heb ei lenwi eto.

# Heading on "My plan", above the person's drinking goal.
plan-goal = Fy nod

# The goal when the person's aim is to stop drinking.
plan-goal-stop = Rydw i eisiau rhoi'r gorau i yfed.

# The goal when the person's aim is to cut down. $units is the most units a week.
# "uned" is feminine and stays singular after a number (dwy uned, tair uned).
plan-goal-cut-down = { $units ->
    [zero] Dim alcohol o gwbl mewn wythnos.
    [one] Dim mwy nag un uned yr wythnos.
    [two] Dim mwy na dwy uned yr wythnos.
    [few] Dim mwy na thair uned yr wythnos.
    [many] Dim mwy na chwe uned yr wythnos.
   *[other] Dim mwy na { $units } uned yr wythnos.
}

# The person's goal for drink-free days. $days is a number from 0 to 7.
# "diwrnod" is masculine and stays singular after a number (dau ddiwrnod, tri diwrnod).
plan-goal-drink-free = { $days ->
    [zero] Dim diwrnod heb alcohol eto bob wythnos.
    [one] Un diwrnod heb alcohol bob wythnos.
    [two] Dau ddiwrnod heb alcohol bob wythnos.
    [few] Tri diwrnod heb alcohol bob wythnos.
    [many] Chwe diwrnod heb alcohol bob wythnos.
   *[other] { $days } diwrnod heb alcohol bob wythnos.
}
