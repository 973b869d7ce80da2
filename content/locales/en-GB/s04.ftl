### Session 4: Weighing it up.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 4, shown on the session list and read aloud.
s04-title = Weighing it up

# What the person will do in this session. Shown before the first step.
s04-aims =
    In this session you will weigh up the good and bad sides of using.
    You will hear about the stages of change.
    Then you will think about where you are now.

# Step 1 (read). Welcome back; today is about weighing things up, with no pressure.
s04-welcome =
    Welcome back.
    Today is about weighing things up.
    Most people have mixed feelings about drink or drugs.
    Part of you may want to change, and part of you may not.
    That is normal.
    There is no pressure here.

# Step 2 (checklist). Honest look at what the person gets from using (the benefits). Non-judging.
s04-good-things =
    Let us be honest.
    Drink and drugs give people something, or they would not use them.
    What do you get out of it?
    Tick any that fit.

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-relax = It helps me relax

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-fun = It is fun

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-friends = It is what my friends do

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-forget = It helps me forget things

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-sleep = It helps me sleep

# A checklist item in the step above. Short; read aloud on its own.
s04-good-things-bored = It stops me being bored

# Step 3 (checklist). The costs of using. The person ticks any that fit.
s04-bad-things =
    Now think about the not so good side.
    What does drink or drugs cost you?
    Tick any that fit.

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-health = My health

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-money = My money

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-family = Time with my family

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-trouble = Trouble with the law

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-work = My job or chances of work

# A checklist item in the step above. Short; read aloud on its own.
s04-bad-things-mood = My mood

# Step 4 (read). Weighing up: picture a set of scales with the good and the bad on each side.
s04-scales =
    Picture a set of scales.
    On one side are the good things about using.
    On the other side are the costs.
    Which side feels heavier for you right now?
    There is no right answer.
    It can change from day to day.

# Step 5 (rate). How much the person wants to change. 0 = not at all, 10 = very much.
s04-worth-it =
    How much do you want to change your drinking or drug use?
    Pick a number from 0 to 10.

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s04-worth-it-low = Not at all

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s04-worth-it-high = Very much

# Step 6 (read). Stages of change, in plain words. Formal names: precontemplation, contemplation, preparation,
# action, maintenance. Lapse is expected and is not failure.
s04-stages =
    Change often happens in stages.
    First, you are not thinking about change yet.
    Then you start to think about it.
    Next, you get ready and make a plan.
    Then you make the change.
    Last, you keep it going.
    People often go round the stages more than once.
    A slip back is normal and is not a failure.

# Step 7 (choose). Which stage of change feels most like the person now. One choice.
s04-my-stage = Which of these sounds most like you today?

# A choice in the step above. Short; read aloud on its own.
s04-my-stage-not-yet = I am not thinking about change

# A choice in the step above. Short; read aloud on its own.
s04-my-stage-thinking = I am thinking about it

# A choice in the step above. Short; read aloud on its own.
s04-my-stage-ready = I am getting ready to change

# A choice in the step above. Short; read aloud on its own.
s04-my-stage-doing = I am making changes now

# A choice in the step above. Short; read aloud on its own.
s04-my-stage-keeping = I am keeping a change going

# Step 8 (quiz). Quiz: a slip back is normal. Correct: 'It is a normal part of change'.
s04-quiz-slip =
    Someone slips back after a few good weeks.
    What does this mean?

# An answer in the step above. Short; read aloud on its own.
s04-quiz-slip-failed = They have failed

# An answer in the step above (the correct one). Short; read aloud on its own.
s04-quiz-slip-normal = It is a normal part of change

# An answer in the step above. Short; read aloud on its own.
s04-quiz-slip-give-up = They should give up

# Kind feedback after a right answer to the quiz above.
s04-quiz-slip-right =
    Yes.
    Slips are a normal part of change.
    They can teach you what to do next time.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s04-quiz-slip-wrong =
    That is a common thought, but it is not true.
    Slips are a normal part of change.
    They can teach you what to do next time.

# Step 9 (reflect). Reflect: the person's own reasons for change (their words matter most).
s04-why-change =
    What would be better for you if you changed?
    Think about your health, your family and your freedom.
    Write your own reasons here if you like.
    Your reasons matter more than anyone else's.

# Recap, shown after the last step: the main points of session 4.
s04-recap =
    Here is what we covered today.
    Using has good sides and costs.
    Change happens in stages, and it is normal to go round more than once.
    A slip back is not a failure.
    Your own reasons for change matter most.

# Task to do before the next session.
s04-task =
    Before next time, keep your diary.
    Each day, notice one cost and one good thing about using.
    Think about which side of the scales is heavier.
