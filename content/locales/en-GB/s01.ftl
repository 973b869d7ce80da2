### Session 1: Welcome and where I am now.
### Waymark programme text, CC BY-SA 4.0. Written in plain English for people who may
### find reading hard: every line is also read aloud. Keep sentences short (15 words or
### fewer) and words common. Each line of a message is one sentence on screen.

# Title of session 1, shown on the session list and read aloud.
s01-title = Welcome and where I am now

# What the person will do in this session. Shown before the first step.
s01-aims =
    In this session you will find out how Waymark works.
    You will hear what the sessions are about.
    Then you will take a first look at where you are now.

# Step 1. A warm welcome: what Waymark is and who it is for. No pressure to change.
s01-welcome =
    Welcome to Waymark.
    We are glad you are here.
    Waymark has eleven sessions about alcohol and drugs.
    It is for people on probation who want to look at drink or drugs.
    You might want to cut down, or stop, or just think about it.
    All of these are fine.
    You can go at your own pace.
    You can take a break at any time and come back later.

# Step 2. How the programme runs: group sessions at the probation office, the app between them.
# "Facilitator" is the person who runs the group; keep a word that your service uses.
s01-about =
    You will do the sessions in a group at the probation office.
    A facilitator runs the group.
    They are there to help you, not to test you.
    Between groups, Waymark stays with you on your phone.
    It works without the internet.
    You can keep a diary of what you drink or use.
    You can set goals and see how you are getting on.
    Each session builds on the one before.

# Step 3. How to use the app. The button names here must match the UI strings
# "play", "pause", "replay-sentence", "next" and "back" in ui.ftl.
s01-how-it-works =
    Here is how to use Waymark.
    Each screen has a few short lines of words.
    Waymark reads them out loud to you.
    The words light up as you hear them.
    You do not need to read if you would rather listen.
    Tap Play to hear a screen, and Pause to stop.
    Tap Say that again to hear a line once more.
    When you are ready, tap Next.
    Tap Back to go to the screen before.

# Step 4. Nobody judges; slips are part of change, not failure.
s01-no-judging =
    Nobody here will judge you.
    Lots of people find alcohol or drugs hard to deal with.
    You are not the only one.
    There are no right or wrong answers in Waymark.
    It helps most when you are honest with yourself.
    Change is not a straight line.
    Most people slip up along the way.
    A slip is not a failure.
    It is a chance to learn what helps you.

# Step 5. Consent: the person chooses what the facilitator sees, and can change their mind.
# This must stay true to how the app shares data: attendance and session progress by
# default, diary only with a yes, and saying no later stops new things being shared.
s01-your-choice =
    What you put in Waymark is yours.
    It is kept on your phone.
    It is your choice what your facilitator sees.
    At first, they only see which sessions you came to.
    They also see how far you got in each session.
    They see your diary only if you say yes.
    You can change your mind at any time.
    If you say no later, they will not see anything new from then on.

# Step 6. A first look at where I am now: gentle questions to think about, nothing to write yet.
s01-where-now =
    Now let us take a first look at where you are now.
    Think about the last few weeks.
    How much have you been drinking or using?
    How has it been for your health and your sleep?
    What about your family, your friends and your money?
    Has it got you into trouble with the law?
    You do not need to write anything down yet.
    Just notice what comes to mind.

# Step 7. What matters to me: one thing the person would like to be different.
s01-what-matters =
    Now think about what matters to you.
    It might be your children, a partner, or a job.
    It might be your health, or staying out of trouble.
    It might be feeling more in charge of your life.
    Pick one thing you would like to be different.
    Hold on to it.
    We will come back to it in the sessions ahead.

# Step 8. Safety. Stopping heavy daily drinking suddenly can cause dangerous withdrawal
# (fits). UK numbers: 999 is for emergencies, 111 is NHS advice. Use local numbers in
# other countries.
s01-staying-safe =
    One more thing before we finish.
    If you drink a lot every day, do not stop all at once.
    Stopping suddenly can make you very ill.
    Talk to your doctor or your facilitator first.
    They can help you cut down safely.
    If you or someone else is in danger, call 999.
    For health advice when it is not an emergency, call 111.

# Step 9. The end of session 1: well done, and what comes next time.
s01-next-time =
    Well done. That is the end of session one.
    You now know how Waymark works.
    You have taken a first look at where you are now.
    Next time we will look at alcohol, drugs and your body.
    Until then, you can open Waymark on your phone at any time.
    See you next time.

# Recap, shown after the last step: the main points of session 1 in a few lines.
s01-recap =
    Here is what we covered today.
    Waymark has eleven sessions, and it stays on your phone.
    Nobody will judge you, and a slip is not a failure.
    You choose what your facilitator sees.
    You took a first look at where you are now.

# Task to do before session 2. Gentle: noticing, not changing yet.
s01-task =
    Before next time, just notice when you drink or use.
    Notice where you are and who you are with.
    You do not need to change anything yet.
