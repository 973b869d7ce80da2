### Session 9: People, pressure and saying no.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 9, shown on the session list and read aloud.
s09-title = People, pressure and saying no

# What the person will do in this session. Shown before the first step.
s09-aims =
    In this session you will look at the people around you.
    You will think about who helps and who makes things harder.
    Then you will practise ways to say no.

# Step 1 (read). Welcome back; today is about people and pressure.
s09-welcome =
    Welcome back.
    Did you catch an excuse thought?
    Today we look at the people around you.
    Other people can make change easier, or harder.

# Step 2 (read). Supportive and unsupportive people, without judging them.
s09-people =
    Some people help you stay on track.
    Others may want you to drink or use with them.
    They may not mean any harm.
    But it can make your goal harder.
    It helps to know who is who.

# Step 3 (checklist). Who in the person's life could support them.
s09-who-helps =
    Who could help you with your goal?
    Tick any that fit.

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-partner = A partner

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-family = Someone in my family

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-friend = A friend who does not use

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-worker = My key worker or probation officer

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-group = A support group

# A checklist item in the step above. Short; read aloud on its own.
s09-who-helps-gp = My GP

# Step 4 (rate). How much pressure from others to drink or use. 0 = none, 10 = a lot.
s09-pressure = How much do other people push you to drink or use?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s09-pressure-low = Not at all

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s09-pressure-high = A lot

# Step 5 (read). Tips for saying no: short, clear, firm, no long excuses.
s09-saying-no =
    Saying no can be hard.
    Keep it short and clear.
    Look at the person and say no, thanks.
    You do not need to give a long reason.
    Then change the subject, or leave.

# Step 6 (quiz). Quiz: the best way to say no. Correct: short and clear.
s09-quiz-no =
    A mate offers you a drink.
    Which is the best way to say no?

# An answer in the step above. Short; read aloud on its own.
s09-quiz-no-maybe = Maybe later

# An answer in the step above (the correct one). Short; read aloud on its own.
s09-quiz-no-clear = No thanks, I am off it

# An answer in the step above. Short; read aloud on its own.
s09-quiz-no-story = Tell a long story about why

# Kind feedback after a right answer to the quiz above.
s09-quiz-no-right =
    Yes.
    Short and clear works best.
    Maybe later leaves the door open.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s09-quiz-no-wrong =
    Not quite.
    Short and clear works best, like no thanks, I am off it.
    Maybe later leaves the door open.

# Step 7 (choose). Pick the ways to say no the person likes (several allowed).
s09-my-words =
    Which of these could you say?
    Pick as many as you like.

# A choice in the step above. Short; read aloud on its own.
s09-my-words-off-it = No thanks, I am off it

# A choice in the step above. Short; read aloud on its own.
s09-my-words-driving = No thanks, I am driving

# A choice in the step above. Short; read aloud on its own.
s09-my-words-cola = I will have a cola

# A choice in the step above. Short; read aloud on its own.
s09-my-words-early = I have an early start

# A choice in the step above. Short; read aloud on its own.
s09-my-words-goal = I am taking a break for my health

# Step 8 (plan). Plan builder: my way to say no, and my support people.
s09-say-no-plan = Let us make your saying no plan.

# A question in the plan above; the person types or picks an answer.
s09-say-no-plan-words = What will you say?

# A ready-made answer the person can tap for the question above.
s09-say-no-plan-words-off-it = No thanks, I am off it

# A question in the plan above; the person types or picks an answer.
s09-say-no-plan-who = Who might offer you a drink or drugs?

# A question in the plan above; the person types or picks an answer.
s09-say-no-plan-support = Who will you turn to for support?

# A ready-made answer the person can tap for the question above.
s09-say-no-plan-support-friend = A friend

# A ready-made answer the person can tap for the question above.
s09-say-no-plan-support-worker = My key worker

# Step 9 (reflect). Reflect: imagine saying no to a real person; what might happen.
s09-practise =
    Picture the person who is most likely to offer.
    Picture yourself saying no, calmly and clearly.
    What might they say back?
    What will you say then?

# Recap, shown after the last step: the main points of session 9.
s09-recap =
    Here is what we covered today.
    Some people help you stay on track, and some make it harder.
    Saying no is easier when it is short and clear.
    You picked words you can use, and people who can help.

# Task to do before the next session.
s09-task =
    Before next time, use your words to say no once.
    Or tell one person about your goal.
    Keep your diary too.
