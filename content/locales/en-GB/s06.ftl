### Session 6: Triggers and risky situations.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 6, shown on the session list and read aloud.
s06-title = Triggers and risky situations

# What the person will do in this session. Shown before the first step.
s06-aims =
    In this session you will learn what triggers are.
    You will find your own risky times, places and feelings.
    Then you will make a plan for your triggers.

# Step 1 (read). Welcome back; check on the goal.
s06-welcome =
    Welcome back.
    How did your first step go?
    Whatever happened, you can learn from it.
    Today we look at triggers.

# Step 2 (read). What a trigger is, in plain words.
s06-what =
    A trigger is something that makes you want to drink or use.
    It might be a place, like the pub or a mate's flat.
    It might be a person, or a time, like payday.
    It might be a feeling, like stress, anger or boredom.
    Triggers are different for everyone.

# Step 3 (checklist). The person ticks their own triggers.
s06-my-triggers =
    Which of these are triggers for you?
    Tick any that fit.

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-payday = Payday

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-pub = Going to the pub

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-mates = Seeing certain mates

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-stress = Feeling stressed

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-bored = Being bored

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-lonely = Feeling lonely

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-angry = Feeling angry

# A checklist item in the step above. Short; read aloud on its own.
s06-my-triggers-night = Late at night

# Step 4 (read). HALT: hungry, angry, lonely, tired. A simple check on risky body and mood states.
s06-halt =
    Here is a simple check.
    Ask yourself: am I hungry, angry, lonely or tired?
    These four make urges much stronger.
    Eat something, calm down, call someone, or rest.
    It can take the edge off.

# Step 5 (quiz). Quiz about the HALT check. Correct: 'Hungry, angry, lonely, tired'.
s06-quiz-halt = Which four things can make urges stronger?

# An answer in the step above (the correct one). Short; read aloud on its own.
s06-quiz-halt-halt = Hungry, angry, lonely, tired

# An answer in the step above. Short; read aloud on its own.
s06-quiz-halt-happy = Happy, awake, lucky, tall

# An answer in the step above. Short; read aloud on its own.
s06-quiz-halt-none = None, urges just come

# Kind feedback after a right answer to the quiz above.
s06-quiz-halt-right =
    Yes.
    Hungry, angry, lonely and tired.
    Check in with yourself when an urge comes.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s06-quiz-halt-wrong =
    Not quite.
    It is hungry, angry, lonely and tired.
    Check in with yourself when an urge comes.

# Step 6 (rate). How risky the week ahead feels. 0 = no risk, 10 = very risky.
s06-risk =
    Think about the week ahead.
    How risky does it feel for you?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s06-risk-low = No risk

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s06-risk-high = Very risky

# Step 7 (read). Three ways to deal with a trigger: avoid it, change it, or cope with it.
s06-three-ways =
    There are three ways to deal with a trigger.
    You can avoid it, like taking a different way home.
    You can change it, like meeting a mate at a cafe.
    Or you can cope with it, using a plan.
    Next you will make your own plan.

# Step 8 (plan). Plan builder: my triggers and what I will do about them.
s06-triggers-plan =
    Let us make your triggers plan.
    Think of your biggest triggers.
    Then think what you will do instead.

# A question in the plan above; the person types or picks an answer.
s06-triggers-plan-triggers = What are your biggest triggers?

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-triggers-payday = Payday

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-triggers-stress = Stress

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-triggers-mates = Certain mates

# A question in the plan above; the person types or picks an answer.
s06-triggers-plan-avoid = Which of them can you avoid?

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-avoid-route = Take a different way home

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-avoid-cash = Leave my card at home

# A question in the plan above; the person types or picks an answer.
s06-triggers-plan-instead = What will you do instead?

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-instead-walk = Go for a walk

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-instead-call = Call someone

# A ready-made answer the person can tap for the question above.
s06-triggers-plan-instead-food = Eat a meal

# Step 9 (diary_task). Between-session task: the urge diary, noting triggers.
s06-diary =
    Before next time, keep an urge diary.
    Each time you feel an urge, add it.
    Note where you were and what set it off.
    Tap Start diary to begin.

# Recap, shown after the last step: the main points of session 6.
s06-recap =
    Here is what we covered today.
    Triggers can be places, people, times or feelings.
    Hungry, angry, lonely and tired make urges stronger.
    You can avoid a trigger, change it, or cope with it.
    You made a plan for your triggers.

# Task to do before the next session.
s06-task =
    Before next time, keep your urge diary.
    Try your triggers plan at least once.
    Notice what works and what does not.
