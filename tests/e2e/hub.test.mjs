// The office hub serving the web UI, driven in headless Chromium.
//   cd tests/e2e && node --test hub.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { artifactsDir, removeDir, tempDir } from './helpers.mjs';
import { startHub, assertAccessible, assertReflows, launchChromium, signedInContext, PHONE, DESKTOP } from './hubproc.mjs';

const CARD = '[data-testid^="session-card-"]';

async function screenshot(page, name, size) {
  const before = page.viewportSize();
  if (size) await page.setViewportSize(size);
  await page.screenshot({ path: path.join(await artifactsDir(), `hub-${name}.png`) });
  if (size) await page.setViewportSize(before);
}

/** Watch a page for uncaught errors and for any request that leaves the hub. */
function watch(page, origin) {
  const problems = { errors: [], external: [] };
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`  browser console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.external.push(u);
  });
  return problems;
}

async function stepNumber(page) {
  return Number(await page.getByTestId('step-counter').getAttribute('data-step'));
}

describe('office hub in headless Chromium', () => {
  let browser;

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  test('a participant works through session 1; progress survives a reload', async () => {
    const dataDir = await tempDir('hub');
    const hub = await startHub(dataDir);
    const { context } = await signedInContext(browser, hub.url, { viewport: PHONE });
    const page = await context.newPage();
    const origin = new URL(hub.url).origin;
    const problems = watch(page, origin);
    try {
      await page.goto(hub.url);

      // Home lists the sessions, session 1 first, nothing done yet.
      const first = page.locator(CARD).first();
      await first.waitFor();
      assert.equal(await first.getAttribute('data-number'), '1');
      assert.match(await first.innerText(), /^\s*1\s*·/);
      assert.equal(await first.getAttribute('data-done'), '0');
      const total = Number(await first.getAttribute('data-total'));
      assert.ok(total >= 2, `session 1 should have at least 2 steps, has ${total}`);
      await screenshot(page, 'home-360');
      await screenshot(page, 'home-1280', DESKTOP);
      await assertAccessible(page, 'home');
      await assertReflows(page, 'home');

      // Open it: step 1 of N with its words.
      await first.click();
      await page.getByTestId('step-text').waitFor();
      assert.equal(await stepNumber(page), 1);
      assert.match(await page.getByTestId('step-counter').innerText(), new RegExp(`Step 1 of ${total}`));
      assert.ok((await page.getByTestId('step-text').innerText()).trim().length > 0, 'step 1 has no words');
      await page.waitForTimeout(600); // let read-along start, if there is sound
      await screenshot(page, 'step1-360');
      await screenshot(page, 'step1-1280', DESKTOP);
      await assertAccessible(page, 'step 1');
      await assertReflows(page, 'step');

      // Next: step 1 is saved and step 2 shows.
      await page.getByTestId('next-button').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === '2');
      assert.match(await page.getByTestId('step-counter').innerText(), new RegExp(`Step 2 of ${total}`));
      await screenshot(page, 'step2-360');

      // A reload stays on step 2; Home shows 1 step done; reopening resumes at step 2.
      await page.reload();
      await page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === '2');
      await page.getByTestId('home-button').click();
      await first.waitFor();
      assert.equal(await first.getAttribute('data-done'), '1');
      assert.match(await first.innerText(), /\b1\b/);
      await first.click();
      await page.getByTestId('step-text').waitFor();
      assert.equal(await stepNumber(page), 2);

      // Finish the session: the completion view, then home shows it all done.
      for (let step = 2; step < total; step++) {
        await page.getByTestId('next-button').click();
        await page.waitForFunction(
          (n) => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === String(n),
          step + 1,
        );
      }
      await page.getByTestId('finish-button').click();
      await page.getByTestId('session-complete').waitFor();
      await screenshot(page, 'complete-360');
      await assertAccessible(page, 'the completion view');
      await assertReflows(page, 'complete');
      await page.getByTestId('home-button').click();
      await first.waitFor();
      assert.equal(await first.getAttribute('data-done'), String(total));

      assert.deepEqual(problems.errors, [], 'uncaught errors in the page');
      assert.deepEqual(problems.external, [], 'requests that left the hub');
    } finally {
      await context.close();
      await hub.stop();
      await removeDir(dataDir);
    }
  });

  test('a database that cannot be opened shows the error screen and is left untouched', async () => {
    const dataDir = await tempDir('hub-corrupt');
    const dbPath = path.join(dataDir, 'hub.db');
    const junk = Buffer.concat([Buffer.from('this is not a database\n'), randomBytes(8192)]);
    await writeFile(dbPath, junk);
    const hub = await startHub(dataDir);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watch(page, new URL(hub.url).origin);
    try {
      await page.goto(hub.url);
      const screen = page.getByTestId('error-screen');
      await screen.waitFor();
      assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
      assert.ok((await screen.innerText()).includes('hub.db'), 'the error screen names the file');
      await screenshot(page, 'error-db-360');
      await screenshot(page, 'error-db-1280', DESKTOP);
      await assertAccessible(page, 'the database error screen');
      await assertReflows(page, 'error-db');
      // Trying again does not help, and does not touch the file either.
      await page.getByTestId('retry-button').click();
      await screen.waitFor();
      assert.deepEqual(problems.errors, [], 'uncaught errors in the page');
    } finally {
      await context.close();
      await hub.stop();
    }
    try {
      assert.ok((await readFile(dbPath)).equals(junk), 'the unreadable database file was changed');
    } finally {
      await removeDir(dataDir);
    }
  });
});
