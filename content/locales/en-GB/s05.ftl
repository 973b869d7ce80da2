### Session 5: My goals.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 5, shown on the session list and read aloud.
s05-title = My goals

# What the person will do in this session. Shown before the first step.
s05-aims =
    In this session you will choose a goal.
    You might cut down, or you might stop.
    You will make a plan with drink-free days and small steps.

# Step 1 (read). Welcome back; goal setting is the person's choice (responsibility, FRAMES).
s05-welcome =
    Welcome back.
    Today you will set a goal.
    It is your goal, so it is your choice.
    A good goal is clear and small enough to reach.
    You can change it later if you need to.

# Step 2 (read). Menu of options: cut down or stop. Neither is the only right answer.
s05-options =
    There are two main paths.
    You can cut down, or you can stop.
    Cutting down can be a good first step.
    Stopping can be best if cutting down has not worked.
    It can also be best if your health or the law needs it.
    Your key worker can help you choose.

# Step 3 (read). Withdrawal safety. Must stay wherever stopping is suggested: stopping heavy daily drinking suddenly
# can cause withdrawal fits (seizures). Talk to a GP, key worker or drug and alcohol service first.
s05-safety =
    Before you choose, a word about safety.
    If you drink a lot every day, stopping all at once can be dangerous.
    It can cause withdrawal fits, also called seizures.
    Signs of withdrawal include shakes, sweats and feeling sick.
    Talk to your GP, your key worker or a drug and alcohol service first.
    They can help you stop safely.

# Step 4 (choose). The goal chooser: cut down or stop (one choice). Saved and shown again in 'My plan'.
s05-goal = Which goal feels right for you now?

# A choice in the step above. Short; read aloud on its own.
s05-goal-cut-down = Cut down

# A choice in the step above. Short; read aloud on its own.
s05-goal-stop = Stop

# A choice in the step above. Short; read aloud on its own.
s05-goal-not-sure = I am not sure yet

# Step 5 (read). Drink-free days and the low risk guide. Figures exact: no more than 14 units a week, over 3 or more days.
s05-drink-free =
    If you drink, drink-free days are a great goal.
    They give your body a rest.
    The low risk guide is no more than 14 units a week.
    Spread them over 3 days or more.
    Have several drink-free days each week.
    Start with one or two, then add more.

# Step 6 (plan). Plan builder for the goal. Each field has a question and some ready-made answers.
s05-goal-plan =
    Now let us make your goal plan.
    Answer each question in your own words.
    You can tap an idea if it fits.

# A question in the plan above; the person types or picks an answer.
s05-goal-plan-goal = What is your goal?

# A ready-made answer the person can tap for the question above.
s05-goal-plan-goal-cut-down = Cut down

# A ready-made answer the person can tap for the question above.
s05-goal-plan-goal-stop = Stop

# A ready-made answer the person can tap for the question above.
s05-goal-plan-goal-drug-free = Stop using drugs

# A question in the plan above; the person types or picks an answer.
s05-goal-plan-drink-free-days = How many drink-free days will you have each week?

# A ready-made answer the person can tap for the question above.
s05-goal-plan-drink-free-days-two = Two days

# A ready-made answer the person can tap for the question above.
s05-goal-plan-drink-free-days-three = Three days

# A ready-made answer the person can tap for the question above.
s05-goal-plan-drink-free-days-all = Every day

# A question in the plan above; the person types or picks an answer.
s05-goal-plan-why = Why does this goal matter to you?

# A ready-made answer the person can tap for the question above.
s05-goal-plan-why-health = My health

# A ready-made answer the person can tap for the question above.
s05-goal-plan-why-family = My family

# A ready-made answer the person can tap for the question above.
s05-goal-plan-why-law = Staying out of trouble

# A question in the plan above; the person types or picks an answer.
s05-goal-plan-first-step = What is your first small step?

# A ready-made answer the person can tap for the question above.
s05-goal-plan-first-step-diary = Keep my diary

# A ready-made answer the person can tap for the question above.
s05-goal-plan-first-step-gp = Talk to my GP

# A ready-made answer the person can tap for the question above.
s05-goal-plan-first-step-less-cash = Carry less cash

# Step 7 (rate). Confidence in reaching the goal (self-efficacy). 0 = not at all sure, 10 = very sure.
s05-confidence =
    How sure are you that you can reach your goal?
    Pick a number from 0 to 10.

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s05-confidence-low = Not at all sure

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s05-confidence-high = Very sure

# Step 8 (read). Self-efficacy: building on past success. Warm and hopeful.
s05-can-do =
    Think of a time you changed something hard.
    Maybe you got a job, or got through a tough time.
    You did that, and you can do this too.
    Small steps add up.
    If your number was low, what would make it one point higher?

# Step 9 (read). Where to get urgent help. UK numbers only: 999 for emergencies, NHS 111 for advice.
s05-help =
    If you need help along the way, ask for it.
    In an emergency, call 999.
    For health advice when it is not an emergency, call NHS 111.
    You can also talk to your GP, or your probation officer or key worker.

# Step 10 (diary_task). Between-session task: keep the drink diary and mark drink-free days.
s05-diary =
    Before next time, keep your drink diary.
    Mark your drink-free days.
    See how close you get to your goal.
    Tap Start diary to begin.

# Recap, shown after the last step: the main points of session 5.
s05-recap =
    Here is what we covered today.
    You chose a goal: to cut down, to stop, or to think more.
    Drink-free days give your body a rest.
    If you drink a lot every day, get help before you stop.
    Small steps add up.

# Task to do before the next session.
s05-task =
    Before next time, try your first small step.
    Keep your diary and mark your drink-free days.
    If it does not go to plan, that is fine: we will learn from it.
