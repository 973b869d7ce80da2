### Session 10: A life I value.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 10, shown on the session list and read aloud.
s10-title = A life I value

# What the person will do in this session. Shown before the first step.
s10-aims =
    In this session you will think about what matters to you.
    You will look at routine, sleep and support.
    Then you will plan a good week.

# Step 1 (read). Welcome back; today is about building a life that leaves less room for using.
s10-welcome =
    Welcome back.
    Did you get to say no this week?
    Today we look at the life you want.
    When life feels good, there is less room for drink or drugs.

# Step 2 (choose). What matters most to the person (values). Several can be picked.
s10-values =
    What matters most to you?
    Pick as many as you like.

# A choice in the step above. Short; read aloud on its own.
s10-values-family = My family

# A choice in the step above. Short; read aloud on its own.
s10-values-health = My health

# A choice in the step above. Short; read aloud on its own.
s10-values-work = Work or learning

# A choice in the step above. Short; read aloud on its own.
s10-values-home = A safe home

# A choice in the step above. Short; read aloud on its own.
s10-values-friends = Good friends

# A choice in the step above. Short; read aloud on its own.
s10-values-free = Staying free

# A choice in the step above. Short; read aloud on its own.
s10-values-respect = Being respected

# Step 3 (reflect). Reflect: how drink or drugs get in the way of what matters.
s10-gap =
    Pick one thing that matters to you.
    How do drink or drugs get in the way of it?
    What could you do this week to move toward it?

# Step 4 (read). Why routine helps: structure and less boredom.
s10-routine =
    A routine can help a lot.
    Get up and go to bed at the same times.
    Eat regular meals.
    Plan something for the times you used to drink or use.
    Boredom is a big trigger, so fill the gaps.

# Step 5 (read). Sleep: alcohol harms sleep; simple tips.
s10-sleep =
    Drink may help you nod off, but it spoils your sleep.
    You wake up more and feel tired the next day.
    Good sleep helps your mood and your self control.
    Cutting down often helps sleep after a week or two.

# Step 6 (rate). How well the person has slept this week. 0 = very badly, 10 = very well.
s10-sleep-rate = How well have you slept this week?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s10-sleep-rate-low = Very badly

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s10-sleep-rate-high = Very well

# Step 7 (checklist). Sleep tips the person could try.
s10-sleep-tips =
    Which of these could you try for better sleep?
    Tick any you like.

# A checklist item in the step above. Short; read aloud on its own.
s10-sleep-tips-same-time = Go to bed at the same time

# A checklist item in the step above. Short; read aloud on its own.
s10-sleep-tips-no-phone = Put my phone away before bed

# A checklist item in the step above. Short; read aloud on its own.
s10-sleep-tips-less-caffeine = No tea or coffee after 4

# A checklist item in the step above. Short; read aloud on its own.
s10-sleep-tips-walk = Go for a walk in the day

# A checklist item in the step above. Short; read aloud on its own.
s10-sleep-tips-dark = Keep my room dark and cool

# Step 8 (read). Support outside the group: services and people. No phone numbers except 999 and 111.
s10-support =
    You do not have to do this alone.
    Your key worker can link you to local support.
    There are groups where people help each other.
    A drug and alcohol service can offer advice and treatment.
    Your GP can help with health, sleep and mood.

# Step 9 (plan). Plan builder: a good week with things the person values.
s10-week-plan =
    Now plan a good week.
    Add things that matter to you, and fill the risky times.

# A question in the plan above; the person types or picks an answer.
s10-week-plan-routine = What time will you get up each day?

# A question in the plan above; the person types or picks an answer.
s10-week-plan-fun = What will you do for fun?

# A ready-made answer the person can tap for the question above.
s10-week-plan-fun-sport = Sport or the gym

# A ready-made answer the person can tap for the question above.
s10-week-plan-fun-walk = A walk

# A ready-made answer the person can tap for the question above.
s10-week-plan-fun-film = A film with someone

# A question in the plan above; the person types or picks an answer.
s10-week-plan-risky-time = What will you do at your most risky time?

# A question in the plan above; the person types or picks an answer.
s10-week-plan-people = Who will you spend time with?

# Recap, shown after the last step: the main points of session 10.
s10-recap =
    Here is what we covered today.
    A life you value leaves less room for drink or drugs.
    Routine, good sleep and support all help.
    You planned a good week.

# Task to do before the next session.
s10-task =
    Before next time, follow your plan for a good week.
    Try one sleep tip.
    Keep your diary too.
