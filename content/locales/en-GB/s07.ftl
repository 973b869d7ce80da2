### Session 7: Coping with urges and cravings.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 7, shown on the session list and read aloud.
s07-title = Coping with urges and cravings

# What the person will do in this session. Shown before the first step.
s07-aims =
    In this session you will learn how urges work.
    You will learn a way to ride out an urge.
    Then you will make a coping plan.

# Step 1 (read). Welcome back; link to the urge diary.
s07-welcome =
    Welcome back.
    Last time you looked at triggers.
    Today we look at urges and cravings.
    An urge is a strong wish to drink or use.

# Step 2 (read). Urge surfing. Fact to keep: urges rise, peak and pass, usually within 15 to 30 minutes.
s07-wave =
    Urges are like waves.
    They rise, they peak, and then they pass.
    Most urges pass within 15 to 30 minutes.
    You do not have to act on an urge.
    Each time you ride one out, the next one gets weaker.

# Step 3 (quiz). Quiz: how long an urge usually lasts. Correct: '15 to 30 minutes'.
s07-quiz-wave = If you do nothing, how long does an urge usually last?

# An answer in the step above. Short; read aloud on its own.
s07-quiz-wave-forever = It never goes away

# An answer in the step above (the correct one). Short; read aloud on its own.
s07-quiz-wave-minutes = 15 to 30 minutes

# An answer in the step above. Short; read aloud on its own.
s07-quiz-wave-days = A few days

# Kind feedback after a right answer to the quiz above.
s07-quiz-wave-right =
    Yes.
    Most urges pass within 15 to 30 minutes.
    You can ride them out.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s07-quiz-wave-wrong =
    Not quite, but lots of people think that.
    Most urges pass within 15 to 30 minutes.
    You can ride them out.

# Step 4 (read). How to surf an urge, step by step.
s07-surf =
    Here is how to surf an urge.
    Stop and notice the urge.
    Where do you feel it in your body?
    Breathe in slowly, and breathe out slowly.
    Watch the urge rise, like a wave.
    Tell yourself: this will pass.
    Keep breathing until it does.

# Step 5 (read). A short practice: breathe along with the voice.
s07-try-it =
    Let us try it now.
    Sit back and put your feet on the floor.
    Breathe in for four.
    Hold for a moment.
    Breathe out for four.
    Do that three more times.
    Notice how your body feels now.

# Step 6 (rate). How strong urges have been this week. 0 = none, 10 = very strong.
s07-strength = How strong have your urges been this week?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s07-strength-low = No urges

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s07-strength-high = Very strong

# Step 7 (checklist). Coping ideas; the person ticks the ones they will try.
s07-ideas =
    Here are some other ways to cope with an urge.
    Tick the ones you would like to try.

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-delay = Wait 15 minutes first

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-walk = Go for a walk

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-call = Call or text someone

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-water = Drink water or tea

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-music = Put some music on

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-shower = Have a shower

# A checklist item in the step above. Short; read aloud on its own.
s07-ideas-remind = Read my reasons to change

# Step 8 (plan). Plan builder: what I will do when an urge comes.
s07-coping-plan =
    Now make your coping plan.
    It is what you will do when an urge comes.

# A question in the plan above; the person types or picks an answer.
s07-coping-plan-first = What will you do first when an urge comes?

# A ready-made answer the person can tap for the question above.
s07-coping-plan-first-breathe = Breathe and surf it

# A ready-made answer the person can tap for the question above.
s07-coping-plan-first-delay = Wait 15 minutes

# A question in the plan above; the person types or picks an answer.
s07-coping-plan-then = What will you do next, to keep busy?

# A ready-made answer the person can tap for the question above.
s07-coping-plan-then-walk = Go for a walk

# A ready-made answer the person can tap for the question above.
s07-coping-plan-then-music = Put some music on

# A question in the plan above; the person types or picks an answer.
s07-coping-plan-who = Who can you call or text?

# A ready-made answer the person can tap for the question above.
s07-coping-plan-who-friend = A friend

# A ready-made answer the person can tap for the question above.
s07-coping-plan-who-family = Someone in my family

# A ready-made answer the person can tap for the question above.
s07-coping-plan-who-worker = My key worker

# Step 9 (diary_task). Between-session task: the urge diary, with how the urge passed.
s07-diary =
    Before next time, keep your urge diary.
    Write how strong each urge was.
    Write what you did, and how long it lasted.
    Tap Start diary to begin.

# Recap, shown after the last step: the main points of session 7.
s07-recap =
    Here is what we covered today.
    Urges rise, peak and pass, most within 15 to 30 minutes.
    You can surf an urge by noticing it and breathing.
    You made a plan for what to do when an urge comes.

# Task to do before the next session.
s07-task =
    Before next time, surf at least one urge.
    Use your coping plan.
    Keep your urge diary, and note how long each urge lasted.
