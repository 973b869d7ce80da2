// The real app (tauri-driver) follows a live group session presented in Chromium: paired with a
// real hub, it shows "Your group session is on now — Join", follows the presenter's keys by the
// hub's push (held by the app's Rust side), and says when the session has ended.
//   cd tests/e2e && xvfb-run -a node --test app-live.test.mjs
// Needs the app and hub binaries (env WAYMARK_APP_BIN / WAYMARK_HUB_BIN), tauri-driver,
// WebKitWebDriver on PATH, /usr/bin/chromium and a display.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removeDir, sleep, tempDir, waitUntil } from './helpers.mjs';
import { hubApi, launchChromium, startHub } from './hubproc.mjs';
import { saveShot, typeInto, useApp } from './appdriver.mjs';

describe('the app follows a live group session', () => {
  const app = useApp('live-app');
  let hubDir;
  let hub;
  let browser;

  before(async () => {
    hubDir = await tempDir('live-hub');
    hub = await startHub(hubDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
    if (hubDir) await removeDir(hubDir);
  });

  test('pair, join from the banner, follow the presenter, see the end', { timeout: 240000 }, async (t) => {
    try {
      const group = await hubApi(hub.url, 'create_group', { name: 'Friday group' });
      const member = await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' });
      const offer = await hubApi(hub.url, 'start_pairing', { member_id: member.id });

      const s = await app.launch();
      const connect = await waitUntil(
        async () => (await s.findAll('[data-testid="connect-open"]'))[0],
        'the "Connect to my office" button',
        60000,
      );
      await s.click(connect);
      await typeInto(s, 'connect-code', offer.code);
      await typeInto(s, 'connect-address', offer.address);
      await s.click(await s.find('[data-testid="connect-check"]'));
      await s.click(
        await waitUntil(async () => (await s.findAll('[data-testid="connect-confirm"]'))[0], 'the check letters', 30000),
      );
      await waitUntil(async () => (await s.findAll('[data-testid="connect-done"]'))[0], 'pairing to finish', 30000);
      await s.click(await s.find('[data-testid="connect-home"]'));

      // The facilitator starts session 2 and puts the presenter screen up.
      await hubApi(hub.url, 'start_live', { group_id: group.id, session_number: 2 });
      const presenter = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
      await presenter.goto(new URL(`#present=${group.id}`, hub.url).href);
      await presenter.getByTestId('pres-text').waitFor();

      // The banner arrives by push (no reload), then Join.
      const join = await waitUntil(async () => (await s.findAll('[data-testid="live-join"]'))[0], 'the Join banner', 30000);
      await s.execute(`document.querySelector('[data-testid="live-banner"]').scrollIntoView({ block: 'start' })`);
      await saveShot(s, 'app-live-banner-360');
      await s.click(join);
      const counter = async () => {
        const [c] = await s.findAll('[data-testid="live-counter"]');
        return c ? s.attribute(c, 'data-step') : null;
      };
      await waitUntil(async () => (await counter()) === '1', 'the app on step 1', 30000);
      const sound = await s.find('[data-testid="live-sound"]');
      assert.equal(await s.attribute(sound, 'aria-pressed'), 'false', 'muted by default');

      // The presenter's keys move the app.
      for (const step of [2, 3]) {
        await presenter.keyboard.press('ArrowRight');
        await waitUntil(async () => (await counter()) === String(step), `the app on step ${step}`, 15000);
      }
      await sleep(300);
      await saveShot(s, 'app-live-follow-360');
      const control = await hubApi(hub.url, 'live_control', { group_id: group.id });
      assert.deepEqual(control.joined.map((m) => m.display_name), ['Sam']);

      // The steps followed are the phone's own: they reach the hub at the next sync.
      await hubApi(hub.url, 'end_live', { live_id: control.live.live_id, present: [member.id] });
      await waitUntil(async () => (await s.findAll('[data-testid="live-home"]'))[0], 'the end on the app', 15000);
      await s.click(await s.find('[data-testid="live-home"]'));
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="sync-now"]'))[0], 'Send now'));
      await waitUntil(async () => {
        const roster = await hubApi(hub.url, 'roster', { group_id: group.id });
        return roster.members[0].attendance.includes(2) && roster.members[0].last_sync_at_ms > 0;
      }, 'the roster to show the sync and attendance', 30000);
      const card = await s.find('[data-testid="session-card-s02"]');
      assert.equal(await s.attribute(card, 'data-done'), '3', 'three steps followed count on the phone');
    } catch (e) {
      console.log(`hub output (last part):\n${hub.output().slice(-3000)}`);
      await app.explain(t, 'app-live-failure');
      throw e;
    }
  });
});
