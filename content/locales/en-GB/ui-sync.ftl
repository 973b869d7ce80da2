### Waymark and the office hub: connecting a phone, sync status, sharing, and the
### facilitator's screens. UI strings, British English. CC BY-SA 4.0.
### Every message without variables is read aloud, so keep it short and plain.
### Messages with variables ({ $name }) are shown as text only.

## Home: how sending to the office is going

# Heading of the small box on the home screen about sending progress to the office.
sync-title = My office
# Status: this phone is not connected to an office hub.
sync-not-connected = This phone is not connected to your office.
# Status: connected, but nothing has been sent yet.
sync-never = Not sent to your office yet.
# Status: when the last send worked. $ago is one of the sync-ago messages.
sync-last = Sent to your office { $ago }.
# Part of sync-last: less than a minute ago.
sync-ago-now = just now
# Part of sync-last: some minutes ago.
sync-ago-minutes = { $n ->
    [one] 1 minute ago
   *[other] { $n } minutes ago
}
# Part of sync-last: some hours ago.
sync-ago-hours = { $n ->
    [one] 1 hour ago
   *[other] { $n } hours ago
}
# Part of sync-last: some days ago.
sync-ago-days = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}
# Status: things saved on the phone that the office does not have yet.
sync-waiting = { $count ->
    [one] 1 thing is waiting to send.
   *[other] { $count } things are waiting to send.
}
# Status: the office has everything from this phone.
sync-all-sent = Everything is sent.
# Status: the last try did not work. The reason follows in plain words.
sync-failed = The last send did not work.
# Button: send to the office hub now.
sync-now = Send now
# Shown while sending.
sync-sending = Sending now.
# Explains that sending happens by itself.
sync-auto = Your phone sends by itself when the office is in reach.
# Link on the home screen to the pairing screen.
sync-connect = Connect to my office
# Link on the home screen to the sharing screen.
sync-sharing = What my facilitator can see

## Connect to my office (pairing)

# Heading of the pairing screen.
connect-title = Connect to my office
# First line of the pairing screen.
connect-intro = Your facilitator will show you a code on their screen.
# Explains that this app cannot scan QR codes on a computer.
connect-no-camera = On a computer, type the code. Or paste the link under the picture.
# Label: the six-digit code.
connect-code = The 6-digit code
# Label: the hub address, like 192.168.1.20:8472.
connect-address = The office address
# Help under the address field.
connect-address-help = It is under the code on your facilitator's screen.
# Label: paste the pairing link instead.
connect-link = Or paste the link
# Button: check the office before connecting.
connect-check = Check the office
# Heading when the phone has found the office hub.
connect-compare = Check these letters match your facilitator's screen.
# Button: the letters match, connect now.
connect-confirm = They match. Connect.
# Button: start again.
connect-again = Start again
# Shown while connecting.
connect-working = Connecting now.
# Success message after pairing. $name is the name the facilitator typed.
connect-done = Connected. Hello, { $name }.
# Error: the code is not six digits.
connect-code-invalid = Type the 6 digits of the code.
# Error: the pasted link is not a Waymark link.
connect-link-invalid = That is not a Waymark link. Type the code instead.
# Shown when the screen is opened in an office browser, not the app.
connect-app-only = You can connect from the Waymark app on your phone.
# Label before the office address once connected.
connect-paired-to = Connected to
# Label before the short certificate letters.
connect-check-letters = Check letters

## What my facilitator can see (consent)

# Heading of the sharing screen.
share-title = What my facilitator can see
# First line of the sharing screen.
share-intro = You choose what your facilitator sees. You can change it at any time.
# Row: attendance and session progress are always shared.
share-progress = Attendance and sessions done
# Explains why attendance and progress are always shared.
share-progress-always = Always shared. It is part of your programme.
# Row: weekly diary totals.
share-summaries = Diary totals each week
# Explains the diary totals row.
share-summaries-help = Your facilitator sees your weekly units and drink-free days.
# Row: the diary entries themselves.
share-entries = My diary entries
# Explains the diary entries row.
share-entries-help = Your facilitator can see each drink, drug use and urge you add.
# Word on a switch that is on.
share-on = Shared
# Word on a switch that is off.
share-off = Not shared
# Explains what stopping sharing does.
share-revoke = If you stop sharing, new things stay on your phone. What was shared stays shared.
# Shown after a change is saved.
share-saved = Saved.

## Facilitator: groups, roster, pairing (office hub screen)

# Button on the home screen of the office computer: open the facilitator's screens.
fac-open = Facilitator
# Heading of the groups screen.
fac-groups-title = My groups
# Shown when there are no groups yet.
fac-no-groups = There are no groups yet.
# Label: the name of a new group.
fac-group-name = New group name
# Button: make a group.
fac-create-group = Make group
# Error: the group name is empty.
fac-group-name-missing = Type a name for the group.
# Heading of the add member form.
fac-add-member = Add a person
# Label: first name or initials, no surname or email.
fac-member-name = First name or initials
# Help under the name field.
fac-member-help = Up to 40 letters. No surname and no email.
# Button: add the person to the group.
fac-add = Add
# Error: the name is empty or too long.
fac-member-name-invalid = Type a first name or initials, up to 40 letters.
# Column: name.
fac-col-name = Name
# Column: phones paired.
fac-col-phones = Phones
# Column: when the phone last sent.
fac-col-last-sync = Last sent
# Column: sessions done.
fac-col-sessions = Sessions done
# Column: sessions attended.
fac-col-attendance = Attended
# Column: weekly diary totals, only if shared.
fac-col-diary = Diary this week
# Cell: never synced.
fac-never = Never
# Cell: not shared by the participant.
fac-not-shared = Not shared
# Under a member's phones: how many records their phone sent that differ from what the hub holds
# (a damaged or changed app). They are kept apart, never merged. $count is a number.
fac-conflicts = Records that did not match: { $count }. Nothing was lost. Check the app is up to date.
# Diary summary cell. $units is a number, $free a count of days.
fac-diary-summary = { $units } units, { $free } drink-free days
# Button: show the pairing code for this person.
fac-pair = Connect a phone
# Label: session number for attendance.
fac-session = Session
# Button: mark the person present.
fac-mark-present = Mark present
# Button: download the roster as a spreadsheet file.
fac-export = Download CSV
# Button: back to the list of groups.
fac-back = Back to groups
# Heading of the pairing screen. $name is the person's name.
fac-pair-title = Pair a phone for { $name }
# Tells the facilitator what the participant does.
fac-pair-help = Ask them to open Connect to my office and type this code.
# Label above the six-digit code.
fac-pair-code = Code
# Label: the hub address.
fac-pair-address = Office address
# Label of a list: which of this computer's addresses phones are told to use (when it has several).
fac-pair-choose-address = Phones use this address. Choose the one of the office Wi-Fi.
# Warning on the pairing screen: the hub has only this computer's own (loopback) address.
fac-pair-loopback = Phones cannot reach this hub. This computer is not on the office network. Connect it to the office Wi-Fi, then start the hub again.
# Label: the certificate fingerprint.
fac-pair-fingerprint = Check letters
# Label: the link inside the QR code.
fac-pair-link = Link
# Says how long the code lasts.
fac-pair-expiry = The code works once, for 10 minutes.
# Alt text of the QR code picture.
fac-qr-alt = QR code to pair a phone
# Button: finished pairing, back to the roster.
fac-pair-done = Done

## The facilitator's people panel (rename, phones, remove) and office PIN states.
# Button on a roster row: open the panel to rename, stop a phone or remove this person.
fac-person = Change
# Heading of that panel. $name is the person's first name or initials.
fac-person-title = About { $name }
# Label: the person's name as the facilitator types it.
fac-person-name = Name (first name or initials)
# Button: save the new name.
fac-person-save = Save name
# Said after the name was saved.
fac-person-saved = Saved.
# Heading: the person's paired phones.
fac-person-phones = Phones
# When the person has no paired phone.
fac-person-no-phones = No phone is paired.
# One paired phone. $date is when it was paired.
fac-person-phone = Paired { $date }
# Button: revoke this phone's pairing, so it cannot sync any more.
fac-person-revoke = Stop this phone syncing
# Heading: removing the person from the hub.
fac-person-remove-title = Remove from the hub
# Warning before removing a person.
fac-person-remove-help = This deletes all the hub holds of this person: their records, office PIN and phones. Their own phone keeps its data. This cannot be undone.
# Label: type the person's name to confirm the removal.
fac-person-remove-confirm = Type their name to confirm
# Button: remove the person for good.
fac-person-remove = Remove this person
# Button: close the panel.
fac-person-close = Close
# Office PIN state on the roster: none yet.
fac-pin-none = No office PIN
# Office PIN state: the facilitator opened a window to choose one.
fac-pin-choosing = Choosing a PIN now
# Office PIN state: has one.
fac-pin-set = Has an office PIN
# Office PIN state: locked after wrong PINs.
fac-pin-locked = Locked: too many wrong PINs
