### Waymark diaries, goal, weekly progress, AUDIT and export: UI strings, Welsh (Cymraeg).
### CC BY-SA 4.0. Translated from content/locales/en-GB/ui-diary.ftl (best effort).
### Please have a fluent Welsh speaker review these before release.


## Home screen

# Heading above the big quick-add buttons on the home screen.
home-quick-add = Ychwanegu at fy nyddiadur
# Heading above the links to the diary, the week, the goal, the check and the export.
home-my-progress = Fy nyddiadur a fy nghynnydd
# Quick-add button: log a drug use.
quick-drug = Cyffuriau
# Quick-add button: log an urge or craving.
quick-urge = Ysfa
# Link: the diary list for this week.
nav-diary = Fy nyddiadur
# Link: the weekly progress screen.
nav-week = Fy wythnos
# Link: the goal screen (cut down or stop).
nav-goal = Fy nod
# Link: the AUDIT drinking questionnaire.
nav-audit = Gwiriad yfed
# Link: make a file of the diary (export) or bring one back (import).
nav-export = Cadw copi
# Link: the guided urge-surfing timer.
nav-surf = Syrffio ysfa

## Drink types (pictures with words)

# A drink type: beer or lager.
drink-beer = Cwrw
# A drink type: cider.
drink-cider = Seidr
# A drink type: wine.
drink-wine = Gwin
# A drink type: spirits such as vodka or whisky.
drink-spirits = Gwirodydd
# A drink type: alcopops, premixed drinks in bottles.
drink-alcopop = Alcopop
# A drink type: any other alcoholic drink.
drink-other = Diod arall

## UK drink sizes ("ml" is read as millilitres)

# Beer or cider size: half a pint (284 ml).
size-284 = Hanner peint
# Beer or cider size: a pint (568 ml).
size-568 = Peint
# Bottle size, 330 ml.
size-330 = Potel, 330 ml
# Can size, 440 ml.
size-440 = Can, 440 ml
# Large can or bottle size, 500 ml.
size-500 = Can mawr, 500 ml
# Alcopop bottle size, 275 ml.
size-275 = Potel, 275 ml
# Wine size: small glass, 125 ml.
size-125 = Gwydr bach, 125 ml
# Wine size: medium glass, 175 ml.
size-175 = Gwydr canolig, 175 ml
# Wine size: large glass, 250 ml.
size-250 = Gwydr mawr, 250 ml
# Spirits size: a single measure, 25 ml.
size-25 = Sengl, 25 ml
# Spirits size: a large single measure, 35 ml.
size-35 = Sengl mawr, 35 ml
# Spirits size: a double measure, 50 ml.
size-50 = Dwbl, 50 ml
# A size the person typed in themselves.
size-own = Fy swm fy hun

## Drink diary

# Heading: choose the drink type.
drink-choose-type = Beth wnaethoch chi ei yfed?
# Heading: choose the size of the drink.
drink-choose-size = Faint?
# Units in one drink or in total, e.g. "2.3 units". Text only.
units-value = { $units } uned
# Total units for this entry, e.g. "Total: 4.5 units". Text only.
units-total = Cyfanswm: { $units } uned
# Label: how many drinks of this size.
drink-count = Sawl un?
# Button: one drink fewer.
count-less = Un yn llai
# Button: one drink more.
count-more = Un yn fwy
# Button: save the diary entry.
diary-save = Cadw
# Button: show the extra fields (strength, amount, cost, time, place, people, mood).
diary-more-details = Mwy o fanylion
# Button: hide the extra fields again.
diary-fewer-details = Llai o fanylion
# Hint at the top of the extra fields.
diary-optional = Does dim rhaid i chi lenwi’r rhain.
# Label: amount in each drink in millilitres.
drink-volume = Faint ym mhob diod, mewn ml
# Label: strength of the drink (alcohol by volume).
drink-abv = Cryfder, ABV y cant
# Label: what it cost in pounds.
diary-cost = Cost mewn punnoedd
# Label: when it happened.
diary-when = Pryd oedd hyn?
# Button: set the time to now.
diary-now = Nawr
# Label: where the person was.
diary-where = Ble oeddech chi?
# Label: who the person was with.
diary-who = Gyda phwy oeddech chi?
# Label: mood before drinking, on a 0 to 10 scale.
drink-mood = Sut oeddech chi’n teimlo cyn hynny?
# Low end of the mood scale (0).
scale-mood-low = Isel iawn
# High end of the mood scale (10).
scale-mood-high = Da iawn
# Error: the amount is 0, too big, or not a number.
error-volume = Rhaid i’r swm fod yn fwy na 0 ml a dim mwy na 5 litr.
# Error: the strength is not between 0 and 100 per cent.
error-abv = Rhaid i’r cryfder fod rhwng 0 a 100 y cant.
# Error: the number of drinks is not between 1 and 100.
error-count = Rhaid i nifer y diodydd fod rhwng 1 a 100.
# Error: the chosen time is in the future.
error-future = Dydy’r amser hwnnw ddim wedi digwydd eto. Dewiswch nawr neu amser yn y gorffennol.
# Error: the time box is empty or not a time.
error-when = Dewiswch ddiwrnod ac amser.
# Error: the money box is not an amount of money.
error-money = Ysgrifennwch swm o arian, fel 4.50.
# Error: a text box is too long.
error-too-long = Mae hwn yn rhy hir. Defnyddiwch 280 llythyren neu lai.
# Error: nothing was chosen on a screen that needs an answer.
error-choose-one = Dewiswch un, os gwelwch yn dda.
# Error at the top when saving failed; the reason follows.
error-not-saved = Chafodd hwn ddim ei gadw.
# Heading of the screen when changing an entry that was saved before.
diary-edit-title = Newid y cofnod hwn

## Toast after saving

# Short message after an entry is saved.
toast-saved = Wedi cadw.
# Short message after an entry is deleted.
toast-deleted = Wedi dileu.
# Short message after undo worked.
toast-undone = Wedi dadwneud.
# Button in the message: undo the last save or delete.
toast-undo = Dadwneud
# Button: close the message.
toast-close = Cau’r neges

## Drug-use diary

# Heading: choose the drug.
drug-choose = Beth wnaethoch chi ei ddefnyddio?
# A drug: cannabis (weed).
drug-cannabis = Canabis
# A drug: cocaine.
drug-cocaine = Cocên
# A drug: crack cocaine.
drug-crack = Crac
# A drug: heroin.
drug-heroin = Heroin
# A drug: new psychoactive substances such as spice.
drug-nps_spice = Spice neu gyffuriau newydd
# A drug: prescription drugs not taken as prescribed.
drug-prescription = Cyffuriau presgripsiwn
# A drug: anything else.
drug-other = Rhywbeth arall
# Heading of the second screen: optional details, then save.
drug-details = Unrhyw beth i’w ychwanegu?
# Label: the name of the drug, in the person's words.
drug-name = Beth yw ei enw?
# Label: how much, in the person's words (e.g. two joints).
drug-amount = Faint?
# Label: how it was taken.
drug-route = Sut wnaethoch chi ei gymryd?
# A way of taking a drug: smoked.
route-smoked = Ei smocio
# A way of taking a drug: snorted.
route-snorted = Ei snwffian
# A way of taking a drug: swallowed.
route-swallowed = Ei lyncu
# A way of taking a drug: injected.
route-injected = Ei chwistrellu
# A way of taking a drug: another way.
route-other = Ffordd arall
# Label: money spent in pounds.
drug-spend = Arian a wariwyd, mewn punnoedd

## Urge diary

# Heading: the strength of the urge.
urge-strength = Pa mor gryf oedd yr ysfa?
# Low end of the urge scale (0).
scale-urge-low = Dim ysfa
# High end of the urge scale (10).
scale-urge-high = Ysfa gryfaf
# Heading: what set the urge off.
urge-trigger = Beth a’i sbardunodd?
# Hint: more than one choice is allowed.
choose-any = Dewiswch unrhyw rai sy’n ffitio.
# Trigger: other people.
trigger-people = Pobl
# Trigger: places.
trigger-places = Lleoedd
# Trigger: feelings.
trigger-feelings = Teimladau
# Trigger: a time of day or week.
trigger-times = Adeg o’r dydd
# Trigger: something else, in the person's own words.
trigger-own_words = Yn fy ngeiriau fy hun
# Label of the box for the trigger in the person's own words.
urge-trigger-text = Beth a’i sbardunodd, yn eich geiriau chi
# Heading: what the person did about the urge.
urge-coping = Beth wnaethoch chi?
# Coping: urge surfing.
coping-urge_surfing = Syrffio’r ysfa
# Coping: did something else to take the mind off it.
coping-distract = Gwneud rhywbeth arall
# Coping: phoned or texted someone.
coping-call_someone = Ffonio rhywun
# Coping: left the place.
coping-leave_the_place = Gadael y lle
# Coping: slow breathing.
coping-breathe = Anadlu’n araf
# Coping: ate something or drank water.
coping-eat_or_drink_water = Bwyta neu yfed dŵr
# Coping: thought it through to the end.
coping-think_it_through = Meddwl y peth drwodd
# Label of the box for something else the person did.
urge-coping-own = Rhywbeth arall wnes i
# Heading: did the person drink or use?
urge-outcome = Wnaethoch chi yfed neu ddefnyddio?
# Answer: yes.
urge-outcome-used = Do, mi wnes i
# Answer: no.
urge-outcome-did_not_use = Naddo, wnes i ddim
# Heading: strength of the urge afterwards.
urge-after = Pa mor gryf yw’r ysfa nawr?
# In the diary list: an urge, e.g. "Urge 7 out of 10". Text only.
urge-summary = Ysfa { $strength } allan o 10

## Urge surfing

# Heading of the urge-surfing screen.
surf-title = Syrffio’r ysfa
# Short explanation before starting.
surf-intro = Mae ysfa yn codi, yn cyrraedd brig ac yn pasio. Reidiwch hi, fel ton.
# Heading: choose how long.
surf-minutes = Sawl munud?
# The minutes chosen, e.g. "10 minutes". Text only.
surf-minutes-value = { $minutes ->
    [one] 1 munud
   *[other] { $minutes } munud
}
# Button: fewer minutes.
surf-less = Llai o funudau
# Button: more minutes.
surf-more = Mwy o funudau
# Heading: strength before surfing.
surf-before = Pa mor gryf yw’r ysfa ar hyn o bryd?
# Button: start the timer.
surf-start = Dechrau
# Spoken at the start of the timer.
surf-guide-start = Eisteddwch yn gyfforddus. Anadlwch yn araf. Sylwch ar yr ysfa yn eich corff.
# Spoken in the middle of the timer.
surf-guide-middle = Sylwch ar yr ysfa. Bydd yn codi, yn cyrraedd brig ac yn pasio. Daliwch i anadlu’n araf.
# Spoken at the end of the timer.
surf-guide-end = Mae’r amser ar ben. Da iawn am reidio’r don.
# Time left, announced once a minute. Text only.
surf-time-left = { $minutes ->
    [one] 1 munud ar ôl
   *[other] { $minutes } munud ar ôl
}
# Button: stop the timer early.
surf-stop = Stopio nawr
# Shown after the urge is saved.
surf-saved = Da iawn. Mae’r ysfa hon wedi’i chadw yn eich dyddiadur.

## Diary list

# Heading of the diary list.
diary-title = Fy nyddiadur
# The week shown, e.g. "Week starting Monday 3 March". Text only.
week-starting = Wythnos yn dechrau { $date }
# Button: show the week before.
week-prev = Wythnos cynt
# Button: show the week after.
week-next = Wythnos wedyn
# Shown when the week has no entries.
diary-empty = Does dim byd yn eich dyddiadur yr wythnos hon.
# Button on an entry: change it.
diary-change = Newid
# Button on an entry: delete it.
diary-delete = Dileu
# In the diary list: a drug use entry with money spent. Text only.
money-value = £{ $pounds }

## Weekly progress

# Heading of the weekly progress screen.
week-title = Fy wythnos
# Heading above the chart.
week-chart-title = Unedau bob dydd
# Text summary: units this week. Text only.
week-units = Cawsoch chi { $units } uned yr wythnos hon.
# The low-risk guideline.
week-guideline = Mae’r canllaw yn dweud dim mwy na 14 uned yr wythnos.
# Text summary: drink-free days. Text only.
week-drink-free = Diwrnodau heb ddiod: { $days } o 7.
# Text summary: money spent. Text only.
week-spend = Arian a wariwyd: £{ $pounds }.
# Text summary: urges resisted. Text only.
week-urges = Ysfeydd a wrthsafwyd: { $resisted } o { $urges }.
# Spoken before the number of units (numbers are rounded when spoken).
week-heard-units = Unedau yr wythnos hon.
# Spoken before the number of drink-free days.
week-heard-drink-free = Diwrnodau heb ddiod.
# Spoken before the number of urges resisted.
week-heard-resisted = Ysfeydd a wrthsafwyd.
# Spoken when a number is more than 30.
number-over-30 = Mwy na 30.
# One line per day under the chart, e.g. "Monday: 2.3 units". Text only.
week-day-units = { $day }: { $units } uned
# Marks a day with no drinks, next to its bar.
week-drink-free-day = Heb ddiod
# Legend: what the dashed line on the total chart means.
week-legend-guideline = Llinell doredig: canllaw 14 uned.
# Legend: what the dotted line on the total chart means.
week-legend-goal = Llinell ddotiog: fy nod.
# Heading above the weekly total bar.
week-total-title = Cyfanswm yr wythnos
# Heading above the insights.
week-insights = Beth dw i’n sylwi
# Shown when there is no goal yet.
week-no-goal = Dydych chi ddim wedi gosod nod eto.

## Insights, built from fragments so they can be heard (see ui/src/lib/diary.ts)

# Start of a sentence; a weekday and a part of the day follow.
insight-urges-mostly = Roedd y rhan fwyaf o’ch ysfeydd ar
# Start of a sentence; a weekday follows.
insight-heaviest-day = Yfoch chi fwyaf ar
# Insight: total within the guideline.
insight-within-guideline = Arhosoch chi o fewn y canllaw 14 uned.
# Insight: total over the guideline.
insight-over-guideline = Aethoch chi dros y canllaw 14 uned.
# Insight: 14 units or more on fewer than 3 days.
insight-not-spread-out = Yfoch chi lawer ar un neu ddau ddiwrnod. Lledaenwch e, neu yfwch lai.
# Insight: units goal met.
insight-units-goal-met = Cyrhaeddoch chi eich nod unedau. Da iawn.
# Insight: units goal missed.
insight-units-goal-missed = Aethoch chi dros eich nod unedau. Mae hynny’n iawn. Triwch eto wythnos nesaf.
# Insight: drink-free days goal met.
insight-drink-free-goal-met = Cyrhaeddoch chi eich nod diwrnodau heb ddiod. Da iawn.
# Insight: every urge resisted.
insight-all-urges-resisted = Wnaethoch chi ddim ildio i unrhyw ysfa. Da iawn.
# Weekday 0.
weekday-0 = Dydd Llun
# Weekday 1.
weekday-1 = Dydd Mawrth
# Weekday 2.
weekday-2 = Dydd Mercher
# Weekday 3.
weekday-3 = Dydd Iau
# Weekday 4.
weekday-4 = Dydd Gwener
# Weekday 5.
weekday-5 = Dydd Sadwrn
# Weekday 6.
weekday-6 = Dydd Sul
# Short weekday 0, under a chart bar.
weekday-short-0 = Llun
# Short weekday 1, under a chart bar.
weekday-short-1 = Maw
# Short weekday 2, under a chart bar.
weekday-short-2 = Mer
# Short weekday 3, under a chart bar.
weekday-short-3 = Iau
# Short weekday 4, under a chart bar.
weekday-short-4 = Gwe
# Short weekday 5, under a chart bar.
weekday-short-5 = Sad
# Short weekday 6, under a chart bar.
weekday-short-6 = Sul
# End of an insight sentence: part of the day.
part-morning = yn y bore.
# End of an insight sentence: part of the day.
part-afternoon = yn y prynhawn.
# End of an insight sentence: part of the day.
part-evening = gyda’r nos.
# End of an insight sentence: part of the day.
part-night = yn y nos.

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
goal-title = Fy nod
# Question: cut down or stop.
goal-aim = Beth yw eich nod?
# Answer: drink less.
goal-aim-cut_down = Yfed llai
# Answer: stop drinking.
goal-aim-stop = Stopio
# Question: the weekly units limit the person aims for.
goal-units = Sawl uned yr wythnos, ar y mwyaf?
# Question: how many days a week with no drink.
goal-days = Sawl diwrnod heb ddiod yr wythnos?
# Button: lower the number.
goal-less = Llai
# Button: raise the number.
goal-more = Mwy
# Shown after the goal is saved.
goal-saved = Mae eich nod wedi’i gadw.
# Heading: the goal that is set now.
goal-now = Fy nod nawr
# The goal to cut down, in words. Text only.
goal-summary-cut = Yfed llai: { $units } uned yr wythnos neu lai, gyda { $days } diwrnod heb ddiod.
# The goal to stop.
goal-summary-stop = Stopio yfed.
# Button: change the goal.
goal-change = Newid fy nod
# Shown when there is no goal yet.
goal-none = Dydych chi ddim wedi gosod nod eto.
# Button: set a goal for the first time.
goal-set = Gosod fy nod

## Safety (always shown where stopping is suggested, and with higher AUDIT results)

# Withdrawal safety. Must stay wherever stopping drinking is suggested.
safety-withdrawal = Gall stopio’n sydyn ar ôl yfed yn drwm bob dydd fod yn beryglus. Gall achosi ffitiau. Siaradwch â’ch meddyg teulu neu wasanaeth cyffuriau ac alcohol yn gyntaf.
# Where to get urgent help. UK numbers: 999 for emergencies, NHS 111 for advice.
safety-urgent-help = Mewn argyfwng, ffoniwch 999. Am gyngor iechyd, ffoniwch GIG 111.

## AUDIT (WHO AUDIT, UK version with units)

# Heading of the AUDIT screens.
audit-title = Gwiriad yfed
# Shown on every AUDIT screen. Do not translate the name of the organisation loosely.
audit-attribution = AUDIT © Sefydliad Iechyd y Byd. Fersiwn y DU.
# Introduction before the questions.
audit-intro = Mae’r cwestiynau hyn am eich yfed. Does dim atebion cywir nac anghywir.
# Question: which form.
audit-choose = Pa wiriad hoffech chi ei wneud?
# The short form, AUDIT-C.
audit-form-audit_c = Gwiriad byr, 3 chwestiwn
# The full form, AUDIT.
audit-form-audit = Gwiriad llawn, 10 cwestiwn
# Shown when this is the first time: a baseline.
audit-first-note = Dyma eich gwiriad cyntaf. Bydd gwiriadau wedyn yn cael eu cymharu ag e.
# Question asked before later checks.
audit-purpose = Ydy eich rhaglen yn dod i ben nawr?
# Answer: yes, this is the end of the programme.
audit-purpose-end = Ydy, mae’n dod i ben
# Answer: no, this is just a check-in.
audit-purpose-check_in = Nac ydy, dim ond gwirio
# Which question this is, e.g. "Question 2 of 10". Text only.
audit-question-of = Cwestiwn { $number } o { $total }
# AUDIT question 1.
audit-q1 = Pa mor aml ydych chi’n cael diod sy’n cynnwys alcohol?
# AUDIT question 2.
audit-q2 = Sawl uned o alcohol ydych chi’n ei yfed ar ddiwrnod arferol pan fyddwch chi’n yfed?
# AUDIT question 3. Women 6 units, men 8 units.
audit-q3 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml ydych chi wedi yfed llawer ar un achlysur? Mae llawer yn golygu 6 uned neu fwy i fenyw. I ddyn, 8 neu fwy.
# AUDIT question 4.
audit-q4 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml oeddech chi’n methu stopio yfed ar ôl dechrau?
# AUDIT question 5.
audit-q5 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml wnaeth yfed eich atal rhag gwneud beth oedd disgwyl?
# AUDIT question 6.
audit-q6 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml oedd angen diod arnoch yn y bore i ddechrau? Mae hyn ar ôl yfed yn drwm.
# AUDIT question 7.
audit-q7 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml ydych chi wedi teimlo’n euog neu’n edifar ar ôl yfed?
# AUDIT question 8.
audit-q8 = Meddyliwch am y flwyddyn ddiwethaf. Pa mor aml oeddech chi’n methu cofio’r noson cynt oherwydd yfed?
# AUDIT question 9.
audit-q9 = Ydych chi neu rywun arall wedi cael eich anafu oherwydd eich yfed?
# AUDIT question 10.
audit-q10 = Ydy perthynas, ffrind, meddyg neu weithiwr iechyd wedi poeni am eich yfed? Neu wedi awgrymu eich bod yn yfed llai?
# Question 1, answer scoring 0.
audit-q1-a0 = Byth
# Question 1, answer scoring 1.
audit-q1-a1 = Yn fisol neu lai
# Question 1, answer scoring 2.
audit-q1-a2 = 2 i 4 gwaith y mis
# Question 1, answer scoring 3.
audit-q1-a3 = 2 i 3 gwaith yr wythnos
# Question 1, answer scoring 4.
audit-q1-a4 = 4 gwaith neu fwy yr wythnos
# Question 2, answer scoring 0.
audit-q2-a0 = 0 i 2 uned
# Question 2, answer scoring 1.
audit-q2-a1 = 3 i 4 uned
# Question 2, answer scoring 2.
audit-q2-a2 = 5 i 6 uned
# Question 2, answer scoring 3.
audit-q2-a3 = 7 i 9 uned
# Question 2, answer scoring 4.
audit-q2-a4 = 10 uned neu fwy
# Question 3, answer scoring 0.
audit-q3-a0 = Byth
# Question 3, answer scoring 1.
audit-q3-a1 = Llai nag unwaith y mis
# Question 3, answer scoring 2.
audit-q3-a2 = Yn fisol
# Question 3, answer scoring 3.
audit-q3-a3 = Yn wythnosol
# Question 3, answer scoring 4.
audit-q3-a4 = Bob dydd neu bron bob dydd
# Question 4, answer scoring 0.
audit-q4-a0 = Byth
# Question 4, answer scoring 1.
audit-q4-a1 = Llai nag unwaith y mis
# Question 4, answer scoring 2.
audit-q4-a2 = Yn fisol
# Question 4, answer scoring 3.
audit-q4-a3 = Yn wythnosol
# Question 4, answer scoring 4.
audit-q4-a4 = Bob dydd neu bron bob dydd
# Question 5, answer scoring 0.
audit-q5-a0 = Byth
# Question 5, answer scoring 1.
audit-q5-a1 = Llai nag unwaith y mis
# Question 5, answer scoring 2.
audit-q5-a2 = Yn fisol
# Question 5, answer scoring 3.
audit-q5-a3 = Yn wythnosol
# Question 5, answer scoring 4.
audit-q5-a4 = Bob dydd neu bron bob dydd
# Question 6, answer scoring 0.
audit-q6-a0 = Byth
# Question 6, answer scoring 1.
audit-q6-a1 = Llai nag unwaith y mis
# Question 6, answer scoring 2.
audit-q6-a2 = Yn fisol
# Question 6, answer scoring 3.
audit-q6-a3 = Yn wythnosol
# Question 6, answer scoring 4.
audit-q6-a4 = Bob dydd neu bron bob dydd
# Question 7, answer scoring 0.
audit-q7-a0 = Byth
# Question 7, answer scoring 1.
audit-q7-a1 = Llai nag unwaith y mis
# Question 7, answer scoring 2.
audit-q7-a2 = Yn fisol
# Question 7, answer scoring 3.
audit-q7-a3 = Yn wythnosol
# Question 7, answer scoring 4.
audit-q7-a4 = Bob dydd neu bron bob dydd
# Question 8, answer scoring 0.
audit-q8-a0 = Byth
# Question 8, answer scoring 1.
audit-q8-a1 = Llai nag unwaith y mis
# Question 8, answer scoring 2.
audit-q8-a2 = Yn fisol
# Question 8, answer scoring 3.
audit-q8-a3 = Yn wythnosol
# Question 8, answer scoring 4.
audit-q8-a4 = Bob dydd neu bron bob dydd
# Question 9, answer scoring 0.
audit-q9-a0 = Naddo
# Question 9, answer scoring 2.
audit-q9-a2 = Do, ond nid yn y flwyddyn ddiwethaf
# Question 9, answer scoring 4.
audit-q9-a4 = Do, yn ystod y flwyddyn ddiwethaf
# Question 10, answer scoring 0.
audit-q10-a0 = Naddo
# Question 10, answer scoring 2.
audit-q10-a2 = Do, ond nid yn y flwyddyn ddiwethaf
# Question 10, answer scoring 4.
audit-q10-a4 = Do, yn ystod y flwyddyn ddiwethaf
# Heading of the result screen.
audit-result = Fy nghanlyniad
# The score, e.g. "Score: 9 out of 40". Text only.
audit-score = Sgôr: { $total } allan o { $max }
# Spoken before the score number.
audit-heard-score = Fy sgôr.
# Zone: score 0 to 7.
audit-zone-lower_risk = Risg is
# Zone: score 8 to 15.
audit-zone-increasing_risk = Risg gynyddol
# Zone: score 16 to 19.
audit-zone-higher_risk = Risg uwch
# Zone: score 20 or more.
audit-zone-possible_dependence = Dibyniaeth bosibl
# AUDIT-C result: 5 or more.
audit-c-positive = Mae’r sgôr hon yn golygu y gallai eich yfed fod yn eich niweidio.
# AUDIT-C result: 4 or less.
audit-c-negative = Mae’r sgôr hon yn yr ystod risg is.
# Score went down since the first check (good).
audit-change-down = Mae eich sgôr wedi mynd i lawr ers eich gwiriad cyntaf.
# Score went up since the first check.
audit-change-up = Mae eich sgôr wedi mynd i fyny ers eich gwiriad cyntaf.
# Score is the same as the first check.
audit-change-same = Mae eich sgôr yr un fath â’ch gwiriad cyntaf.
# How much the score changed, e.g. "Change: -3". Text only.
audit-change-by = Newid ers fy ngwiriad cyntaf: { $change }
# Heading above the list of earlier checks.
audit-history = Fy ngwiriadau hyd yma
# Label of a check: the first one.
audit-purpose-label-baseline = Gwiriad cyntaf
# Label of a check: at the end of the programme.
audit-purpose-label-end = Diwedd y rhaglen
# Label of a check: a check-in.
audit-purpose-label-check_in = Gwirio
# Button: finish and go home.
audit-done = Wedi gorffen
# FRAMES, lower risk: feedback.
audit-lower-feedback = Mae eich atebion yn dangos yfed risg is.
# FRAMES, lower risk: responsibility.
audit-lower-responsibility = Eich dewis chi yw faint rydych chi’n ei yfed.
# FRAMES, lower risk: advice.
audit-lower-advice = Cadwch at 14 uned yr wythnos neu lai, dros 3 diwrnod neu fwy.
# FRAMES, lower risk: menu of options.
audit-lower-menu = Cael rhai diwrnodau heb ddiod bob wythnos. Cadwch lygad ar eich dyddiadur.
# FRAMES, lower risk: empathy.
audit-lower-empathy = Gall fod yn anodd cadw’r yfed yn isel. Rydych chi’n gwneud yn dda.
# FRAMES, lower risk: self-efficacy.
audit-lower-self-efficacy = Rydych chi’n gwybod beth sy’n gweithio i chi. Daliwch ati.
# FRAMES, increasing risk: feedback.
audit-increasing-feedback = Mae eich atebion yn dangos risg gynyddol. Gallai eich yfed ddechrau niweidio eich iechyd.
# FRAMES, increasing risk: responsibility.
audit-increasing-responsibility = Chi sy’n penderfynu beth i’w wneud nesaf.
# FRAMES, increasing risk: advice.
audit-increasing-advice = Mae yfed llai nawr yn lleihau eich risg o niwed.
# FRAMES, increasing risk: menu of options.
audit-increasing-menu = Gallech chi gael mwy o ddiwrnodau heb ddiod, diodydd llai, neu ddiodydd gwannach.
# FRAMES, increasing risk: empathy.
audit-increasing-empathy = Dydy newid arfer ddim yn hawdd. Mae llawer o bobl yn ei chael hi’n anodd ar y dechrau.
# FRAMES, increasing risk: self-efficacy.
audit-increasing-self-efficacy = Gallwch chi wneud hyn. Mae camau bach yn adio.
# FRAMES, higher risk: feedback.
audit-higher-feedback = Mae eich atebion yn dangos risg uwch. Efallai bod eich yfed eisoes yn eich niweidio.
# FRAMES, higher risk: responsibility.
audit-higher-responsibility = Eich dewis chi yw e. Mae help ar gael os ydych chi eisiau.
# FRAMES, higher risk: advice.
audit-higher-advice = Mae’n syniad da yfed llai. Siaradwch â’ch gweithiwr neu’ch meddyg teulu.
# FRAMES, higher risk: menu of options.
audit-higher-menu = Gallech chi osod nod, cadw dyddiadur, a chael cefnogaeth gan wasanaeth.
# FRAMES, higher risk: empathy.
audit-higher-empathy = Mae’n cymryd dewrder i edrych ar eich yfed. Da iawn am wneud hynny.
# FRAMES, higher risk: self-efficacy.
audit-higher-self-efficacy = Mae llawer o bobl yn eich sefyllfa chi wedi newid. Gallwch chithau hefyd.
# FRAMES, possible dependence: feedback.
audit-dependence-feedback = Mae eich atebion yn dangos efallai eich bod yn ddibynnol ar alcohol.
# FRAMES, possible dependence: responsibility.
audit-dependence-responsibility = Chi sy’n penderfynu beth sy’n digwydd nesaf. Does dim rhaid i chi wneud hyn ar eich pen eich hun.
# FRAMES, possible dependence: advice.
audit-dependence-advice = Cewch help arbenigol. Siaradwch â’ch meddyg teulu neu wasanaeth cyffuriau ac alcohol.
# FRAMES, possible dependence: menu of options.
audit-dependence-menu = Gall gwasanaeth eich helpu i yfed llai neu stopio’n ddiogel. Gallan nhw gynnig meddyginiaeth hefyd.
# FRAMES, possible dependence: empathy.
audit-dependence-empathy = Efallai bod hyn yn anodd ei glywed. Diolch am fod yn onest.
# FRAMES, possible dependence: self-efficacy.
audit-dependence-self-efficacy = Gyda’r help iawn, mae pobl yn gwella. Gallwch chithau hefyd.

## Export and import

# Heading of the export screen.
export-title = Cadw copi o fy nyddiadur
# Short explanation.
export-intro = Gwnewch ffeil o’ch dyddiadur. Gallwch ei chadw neu ei dangos i’ch gweithiwr.
# Button: make a spreadsheet file.
export-csv = Ar gyfer taenlen
# Button: make a backup file that Waymark can read back.
export-json = Copi wrth gefn i Waymark
# Shown after the file was downloaded in a browser.
export-downloaded = Wedi gorffen. Mae’r ffeil yn eich lawrlwythiadau.
# Shown in the app: the file text to copy.
export-copy-hint = Copïwch y testun hwn a’i gadw rywle diogel.
# Button: copy the text.
export-copy = Copïo
# Shown after copying.
export-copied = Wedi copïo.
# Label of the box with the file text.
export-text = Testun y ffeil
# Heading: bring back a backup.
import-title = Dod â chopi wrth gefn yn ôl
# Short explanation of import.
import-intro = Dewiswch gopi wrth gefn a wnaed gan Waymark.
# Label of the file chooser.
import-choose = Dewis ffeil
# Shown after an import worked.
import-done = Mae eich copi wrth gefn wedi’i ychwanegu at eich dyddiadur.
# How many entries the import added. Text only.
import-count = Cofnodion wedi’u hychwanegu: { $count }

## Issue 16 (what a newcomer hit): help you can tap, numbers that make sense, fewer words.

# Heading above phone numbers a person can tap to call them. Shown with the safety notice and on Home.
help-title = Help nawr
# A button that phones 999. Keep the number.
help-999 = Argyfwng: ffoniwch 999
# A button that phones NHS 111. Keep the number.
help-111 = Cyngor iechyd: ffoniwch GIG 111
# A button that phones Drinkline, the free national alcohol helpline. Keep the number.
help-drinkline = Drinkline, am alcohol: 0300 123 1110
# A button that phones FRANK, the free national drugs helpline. Keep the number.
help-frank = FRANK, am gyffuriau: 0300 123 6600
# Under the numbers: people to talk to who have no national number.
help-people = Gallwch hefyd siarad â’ch meddyg teulu neu’ch swyddog prawf.
# Asked before saving a drink with a lot of units in one entry. A question on its own.
drink-check-title = Ydy hynny’n iawn?
# Under "Is that right?": asks the person to look at the numbers again.
drink-check-body = Mae hynny’n llawer o alcohol mewn un cofnod. Gwiriwch y maint, pa mor gryf yw e a faint.
# Button: the numbers are right, save them.
drink-check-yes = Ydy, cadwch e
# Button: go back and change the numbers.
drink-check-change = Na, newid e
# Shown with "Is that right?" when the amount is very large.
drink-check-danger = Gall cymaint o alcohol fod yn beryglus iawn. Os ydych chi’n teimlo’n sâl, cewch help nawr.
# "Other drink" has no usual strength, so the person is asked for it. Short.
drink-other-strength = Pa mor gryf yw e? Chwiliwch am y % ar y label.
# A day of this week that has not come yet, in the week view. Short.
week-day-to-come = Ddim eto
# Money spent this week when no cost was typed in. Short.
spend-none = Dim wedi’i nodi
# Week insight when the goal is to stop and there was no alcohol this week.
insight-stop-goal-met = Dim alcohol yr wythnos hon. Da iawn.
# Week insight when the goal is to stop but the person drank. Kind, not blaming.
insight-stop-goal-missed = Cawsoch ddiod yr wythnos hon. Nid methiant yw llithro. Gallwch ddechrau eto heddiw.
# Shown under a box of text that is full: anything more is not kept.
text-full = Mae’r blwch hwn yn llawn. Ni fydd dim mwy yn cael ei gadw.
# My plan: under the heading. The plan saves itself as the person types.
plan-saves-itself = Mae eich cynllun yn cadw wrth i chi deipio.
