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
error-db-title = Your saved work did not open

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

## Moved from the UI's built-in defaults (ui/src/lib/default-strings.ftl), so they are voiced.

# Button next to a label or a screen: reads it aloud.
hear-this = Hear this

# Under each session's title on the home screen. $done steps finished out of $total.
session-progress = { $done } of { $total } steps done

# Under a session's title when every step is done. $total is the number of steps.
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

# Title of the error screen when Waymark cannot start for another reason.
error-generic-title = Something went wrong

# Body of that error screen: what to do.
error-generic-body =
    Waymark could not start.
    Close it and open it again.
    If it still does not work, ask your facilitator for help.

## The programme's steps: reading controls, answers, session end and "My plan".

# Button on a step: changes how fast the voice reads. The speed (like "1×") is shown after it.
speed = Speed

# Button on a step: says the names of the buttons on the screen, one after another.
hear-buttons = Hear the buttons

# Label of the box where the person may write a few words about a question.
reflect-label = Your words

# Under that box: writing is optional.
reflect-optional = You do not have to write. You can just tap Next.

# Above a list where the person picks one answer.
choose-one = Choose one.

# Above a list where the person may pick several answers.
choose-several = Choose all that fit you.

# Above a checklist: the person ticks any items that are true for them.
checklist-hint = Tick any that fit you.

# Above the answers of a quiz question.
quiz-hint = Choose one answer.

# Heading of the feedback when the quiz answer is right.
quiz-right = That is right.

# Heading of the kind feedback when the quiz answer is not the right one. Keep it gentle.
quiz-not-quite = Not quite.

# Above a row of numbers from 0 to 10 the person picks from.
rate-hint = Tap a number from 0 to 10.

# In a plan: the questions below come from an earlier session. $number is that session's number.
plan-from-session = From session { $number }

# In a plan, above ready-made answers the person can tap.
plan-ideas = Tap an idea, or write your own.

# A task at the end of a session: keep the drink diary.
diary-task-drink = This week, fill in your drink diary.

# A task at the end of a session: keep the drug diary.
diary-task-drug = This week, fill in your drug diary.

# A task at the end of a session: note down urges and cravings.
diary-task-urge = This week, write down your urges.

# Button on a diary task: opens that diary to add an entry.
diary-task-start = Start diary

# Heading on the end-of-session screen, above a short summary of the session.
session-recap = What we covered

# Heading on the end-of-session screen, above the task to do before the next session.
session-task = Before next time

# Button on the home screen, and the title of the screen with the person's own plan.
my-plan = My plan

# Button on "My plan": reads the whole plan aloud.
plan-read-aloud = Read my plan aloud

# Button on "My plan" while it is being read aloud: stops reading.
plan-stop-reading = Stop reading

# Button on "My plan": prints it (or saves it as a PDF).
plan-print = Print my plan

# Button on each part of "My plan": saves what was changed.
plan-save = Save changes

# Shown and said when a part of the plan was saved.
plan-saved = Your plan is saved.

# Said when reading the plan aloud and a question has no answer yet.
plan-empty = Not filled in yet.

# Heading on "My plan", above the person's drinking goal.
plan-goal = My goal

# The goal when the person's aim is to stop drinking.
plan-goal-stop = I want to stop drinking.

# The goal when the person's aim is to cut down. $units is the most units a week.
plan-goal-cut-down = { $units ->
    [0] No alcohol in a week.
    [one] At most { $units } unit a week.
   *[other] At most { $units } units a week.
}

# The person's goal for drink-free days. $days is a number from 0 to 7.
plan-goal-drink-free = { $days ->
    [0] No drink-free days a week yet.
    [one] { $days } drink-free day a week.
   *[other] { $days } drink-free days a week.
}
