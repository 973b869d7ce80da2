### Session 11: Staying on track.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 11, shown on the session list and read aloud.
s11-title = Staying on track

# What the person will do in this session. Shown before the first step.
s11-aims =
    In this session you will learn the difference between a lapse and a relapse.
    You will put your plans together into My plan.
    You will also see where to get help.

# Step 1 (read). Welcome to the last session; well done for getting here.
s11-welcome =
    Welcome to the last session.
    Well done for getting this far.
    Today is about staying on track.
    We will bring together all you have learned.

# Step 2 (read). Lapse vs relapse. Fact to keep: a lapse is expected and is not a failure.
s11-lapse =
    A lapse is a slip, like one night of drinking.
    A relapse is going back to your old ways for a while.
    A lapse does not have to become a relapse.
    Lots of people lapse when they change.
    It is not a failure.
    It is a chance to learn.

# Step 3 (quiz). Quiz: what to do after a lapse. Correct: learn from it and get back on track.
s11-quiz-lapse =
    You have a lapse after a bad day.
    What is the best thing to do?

# An answer in the step above. Short; read aloud on its own.
s11-quiz-lapse-give-up = Give up, it is no use

# An answer in the step above (the correct one). Short; read aloud on its own.
s11-quiz-lapse-learn = Learn from it and get back on track

# An answer in the step above. Short; read aloud on its own.
s11-quiz-lapse-hide = Hide it from everyone

# Kind feedback after a right answer to the quiz above.
s11-quiz-lapse-right =
    Yes.
    Learn from it and get back on track.
    One slip does not undo your work.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s11-quiz-lapse-wrong =
    Not quite.
    The best thing is to learn from it and get back on track.
    One slip does not undo your work.

# Step 4 (checklist). Steps to take after a lapse.
s11-after-lapse =
    If you lapse, here is what to do.
    Tick the steps you will take.

# A checklist item in the step above. Short; read aloud on its own.
s11-after-lapse-stop = Stop and get somewhere safe

# A checklist item in the step above. Short; read aloud on its own.
s11-after-lapse-kind = Be kind to myself

# A checklist item in the step above. Short; read aloud on its own.
s11-after-lapse-why = Work out what led to it

# A checklist item in the step above. Short; read aloud on its own.
s11-after-lapse-tell = Tell someone I trust

# A checklist item in the step above. Short; read aloud on its own.
s11-after-lapse-plan = Look at my plan again

# Step 5 (read). Warning signs of a relapse building up.
s11-warning =
    A relapse often builds up slowly.
    Watch for warning signs.
    You might stop caring about your goal.
    You might see old mates again, or skip appointments.
    You might sleep badly or feel low.
    If you notice these, act early.

# Step 6 (plan). My plan: the goal, triggers and coping plans from sessions 5, 6 and 7 are shown above these questions.
s11-my-plan =
    Here is My plan.
    It brings together your goal, your triggers and your coping plan.
    Check each part and change anything you need to.
    Then add your warning signs and your support.

# A question in the plan above; the person types or picks an answer.
s11-my-plan-warning-signs = What are your warning signs?

# A ready-made answer the person can tap for the question above.
s11-my-plan-warning-signs-sleep = Sleeping badly

# A ready-made answer the person can tap for the question above.
s11-my-plan-warning-signs-mates = Seeing old mates

# A ready-made answer the person can tap for the question above.
s11-my-plan-warning-signs-skip = Skipping appointments

# A question in the plan above; the person types or picks an answer.
s11-my-plan-support = Who will you turn to for support?

# A ready-made answer the person can tap for the question above.
s11-my-plan-support-worker = My key worker

# A ready-made answer the person can tap for the question above.
s11-my-plan-support-gp = My GP

# A ready-made answer the person can tap for the question above.
s11-my-plan-support-friend = A friend

# A question in the plan above; the person types or picks an answer.
s11-my-plan-lapse-plan = What will you do if you lapse?

# A ready-made answer the person can tap for the question above.
s11-my-plan-lapse-plan-tell = Tell someone

# A ready-made answer the person can tap for the question above.
s11-my-plan-lapse-plan-plan = Look at My plan again

# Step 7 (read). Withdrawal safety. Must stay: stopping heavy daily drinking suddenly can cause withdrawal
# fits (seizures). Talk to a GP, key worker or drug and alcohol service first.
s11-safety =
    Remember this about safety.
    If you start drinking a lot every day again, do not stop all at once.
    Stopping suddenly can cause withdrawal fits, also called seizures.
    Talk to your GP, your key worker or a drug and alcohol service first.

# Step 8 (read). Where to get urgent help. UK numbers only: 999 for emergencies, NHS 111 for advice.
# Waymark always shows these on the help screen too.
s11-help =
    Here is where to get help, now and after the course.
    In an emergency, call 999.
    For health advice when it is not an emergency, call NHS 111.
    You can also talk to your GP, or your probation officer or key worker.
    A drug and alcohol service can help at any time.

# Step 9 (rate). Confidence in staying on track. 0 = not at all sure, 10 = very sure.
s11-confidence = How sure are you that you can stay on track?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s11-confidence-low = Not at all sure

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s11-confidence-high = Very sure

# Step 10 (reflect). Reflect: something the person is proud of from the course.
s11-proud =
    Think back over the course.
    What are you proud of?
    Write it here, so you can read it on a hard day.

# Step 11 (read). The end of the programme: warm goodbye; Waymark stays on the phone.
s11-goodbye =
    Well done.
    You have finished all eleven sessions.
    Waymark stays on your phone.
    You can keep your diaries and look at My plan at any time.
    Change takes time, and you have made a real start.
    Good luck.

# Recap, shown after the last step: the main points of session 11.
s11-recap =
    Here is what we covered today.
    A lapse is a slip, not a failure.
    Watch for warning signs and act early.
    My plan holds your goal, triggers, coping plan and support.
    In an emergency, call 999, and for advice call NHS 111.

# Task to do before the next session.
s11-task =
    From now on, keep using Waymark.
    Keep your diary and look at My plan each week.
    If things get hard, talk to your key worker.
