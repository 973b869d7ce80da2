// Signing in on shared office equipment, in headless Chromium against the real hub binary:
// the facilitator lets Sam choose a PIN and tells Sam the one-time code from the roster, Sam
// types it and the new PIN on the keypad, logs a drink, signs out,
// and nothing of Sam's is readable in the browser afterwards; Sam signs in again and the drink
// is there. On the office network (HTTPS) nothing works before sign-in, and a quiet screen signs
// itself out. Accessibility (axe) and reflow on every screen.
//   cd tests/e2e && node --test office.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removeDir, tempDir } from './helpers.mjs';
import { checkScreen, hubApi, startHub, launchChromium, PHONE } from './hubproc.mjs';

/** The shared check (both sizes, axe, reflow), named `office-<name>`; ends at `size`. */
function check(page, name, size = PHONE) {
  return checkScreen(page, `office-${name}`, size);
}

/** Type a PIN on the on-screen keypad. */
async function keypad(page, digits) {
  for (const d of digits) {
    await page.getByTestId('office-key').filter({ hasText: new RegExp(`^${d}$`) }).click();
  }
}

/** What this browser still holds for the hub's origin. */
async function leftovers(page, context) {
  const cookies = (await context.cookies()).filter((c) => c.name === 'waymark_office');
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  return { cookies: cookies.length, ...storage };
}

async function listDiary(page) {
  return page.evaluate(async () => {
    const response = await fetch('./api/list_diary', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from_ms: Date.now() - 86400000, to_ms: Date.now() + 60000 }),
    });
    return { status: response.status, body: await response.json() };
  });
}

describe('office sign-in on shared equipment', () => {
  let browser;
  let hub;
  let dataDir;
  let sam;
  let ali;

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('office');
    hub = await startHub(dataDir);
    const group = await hubApi(hub.url, 'create_group', { name: 'Tuesday group' });
    sam = (await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' })).id;
    ali = (await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Ali' })).id;
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  test("on the hub's screen: choose a PIN, log a drink, sign out, nothing left; sign in again", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hub.url);

    // Before a PIN window: the screen asks for a PIN (it does not know who has one) and says how
    // to get one; a made-up code is refused.
    await page.getByTestId('office-open').click();
    await page.getByTestId('office-sign-in').waitFor();
    await page.getByTestId('office-name').filter({ hasText: 'Sam' }).waitFor();
    await check(page, 'names');
    await page.getByTestId('office-name').filter({ hasText: 'Sam' }).click();
    assert.match(await page.getByTestId('office-prompt').innerText(), /Type your PIN/);
    assert.match(await page.getByTestId('office-sign-in').innerText(), /No PIN yet, or forgot it\? Ask your facilitator/);
    await check(page, 'pin');
    await page.getByTestId('office-have-code').click();
    assert.match(await page.getByTestId('office-prompt').innerText(), /Type the code from your facilitator/);
    await page.getByTestId('office-code').fill('123456');
    await page.getByTestId('office-pin').fill('2580');
    await page.getByTestId('office-pin-again').fill('2580');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-error').waitFor();
    assert.match(await page.getByTestId('office-error').innerText(), /code is not right, or it has run out/);
    await page.getByTestId('office-error-hear').waitFor();
    await check(page, 'wrong-code');
    await page.getByTestId('office-back').click();

    // The facilitator presses Office PIN (the roster's button does this call): their screen shows
    // a one-time code, which they tell Sam. Sam types it on the keypad, then a new PIN.
    const { code } = await hubApi(hub.url, 'allow_office_pin', { member_id: sam });
    await page.reload();
    await page.getByTestId('office-open').click();
    await page.getByTestId('office-name').filter({ hasText: 'Sam' }).click();
    await page.getByTestId('office-have-code').click();
    await keypad(page, code);
    assert.equal(await page.getByTestId('office-code').inputValue(), code);
    // Six numbers of code: the keypad moves on to the new PIN.
    await keypad(page, '2580');
    assert.equal(await page.getByTestId('office-pin-count').innerText(), '4 numbers typed');
    await page.getByTestId('office-pin-again').fill('2581');
    await check(page, 'choose-pin');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-error').waitFor();
    assert.match(await page.getByTestId('office-error').innerText(), /not the same/);
    await page.getByTestId('office-code').fill(code);
    await page.getByTestId('office-pin').fill('2580');
    await page.getByTestId('office-pin-again').fill('2580');
    await page.getByTestId('office-submit').click();

    // Signed in: the bar says who, and the facilitator's button is gone.
    await page.getByTestId('office-bar').waitFor();
    assert.equal(await page.getByTestId('office-signed-in').innerText(), 'Signed in as Sam');
    assert.equal(await page.getByTestId('facilitator-open').count(), 0);
    await page.getByTestId('quick-beer').click();
    await page.getByTestId('size-568').click();
    await page.getByTestId('save-drink').click();
    await page.getByTestId('toast-text').filter({ hasText: /Saved/ }).waitFor();
    const mine = await listDiary(page);
    assert.equal(mine.status, 200);
    assert.equal(mine.body.entries.length, 1);
    await check(page, 'signed-in');

    // Sign out: the page reloads to the sign-in screen and the browser holds nothing of Sam's.
    await page.getByTestId('office-sign-out').click();
    await page.getByTestId('office-signed-out').waitFor();
    assert.equal(new URL(page.url()).search, '', 'the flag is taken out of the address');
    assert.deepEqual(await leftovers(page, context), { cookies: 0, local: 0, session: 0 });
    assert.doesNotMatch(await page.locator('body').innerText(), /Signed in as|2\.3 units/);
    const after = await listDiary(page);
    assert.equal(after.status, 401, "without a session this screen is nobody's: it reads no one's diary");
    await check(page, 'signed-out');
    await page.goBack().catch(() => {});
    assert.doesNotMatch(await page.locator('body').innerText().catch(() => ''), /Signed in as|2\.3 units/);

    // Sam signs in again with the PIN: the drink is there (it lives on the hub).
    await page.goto(hub.url);
    await page.getByTestId('office-open').click();
    await page.getByTestId('office-name').filter({ hasText: 'Sam' }).click();
    assert.match(await page.getByTestId('office-prompt').innerText(), /Type your PIN/);
    await keypad(page, '0000');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-error').waitFor();
    assert.match(await page.getByTestId('office-error').innerText(), /not right\. You can try 4 more times/);
    await page.getByTestId('office-error-hear').waitFor();
    await check(page, 'wrong-pin');
    await page.getByTestId('office-pin').fill('2580');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-bar').waitFor();
    assert.equal((await listDiary(page)).body.entries.length, 1);

    // Ali, on another browser, sees none of it.
    const aliCode = (await hubApi(hub.url, 'allow_office_pin', { member_id: ali })).code;
    const other = await (await browser.newContext({ viewport: PHONE })).newPage();
    await other.goto(hub.url);
    await other.getByTestId('office-open').click();
    await other.getByTestId('office-name').filter({ hasText: 'Ali' }).click();
    await other.getByTestId('office-have-code').click();
    await other.getByTestId('office-code').fill(aliCode);
    await other.getByTestId('office-pin').fill('7093');
    await other.getByTestId('office-pin-again').fill('7093');
    await other.getByTestId('office-submit').click();
    await other.getByTestId('office-bar').waitFor();
    assert.deepEqual((await listDiary(other)).body.entries, []);
    await other.context().close();

    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on the office network: sign-in first, then a quiet screen signs itself out', async () => {
    const context = await browser.newContext({ viewport: PHONE, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.install();
    const lan = `https://${hub.phones}/`;
    await page.goto(lan);

    // Nothing but sign-in: no home, no facilitator, and the participant calls are refused.
    await page.getByTestId('office-sign-in').waitFor();
    assert.equal(await page.getByTestId('home-button').count(), 0);
    assert.equal(await page.getByTestId('office-open').count(), 0);
    assert.equal((await listDiary(page)).status, 401);
    await check(page, 'lan-names');

    await page.getByTestId('office-name').filter({ hasText: 'Sam' }).click();
    await page.getByTestId('office-pin').fill('2580');
    await page.getByTestId('office-submit').click();
    await page.getByTestId('office-bar').waitFor();
    assert.equal((await listDiary(page)).body.entries.length, 1, "Sam's drink, over HTTPS");
    const cookie = (await context.cookies()).find((c) => c.name === 'waymark_office');
    assert.ok(cookie?.secure && cookie.httpOnly && cookie.sameSite === 'Strict', JSON.stringify(cookie));

    // Nine quiet minutes: a warning; then the screen signs out by itself.
    await page.clock.fastForward('09:05');
    await page.getByTestId('office-idle-warning').waitFor();
    await check(page, 'idle-warning');
    await page.clock.fastForward('01:00');
    await page.getByTestId('office-signed-out').waitFor();
    assert.deepEqual(await leftovers(page, context), { cookies: 0, local: 0, session: 0 });
    assert.equal((await listDiary(page)).status, 401);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
