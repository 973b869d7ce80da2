// The facilitator's screens on the office hub (loopback only), in headless Chromium: make a
// group, add a person, show a pairing offer (QR + code), mark attendance; the participant's
// "What my facilitator can see" screen in the same browser. Accessibility at 360 and 1280.
//   cd tests/e2e && node --test facilitator.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { removeDir, tempDir, waitUntil } from './helpers.mjs';
import { checkScreen, hubApi, startHub, launchChromium, signedInContext, PHONE, DESKTOP } from './hubproc.mjs';

/** This machine's addresses a phone could use, as the hub chooses them (no loopback, link-local or
 *  container bridges). */
function officeAddresses() {
  const bridges = ['docker', 'br-', 'veth', 'virbr', 'lxc', 'cni', 'flannel'];
  return Object.entries(os.networkInterfaces())
    .filter(([name]) => !bridges.some((b) => name.startsWith(b)))
    .flatMap(([, list]) => list ?? [])
    .filter((a) => !a.internal && !a.address.startsWith('169.254.') && !a.address.toLowerCase().startsWith('fe80'))
    .map((a) => a.address);
}

/** The shared check (both sizes, axe, reflow), named `fac-<name>`; ends at desktop size. */
function check(page, name) {
  return checkScreen(page, `fac-${name}`, DESKTOP);
}

describe('facilitator screens on the hub', () => {
  let browser;
  let hub;
  let dataDir;

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('fac');
    hub = await startHub(dataDir);
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  test('make a group, add a person, show a pairing offer, mark attendance', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hub.url);

    await page.getByTestId('facilitator-open').click();
    await page.getByTestId('facilitator').waitFor();
    await check(page, 'groups-empty');

    // A group name is needed.
    await page.getByTestId('fac-create-group').click();
    await page.locator('#fac-group-name-error').waitFor();
    await page.getByTestId('fac-group-name').fill('Tuesday group');
    await page.getByTestId('fac-create-group').click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday group' }).waitFor();

    // A name longer than 40 characters is refused in plain words; then add Sam.
    await page.getByTestId('fac-member-name').evaluate((el) => el.removeAttribute('maxlength'));
    await page.getByTestId('fac-member-name').fill('x'.repeat(41));
    await page.getByTestId('fac-add').click();
    await page.getByTestId('fac-member-error').waitFor();
    await page.getByTestId('fac-member-name').fill('Sam');
    await page.getByTestId('fac-add').click();
    const row = page.locator('[data-testid="fac-member"][data-name="Sam"]');
    await row.waitFor();
    assert.equal(await row.getByTestId('fac-phones').innerText(), '0');
    assert.match(await row.getByTestId('fac-last-sync').innerText(), /Never/);
    assert.match(await row.getByTestId('fac-diary').innerText(), /Not shared/);
    await page.getByTestId('fac-member-name').fill('JB');
    await page.getByTestId('fac-add').click();
    await page.locator('[data-testid="fac-member"][data-name="JB"]').waitFor();

    // Attendance for session 2.
    await page.getByTestId('fac-session').selectOption('2');
    await row.getByTestId('fac-mark').click();
    await page.waitForFunction(
      () => document.querySelector('[data-name="Sam"] [data-testid="fac-attendance"]')?.textContent?.trim() === '2',
    );
    // Let Sam choose an office PIN (for signing in on a shared office computer): the screen
    // shows the one-time code to tell Sam.
    await row.getByTestId('fac-office-pin').click();
    await page.getByTestId('fac-office-pin-open').waitFor();
    assert.match(await page.getByTestId('fac-office-pin-open').innerText(), /Sam can choose an office PIN/);
    const pinCode = await page.getByTestId('fac-office-pin-code').getAttribute('data-code');
    assert.match(pinCode, /^\d{6}$/);
    assert.equal(
      (await page.getByTestId('fac-office-pin-code').innerText()).replace(/\s/g, ''),
      pinCode,
      'the code is shown, split in two for reading out',
    );
    await check(page, 'roster');

    // The CSV downloads with Sam in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fac-export').click()]);
    const file = path.join(dataDir, 'roster.csv');
    await download.saveAs(file);
    const { readFile } = await import('node:fs/promises');
    assert.match(await readFile(file, 'utf8'), /Sam/);

    // Pair a phone: a QR picture, a 6-digit code, the address and the fingerprint.
    await row.getByTestId('fac-pair').click();
    await page.getByTestId('fac-pairing').waitFor();
    const code = await page.getByTestId('fac-code').getAttribute('data-code');
    assert.match(code, /^\d{6}$/);
    assert.equal(await page.getByTestId('fac-address').innerText(), hub.phones);
    assert.equal(await page.getByTestId('fac-fingerprint').getAttribute('data-fingerprint'), hub.fingerprint);
    const qr = page.getByTestId('fac-qr');
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
    await page.waitForFunction(() => document.querySelector('[data-testid="fac-qr"]')?.naturalWidth > 0);
    assert.match(await page.getByTestId('fac-link').innerText(), /^waymark:\/\/pair\?v=1&/);
    assert.equal(await page.getByTestId('fac-loopback-warning').count(), 0, 'this machine has an office address');
    await check(page, 'pairing');

    // Every office-network address of this machine is offered (the routed one first); picking
    // another makes a new code for it.
    const port = hub.phones.slice(hub.phones.lastIndexOf(':') + 1);
    const expected = officeAddresses().map((a) => `${a.includes(':') ? `[${a}]` : a}:${port}`);
    const options = await page.getByTestId('fac-address-choice').locator('option').allInnerTexts();
    if (expected.length > 1) {
      assert.deepEqual([...options].sort(), [...expected].sort());
      assert.equal(options[0], hub.phones);
      const other = options[options.length - 1];
      await page.getByTestId('fac-address-choice').selectOption(other);
      await page.waitForFunction((a) => document.querySelector('[data-testid="fac-address"]')?.textContent === a, other);
      assert.ok((await page.getByTestId('fac-link').innerText()).includes(encodeURIComponent(other)));
      assert.notEqual(await page.getByTestId('fac-code').getAttribute('data-code'), code, 'a new code for the new address');
      await page.getByTestId('fac-address-choice').selectOption(hub.phones);
      await page.waitForFunction((a) => document.querySelector('[data-testid="fac-address"]')?.textContent === a, hub.phones);
    } else {
      assert.deepEqual(options, [], 'one address: nothing to choose');
    }

    await page.getByTestId('fac-pair-done').click();
    await row.waitFor();

    // The roster the page shows is the hub's.
    const groups = await hubApi(hub.url, 'list_groups', {});
    assert.equal(groups.groups.length, 1);
    const roster = await hubApi(hub.url, 'roster', { group_id: groups.groups[0].id });
    assert.deepEqual(
      roster.members.map((m) => m.display_name),
      ['Sam', 'JB'],
    );

    // People: who has an office PIN; a second "sam" is refused; rename; remove with the name typed.
    const jb = page.locator('[data-testid="fac-member"][data-name="JB"]');
    assert.equal(await jb.getByTestId('fac-pin-state').getAttribute('data-state'), 'none');
    await page.getByTestId('fac-member-name').fill('sam');
    await page.getByTestId('fac-add').click();
    await page.getByTestId('fac-member-error').waitFor();
    assert.match(await page.getByTestId('fac-member-error').innerText(), /already a sam/);
    await jb.getByTestId('fac-person').click();
    const panel = page.getByTestId('fac-person-panel');
    await panel.waitFor();
    await panel.getByTestId('fac-person-name').fill('Jo B');
    await panel.getByTestId('fac-person-save').click();
    const jo = page.locator('[data-testid="fac-member"][data-name="Jo B"]');
    await jo.waitFor();
    await check(page, 'person');
    await panel.getByTestId('fac-person-confirm').fill('JB');
    await panel.getByTestId('fac-person-remove').click();
    await panel.getByTestId('fac-person-error').waitFor();
    assert.equal(await jo.count(), 1, 'a wrong name removes nobody');
    await panel.getByTestId('fac-person-confirm').fill('Jo B');
    await panel.getByTestId('fac-person-remove').click();
    await jo.waitFor({ state: 'detached' });
    assert.equal(await panel.count(), 0);
    const after = await hubApi(hub.url, 'roster', { group_id: groups.groups[0].id });
    assert.deepEqual(
      after.members.map((m) => m.display_name),
      ['Sam'],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"What my facilitator can see" in a browser: progress always, diaries by choice', async () => {
    const { context } = await signedInContext(browser, hub.url, { viewport: PHONE }, 'Robin');
    const page = await context.newPage();
    await page.goto(hub.url);
    // In a browser there is no pairing: no "Connect" and no "Send now".
    await page.getByTestId('sharing-open').waitFor();
    assert.equal(await page.getByTestId('connect-open').count(), 0);
    assert.equal(await page.getByTestId('sync-now').count(), 0);
    await page.getByTestId('sharing-open').click();
    await page.getByTestId('sharing-screen').waitFor();
    const summaries = page.getByTestId('share-summaries');
    const entries = page.getByTestId('share-entries');
    assert.equal(await summaries.isChecked(), false);
    assert.equal(await entries.isChecked(), false);
    assert.match(await page.getByTestId('share-revoke').innerText(), /stays shared/);
    await check(page, 'sharing');

    // Entries include the totals; turning totals off turns entries off too.
    await entries.check();
    await page.waitForFunction(() => document.querySelector('[data-testid="share-summaries"]')?.checked === true);
    await summaries.uncheck();
    await page.waitForFunction(() => document.querySelector('[data-testid="share-entries"]')?.checked === false);
    await page.reload(); // stays on the sharing screen
    await page.getByTestId('sharing-screen').waitFor();
    assert.equal(await page.getByTestId('share-entries').isChecked(), false);
    await context.close();
  });
});

describe('a hub that only this computer can reach', () => {
  test('the pairing screen says plainly that phones cannot reach it', async () => {
    const browser = await launchChromium();
    const dataDir = await tempDir('fac-lo');
    const hub = await startHub(dataDir, ['--bind', '127.0.0.1']);
    try {
      // The warning is printed just after the line `startHub` waits for: under load it can lag.
      await waitUntil(() => /warning: phones cannot reach this hub/.test(hub.output()), 'the warning', 5000);
      const group = await hubApi(hub.url, 'create_group', { name: 'Loopback group' });
      await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' });
      const page = await (await browser.newContext({ viewport: PHONE })).newPage();
      await page.goto(hub.url);
      await page.getByTestId('facilitator-open').click();
      await page.getByTestId(`fac-group-${group.id}`).click();
      await page.getByTestId('fac-pair').first().click();
      const warning = page.getByTestId('fac-loopback-warning');
      await warning.waitFor();
      assert.match(await warning.innerText(), /Phones cannot reach this hub/);
      assert.equal(await page.getByTestId('fac-address-choice').count(), 0);
      await check(page, 'pairing-loopback');
    } finally {
      await browser.close();
      await hub.stop();
      await removeDir(dataDir);
    }
  });
});
