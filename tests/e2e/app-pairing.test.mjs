// The real app pairs with a real running hub and syncs; the facilitator's roster shows it.
// Sam has already worked on an office computer (PIN sign-in) and logged a drink on the phone
// before pairing: the phone joins Sam's record, and one sync merges both ways.
//   cd tests/e2e && xvfb-run -a node --test app-pairing.test.mjs
// Needs the app and hub binaries (env WAYMARK_APP_BIN / WAYMARK_HUB_BIN), tauri-driver,
// WebKitWebDriver on PATH and a display.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removeDir, sleep, tempDir, waitUntil } from './helpers.mjs';
import { hubApi, officeApi, officeSignIn, startHub } from './hubproc.mjs';
import { saveShot, typeInto, useApp } from './appdriver.mjs';

const CARD = '[data-testid^="session-card-"]';

describe('the app pairs with a running hub', () => {
  const app = useApp('pair-app');
  const shot = (s, name) => saveShot(s, `app-${name}`);
  let hubDir;
  let hub;

  before(async () => {
    hubDir = await tempDir('pair-hub');
    hub = await startHub(hubDir);
  });

  after(async () => {
    await hub?.stop();
    if (hubDir) await removeDir(hubDir);
  });

  async function resize(s, width, height) {
    try {
      await s.cmd('POST', '/window/rect', { width, height });
      await sleep(300);
    } catch {
      /* not every driver can resize; the screenshot is then at the default size */
    }
  }

  async function shots(s, name) {
    await resize(s, 360, 740);
    await shot(s, `${name}-360`);
    await resize(s, 1280, 800);
    await shot(s, `${name}-1280`);
  }

  test('pair by code, finish session 1, send now, and the roster shows it', { timeout: 240000 }, async (t) => {
    try {
      // The facilitator makes a group and adds Sam; Sam does a step of session 2 on an office
      // computer (PIN sign-in), so Sam's record on the hub starts there.
      const group = await hubApi(hub.url, 'create_group', { name: 'Thursday group' });
      const member = await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' });
      const office = await officeSignIn(hub.url, member.id, 'Sam', '4826');
      const s02 = await officeApi(hub.url, office, 'get_step', { locale: 'en-GB', session_id: 's02', step_index: 0 });
      await officeApi(hub.url, office, 'complete_step', { session_id: 's02', step_id: s02.step_id });
      const offer = await hubApi(hub.url, 'start_pairing', { member_id: member.id });
      assert.equal(offer.address, hub.phones);

      const s = await app.launch();
      await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list', 60000);
      // Sam logs a pint on the phone before it is paired (kept private: no diary sharing).
      await s.click(await s.find('[data-testid="quick-beer"]'));
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="size-568"]'))[0], 'pint size'));
      await s.click(await s.find('[data-testid="save-drink"]'));
      await waitUntil(async () => (await s.findAll('[data-testid="toast-text"]'))[0], 'the saved toast');
      const connectOpen = await waitUntil(
        async () => (await s.findAll('[data-testid="connect-open"]'))[0],
        'the "Connect to my office" button',
      );
      await s.execute(`document.querySelector('[data-testid="sync-box"]').scrollIntoView({ block: 'start' })`);
      await shots(s, 'home-unpaired');
      await s.click(connectOpen);
      await waitUntil(async () => (await s.findAll('[data-testid="connect-code"]'))[0], 'the connect screen');
      await shots(s, 'connect');

      // Type the code and the address; the phone reads the hub's certificate to compare.
      await typeInto(s, 'connect-code', offer.code);
      await typeInto(s, 'connect-address', offer.address);
      await s.click(await s.find('[data-testid="connect-check"]'));
      const letters = await waitUntil(
        async () => (await s.findAll('[data-testid="connect-letters"]'))[0],
        'the check letters',
        30000,
      );
      const shown = (await s.text(letters)).replace(/\s/g, '').toLowerCase();
      assert.equal(shown, hub.fingerprint.slice(0, 8), 'the phone shows the hub certificate\'s first 8 characters');
      await shots(s, 'connect-compare');
      await s.click(await s.find('[data-testid="connect-confirm"]'));
      const done = await waitUntil(
        async () => (await s.findAll('[data-testid="connect-done"]'))[0],
        'pairing to finish',
        30000,
      );
      assert.match(await s.text(done), /Sam/);
      await shots(s, 'connect-done');

      // The hub now lists Sam's phone.
      let roster = await hubApi(hub.url, 'roster', { group_id: group.id });
      assert.equal(roster.members[0].devices.length, 1);

      // Work through the whole of session 1 (Next on each step, then Finish), then home.
      await s.click(await s.find('[data-testid="connect-home"]'));
      const card = await waitUntil(async () => (await s.findAll(CARD))[0], 'home again');
      // The office step came down with the first sync.
      const s02Card = await s.find('[data-testid="session-card-s02"]');
      assert.equal(await s.attribute(s02Card, 'data-done'), '1', 'the step done at the office is on the phone');
      const total = Number(await s.attribute(card, 'data-total'));
      await s.click(card);
      for (let step = 1; step < total; step++) {
        await waitUntil(async () => {
          const [c] = await s.findAll('[data-testid="step-counter"]');
          return c && (await s.attribute(c, 'data-step')) === String(step);
        }, `step ${step}`);
        await s.click(await s.find('[data-testid="next-button"]'));
      }
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="finish-button"]'))[0], 'Finish'));
      await waitUntil(async () => (await s.findAll('[data-testid="session-complete"]'))[0], 'session complete');
      await s.click(await s.find('[data-testid="home-button"]'));
      const waiting = await waitUntil(
        async () => (await s.findAll('[data-testid="sync-waiting"]'))[0],
        'the sync status line',
      );
      await s.click(await s.find('[data-testid="sync-now"]'));
      await waitUntil(
        async () => (await s.attribute(waiting, 'data-waiting')) === '0',
        'nothing left waiting after "Send now"',
        30000,
      );
      assert.match(await s.text(await s.find('[data-testid="sync-last"]')), /Sent to your office/);
      await s.execute(`document.querySelector('[data-testid="sync-box"]').scrollIntoView({ block: 'start' })`);
      await shots(s, 'home-synced');

      // The facilitator's roster shows the sync and the step.
      roster = await hubApi(hub.url, 'roster', { group_id: group.id });
      const sam = roster.members[0];
      assert.ok(sam.last_sync_at_ms > 0, 'the roster shows when Sam last synced');
      assert.ok(sam.devices[0].last_sync_at_ms > 0);
      assert.equal(sam.sessions_completed, 1, 'the roster shows session 1 done');
      const csv = await hubApi(hub.url, 'export_roster_csv', { group_id: group.id });
      assert.match(csv.content, /Sam/);
      // At the office, Sam now sees session 1 done on the phone; the pint stays private.
      const atOffice = await officeApi(hub.url, office, 'list_sessions', { locale: 'en-GB' });
      assert.equal(atOffice.sessions[0].steps_completed, total);
      assert.equal(atOffice.sessions[1].steps_completed, 1);
      const day = { from_ms: Date.now() - 86400000, to_ms: Date.now() + 60000 };
      assert.deepEqual((await officeApi(hub.url, office, 'list_diary', day)).entries, []);

      // "What my facilitator can see" in the app.
      await s.click(await s.find('[data-testid="sharing-open"]'));
      await waitUntil(async () => (await s.findAll('[data-testid="share-entries"]'))[0], 'the sharing screen');
      await shots(s, 'sharing');
    } catch (e) {
      console.log(`hub output (last part):\n${hub.output().slice(-3000)}`);
      await app.explain(t, 'app-pairing-failure');
      throw e;
    }
  });
});
