### Session 3: Using and offending: the link.
### Waymark programme text, CC BY-SA 4.0. Original plain English, read aloud line by line.
### Keep sentences to 15 words or fewer and words short and common.

# Title of session 3, shown on the session list and read aloud.
s03-title = Using and offending: the link

# What the person will do in this session. Shown before the first step.
s03-aims =
    In this session you will look at the link between using and offending.
    You will think about your own story.
    Then you will look at ways to break the link.

# Step 1 (read). Welcome back; check on the diary gently.
s03-welcome =
    Welcome back.
    How did your drink diary go?
    If you did not fill it in, that is fine.
    You can start again today.
    Today we look at how using and offending can be linked.

# Step 2 (read). Common ways drink or drugs and offending are linked. Non-judging.
s03-link =
    For lots of people, drink or drugs and crime go together.
    Drink can make people lose their temper.
    Some people steal to pay for drugs.
    Some drive after drinking or using.
    Some get into fights or break the rules of an order.
    It does not make you a bad person.
    But it helps to see the link.

# Step 3 (checklist). Which links have been true for the person. Private; ticks are optional.
s03-which =
    Which of these have been true for you?
    Tick any that fit.
    Only you can see this unless you choose to share it.

# A checklist item in the step above. Short; read aloud on its own.
s03-which-temper = I lost my temper after drinking

# A checklist item in the step above. Short; read aloud on its own.
s03-which-money = I needed money for drink or drugs

# A checklist item in the step above. Short; read aloud on its own.
s03-which-driving = I drove after drinking or using

# A checklist item in the step above. Short; read aloud on its own.
s03-which-mates = I was with people who were using

# A checklist item in the step above. Short; read aloud on its own.
s03-which-missed = I missed probation or court

# A checklist item in the step above. Short; read aloud on its own.
s03-which-none = None of these

# Step 4 (rate). How much drink or drugs played a part in the offence. 0 = not at all, 10 = a lot.
s03-how-much =
    Think about the offence that led to your order.
    How much did drink or drugs play a part?

# Label under 0 on the 0 to 10 scale of the step above. Very short.
s03-how-much-low = Not at all

# Label under 10 on the 0 to 10 scale of the step above. Very short.
s03-how-much-high = A lot

# Step 5 (reflect). Reflect: what happened before the offence. Optional free text.
s03-story =
    Think back to the day it happened.
    What was going on before it?
    Where were you, and who were you with?
    Had you been drinking or using?
    You can write it here if you want to.

# Step 6 (read). The chain of events: small choices lead up to an offence, and each link can be broken.
s03-chain =
    An offence is often the end of a chain.
    It starts with small things.
    A bad day, a text from a mate, a trip to the pub.
    Then one thing leads to the next.
    The good news is that you can break a chain at any link.

# Step 7 (quiz). Quiz: when you can break the chain. The correct answer is 'At any point'.
s03-quiz-chain = When can you break the chain?

# An answer in the step above. Short; read aloud on its own.
s03-quiz-chain-start = Only at the start

# An answer in the step above (the correct one). Short; read aloud on its own.
s03-quiz-chain-any = At any point

# An answer in the step above. Short; read aloud on its own.
s03-quiz-chain-never = Never, it just happens

# Kind feedback after a right answer to the quiz above.
s03-quiz-chain-right =
    Yes.
    You can step out of the chain at any point.
    The sooner you do, the easier it is.

# Kind feedback after a wrong answer: never blaming; gives the answer.
s03-quiz-chain-wrong =
    Not quite.
    You can step out of the chain at any point.
    The sooner you do, the easier it is.

# Step 8 (read). What offending has cost; motivation without shame.
s03-cost =
    Offending can cost you a lot.
    It can cost your freedom, your job or your home.
    It can hurt the people you love.
    Cutting down on drink or drugs can lower the risk.
    That is one reason this course matters.

# Step 9 (choose). Pick ways to break the link (several allowed).
s03-break =
    Which of these could help you break the link?
    Pick as many as you like.

# A choice in the step above. Short; read aloud on its own.
s03-break-avoid = Stay away from risky places

# A choice in the step above. Short; read aloud on its own.
s03-break-less = Drink or use less

# A choice in the step above. Short; read aloud on its own.
s03-break-talk = Talk to someone I trust

# A choice in the step above. Short; read aloud on its own.
s03-break-leave = Leave early when things get tense

# A choice in the step above. Short; read aloud on its own.
s03-break-busy = Keep busy with other things

# Recap, shown after the last step: the main points of session 3.
s03-recap =
    Here is what we covered today.
    Drink or drugs and offending are often linked.
    An offence is often the end of a chain of small steps.
    You can break the chain at any link.

# Task to do before the next session.
s03-task =
    Before next time, keep your drink or drug diary.
    Notice one moment when you could have taken a different path.
    What did you do, and what could you do next time?
