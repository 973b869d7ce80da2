// The real Tauri app, driven through tauri-driver (which drives WebKitWebDriver).
//   cd tests/e2e && xvfb-run -a node --test app.test.mjs
// Needs the app binary (env WAYMARK_APP_BIN, default ../../target/debug/waymark-app), tauri-driver
// (env TAURI_DRIVER, default ~/.cargo/bin/tauri-driver), WebKitWebDriver on PATH and a display.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sleep, waitUntil } from './helpers.mjs';
import { saveShot, stepNumber, useApp } from './appdriver.mjs';

const CARD = '[data-testid^="session-card-"]';

describe('the Waymark app through tauri-driver', () => {
  const app = useApp('app');
  const shot = (s, name) => saveShot(s, `app-${name}`);

  test('progress made in one launch is there in the next', { timeout: 180000 }, async (t) => {
    try {
      // First launch: open session 1, read step 1, go on to step 2.
      let s = await app.launch();
      const card = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list', 60000);
      assert.equal(await s.attribute(card, 'data-number'), '1');
      assert.equal(await s.attribute(card, 'data-done'), '0');
      await shot(s, 'home');
      await s.click(card);
      await waitUntil(async () => (await stepNumber(s)) === 1, 'step 1');
      const text = await s.text(await s.find('[data-testid="step-text"]'));
      assert.ok(text.trim().length > 0, 'step 1 has no words');
      assert.match(await s.text(await s.find('[data-testid="step-counter"]')), /Step 1 of \d+/);
      await s.click(await s.find('[data-testid="next-button"]'));
      await waitUntil(async () => (await stepNumber(s)) === 2, 'step 2');
      assert.match(await s.text(await s.find('[data-testid="step-counter"]')), /Step 2 of \d+/);
      await sleep(300);
      await shot(s, 'step2');

      // Quit the app, start it again: home shows the progress and session 1 resumes at step 2.
      await app.quit();
      s = await app.launch();
      const again = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list after relaunch', 60000);
      assert.equal(await s.attribute(again, 'data-done'), '1');
      await shot(s, 'home-after-relaunch');
      await s.click(again);
      await waitUntil(async () => (await stepNumber(s)) === 2, 'resuming at step 2');
      await shot(s, 'resumed');
    } catch (e) {
      // The app's own messages (e.g. why it could not start) come through tauri-driver.
      await app.explain(t, 'app-failure');
      throw e;
    }
  });
});
