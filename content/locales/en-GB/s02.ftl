### Session 2: Alcohol, drugs and my body.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 2, shown on the session list and read aloud.
s02-title = Alcohol, drugs and my body

# What the person will do in this session. Shown before the first step.
s02-aims =
    In this session you will learn what a unit of alcohol is.
    You will hear about the low risk limits.
    You will look at how drink and drugs affect your body and mind.

# Step 1 (read). Welcome back; link to last time.
s02-welcome =
    Welcome back.
    Last time you took a first look at where you are now.
    Today we look at alcohol, drugs and your body.
    This is about facts, not blame.
    You can decide what to do with them.

# Step 2 (rate). Check-in: how the week went. 0 is very bad, 10 is very good.
s02-check-in =
    How has your week been?
    Pick a number from 0 to 10.

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s02-check-in-low = Very bad

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s02-check-in-high = Very good

# Step 3 (read). What a unit is. Figures are exact: 1 UK unit = 10 ml or 8 g of pure alcohol.
s02-units =
    Drinks are measured in units.
    One unit is 10 ml of pure alcohol.
    That is 8 grams.
    Strong drinks and big glasses have more units.
    Your body takes about an hour to clear one unit.
    Units help you see how much you really drink.

# Step 4 (read). Common drinks in units. Figures are exact UK values: pint of 4% = 2.3; 175 ml glass of 12% wine = 2.1;
# 25 ml of 40% spirit = 1; 440 ml can of 4.5% = 2.
s02-unit-guide =
    Here are some common drinks.
    A pint of 4% beer or cider is 2.3 units.
    A 175 ml glass of 12% wine is 2.1 units.
    A 25 ml shot of 40% spirit is 1 unit.
    A 440 ml can of 4.5% lager is 2 units.
    Stronger drinks have more units in the same glass.

# Step 5 (quiz). Quiz on units. The correct answer is 2.3 units.
s02-quiz-pint =
    Here is a quick question.
    How many units are in a pint of 4% beer?

# An answer in the step above. Short; read aloud on its own.
s02-quiz-pint-one = 1 unit

# An answer in the step above (the correct one). Short; read aloud on its own.
s02-quiz-pint-two-point-three = 2.3 units

# An answer in the step above. Short; read aloud on its own.
s02-quiz-pint-five = 5 units

# Kind feedback after a right answer to the quiz above.
s02-quiz-pint-right =
    Yes, that is right.
    A pint of 4% beer is 2.3 units.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s02-quiz-pint-wrong =
    Not quite, and that is fine.
    A pint of 4% beer is 2.3 units.
    Most people guess too low.

# Step 6 (read). The UK Chief Medical Officers' low risk guideline. Figures exact: no more than 14 units a week,
# spread over 3 or more days, with several drink-free days.
s02-limits =
    Doctors in the UK give a low risk guide.
    Drink no more than 14 units a week.
    Spread them over 3 days or more.
    Have several drink-free days each week.
    Less is better for your body.
    There is no safe amount of alcohol, only lower risk.

# Step 7 (checklist). Effects of drink and drugs: the person ticks any they have noticed.
s02-effects =
    Drink and drugs can affect your body and your mind.
    Tick any that you have noticed in yourself.

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-sleep = Poor sleep

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-mood = Low mood or worry

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-memory = Memory gaps

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-stomach = Stomach problems

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-money = Money worries

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-anger = Getting angry fast

# A checklist item in the step above. Short; read aloud on its own.
s02-effects-shakes = Shakes in the morning

# Step 8 (read). Longer term effects on the body, in plain words. No scare tactics.
s02-body =
    Over time, heavy use can harm your liver, heart and brain.
    It can raise your blood pressure.
    It can make low mood and worry worse.
    Drugs bring their own risks, like overdose.
    Mixing drink and drugs is extra risky.
    The good news is that the body can heal when you cut down.

# Step 9 (reflect). Reflect: roughly how many units in a usual week. Answer is optional.
s02-my-week =
    Think about a usual week.
    What do you drink, and how much?
    Try to add up your units.
    You can write it here if you like.

# Step 10 (read). Withdrawal safety. Must stay: stopping heavy daily drinking suddenly can cause withdrawal
# fits (seizures). Talk to a GP, key worker or drug and alcohol service first.
s02-safety =
    A word about safety.
    If you drink a lot every day, do not stop all at once.
    Stopping suddenly can cause withdrawal fits, also called seizures.
    These can be very dangerous.
    Some drugs can be risky to stop suddenly too.
    Talk to your GP, your key worker or a drug and alcohol service first.
    They can help you cut down safely.

# Step 11 (read). Where to get urgent help. UK numbers only: 999 for emergencies, NHS 111 for advice.
s02-help =
    Here is where to get help.
    In an emergency, call 999.
    For health advice when it is not an emergency, call NHS 111.
    You can also talk to your GP, or your probation officer or key worker.

# Step 12 (diary_task). Between-session task: keep the drink diary.
s02-diary =
    Before next time, keep a drink diary.
    Each day, add what you drank.
    Waymark will work out the units for you.
    Tap Start diary to begin.

# Recap, shown after the last step: the main points of session 2.
s02-recap =
    Here is what we covered today.
    One unit is 10 ml of pure alcohol.
    The low risk guide is no more than 14 units a week.
    Spread them over 3 days or more, with drink-free days.
    If you drink a lot every day, do not stop all at once.

# Task to do before the next session.
s02-task =
    Before next time, keep your drink diary every day.
    If you use drugs, add those too.
    Be honest: the diary is for you.
