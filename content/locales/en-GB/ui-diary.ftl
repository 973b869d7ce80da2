### Waymark diaries, goal, weekly progress, AUDIT and export: UI strings, British English.
### CC BY-SA 4.0. Every message without variables is read aloud, so keep it short and plain.
### Messages with variables ({ $name }) are shown as text only; the screen plays voiced
### fragments instead (see ui/src/lib/diary.ts). AUDIT wording: WHO AUDIT, UK version (units).

## Home screen

# Heading above the big quick-add buttons on the home screen.
home-quick-add = Add to my diary
# Heading above the links to the diary, the week, the goal, the check and the export.
home-my-progress = My diary and progress
# Quick-add button: log a drug use.
quick-drug = Drugs
# Quick-add button: log an urge or craving.
quick-urge = Urge
# Link: the diary list for this week.
nav-diary = My diary
# Link: the weekly progress screen.
nav-week = My week
# Link: the goal screen (cut down or stop).
nav-goal = My goal
# Link: the AUDIT drinking questionnaire.
nav-audit = Drinking check
# Link: make a file of the diary (export) or bring one back (import).
nav-export = Save a copy
# Link: the guided urge-surfing timer.
nav-surf = Surf an urge

## Drink types (pictures with words)

# A drink type: beer or lager.
drink-beer = Beer
# A drink type: cider.
drink-cider = Cider
# A drink type: wine.
drink-wine = Wine
# A drink type: spirits such as vodka or whisky.
drink-spirits = Spirits
# A drink type: alcopops, premixed drinks in bottles.
drink-alcopop = Alcopop
# A drink type: any other alcoholic drink.
drink-other = Other drink

## UK drink sizes ("ml" is read as millilitres)

# Beer or cider size: half a pint (284 ml).
size-284 = Half pint
# Beer or cider size: a pint (568 ml).
size-568 = Pint
# Bottle size, 330 ml.
size-330 = Bottle, 330 ml
# Can size, 440 ml.
size-440 = Can, 440 ml
# Large can or bottle size, 500 ml.
size-500 = Large can, 500 ml
# Alcopop bottle size, 275 ml.
size-275 = Bottle, 275 ml
# Wine size: small glass, 125 ml.
size-125 = Small glass, 125 ml
# Wine size: medium glass, 175 ml.
size-175 = Medium glass, 175 ml
# Wine size: large glass, 250 ml.
size-250 = Large glass, 250 ml
# Spirits size: a single measure, 25 ml.
size-25 = Single, 25 ml
# Spirits size: a large single measure, 35 ml.
size-35 = Large single, 35 ml
# Spirits size: a double measure, 50 ml.
size-50 = Double, 50 ml
# A size the person typed in themselves.
size-own = My own amount

## Drink diary

# Heading: choose the drink type.
drink-choose-type = What did you drink?
# Heading: choose the size of the drink.
drink-choose-size = How much?
# Units in one drink or in total, e.g. "2.3 units". Text only.
units-value = { $units } units
# Total units for this entry, e.g. "Total: 4.5 units". Text only.
units-total = Total: { $units } units
# Label: how many drinks of this size.
drink-count = How many?
# Button: one drink fewer.
count-less = One fewer
# Button: one drink more.
count-more = One more
# Button: save the diary entry.
diary-save = Save
# Button: show the extra fields (strength, amount, cost, time, place, people, mood).
diary-more-details = More details
# Button: hide the extra fields again.
diary-fewer-details = Fewer details
# Hint at the top of the extra fields.
diary-optional = You do not have to fill these in.
# Label: amount in each drink in millilitres.
drink-volume = Amount in each drink, in ml
# Label: strength of the drink (alcohol by volume).
drink-abv = Strength, ABV per cent
# Label: what it cost in pounds.
diary-cost = Cost in pounds
# Label: when it happened.
diary-when = When was it?
# Button: set the time to now.
diary-now = Now
# Label: where the person was.
diary-where = Where were you?
# Label: who the person was with.
diary-who = Who were you with?
# Label: mood before drinking, on a 0 to 10 scale.
drink-mood = How did you feel before?
# Low end of the mood scale (0).
scale-mood-low = Very low
# High end of the mood scale (10).
scale-mood-high = Very good
# Error: the amount is 0, too big, or not a number.
error-volume = The amount must be more than 0 ml and no more than 5 litres.
# Error: the strength is not between 0 and 100 per cent.
error-abv = The strength must be between 0 and 100 per cent.
# Error: the number of drinks is not between 1 and 100.
error-count = The number of drinks must be between 1 and 100.
# Error: the chosen time is in the future.
error-future = That time has not happened yet. Choose now or a time in the past.
# Error: the time box is empty or not a time.
error-when = Please choose a day and a time.
# Error: the money box is not an amount of money.
error-money = Please write an amount of money, like 4.50.
# Error: a text box is too long.
error-too-long = This is too long. Please use 280 letters or fewer.
# Error: nothing was chosen on a screen that needs an answer.
error-choose-one = Please choose one.
# Error at the top when saving failed; the reason follows.
error-not-saved = This was not saved.
# Heading of the screen when changing an entry that was saved before.
diary-edit-title = Change this entry

## Toast after saving

# Short message after an entry is saved.
toast-saved = Saved.
# Short message after an entry is deleted.
toast-deleted = It is deleted.
# Short message after undo worked.
toast-undone = Undone.
# Button in the message: undo the last save or delete.
toast-undo = Undo
# Button: close the message.
toast-close = Close message

## Drug-use diary

# Heading: choose the drug.
drug-choose = What did you use?
# A drug: cannabis (weed).
drug-cannabis = Cannabis
# A drug: cocaine.
drug-cocaine = Cocaine
# A drug: crack cocaine.
drug-crack = Crack
# A drug: heroin.
drug-heroin = Heroin
# A drug: new psychoactive substances such as spice.
drug-nps_spice = Spice or new drugs
# A drug: prescription drugs not taken as prescribed.
drug-prescription = Prescription drugs
# A drug: anything else.
drug-other = Something else
# Heading of the second screen: optional details, then save.
drug-details = Anything to add?
# Label: the name of the drug, in the person's words.
drug-name = What is it called?
# Label: how much, in the person's words (e.g. two joints).
drug-amount = How much?
# Label: how it was taken.
drug-route = How did you take it?
# A way of taking a drug: smoked.
route-smoked = Smoked
# A way of taking a drug: snorted.
route-snorted = Snorted
# A way of taking a drug: swallowed.
route-swallowed = Swallowed
# A way of taking a drug: injected.
route-injected = Injected
# A way of taking a drug: another way.
route-other = Another way
# Label: money spent in pounds.
drug-spend = Money spent, in pounds

## Urge diary

# Heading: the strength of the urge.
urge-strength = How strong was the urge?
# Low end of the urge scale (0).
scale-urge-low = No urge
# High end of the urge scale (10).
scale-urge-high = Strongest urge
# Heading: what set the urge off.
urge-trigger = What set it off?
# Hint: more than one choice is allowed.
choose-any = Choose any that fit.
# Trigger: other people.
trigger-people = People
# Trigger: places.
trigger-places = Places
# Trigger: feelings.
trigger-feelings = Feelings
# Trigger: a time of day or week.
trigger-times = A time of day
# Trigger: something else, in the person's own words.
trigger-own_words = In my own words
# Label of the box for the trigger in the person's own words.
urge-trigger-text = What set it off, in your words
# Heading: what the person did about the urge.
urge-coping = What did you do?
# Coping: urge surfing.
coping-urge_surfing = Let the urge pass
# Coping: did something else to take the mind off it.
coping-distract = Did something else
# Coping: phoned or texted someone.
coping-call_someone = Called someone
# Coping: left the place.
coping-leave_the_place = Left the place
# Coping: slow breathing.
coping-breathe = Slow breathing
# Coping: ate something or drank water.
coping-eat_or_drink_water = Had a meal or a drink of water
# Coping: thought it through to the end.
coping-think_it_through = Thought it through
# Label of the box for something else the person did.
urge-coping-own = Something else I did
# Heading: did the person drink or use?
urge-outcome = Did you drink or use?
# Answer: yes.
urge-outcome-used = Yes, I did
# Answer: no.
urge-outcome-did_not_use = No, I did not
# Heading: strength of the urge afterwards.
urge-after = How strong is the urge now?
# In the diary list: an urge, e.g. "Urge 7 out of 10". Text only.
urge-summary = Urge { $strength } out of 10

## Urge surfing

# Heading of the urge-surfing screen.
surf-title = Surf the urge
# Short explanation before starting.
surf-intro = Urges rise, peak and pass. Ride this one out, like a wave.
# Heading: choose how long.
surf-minutes = How many minutes?
# The minutes chosen, e.g. "10 minutes". Text only.
surf-minutes-value = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
# Button: fewer minutes.
surf-less = Fewer minutes
# Button: more minutes.
surf-more = More minutes
# Heading: strength before surfing.
surf-before = How strong is the urge right now?
# Button: start the timer.
surf-start = Start
# Spoken at the start of the timer.
surf-guide-start = Sit in a comfortable way. Breathe slowly. Notice the urge in your body.
# Spoken in the middle of the timer.
surf-guide-middle = Notice the urge. It will rise, peak and pass. Keep breathing slowly.
# Spoken at the end of the timer.
surf-guide-end = Time is up. Well done. You rode the wave.
# Time left, announced once a minute. Text only.
surf-time-left = { $minutes ->
    [one] 1 minute left
   *[other] { $minutes } minutes left
}
# Button: stop the timer early.
surf-stop = Stop now
# Shown after the urge is saved.
surf-saved = Well done. This urge is saved in your diary.

## Diary list

# Heading of the diary list.
diary-title = My diary
# The week shown, e.g. "Week starting Monday 3 March". Text only.
week-starting = Week starting { $date }
# Button: show the week before.
week-prev = Week before
# Button: show the week after.
week-next = Week after
# Shown when the week has no entries.
diary-empty = Nothing in your diary this week.
# Button on an entry: change it.
diary-change = Change
# Button on an entry: delete it.
diary-delete = Delete
# In the diary list: a drug use entry with money spent. Text only.
money-value = £{ $pounds }

## Weekly progress

# Heading of the weekly progress screen.
week-title = My week
# Heading above the chart.
week-chart-title = Units each day
# Text summary: units this week. Text only.
week-units = You had { $units } units this week.
# The low-risk guideline.
week-guideline = The guideline is no more than 14 units a week.
# Text summary: drink-free days. Text only.
week-drink-free = Drink-free days: { $days } of 7.
# Text summary: money spent. Text only.
week-spend = Money spent: £{ $pounds }.
# Text summary: urges resisted. Text only.
week-urges = Urges resisted: { $resisted } of { $urges }.
# Spoken before the number of units (numbers are rounded when spoken).
week-heard-units = Units this week.
# Spoken before the number of drink-free days.
week-heard-drink-free = Drink-free days.
# Spoken before the number of urges resisted.
week-heard-resisted = Urges resisted.
# Spoken when a number is more than 30.
number-over-30 = More than 30.
# One line per day under the chart, e.g. "Monday: 2.3 units". Text only.
week-day-units = { $day }: { $units } units
# Marks a day with no drinks, next to its bar.
week-drink-free-day = Drink-free
# Legend: what the dashed line on the total chart means.
week-legend-guideline = Dashed line: the 14-unit guideline.
# Legend: what the dotted line on the total chart means.
week-legend-goal = Dotted line: my goal.
# Heading above the weekly total bar.
week-total-title = Total for the week
# Heading above the insights.
week-insights = What I notice
# Shown when there is no goal yet.
week-no-goal = You have not set a goal yet.

## Insights, built from fragments so they can be heard (see ui/src/lib/diary.ts)

# Start of a sentence; a weekday and a part of the day follow.
insight-urges-mostly = Most of your urges were on
# Start of a sentence; a weekday follows.
insight-heaviest-day = You had the most drinks on
# Insight: total within the guideline.
insight-within-guideline = You stayed within the 14-unit guideline.
# Insight: total over the guideline.
insight-over-guideline = You went over the 14-unit guideline.
# Insight: 14 units or more on fewer than 3 days.
insight-not-spread-out = You drank a lot on one or two days. Spread it out, or cut down.
# Insight: units goal met.
insight-units-goal-met = You met your units goal. Well done.
# Insight: units goal missed.
insight-units-goal-missed = You went over your units goal. That is OK. Try again next week.
# Insight: drink-free days goal met.
insight-drink-free-goal-met = You met your drink-free days goal. Well done.
# Insight: every urge resisted.
insight-all-urges-resisted = You did not give in to any urge. Well done.
# Weekday 0.
weekday-0 = Monday
# Weekday 1.
weekday-1 = Tuesday
# Weekday 2.
weekday-2 = Wednesday
# Weekday 3.
weekday-3 = Thursday
# Weekday 4.
weekday-4 = Friday
# Weekday 5.
weekday-5 = Saturday
# Weekday 6.
weekday-6 = Sunday
# Short weekday 0, under a chart bar.
weekday-short-0 = Mon
# Short weekday 1, under a chart bar.
weekday-short-1 = Tue
# Short weekday 2, under a chart bar.
weekday-short-2 = Wed
# Short weekday 3, under a chart bar.
weekday-short-3 = Thu
# Short weekday 4, under a chart bar.
weekday-short-4 = Fri
# Short weekday 5, under a chart bar.
weekday-short-5 = Sat
# Short weekday 6, under a chart bar.
weekday-short-6 = Sun
# End of an insight sentence: part of the day.
part-morning = in the morning.
# End of an insight sentence: part of the day.
part-afternoon = in the afternoon.
# End of an insight sentence: part of the day.
part-evening = in the evening.
# End of an insight sentence: part of the day.
part-night = at night.

## Spoken numbers (played after a voiced label)

# The number 0.
number-0 = 0
# The number 1.
number-1 = 1
# The number 2.
number-2 = 2
# The number 3.
number-3 = 3
# The number 4.
number-4 = 4
# The number 5.
number-5 = 5
# The number 6.
number-6 = 6
# The number 7.
number-7 = 7
# The number 8.
number-8 = 8
# The number 9.
number-9 = 9
# The number 10.
number-10 = 10
# The number 11.
number-11 = 11
# The number 12.
number-12 = 12
# The number 13.
number-13 = 13
# The number 14.
number-14 = 14
# The number 15.
number-15 = 15
# The number 16.
number-16 = 16
# The number 17.
number-17 = 17
# The number 18.
number-18 = 18
# The number 19.
number-19 = 19
# The number 20.
number-20 = 20
# The number 21.
number-21 = 21
# The number 22.
number-22 = 22
# The number 23.
number-23 = 23
# The number 24.
number-24 = 24
# The number 25.
number-25 = 25
# The number 26.
number-26 = 26
# The number 27.
number-27 = 27
# The number 28.
number-28 = 28
# The number 29.
number-29 = 29
# The number 30.
number-30 = 30

## Goal

# Heading of the goal screen.
goal-title = My goal
# Question: cut down or stop.
goal-aim = What is your goal?
# Answer: drink less.
goal-aim-cut_down = Cut down
# Answer: stop drinking.
goal-aim-stop = Stop
# Question: the weekly units limit the person aims for.
goal-units = How many units a week, at most?
# Question: how many days a week with no drink.
goal-days = How many drink-free days a week?
# Button: lower the number.
goal-less = Less
# Button: raise the number.
goal-more = More
# Shown after the goal is saved.
goal-saved = Your goal is saved.
# Heading: the goal that is set now.
goal-now = My goal now
# The goal to cut down, in words. Text only.
goal-summary-cut = Cut down to { $units } units a week or fewer, with { $days } drink-free days.
# The goal to stop.
goal-summary-stop = Stop drinking.
# Button: change the goal.
goal-change = Change my goal
# Shown when there is no goal yet.
goal-none = You have not set a goal yet.
# Button: set a goal for the first time.
goal-set = Set my goal

## Safety (always shown where stopping is suggested, and with higher AUDIT results)

# Withdrawal safety. Must stay wherever stopping drinking is suggested.
safety-withdrawal = Stopping suddenly after heavy daily drinking can be dangerous. It can cause fits, called seizures. Talk to your GP or drug and alcohol service first.
# Where to get urgent help. UK numbers: 999 for emergencies, NHS 111 for advice.
safety-urgent-help = In an emergency, call 999. For health advice, call NHS 111.

## AUDIT (WHO AUDIT, UK version with units)

# Heading of the AUDIT screens.
audit-title = Drinking check
# Shown on every AUDIT screen. Do not translate the name of the organisation loosely.
audit-attribution = AUDIT © World Health Organization. UK version.
# Introduction before the questions.
audit-intro = These questions are about your drinking. There are no right or wrong answers.
# Question: which form.
audit-choose = Which check do you want to do?
# The short form, AUDIT-C.
audit-form-audit_c = Short check, 3 questions
# The full form, AUDIT.
audit-form-audit = Full check, 10 questions
# Shown when this is the first time: a baseline.
audit-first-note = This is your first check. Later checks will be compared with it.
# Question asked before later checks.
audit-purpose = Is your programme ending now?
# Answer: yes, this is the end of the programme.
audit-purpose-end = Yes, it is ending
# Answer: no, this is just a check-in.
audit-purpose-check_in = No, just checking in
# Which question this is, e.g. "Question 2 of 10". Text only.
audit-question-of = Question { $number } of { $total }
# AUDIT question 1.
audit-q1 = How often do you have a drink containing alcohol?
# AUDIT question 2.
audit-q2 = How many units of alcohol do you drink on a typical day when drinking?
# AUDIT question 3. Women 6 units, men 8 units.
audit-q3 = Think about the last year. How often have you had a lot to drink on one occasion? A lot means 6 or more units if female, or 8 or more if male.
# AUDIT question 4.
audit-q4 = Think about the last year. How often could you not stop drinking once you had started?
# AUDIT question 5.
audit-q5 = Think about the last year. How often did drinking stop you doing what was expected of you?
# AUDIT question 6.
audit-q6 = Think about the last year. How often did you need a drink in the morning to get going? This is after a heavy drinking session.
# AUDIT question 7.
audit-q7 = Think about the last year. How often have you felt guilt or regret after drinking?
# AUDIT question 8.
audit-q8 = Think about the last year. How often could you not remember the night before because of drinking?
# AUDIT question 9.
audit-q9 = Have you or somebody else been injured because of your drinking?
# AUDIT question 10.
audit-q10 = Has a relative, friend, doctor or health worker been worried about your drinking? Or have they suggested you cut down?
# Question 1, answer scoring 0.
audit-q1-a0 = Never
# Question 1, answer scoring 1.
audit-q1-a1 = Monthly or less
# Question 1, answer scoring 2.
audit-q1-a2 = 2 to 4 times a month
# Question 1, answer scoring 3.
audit-q1-a3 = 2 to 3 times a week
# Question 1, answer scoring 4.
audit-q1-a4 = 4 or more times a week
# Question 2, answer scoring 0.
audit-q2-a0 = 0 to 2 units
# Question 2, answer scoring 1.
audit-q2-a1 = 3 to 4 units
# Question 2, answer scoring 2.
audit-q2-a2 = 5 to 6 units
# Question 2, answer scoring 3.
audit-q2-a3 = 7 to 9 units
# Question 2, answer scoring 4.
audit-q2-a4 = 10 or more units
# Question 3, answer scoring 0.
audit-q3-a0 = Never
# Question 3, answer scoring 1.
audit-q3-a1 = Less than monthly
# Question 3, answer scoring 2.
audit-q3-a2 = Monthly
# Question 3, answer scoring 3.
audit-q3-a3 = Weekly
# Question 3, answer scoring 4.
audit-q3-a4 = Daily or almost daily
# Question 4, answer scoring 0.
audit-q4-a0 = Never
# Question 4, answer scoring 1.
audit-q4-a1 = Less than monthly
# Question 4, answer scoring 2.
audit-q4-a2 = Monthly
# Question 4, answer scoring 3.
audit-q4-a3 = Weekly
# Question 4, answer scoring 4.
audit-q4-a4 = Daily or almost daily
# Question 5, answer scoring 0.
audit-q5-a0 = Never
# Question 5, answer scoring 1.
audit-q5-a1 = Less than monthly
# Question 5, answer scoring 2.
audit-q5-a2 = Monthly
# Question 5, answer scoring 3.
audit-q5-a3 = Weekly
# Question 5, answer scoring 4.
audit-q5-a4 = Daily or almost daily
# Question 6, answer scoring 0.
audit-q6-a0 = Never
# Question 6, answer scoring 1.
audit-q6-a1 = Less than monthly
# Question 6, answer scoring 2.
audit-q6-a2 = Monthly
# Question 6, answer scoring 3.
audit-q6-a3 = Weekly
# Question 6, answer scoring 4.
audit-q6-a4 = Daily or almost daily
# Question 7, answer scoring 0.
audit-q7-a0 = Never
# Question 7, answer scoring 1.
audit-q7-a1 = Less than monthly
# Question 7, answer scoring 2.
audit-q7-a2 = Monthly
# Question 7, answer scoring 3.
audit-q7-a3 = Weekly
# Question 7, answer scoring 4.
audit-q7-a4 = Daily or almost daily
# Question 8, answer scoring 0.
audit-q8-a0 = Never
# Question 8, answer scoring 1.
audit-q8-a1 = Less than monthly
# Question 8, answer scoring 2.
audit-q8-a2 = Monthly
# Question 8, answer scoring 3.
audit-q8-a3 = Weekly
# Question 8, answer scoring 4.
audit-q8-a4 = Daily or almost daily
# Question 9, answer scoring 0.
audit-q9-a0 = No
# Question 9, answer scoring 2.
audit-q9-a2 = Yes, but not in the last year
# Question 9, answer scoring 4.
audit-q9-a4 = Yes, during the last year
# Question 10, answer scoring 0.
audit-q10-a0 = No
# Question 10, answer scoring 2.
audit-q10-a2 = Yes, but not in the last year
# Question 10, answer scoring 4.
audit-q10-a4 = Yes, during the last year
# Heading of the result screen.
audit-result = My result
# The score, e.g. "Score: 9 out of 40". Text only.
audit-score = Score: { $total } out of { $max }
# Spoken before the score number.
audit-heard-score = My score.
# Zone: score 0 to 7.
audit-zone-lower_risk = Lower risk
# Zone: score 8 to 15.
audit-zone-increasing_risk = Increasing risk
# Zone: score 16 to 19.
audit-zone-higher_risk = Higher risk
# Zone: score 20 or more.
audit-zone-possible_dependence = Possible dependence
# AUDIT-C result: 5 or more.
audit-c-positive = This score means your drinking may be harming you.
# AUDIT-C result: 4 or less.
audit-c-negative = This score is in the lower risk range.
# Score went down since the first check (good).
audit-change-down = Your score has gone down since your first check.
# Score went up since the first check.
audit-change-up = Your score has gone up since your first check.
# Score is the same as the first check.
audit-change-same = Your score is the same as your first check.
# How much the score changed, e.g. "Change: -3". Text only.
audit-change-by = Change since my first check: { $change }
# Heading above the list of earlier checks.
audit-history = My checks so far
# Label of a check: the first one.
audit-purpose-label-baseline = First check
# Label of a check: at the end of the programme.
audit-purpose-label-end = End of programme
# Label of a check: a check-in.
audit-purpose-label-check_in = Check-in
# Button: finish and go home.
audit-done = Done
# FRAMES, lower risk: feedback.
audit-lower-feedback = Your answers show lower risk drinking.
# FRAMES, lower risk: responsibility.
audit-lower-responsibility = It is your choice how much you drink.
# FRAMES, lower risk: advice.
audit-lower-advice = Keep to 14 units a week or less, spread over 3 or more days.
# FRAMES, lower risk: menu of options.
audit-lower-menu = Have some drink-free days each week. Keep an eye on your diary.
# FRAMES, lower risk: empathy.
audit-lower-empathy = It can be hard to keep drinking low. You are doing well.
# FRAMES, lower risk: self-efficacy.
audit-lower-self-efficacy = You know what works for you. Keep it up.
# FRAMES, increasing risk: feedback.
audit-increasing-feedback = Your answers show increasing risk. Your drinking could start to harm your health.
# FRAMES, increasing risk: responsibility.
audit-increasing-responsibility = It is up to you what you do next.
# FRAMES, increasing risk: advice.
audit-increasing-advice = Cutting down now lowers your risk of harm.
# FRAMES, increasing risk: menu of options.
audit-increasing-menu = You could have more drink-free days, smaller drinks, or weaker drinks.
# FRAMES, increasing risk: empathy.
audit-increasing-empathy = Changing a habit is not easy. Many people find it hard at first.
# FRAMES, increasing risk: self-efficacy.
audit-increasing-self-efficacy = You can do this. Small steps add up.
# FRAMES, higher risk: feedback.
audit-higher-feedback = Your answers show higher risk. Your drinking may already be harming you.
# FRAMES, higher risk: responsibility.
audit-higher-responsibility = The choice is yours. Help is there if you want it.
# FRAMES, higher risk: advice.
audit-higher-advice = It is a good idea to cut down. Talk to your worker or GP about it.
# FRAMES, higher risk: menu of options.
audit-higher-menu = You could set a goal, keep a diary, and get support from a service.
# FRAMES, higher risk: empathy.
audit-higher-empathy = It takes courage to look at your drinking. Well done for doing it.
# FRAMES, higher risk: self-efficacy.
audit-higher-self-efficacy = Many people in your place have made a change. You can too.
# FRAMES, possible dependence: feedback.
audit-dependence-feedback = Your answers show you may be dependent on alcohol.
# FRAMES, possible dependence: responsibility.
audit-dependence-responsibility = You decide what happens next. You do not have to do it alone.
# FRAMES, possible dependence: advice.
audit-dependence-advice = Please get specialist help. Talk to your GP or a drug and alcohol service.
# FRAMES, possible dependence: menu of options.
audit-dependence-menu = A service can help you cut down or stop safely. They can also offer medicine.
# FRAMES, possible dependence: empathy.
audit-dependence-empathy = This may be hard to hear. Thank you for being honest.
# FRAMES, possible dependence: self-efficacy.
audit-dependence-self-efficacy = With the right help, people do recover. You can too.

## Export and import

# Heading of the export screen.
export-title = Save a copy of my diary
# Short explanation.
export-intro = Make a file of your diary. You can keep it or show it to your worker.
# Button: make a spreadsheet file.
export-csv = For a spreadsheet
# Button: make a backup file that Waymark can read back.
export-json = A backup copy for Waymark
# Shown after the file was downloaded in a browser.
export-downloaded = Done. The file is in your downloads.
# Shown in the app: the file text to copy.
export-copy-hint = Copy this text and keep it somewhere safe.
# Button: copy the text.
export-copy = Copy
# Shown after copying.
export-copied = It is copied.
# Label of the box with the file text.
export-text = The file text
# Heading: bring back a backup.
import-title = Bring back a backup
# Short explanation of import.
import-intro = Choose a backup copy that Waymark made.
# Label of the file chooser.
import-choose = Choose a file
# Shown after an import worked.
import-done = Your backup is added to your diary.
# How many entries the import added. Text only.
import-count = Entries added: { $count }

## Issue 16 (what a newcomer hit): help you can tap, numbers that make sense, fewer words.

# Heading above phone numbers a person can tap to call them. Shown with the safety notice and on Home.
help-title = Help now
# A button that phones 999. Keep the number.
help-999 = Emergency: call 999
# A button that phones NHS 111. Keep the number.
help-111 = Health advice: call NHS 111
# A button that phones Drinkline, the free national alcohol helpline. Keep the number.
help-drinkline = Drinkline, for alcohol: 0300 123 1110
# A button that phones FRANK, the free national drugs helpline. Keep the number.
help-frank = FRANK, for drugs: 0300 123 6600
# Under the numbers: people to talk to who have no national number.
help-people = You can also talk to your GP or your probation officer.
# Asked before saving a drink with a lot of units in one entry. A question on its own.
drink-check-title = Is that right?
# Under "Is that right?": asks the person to look at the numbers again.
drink-check-body = That is a lot of alcohol for one entry. Check the size, how strong it is and how many.
# Button: the numbers are right, save them.
drink-check-yes = Yes, save it
# Button: go back and change the numbers.
drink-check-change = No, change it
# Shown with "Is that right?" when the amount is very large.
drink-check-danger = This much alcohol can be very dangerous. If you feel unwell, get help now.
# "Other drink" has no usual strength, so the person is asked for it. Short.
drink-other-strength = How strong is it? Look for the % on the label.
# A day of this week that has not come yet, in the week view. Short.
week-day-to-come = Not yet
# Money spent this week when no cost was typed in. Short.
spend-none = Not entered
# Week insight when the goal is to stop and there was no alcohol this week.
insight-stop-goal-met = You had no alcohol this week. Well done.
# Week insight when the goal is to stop but the person drank. Kind, not blaming.
insight-stop-goal-missed = You had a drink this week. A slip is not a failure. You can start again today.
# Shown under a box of text that is full: anything more is not kept.
text-full = This box is full. Anything more will not be kept.
# My plan: under the heading. The plan saves itself as the person types.
plan-saves-itself = Your plan saves as you type.
