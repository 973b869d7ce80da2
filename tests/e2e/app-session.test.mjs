// The real Tauri app through tauri-driver: complete the whole of session 1 (answering its
// reflect step), see the end-of-session recap and task, and find it complete on the home screen.
//   cd tests/e2e && xvfb-run -a node --test app-session.test.mjs
// Needs the app binary (env WAYMARK_APP_BIN, default ../../target/debug/waymark-app), tauri-driver
// (env TAURI_DRIVER, default ~/.cargo/bin/tauri-driver), WebKitWebDriver on PATH and a display.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitUntil } from './helpers.mjs';
import { saveShot, stepNumber, useApp } from './appdriver.mjs';

const CARD = '[data-testid="session-card-s01"]';
const WORDS = 'Being a good dad.';

describe('a whole session in the Waymark app', () => {
  const app = useApp('app-session');
  const shot = (s, name) => saveShot(s, `app-session-${name}`);

  test('session 1 from start to finish, with its reflection', { timeout: 240000 }, async (t) => {
    try {
      const s = await app.launch();
      const card = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list', 60000);
      const total = Number(await s.attribute(card, 'data-total'));
      assert.ok(total >= 2, `session 1 has ${total} steps`);
      assert.equal(await s.attribute(card, 'data-done'), '0');
      await s.click(card);

      let reflected = false;
      for (let n = 1; n <= total; n++) {
        await waitUntil(async () => (await stepNumber(s)) === n, `step ${n}`);
        const [input] = await s.findAll('[data-testid="reflect-input"]');
        if (input) {
          // Type the answer as a person would (the input event is what the page listens to).
          await s.execute(
            `const el = arguments[0]; el.focus(); el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true }));`,
            [{ 'element-6066-11e4-a52e-4f735466cecf': input }, WORDS],
          );
          await shot(s, 'reflect');
          reflected = true;
        }
        const button = n < total ? 'next-button' : 'finish-button';
        await s.click(await s.find(`[data-testid="${button}"]`));
      }
      assert.ok(reflected, 'session 1 has a reflect step');

      // The end of the session: well done, what we covered and the task, each to hear.
      await waitUntil(async () => (await s.findAll('[data-testid="session-recap"]'))[0], 'the session recap', 20000);
      const task = await s.find('[data-testid="session-task"]');
      assert.ok((await s.text(task)).trim().length > 0, 'the session task has words');
      await shot(s, 'complete');

      // Home shows session 1 complete.
      await s.click(await s.find('[data-testid="session-complete"] [data-testid="home-button"]'));
      const done = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list again', 20000);
      assert.equal(await s.attribute(done, 'data-done'), String(total));
      await shot(s, 'home-done');

      // The reflection was saved: reopen the session, step back to it and see the words.
      await s.click(done);
      await waitUntil(async () => (await stepNumber(s)) === 1, 'session 1 reopened');
      for (let n = 1; ; n++) {
        const [input] = await s.findAll('[data-testid="reflect-input"]');
        if (input) {
          const value = await s.execute('return arguments[0].value;', [
            { 'element-6066-11e4-a52e-4f735466cecf': input },
          ]);
          assert.equal(value, WORDS);
          break;
        }
        assert.ok(n < total, 'found the reflect step again');
        await s.click(await s.find('[data-testid="next-button"]'));
        await waitUntil(async () => (await stepNumber(s)) === n + 1, `step ${n + 1}`);
      }
    } catch (e) {
      await app.explain(t, 'app-session-failure');
      throw e;
    }
  });
  test('a pint in three taps, then a copy of the diary as CSV, in the app', { timeout: 120000 }, async (t) => {
    try {
      const s = app.session;
      await s.click(await s.find('[data-testid="home-button"]'));
      await waitUntil(async () => (await s.findAll('[data-testid="quick-beer"]'))[0], 'the quick-add row');
      await s.click(await s.find('[data-testid="quick-beer"]'));
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="size-568"]'))[0], 'pint size'));
      await s.click(await s.find('[data-testid="save-drink"]'));
      const toast = await waitUntil(async () => (await s.findAll('[data-testid="toast-text"]'))[0], 'the saved toast');
      assert.match(await s.text(toast), /2\.3/);
      await s.click(await s.find('[data-testid="nav-export"]'));
      await s.click(await waitUntil(async () => (await s.findAll('[data-testid="export-csv"]'))[0], 'CSV button'));
      // In the app the copy is shown as text with a Copy button (WebKitGTK saves no downloads).
      const text = await waitUntil(async () => (await s.findAll('[data-testid="export-text"]'))[0], 'the CSV text');
      const csv = await s.execute('return arguments[0].value;', [{ 'element-6066-11e4-a52e-4f735466cecf': text }]);
      assert.match(csv, /^entry_id,diary,/);
      assert.match(csv, /,drink,.*,2\.3,.*,beer,568,4,1,/);
      await shot(s, 'export-csv');
    } catch (e) {
      await app.explain(t, 'app-session-export-failure');
      throw e;
    }
  });
});
