### Mewngofnodi ar gyfrifiadur swyddfa a rennir, a botwm PIN yr hwylusydd.
### Llinynnau'r rhyngwyneb, Cymraeg. CC BY-SA 4.0.
### Mae angen i siaradwr Cymraeg rhugl adolygu'r testun hwn.

# Heading of the office sign-in screen.
office-title = Mewngofnodi
# Under the heading: what to do first.
office-who = Tapiwch eich enw.
# Said on the office screen: the computer is shared and keeps nothing.
office-private = Cyfrifiadur a rennir yw hwn. Nid yw'n cadw dim byd sy'n eiddo i chi. Allgofnodwch pan fyddwch yn gorffen.
# There are no groups or names on this hub yet.
office-no-names = Does dim enwau yma eto. Gofynnwch i'ch hwylusydd.
# Heading of the PIN screen when the person has a PIN.
office-pin-enter = Teipiwch eich PIN.
# Heading of the PIN screen when the facilitator has let the person choose a PIN.
office-pin-choose = Dewiswch PIN. Defnyddiwch 4 i 8 rhif.
# Label of the second box when choosing a PIN.
office-pin-again = Teipiwch yr un PIN eto.
# Too many wrong PINs (for this name, or on this computer).
office-pin-locked = Gormod o gynigion anghywir. Arhoswch 15 munud, neu gofynnwch i'ch hwylusydd.
# Said when a PIN is wrong (the screen also says how many tries are left).
office-pin-wrong = Dydy'r PIN hwnnw ddim yn gywir. Rhowch gynnig arall arni.
# Label of the PIN box.
office-pin = PIN
# The button that signs in.
office-sign-in = Mewngofnodi
# Keypad button that removes the last number typed.
office-delete = Dileu rhif
# Heading of the PIN screen when choosing a new PIN with the facilitator's one-time code.
office-code-prompt = Teipiwch y cod gan eich hwylusydd. Yna dewiswch PIN newydd.
# Label of the box for the facilitator's one-time code (6 numbers).
office-code = Cod gan eich hwylusydd
# The code typed was wrong, used up, or its 10 minutes are over.
office-code-wrong = Dydy'r cod hwnnw ddim yn gywir, neu mae wedi dod i ben. Gofynnwch i'ch hwylusydd.
# The hub's list of names changed (or the hub restarted) since this screen showed it.
office-names-changed = Mae'r rhestr enwau wedi newid. Tapiwch eich enw eto.
# Under the PIN keypad: how to get a first PIN, or a new one.
office-new-pin-help = Dim PIN eto, neu wedi'i anghofio? Gofynnwch i'ch hwylusydd am god.
# Button: switch to choosing a new PIN with the facilitator's code.
office-have-code = Mae gen i god
# Under the keypad while choosing a PIN: how to go back to typing a PIN.
office-have-pin-help = Oes gennych chi PIN yn barod? Ewch yn ôl a'i deipio.
# Button: switch back to typing the PIN the person already has.
office-have-pin = Mae gen i PIN
# Go back from the PIN screen to the list of names.
office-not-you = Nid chi? Ewch yn ôl.
# How many numbers are typed (the PIN itself is never shown or read out).
office-pin-count = { $n ->
    [zero] Dim rhifau wedi'u teipio
    [one] 1 rhif wedi'i deipio
    [two] 2 rif wedi'u teipio
    [few] { $n } rhif wedi'u teipio
    [many] { $n } rhif wedi'u teipio
   *[other] { $n } rhif wedi'u teipio
}
# Bar at the top while someone is signed in. $name is their first name or initials.
office-signed-in-as = Wedi mewngofnodi fel { $name }
# Button in that bar.
office-sign-out = Allgofnodi
# Shown a minute before the screen signs out by itself.
office-idle-warning = Byddwch yn cael eich allgofnodi cyn bo hir. Tapiwch y sgrin i aros.
# Shown after signing out.
office-signed-out = Rydych wedi allgofnodi. Does dim byd sy'n eiddo i chi ar ôl ar y cyfrifiadur hwn.
# Button on the hub's own screen: a participant signs in to do their own work.
office-sign-in-here = Mewngofnodi gyda fy PIN

# Button on a person's row: let them choose (or change) their office PIN.
fac-office-pin = PIN swyddfa
# After pressing it. $name is the person's first name or initials.
fac-office-pin-open = Gall { $name } ddewis PIN swyddfa yn y 10 munud nesaf.
# Label before the one-time code shown on the facilitator's screen.
fac-office-pin-code-label = Cod i ddewis PIN
# Under the code: what to do with it. Only the person it is for should hear or see it.
fac-office-pin-code = Dywedwch y cod hwn wrthyn nhw. Maen nhw'n ei deipio ar sgrin y swyddfa gyda PIN newydd.
