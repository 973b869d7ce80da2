### Waymark user-interface strings, British English (the source locale).
### CC BY-SA 4.0. Every label is also read aloud, so keep labels short and plain.
### Messages without variables have voice-over; messages with variables ({ $name })
### are not voiced yet.

# The app's name. Shown in the title bar and read aloud on the home screen.
app-name = Waymark

# Heading of the home screen, above the list of sessions.
home-title = Your sessions

# Button on a session the person has not started yet.
session-start = Start

# Button on a session the person has started but not finished.
session-continue = Carry on

# Button on a session; chooses "Start" or "Carry on". $state is "new" or "started".
session-open = { $state ->
    [started] { session-continue }
   *[other] { session-start }
}

# Label of a session on the home screen, e.g. "Session 3". $number is the session number.
session-number = Session { $number }

# Heading above a session's aims, before its first step.
session-aims-heading = What this session is about

# Where the person is in a session, e.g. "Step 2 of 9".
step-of = Step { $current } of { $total }

# Button: go to the next step.
next = Next

# Button: go back to the step before.
back = Back

# Button on the last step of a session.
finish = Finish session

# Button: start reading the screen aloud.
play = Play

# Button: stop reading aloud for now.
pause = Pause

# Button: read the current sentence aloud again.
replay-sentence = Say that again

# How many sessions the person has finished, on the home screen. $count is a number.
sessions-done = { $count ->
    [0] You have not finished a session yet.
    [one] You have finished { $count } session.
   *[other] You have finished { $count } sessions.
}

# Shown when the person finishes the last step of a session.
session-complete = Well done. You finished this session.

# Button: go back to the home screen.
home = Home

# Title of the screen shown when the app cannot open its saved data.
error-db-title = Your saved work could not be opened

# Body of that screen. Says the data is safe and what to do. $path is the file's location,
# shown so a facilitator or helper can find it.
error-db-body =
    Waymark could not open the file where your work is saved.
    The file is kept safe, and nothing in it has been changed.
    Close Waymark and open it again.
    If this keeps happening, ask your facilitator for help.
    Show them this: { $path }

# Button: try the last thing again.
retry = Try again

# Button: close a message or a panel.
close = Close

# Shown while something is loading.
loading = Loading…

# Shown when voice-over cannot be played on this device.
no-audio = Sound is not available. You can still read the words.

# Name of the switch that turns reading aloud on or off.
listen-mode = Read aloud

# Said and shown when reading aloud is turned on.
listen-mode-on = Read aloud is on

# Said and shown when reading aloud is turned off.
listen-mode-off = Read aloud is off

# Label of the language picker.
language = Language

# The name of English, written in English, in the language picker.
language-en-gb = English

# The name of Welsh, written in Welsh (so Welsh speakers can find it), in the language picker.
language-cy = Cymraeg
