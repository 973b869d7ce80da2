// The real Tauri app, driven through tauri-driver (which drives WebKitWebDriver).
//   cd tests/e2e && xvfb-run -a node --test app.test.mjs
// Needs the app binary (env WAYMARK_APP_BIN, default ../../target/debug/waymark-app), tauri-driver
// (env TAURI_DRIVER, default ~/.cargo/bin/tauri-driver), WebKitWebDriver on PATH and a display.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { artifactsDir, removeDir, sleep, tempDir, waitUntil } from './helpers.mjs';
import { startDriver, launchApp } from './appdriver.mjs';

const CARD = '[data-testid^="session-card-"]';

describe('the Waymark app through tauri-driver', () => {
  let driver;
  let base;
  let dataDir;
  let session;

  before(async () => {
    dataDir = await tempDir('app');
    ({ base, driver } = await startDriver(dataDir));
  });

  after(async () => {
    try {
      await session?.delete();
    } catch {
      /* the app may already be gone */
    }
    await driver?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  async function launch() {
    session = await launchApp(base);
    return session;
  }

  async function quit() {
    await session.delete();
    session = undefined;
  }

  async function stepNumber(s) {
    const [counter] = await s.findAll('[data-testid="step-counter"]');
    return counter ? Number(await s.attribute(counter, 'data-step')) : 0;
  }

  async function shot(s, name) {
    await writeFile(path.join(await artifactsDir(), `app-${name}.png`), await s.screenshot());
  }

  test('progress made in one launch is there in the next', { timeout: 180000 }, async (t) => {
    try {
      // First launch: open session 1, read step 1, go on to step 2.
      let s = await launch();
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
      await quit();
      s = await launch();
      const again = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list after relaunch', 60000);
      assert.equal(await s.attribute(again, 'data-done'), '1');
      await shot(s, 'home-after-relaunch');
      await s.click(again);
      await waitUntil(async () => (await stepNumber(s)) === 2, 'resuming at step 2');
      await shot(s, 'resumed');
    } catch (e) {
      // The app's own messages (e.g. why it could not start) come through tauri-driver.
      console.log(`tauri-driver output (last part):\n${driver.output().slice(-6000)}`);
      t.diagnostic('see tauri-driver output above');
      if (session) await shot(session, 'failure').catch(() => {});
      throw e;
    }
  });
});
