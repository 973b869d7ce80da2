### Session 8: Thoughts and feelings.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 8, shown on the session list and read aloud.
s08-title = Thoughts and feelings

# What the person will do in this session. Shown before the first step.
s08-aims =
    In this session you will see how thoughts, feelings and actions link up.
    You will spot thoughts that lead to using.
    Then you will practise new ways to think.

# Step 1 (read). Welcome back; today is about thoughts and feelings.
s08-welcome =
    Welcome back.
    How did surfing your urges go?
    Today we look at thoughts and feelings.
    They play a big part in drinking and using.

# Step 2 (read). The CBT link: what happens, what I think, how I feel, what I do.
s08-links =
    Something happens.
    You have a thought about it.
    The thought leads to a feeling.
    The feeling leads to what you do.
    So if you change the thought, you can change what you do.

# Step 3 (read). A worked example of the link, with two different thoughts.
s08-example =
    Here is an example.
    Sam gets a letter about a fine.
    Sam thinks, I cannot cope, I need a drink.
    Sam feels panic, and goes to the shop for beer.
    Now say Sam thinks, this is hard, but I can sort it.
    Sam feels worried, but calls for help instead.

# Step 4 (quiz). Quiz: which of these is a thought (not a feeling or an action).
s08-quiz-thought = Which of these is a thought?

# An answer in the step above. Short; read aloud on its own.
s08-quiz-thought-angry = Feeling angry

# An answer in the step above (the correct one). Short; read aloud on its own.
s08-quiz-thought-deserve = I deserve a drink

# An answer in the step above. Short; read aloud on its own.
s08-quiz-thought-shop = Going to the shop

# Kind feedback after a right answer to the quiz above.
s08-quiz-thought-right =
    Yes.
    I deserve a drink is a thought.
    Thoughts like this can lead to using.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s08-quiz-thought-wrong =
    Not quite.
    I deserve a drink is the thought.
    Angry is a feeling, and going to the shop is an action.

# Step 5 (choose). Thoughts that give permission to use. Several can be picked.
s08-excuses =
    Some thoughts give us an excuse to use.
    Which of these do you have?
    Pick as many as you like.

# A choice in the step above. Short; read aloud on its own.
s08-excuses-one = Just one will not hurt

# A choice in the step above. Short; read aloud on its own.
s08-excuses-deserve = I deserve it

# A choice in the step above. Short; read aloud on its own.
s08-excuses-stress = I need it to cope

# A choice in the step above. Short; read aloud on its own.
s08-excuses-nobody = Nobody will know

# A choice in the step above. Short; read aloud on its own.
s08-excuses-blown = I have already blown it

# A choice in the step above. Short; read aloud on its own.
s08-excuses-tomorrow = I will stop tomorrow

# Step 6 (read). How to question an unhelpful thought.
s08-challenge =
    You can question these thoughts.
    Ask yourself: is this really true?
    What happened last time I thought this?
    What would I tell a friend?
    Then find a more helpful thought.

# Step 7 (reflect). Reflect: rewrite one excuse thought as a more helpful one.
s08-new-thought =
    Pick one thought that leads you to use.
    Now write a more helpful thought to use instead.
    For example, one is never just one for me.

# Step 8 (rate). Mood check. 0 = very low, 10 = very good.
s08-mood = How is your mood today?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s08-mood-low = Very low

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s08-mood-high = Very good

# Step 9 (read). Feelings pass too; low mood help. Points to the GP.
s08-feelings =
    Feelings come and go, like urges.
    Drink and drugs can make low mood and worry worse.
    If you feel low most days, tell your GP or key worker.
    Help is there, and it works.

# Recap, shown after the last step: the main points of session 8.
s08-recap =
    Here is what we covered today.
    What you think affects how you feel and what you do.
    Some thoughts give you an excuse to use.
    You can question them and find a more helpful thought.

# Task to do before the next session.
s08-task =
    Before next time, catch one excuse thought.
    Write it down, then write a more helpful one.
    Keep your diary too.
