### Signing in on a shared office computer, and the facilitator's PIN button.
### UI strings, British English. CC BY-SA 4.0.
### Every message without variables is read aloud, so keep it short and plain.
### Messages with variables ({ $name }) are shown as text only.

# Heading of the office sign-in screen.
office-title = Sign in
# Under the heading: what to do first.
office-who = Tap your name.
# Said on the office screen: the computer is shared and keeps nothing.
office-private = This computer is shared. It keeps nothing of yours. Sign out when you finish.
# There are no groups or names on this hub yet.
office-no-names = There are no names here yet. Ask your facilitator.
# Heading of the PIN screen when the person has a PIN.
office-pin-enter = Type your PIN.
# Heading of the PIN screen when the facilitator has let the person choose a PIN.
office-pin-choose = Choose a PIN. Use 4 to 8 numbers.
# Label of the second box when choosing a PIN.
office-pin-again = Type the same PIN again.
# Too many wrong PINs (for this name, or on this computer).
office-pin-locked = Too many wrong tries. Wait 15 minutes, or ask your facilitator.
# Said when a PIN is wrong (the screen also says how many tries are left).
office-pin-wrong = That PIN is not right. Try again.
# Label of the PIN box.
office-pin = PIN
# The button that signs in.
office-sign-in = Sign in
# Keypad button that removes the last number typed.
office-delete = Delete a number
# Heading of the PIN screen when choosing a new PIN with the facilitator's one-time code.
office-code-prompt = Type the code from your facilitator. Then choose a new PIN.
# Label of the box for the facilitator's one-time code (6 numbers).
office-code = Code from your facilitator
# The code typed was wrong, used up, or its 10 minutes are over.
office-code-wrong = That code is not right, or it has run out. Ask your facilitator.
# The hub's list of names changed (or the hub restarted) since this screen showed it.
office-names-changed = The list of names has changed. Tap your name again.
# Under the PIN keypad: how to get a first PIN, or a new one.
office-new-pin-help = No PIN yet, or forgot it? Ask your facilitator for a code.
# Button: switch to choosing a new PIN with the facilitator's code.
office-have-code = I have a code
# Under the keypad while choosing a PIN: how to go back to typing a PIN.
office-have-pin-help = Already have a PIN? Go back and type it.
# Button: switch back to typing the PIN the person already has.
office-have-pin = I have a PIN
# Go back from the PIN screen to the list of names.
office-not-you = Not you? Go back.
# How many numbers are typed (the PIN itself is never shown or read out).
office-pin-count = { $n ->
    [one] 1 number typed
   *[other] { $n } numbers typed
}
# Bar at the top while someone is signed in. $name is their first name or initials.
office-signed-in-as = Signed in as { $name }
# Button in that bar.
office-sign-out = Sign out
# Shown a minute before the screen signs out by itself.
office-idle-warning = You will be signed out soon. Tap the screen to stay.
# Shown after signing out.
office-signed-out = You are signed out. Nothing of yours is left on this computer.
# Button on the hub's own screen: a participant signs in to do their own work.
office-sign-in-here = Sign in with my PIN

## Facilitator's roster

# Button on a person's row: let them choose (or change) their office PIN.
fac-office-pin = Office PIN
# After pressing it. $name is the person's first name or initials.
fac-office-pin-open = { $name } can choose an office PIN in the next 10 minutes.
# Label before the one-time code shown on the facilitator's screen.
fac-office-pin-code-label = Code for choosing a PIN
# Under the code: what to do with it. Only the person it is for should hear or see it.
fac-office-pin-code = Tell them this code. They type it on the office screen with a new PIN.
