### Preifatrwydd Waymark: clo'r ap (PIN), "Cuddio", dileu'r ffôn, problemau allwedd.
### UI strings, Welsh (Cymraeg). CC BY-SA 4.0. Translated from
### content/locales/en-GB/ui-privacy.ftl (best effort).
### Please have a fluent Welsh speaker review these before release.

## The lock screen

# Heading of the lock screen.
lock-title = Mae Waymark wedi'i gloi
# Under the heading.
lock-intro = Teipiwch eich PIN i agor Waymark.
# Label of the box where the PIN is typed.
lock-pin-label = Fy PIN
# Button: try the PIN.
lock-open = Agor
# Said and shown after a wrong PIN.
lock-wrong = Dydy'r PIN yna ddim yn iawn. Rhowch gynnig arall.
# After the fifth wrong PIN: 30 seconds.
lock-wait-30 = Gormod o PINau anghywir. Arhoswch 30 eiliad, yna rhowch gynnig arall.
# After the sixth: 1 minute.
lock-wait-60 = Gormod o PINau anghywir. Arhoswch 1 munud, yna rhowch gynnig arall.
# After the seventh: 5 minutes.
lock-wait-300 = Gormod o PINau anghywir. Arhoswch 5 munud, yna rhowch gynnig arall.
# After the eighth: 15 minutes.
lock-wait-900 = Gormod o PINau anghywir. Arhoswch 15 munud, yna rhowch gynnig arall.
# After more: 1 hour.
lock-wait-3600 = Gormod o PINau anghywir. Arhoswch 1 awr, yna rhowch gynnig arall.
# Small print: no way round a forgotten PIN.
lock-forgot = Wedi anghofio eich PIN? All neb agor eich data hebddo. Gallwch ddileu Waymark a dechrau eto.

## "Hide now"

# Button at the top of every screen.
hide-now = Cuddio
# The only thing on the plain screen.
hide-back = Yn ôl

## First run: the offer of a PIN

# Heading of the offer.
offer-title = Cadwch Waymark yn breifat
# The offer.
offer-body = Ychwanegwch PIN. Wedyn all neb arall agor Waymark ar y ffôn hwn.
# Button: go to the PIN screen.
offer-set = Ychwanegu PIN
# Button: not now.
offer-skip = Dim nawr

## The privacy screen

# Button on the home screen, and heading of the privacy screen.
privacy-title = Preifatrwydd a chlo
# State: a PIN is set.
privacy-lock-on = Mae clo'r ap ymlaen. Mae Waymark yn gofyn am eich PIN wrth agor.
# State: no PIN.
privacy-lock-off = Mae clo'r ap i ffwrdd. Gall unrhyw un gyda'r ffôn hwn agor Waymark.
# Heading: choose a PIN.
pin-new-title = Dewiswch PIN
# Label of the first PIN box.
pin-new-label = PIN newydd, 4 i 8 rhif
# Label of the second PIN box.
pin-again-label = Teipiwch yr un PIN eto
# Button: save the new PIN.
pin-save = Cadw fy PIN
# The warning before a PIN is set.
pin-warning = Peidiwch ag anghofio eich PIN. All neb agor eich data hebddo. Dim hyd yn oed eich hwylusydd. Cadwch gopi wrth gefn, neu parwch â'ch swyddfa. Wedyn gallwch gael eich gwaith yn ôl.
# The PIN was saved.
pin-saved = Mae eich PIN wedi'i gadw.
# Heading: turn the lock off.
pin-remove-title = Diffodd y clo
# Label of the PIN box for turning the lock off.
pin-remove-label = Fy PIN
# Button: turn the lock off.
pin-remove = Diffodd y clo
# The lock was turned off.
pin-removed = Mae clo'r ap i ffwrdd.

## Erase everything on this phone

# Heading and button.
erase-title = Dileu popeth ar y ffôn hwn
# The warning, said aloud.
erase-warning = Mae hyn yn dileu eich dyddiadur, atebion a chynllun o'r ffôn hwn. All hyn ddim cael ei ddadwneud.
# The office copy.
erase-hub = Mae'r hyn a rannoch â'ch swyddfa yn aros yno. Gall eich hwylusydd ei dynnu.
# The button must be held.
erase-hold = Daliwch i ddileu
# While held.
erase-holding = Daliwch i wasgu
# After erasing.
erase-done = Mae popeth ar y ffôn hwn wedi'i ddileu.

## Saved data that cannot be opened

# Wrong key file.
error-db-wrong-key = Dydy'r allwedd ddim yn ffitio eich data. Rhowch yn ôl y ffeil allwedd a ddaeth gyda fe.
# Missing key file.
error-db-missing-key = Mae'r allwedd i'ch data ar goll. Rhowch y ffeil allwedd yn ôl yn y ffolder.
# Damaged key file.
error-db-key-damaged = Mae'r allwedd i'ch data wedi'i difrodi. Rhowch gopi da o'r ffeil allwedd yn ôl.
# Newer version.
error-db-newer = Gwnaeth Waymark mwy newydd eich data. Diweddarwch Waymark i'w agor.

## Backup and restore

# Heading: save a backup.
backup-title = Cadw copi wrth gefn
# What a backup is.
backup-intro = Mae copi wrth gefn yn un ffeil gyda'ch holl waith, wedi'i gloi â chyfrinair. Cadwch hi'n ddiogel.
# Label of the first passphrase box.
backup-pass-label = Cyfrinair, 8 llythyren neu fwy
# Label of the second passphrase box.
backup-again-label = Teipiwch yr un cyfrinair eto
# Button: make the backup.
backup-save = Cadw copi wrth gefn
# Shown when the backup was made.
backup-saved = Mae eich copi wrth gefn yn barod. Cadwch neu copïwch y ffeil nawr.
# Shown in the app when the backup file was saved; the file's place follows.
backup-saved-app = Mae eich copi wrth gefn wedi ei gadw fel ffeil. Dyma lle mae e:
# Heading: restore a backup.
restore-title = Adfer copi wrth gefn
# What restore does.
restore-intro = Ar ffôn newydd, dewch â'ch gwaith yn ôl o ffeil copi wrth gefn.
# Label: choose the backup file.
restore-file-label = Ffeil copi wrth gefn
# Label: the passphrase of the backup.
restore-pass-label = Cyfrinair y copi wrth gefn
# Button: restore.
restore-button = Adfer
# Shown when everything came back.
restore-done = Mae eich gwaith yn ôl.
