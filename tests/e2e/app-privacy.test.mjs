// Issue 11 in the real app: the app lock (set a PIN, quit, relaunch → locked; wrong PIN →
// the wait said; right PIN → home), "Hide now", and erasing the phone (→ the first-run offer).
//   cd tests/e2e && xvfb-run -a node --test app-privacy.test.mjs
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sleep, waitUntil } from './helpers.mjs';
import { saveShot, typeInto, useApp } from './appdriver.mjs';

const CARD = '[data-testid^="session-card-"]';
const PIN = '2580';
const MARKER = 'Kx9-e2e-private-note';

describe('privacy in the Waymark app', () => {
  const app = useApp('app-privacy');
  const shot = async (s, name) => {
    await s.cmd('POST', '/window/rect', { width: 360, height: 740 });
    await sleep(400);
    await saveShot(s, `app-privacy-${name}-360`);
  };
  const has = async (s, testid) => (await s.findAll(`[data-testid="${testid}"]`)).length > 0;
  const click = async (s, testid) => s.click(await s.find(`[data-testid="${testid}"]`));
  const text = async (s, testid) => s.text(await s.find(`[data-testid="${testid}"]`));

  test('PIN, relaunch locked, wrong PINs said, Hide now, erase', { timeout: 240000 }, async (t) => {
    try {
      // First run: the home screen offers a PIN.
      let s = await app.launch();
      await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list', 60000);
      await waitUntil(() => has(s, 'lock-offer'), 'the first-run offer of a PIN');
      await shot(s, 'offer');

      // Something private, so the files can be searched for it.
      await s.execute(
        `return window.__TAURI_INTERNALS__.invoke('add_drink', { request: { entry_id: null, drink: {
           drink_type: 'beer', volume_ml: 568, abv_percent: 4, count: 1, occurred_at_ms: Date.now() - 60000,
           cost_pence: null, place: arguments[0], with_whom: null, mood_before: null } } })`,
        [MARKER],
      );

      // Set the PIN from the offer.
      await click(s, 'offer-set');
      await waitUntil(() => has(s, 'privacy-screen'), 'the privacy screen');
      assert.equal(await s.attribute(await s.find('[data-testid="lock-state"]'), 'data-enabled'), 'false');
      assert.match(await text(s, 'pin-warning'), /forget/);
      await shot(s, 'privacy');
      await typeInto(s, 'pin-new', PIN);
      await typeInto(s, 'pin-again', PIN);
      await click(s, 'pin-save');
      await waitUntil(async () => (await s.attribute(await s.find('[data-testid="lock-state"]'), 'data-enabled')) === 'true', 'the lock on');
      await shot(s, 'pin-saved');

      // No file of the app's data folder shows the note.
      for (const name of await readdir(app.dataDir)) {
        const bytes = await readFile(path.join(app.dataDir, name)).catch(() => Buffer.alloc(0));
        assert.ok(!bytes.includes(MARKER), `${name} shows the diary note`);
      }

      // Quit and relaunch: locked.
      await app.quit();
      s = await app.launch();
      await waitUntil(() => has(s, 'lock-screen'), 'the lock screen', 60000);
      assert.equal((await s.findAll(CARD)).length, 0, 'sessions show behind the lock');
      await shot(s, 'locked');

      // Wrong PINs: the fifth starts a wait, shown and said.
      for (let i = 1; i <= 5; i++) {
        await typeInto(s, 'lock-pin', '1397');
        await click(s, 'lock-open');
        const want = i < 5 ? 'lock-wrong' : 'lock-wait-30';
        await waitUntil(
          async () => (await has(s, 'lock-message')) && (await s.attribute(await s.find('[data-testid="lock-message"]'), 'data-message')) === want,
          `message ${want} after wrong PIN ${i}`,
        );
        await sleep(150);
      }
      assert.match(await text(s, 'lock-message'), /Wait 30 seconds/);
      // Said aloud: the player is playing the wait's voice-over.
      const playing = await s.execute(
        `return window.__TAURI_INTERNALS__.invoke('audio_status', { request: {} })`,
      );
      assert.equal(playing.state, 'playing', `the wait is not being said: ${JSON.stringify(playing)}`);
      assert.match(playing.src ?? '', /lock-wait-30/);
      assert.equal(await s.attribute(await s.find('[data-testid="lock-open"]'), 'disabled'), 'true');
      await shot(s, 'wait');

      // After the wait, the right PIN opens home.
      await waitUntil(async () => !(await has(s, 'lock-countdown')), 'the wait to end', 45000);
      await typeInto(s, 'lock-pin', PIN);
      await click(s, 'lock-open');
      await waitUntil(async () => (await s.findAll(CARD))[0], 'home after the right PIN', 20000);

      // Hide now: a plain screen at once, and the app locks behind it.
      await click(s, 'hide-now');
      await waitUntil(() => has(s, 'hide-screen'), 'the plain screen');
      const shown = await s.execute(`return document.querySelector('[data-testid="hide-screen"]').innerText`);
      assert.equal(shown.trim(), 'Back', 'the plain screen shows something of Waymark');
      await shot(s, 'hidden');
      await click(s, 'hide-back');
      await waitUntil(() => has(s, 'lock-screen'), 'the lock screen after Hide now');
      await typeInto(s, 'lock-pin', PIN);
      await click(s, 'lock-open');
      await waitUntil(async () => (await s.findAll(CARD))[0], 'home again');

      // Erase everything: hold the button; the app starts again at the first-run offer.
      await click(s, 'privacy-open');
      await waitUntil(() => has(s, 'privacy-screen'), 'the privacy screen');
      await shot(s, 'privacy-on');
      await s.cmd('POST', '/window/rect', { width: 360, height: 740 });
      await s.execute(`document.querySelector('[data-testid="backup"]').scrollIntoView({ block: 'start' })`);
      await sleep(300);
      await saveShot(s, 'app-privacy-backup-360');
      // Save a backup: the app writes the file into the desktop's Downloads, locked.
      await typeInto(s, 'backup-pass', 'river stone lamp');
      await typeInto(s, 'backup-again', 'river stone lamp');
      await click(s, 'backup-save');
      await waitUntil(() => has(s, 'backup-path'), 'where the backup was saved', 30000);
      const savedAt = (await text(s, 'backup-path')).trim();
      assert.equal(path.dirname(savedAt), path.join(app.dataDir, 'Downloads'), savedAt);
      const saved = await readFile(savedAt, 'utf8');
      assert.match(saved, /^-----BEGIN AGE ENCRYPTED FILE-----/);
      assert.ok(!saved.includes(MARKER), 'the backup file shows the diary note');
      await saveShot(s, 'app-privacy-backup-saved-360');
      await s.execute(`document.querySelector('[data-testid="erase-hold"]').scrollIntoView({ block: 'center' })`);
      await sleep(300);
      const hold = await s.find('[data-testid="erase-hold"]');
      await s.cmd('POST', '/actions', {
        actions: [
          {
            type: 'pointer',
            id: 'finger',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: { 'element-6066-11e4-a52e-4f735466cecf': hold }, x: 0, y: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pause', duration: 3600 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await waitUntil(() => has(s, 'lock-offer'), 'the first-run offer after erasing', 20000);
      const list = await s.execute(
        `return window.__TAURI_INTERNALS__.invoke('list_diary', { request: { from_ms: Date.now() - 300 * 86400000, to_ms: Date.now() + 1000 } })`,
      );
      assert.equal(list.entries.length, 0, 'diary entries survived the erase');
      await shot(s, 'erased');
    } catch (e) {
      await app.explain(t, 'app-privacy-failure');
      throw e;
    }
  });
});
