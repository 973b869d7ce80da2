### Waymark a hyb y swyddfa: cysylltu ffôn, statws anfon, rhannu, a sgriniau'r hwylusydd.
### UI strings, Welsh (Cymraeg). CC BY-SA 4.0. Translated from
### content/locales/en-GB/ui-sync.ftl (best effort).
### Please have a fluent Welsh speaker review these before release.

## Home: how sending to the office is going

# Heading of the small box on the home screen about sending progress to the office.
sync-title = Fy swyddfa
# Status: this phone is not connected to an office hub.
sync-not-connected = Dydy'r ffôn hwn ddim wedi'i gysylltu â'ch swyddfa.
# Status: connected, but nothing has been sent yet.
sync-never = Dim wedi'i anfon i'ch swyddfa eto.
# Status: when the last send worked. $ago is one of the sync-ago messages.
sync-last = Anfonwyd i'ch swyddfa { $ago }.
# Part of sync-last: less than a minute ago.
sync-ago-now = gynnau
# Part of sync-last: some minutes ago.
sync-ago-minutes = { $n ->
    [one] 1 munud yn ôl
   *[other] { $n } munud yn ôl
}
# Part of sync-last: some hours ago.
sync-ago-hours = { $n ->
    [one] 1 awr yn ôl
   *[other] { $n } awr yn ôl
}
# Part of sync-last: some days ago.
sync-ago-days = { $n ->
    [one] 1 diwrnod yn ôl
   *[other] { $n } diwrnod yn ôl
}
# Status: things saved on the phone that the office does not have yet.
sync-waiting = { $count ->
    [one] Mae 1 peth yn aros i'w anfon.
   *[other] Mae { $count } peth yn aros i'w hanfon.
}
# Status: the office has everything from this phone.
sync-all-sent = Mae popeth wedi'i anfon.
# Status: the last try did not work. The reason follows in plain words.
sync-failed = Wnaeth yr anfon diwethaf ddim gweithio.
# Button: send to the office hub now.
sync-now = Anfon nawr
# Shown while sending.
sync-sending = Yn anfon nawr.
# Explains that sending happens by itself.
sync-auto = Mae eich ffôn yn anfon ar ei ben ei hun pan fo'r swyddfa o fewn cyrraedd.
# Link on the home screen to the pairing screen.
sync-connect = Cysylltu â fy swyddfa
# Link on the home screen to the sharing screen.
sync-sharing = Beth gall fy hwylusydd ei weld

## Connect to my office (pairing)

# Heading of the pairing screen.
connect-title = Cysylltu â fy swyddfa
# First line of the pairing screen.
connect-intro = Bydd eich hwylusydd yn dangos cod i chi ar ei sgrin.
# Explains that this app cannot scan QR codes on a computer.
connect-no-camera = Ar gyfrifiadur, teipiwch y cod. Neu gludwch y ddolen o dan y llun.
# Label: the six-digit code.
connect-code = Y cod 6 digid
# Label: the hub address, like 192.168.1.20:8472.
connect-address = Cyfeiriad y swyddfa
# Help under the address field.
connect-address-help = Mae o dan y cod ar sgrin eich hwylusydd.
# Label: paste the pairing link instead.
connect-link = Neu gludwch y ddolen
# Button: check the office before connecting.
connect-check = Gwirio'r swyddfa
# Heading when the phone has found the office hub.
connect-compare = Gwiriwch fod y llythrennau hyn yr un fath â sgrin eich hwylusydd.
# Button: the letters match, connect now.
connect-confirm = Maen nhw'r un fath. Cysylltu.
# Button: start again.
connect-again = Dechrau eto
# Shown while connecting.
connect-working = Yn cysylltu nawr.
# Success message after pairing. $name is the name the facilitator typed.
connect-done = Wedi cysylltu. Helo, { $name }.
# Error: the code is not six digits.
connect-code-invalid = Teipiwch 6 digid y cod.
# Error: the pasted link is not a Waymark link.
connect-link-invalid = Dydy honna ddim yn ddolen Waymark. Teipiwch y cod yn lle.
# Shown when the screen is opened in an office browser, not the app.
connect-app-only = Gallwch gysylltu o ap Waymark ar eich ffôn.
# Label before the office address once connected.
connect-paired-to = Wedi cysylltu â
# Label before the short certificate letters.
connect-check-letters = Llythrennau gwirio

## What my facilitator can see (consent)

# Heading of the sharing screen.
share-title = Beth gall fy hwylusydd ei weld
# First line of the sharing screen.
share-intro = Chi sy'n dewis beth mae eich hwylusydd yn ei weld. Gallwch ei newid unrhyw bryd.
# Row: attendance and session progress are always shared.
share-progress = Presenoldeb a sesiynau wedi'u gwneud
# Explains why attendance and progress are always shared.
share-progress-always = Wedi'i rannu bob amser. Mae'n rhan o'ch rhaglen.
# Row: weekly diary totals.
share-summaries = Cyfansymiau'r dyddiadur bob wythnos
# Explains the diary totals row.
share-summaries-help = Mae eich hwylusydd yn gweld eich unedau a'ch diwrnodau heb ddiod bob wythnos.
# Row: the diary entries themselves.
share-entries = Cofnodion fy nyddiadur
# Explains the diary entries row.
share-entries-help = Gall eich hwylusydd weld pob diod, defnydd cyffuriau ac ysfa a ychwanegwch.
# Word on a switch that is on.
share-on = Wedi'i rannu
# Word on a switch that is off.
share-off = Heb ei rannu
# Explains what stopping sharing does.
share-revoke = Os byddwch yn stopio rhannu, mae pethau newydd yn aros ar eich ffôn. Mae'r hyn a rannwyd yn aros wedi'i rannu.
# Shown after a change is saved.
share-saved = Wedi cadw.

## Facilitator: groups, roster, pairing (office hub screen)

# Button on the home screen of the office computer: open the facilitator's screens.
fac-open = Hwylusydd
# Heading of the groups screen.
fac-groups-title = Fy ngrwpiau
# Shown when there are no groups yet.
fac-no-groups = Does dim grwpiau eto.
# Label: the name of a new group.
fac-group-name = Enw'r grŵp newydd
# Button: make a group.
fac-create-group = Creu grŵp
# Error: the group name is empty.
fac-group-name-missing = Teipiwch enw i'r grŵp.
# Heading of the add member form.
fac-add-member = Ychwanegu person
# Label: first name or initials, no surname or email.
fac-member-name = Enw cyntaf neu lythrennau blaen
# Help under the name field.
fac-member-help = Hyd at 40 llythyren. Dim cyfenw a dim e-bost.
# Button: add the person to the group.
fac-add = Ychwanegu
# Error: the name is empty or too long.
fac-member-name-invalid = Teipiwch enw cyntaf neu lythrennau blaen, hyd at 40 llythyren.
# Column: name.
fac-col-name = Enw
# Column: phones paired.
fac-col-phones = Ffonau
# Column: when the phone last sent.
fac-col-last-sync = Anfonwyd ddiwethaf
# Column: sessions done.
fac-col-sessions = Sesiynau wedi'u gwneud
# Column: sessions attended.
fac-col-attendance = Yn bresennol
# Column: weekly diary totals, only if shared.
fac-col-diary = Dyddiadur yr wythnos hon
# Cell: never synced.
fac-never = Byth
# Cell: not shared by the participant.
fac-not-shared = Heb ei rannu
# Under a member's phones: how many records their phone sent that differ from what the hub holds
# (a damaged or changed app). They are kept apart, never merged. $count is a number.
fac-conflicts = Cofnodion nad oedd yn cyfateb: { $count }. Does dim wedi'i golli. Gwiriwch fod yr ap yn gyfredol.
# Diary summary cell. $units is a number, $free a count of days.
fac-diary-summary = { $units } uned, { $free } diwrnod heb ddiod
# Button: show the pairing code for this person.
fac-pair = Paru ffôn
# Label: session number for attendance.
fac-session = Sesiwn
# Button: mark the person present.
fac-mark-present = Marcio'n bresennol
# Button: download the roster as a spreadsheet file.
fac-export = Lawrlwytho CSV
# Button: back to the list of groups.
fac-back = Yn ôl i'r grwpiau
# Heading of the pairing screen. $name is the person's name.
fac-pair-title = Paru ffôn i { $name }
# Tells the facilitator what the participant does.
fac-pair-help = Gofynnwch iddyn nhw agor Cysylltu â fy swyddfa a theipio'r cod hwn.
# Label above the six-digit code.
fac-pair-code = Cod
# Label: the hub address.
fac-pair-address = Cyfeiriad y swyddfa
# Label of a list: which of this computer's addresses phones are told to use (when it has several).
fac-pair-choose-address = Mae ffonau'n defnyddio'r cyfeiriad hwn. Dewiswch un Wi-Fi'r swyddfa.
# Warning on the pairing screen: the hub has only this computer's own (loopback) address.
fac-pair-loopback = Ni all ffonau gyrraedd yr hyb hwn. Nid yw'r cyfrifiadur hwn ar rwydwaith y swyddfa. Cysylltwch ef â Wi-Fi'r swyddfa, yna dechreuwch yr hyb eto.
# Label: the certificate fingerprint.
fac-pair-fingerprint = Llythrennau gwirio
# Label: the link inside the QR code.
fac-pair-link = Dolen
# Says how long the code lasts.
fac-pair-expiry = Mae'r cod yn gweithio unwaith, am 10 munud.
# Alt text of the QR code picture.
fac-qr-alt = Cod QR i baru ffôn
# Button: finished pairing, back to the roster.
fac-pair-done = Wedi gorffen

## The facilitator's people panel (rename, phones, remove) and office PIN states.
# Button on a roster row: open the panel to rename, stop a phone or remove this person.
fac-person = Newid
# Heading of that panel. $name is the person's first name or initials.
fac-person-title = Am { $name }
# Label: the person's name as the facilitator types it.
fac-person-name = Enw (enw cyntaf neu lythrennau cyntaf)
# Button: save the new name.
fac-person-save = Cadw'r enw
# Said after the name was saved.
fac-person-saved = Wedi'i gadw.
# Heading: the person's paired phones.
fac-person-phones = Ffonau
# When the person has no paired phone.
fac-person-no-phones = Does dim ffôn wedi'i baru.
# One paired phone. $date is when it was paired.
fac-person-phone = Wedi'i baru { $date }
# Button: revoke this phone's pairing, so it cannot sync any more.
fac-person-revoke = Atal y ffôn hwn rhag cysoni
# Heading: removing the person from the hub.
fac-person-remove-title = Tynnu o'r hyb
# Warning before removing a person.
fac-person-remove-help = Mae hyn yn dileu popeth sydd gan yr hyb am y person hwn: eu cofnodion, PIN swyddfa a ffonau. Mae eu ffôn eu hunain yn cadw ei ddata. Does dim modd dadwneud hyn.
# Label: type the person's name to confirm the removal.
fac-person-remove-confirm = Teipiwch eu henw i gadarnhau
# Button: remove the person for good.
fac-person-remove = Tynnu'r person hwn
# Button: close the panel.
fac-person-close = Cau
# Office PIN state on the roster: none yet.
fac-pin-none = Dim PIN swyddfa
# Office PIN state: the facilitator opened a window to choose one.
fac-pin-choosing = Yn dewis PIN nawr
# Office PIN state: has one.
fac-pin-set = Mae ganddo PIN swyddfa
# Office PIN state: locked after wrong PINs.
fac-pin-locked = Wedi cloi: gormod o PINau anghywir
