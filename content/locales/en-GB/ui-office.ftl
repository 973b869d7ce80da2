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
# The person has no PIN and may not choose one yet.
office-pin-none = You do not have a PIN yet. Ask your facilitator to let you choose one.
# Too many wrong PINs.
office-pin-locked = Too many wrong tries. Wait 15 minutes, or ask your facilitator.
# Said when a PIN is wrong (the screen also says how many tries are left).
office-pin-wrong = That PIN is not right. Try again.
# Label of the PIN box.
office-pin = PIN
# The button that signs in.
office-sign-in = Sign in
# Keypad button that removes the last number typed.
office-delete = Delete a number
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
