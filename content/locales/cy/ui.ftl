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
