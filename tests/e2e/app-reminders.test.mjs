// Issue 14 point 2 in the real app: the schedule set on the hub reaches the paired app at sync,
// and the reminder due in the next minute goes out through the OS notification service with
// the right words (seen on a private D-Bus session bus by `dbus-monitor`, which records the
// `org.freedesktop.Notifications.Notify` call the app makes; no notification server runs, so
// the bus refuses the call after the monitor has seen it), once; the in-app banner shows it.
//   cd tests/e2e && xvfb-run -a node --test app-reminders.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { removeDir, sleep, startProcess, tempDir, waitUntil } from './helpers.mjs';
import { saveShot, typeInto, useApp } from './appdriver.mjs';
import { hubApi, startHub } from './hubproc.mjs';

const pad = (n) => String(n).padStart(2, '0');

describe('reminders in the Waymark app', () => {
  let bus;
  let monitor;
  // Before the app's driver starts, so the app inherits this private session bus.
  before(async () => {
    bus = startProcess('dbus-daemon', ['--session', '--nofork', '--print-address=1']);
    const address = await waitUntil(() => bus.output().match(/^(unix:\S+)/m)?.[1], 'the session bus address', 10000);
    process.env.DBUS_SESSION_BUS_ADDRESS = address;
    process.env.WAYMARK_REMINDER_TICK_MS = '2000';
    monitor = startProcess('dbus-monitor', ['--address', address, "interface='org.freedesktop.Notifications'"]);
    await sleep(500);
  });
  after(async () => {
    await monitor?.stop();
    await bus?.stop();
  });

  const app = useApp('app-reminders');
  let hubDir;
  let hub;
  before(async () => {
    hubDir = await tempDir('reminders-hub');
    hub = await startHub(hubDir);
  });
  after(async () => {
    await hub?.stop();
    if (hubDir) await removeDir(hubDir);
  });

  test('a reminder due in the next minute is an OS notification with the right words', { timeout: 300000 }, async (t) => {
    try {
      const group = await hubApi(hub.url, 'create_group', { name: 'Tuesday group' });
      const member = await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' });
      const offer = await hubApi(hub.url, 'start_pairing', { member_id: member.id });

      const s = await app.launch();
      const connect = await waitUntil(async () => (await s.findAll('[data-testid="connect-open"]'))[0], 'Connect', 60000);
      await s.click(connect);
      await typeInto(s, 'connect-code', offer.code);
      await typeInto(s, 'connect-address', offer.address);
      await s.click(await s.find('[data-testid="connect-check"]'));
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="connect-confirm"]'))[0], 'the check letters', 30000));
      await waitUntil(async () => (await s.findAll('[data-testid="connect-done"]'))[0], 'pairing to finish', 30000);
      await s.click(await s.find('[data-testid="connect-home"]'));

      // Session 4 starts 2 hours and 1–2 minutes from now: its "2 hours before" reminder is due
      // within the next two minutes (the hub and the app share this machine's clock and zone).
      const start = new Date(Math.ceil((Date.now() + 2 * 3600_000 + 60_000) / 60_000) * 60_000);
      const date = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
      const time = `${pad(start.getHours())}:${pad(start.getMinutes())}`;
      await hubApi(hub.url, 'set_session_time', { group_id: group.id, number: 4, date, time, place: 'Southend office' });
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="sync-now"]'))[0], 'Send now'));
      // Home looks again every 15 s: the session that arrived with the sync shows.
      await waitUntil(async () => (await s.findAll('[data-testid="next-session"]'))[0], 'the next session on home', 60000);

      const words = `Waymark: your group is today at ${time}`;
      await waitUntil(() => monitor.output().includes(words), `a Notify call saying "${words}"`, 180000);
      const calls = monitor.output().split('method call').filter((c) => c.includes('member=Notify'));
      assert.equal(calls.length, 1, `one notification, not a pile:\n${monitor.output().slice(-3000)}`);
      assert.match(calls[0], /string "Waymark"/, 'the title is the app name only');
      for (const word of ['alcohol', 'drink', 'drug', 'probation']) assert.ok(!calls[0].toLowerCase().includes(word), word);

      // The in-app banner shows it, once.
      const banner = await waitUntil(async () => (await s.findAll('[data-testid="reminder-banner-text"]'))[0], 'the in-app banner', 30000);
      assert.equal(await s.text(banner), words);
      await s.execute(`document.querySelector('[data-testid="reminder-banner"]').scrollIntoView({ block: 'start' })`);
      await s.cmd('POST', '/window/rect', { width: 360, height: 740 });
      await sleep(400);
      await saveShot(s, 'app-reminders-banner-360');

      // Another few ticks: still one notification.
      await sleep(6000);
      assert.equal(monitor.output().split('member=Notify').length - 1, 1, 'never twice');
    } catch (e) {
      console.log(`dbus-monitor output (last part):\n${monitor?.output().slice(-3000)}`);
      console.log(`hub output (last part):\n${hub.output().slice(-2000)}`);
      await app.explain(t, 'app-reminders-failure');
      throw e;
    }
  });
});
