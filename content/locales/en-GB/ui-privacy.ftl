### Waymark privacy: the app lock (PIN), "Hide now", erasing the phone, key problems.
### UI strings, English (UK). CC BY-SA 4.0.

## The lock screen (asked at start and after some minutes away)

# Heading of the lock screen.
lock-title = Waymark is locked
# Under the heading.
lock-intro = Type your PIN to open Waymark.
# Label of the box where the PIN is typed.
lock-pin-label = My PIN
# Button: try the PIN.
lock-open = Open
# Said and shown after a wrong PIN.
lock-wrong = That PIN is not right. Try again.
# Said and shown after the fifth wrong PIN: the person must wait 30 seconds.
lock-wait-30 = Too many wrong PINs. Wait 30 seconds, then try again.
# The same after the sixth wrong PIN: 1 minute.
lock-wait-60 = Too many wrong PINs. Wait 1 minute, then try again.
# The same after the seventh wrong PIN: 5 minutes.
lock-wait-300 = Too many wrong PINs. Wait 5 minutes, then try again.
# The same after the eighth wrong PIN: 15 minutes.
lock-wait-900 = Too many wrong PINs. Wait 15 minutes, then try again.
# The same after more wrong PINs: 1 hour each time.
lock-wait-3600 = Too many wrong PINs. Wait 1 hour, then try again.
# Small print on the lock screen: there is no way round a forgotten PIN.
lock-forgot = Forgot your PIN? Nobody can open your data without it. You can erase Waymark and start again.

## "Hide now": a plain screen that shows nothing of Waymark

# Button at the top of every screen: shows a plain screen at once.
hide-now = Hide
# The only thing on the plain screen: a button to come back.
hide-back = Back

## First run: the offer of a PIN (on the home screen until answered)

# Heading of the offer.
offer-title = Keep Waymark private
# The offer.
offer-body = Add a PIN. Then nobody else can open Waymark on this phone.
# Button: go to the PIN screen.
offer-set = Add a PIN
# Button: not now (the PIN can be added later in "Privacy and lock").
offer-skip = Not now

## The privacy screen (from the home screen's settings)

# Button on the home screen, and heading of the privacy screen.
privacy-title = Privacy and lock
# State: a PIN is set.
privacy-lock-on = The app lock is on. Waymark asks for your PIN when it opens.
# State: no PIN.
privacy-lock-off = The app lock is off. Anyone with this phone can open Waymark.
# Heading: choose a PIN (or a new one).
pin-new-title = Choose a PIN
# Label of the first PIN box.
pin-new-label = New PIN, 4 to 8 numbers
# Label of the second PIN box.
pin-again-label = Type the same PIN again
# Button: save the new PIN.
pin-save = Save my PIN
# The warning shown before a PIN is set.
pin-warning = Do not forget your PIN. Nobody can open your data without it. Not even your facilitator. Save a backup, or pair with your office. Then you can get your work back.
# Said and shown when the PIN was saved.
pin-saved = Your PIN is saved.
# Heading: turn the lock off.
pin-remove-title = Turn the lock off
# Label of the PIN box for turning the lock off.
pin-remove-label = My PIN
# Button: turn the lock off.
pin-remove = Turn the lock off
# Said and shown when the lock was turned off.
pin-removed = The app lock is off.

## Erase everything on this phone

# Heading and button.
erase-title = Erase everything on this phone
# The warning, said aloud before erasing.
erase-warning = This deletes your diary, answers and plan from this phone. It cannot be undone.
# What happens to the office copy.
erase-hub = What you shared with your office stays there. Your facilitator can remove it.
# The button: it must be held down.
erase-hold = Hold to erase
# While the button is held.
erase-holding = Keep holding
# Shown after erasing.
erase-done = Everything on this phone is erased.

## Saved data that cannot be opened: what happened and what to do

# The key file beside the data belongs to other data.
error-db-wrong-key = The key does not fit your saved data. Put back the key file that came with it.
# The data is locked and its key file is missing.
error-db-missing-key = The key to your saved data is missing. Put the key file back in the folder.
# The key file is damaged.
error-db-key-damaged = The key to your saved data is damaged. Put back a good copy of the key file.
# A newer version of Waymark made the data.
error-db-newer = A newer Waymark saved your data. Update Waymark to open it.

## Backup and restore

# Heading: save a backup.
backup-title = Save a backup
# What a backup is.
backup-intro = A backup is one file with all your work, locked with a passphrase. Keep it somewhere safe.
# Label of the first passphrase box.
backup-pass-label = Passphrase, 8 letters or more
# Label of the second passphrase box.
backup-again-label = Type the same passphrase again
# Button: make the backup.
backup-save = Save a backup
# Shown when the backup was made.
backup-saved = Your backup is ready. Save or copy the file now.
# Shown in the app when the backup file was saved; the file's place follows.
backup-saved-app = Your backup is saved as a file. This is where it is:
# Heading: restore a backup.
restore-title = Restore a backup
# What restore does.
restore-intro = On a new phone, bring back your work from a backup file.
# Label: choose the backup file.
restore-file-label = Backup file
# Label: the passphrase of the backup.
restore-pass-label = The backup's passphrase
# Button: restore.
restore-button = Restore
# Shown when everything came back.
restore-done = Your work is back.
