# Built-in en-GB words the UI falls back to when a message is missing from both the chosen
# language and the en-GB ui.ftl from the API (for example when the API cannot be reached).
# Ids shared with content/locales/en-GB/ui.ftl use the same words. Ids marked NEW are not in
# content yet: content/locales/<locale>/ui.ftl should gain them (and their voice-over).

app-name = Waymark
loading = Loading…
home = Home
home-title = Your sessions
step-of = Step { $current } of { $total }
next = Next
back = Back
finish = Finish session
play = Play
pause = Pause
replay-sentence = Say that again
session-complete = Well done. You finished this session.
retry = Try again
no-audio = Sound is not available. You can still read the words.
listen-mode = Read aloud
listen-mode-on = Read aloud is on
listen-mode-off = Read aloud is off
language = Language
language-en-gb = English
language-cy = Cymraeg
error-db-title = Your saved work could not be opened
error-db-body =
    Waymark could not open the file where your work is saved.
    The file is kept safe, and nothing in it has been changed.
    Close Waymark and open it again.
    If this keeps happening, ask your facilitator for help.
    Show them this: { $path }

# Button next to a label or screen: reads it aloud.
hear-this = Hear this
# Under each session's title on the home screen. $done steps finished out of $total.
session-progress = { $done } of { $total } steps done
# Under a session's title when every step is done.
session-all-done = All { $total } steps done
# Heading of the settings on the home screen.
settings-title = Settings
# Shown when the browser did not let the voice start by itself.
audio-blocked = The voice did not start by itself. Tap Play to hear it.
# Shown when a step or the session list cannot be loaded.
step-load-failed = This could not be opened. Try again.
# Shown when finishing a step could not be saved.
step-save-failed = Your step was not saved. Try again.
# On the saved-data error screen: do not delete the file.
error-db-keep = Do not delete the file. Your work is in it.
# On the saved-data error screen, above the technical reason, for a facilitator.
error-details = Details for your facilitator
# Error screen when Waymark cannot start for another reason.
error-generic-title = Something went wrong
error-generic-body =
    Waymark could not start.
    Close it and open it again.
    If it still does not work, ask your facilitator for help.
