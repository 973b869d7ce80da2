// The office hub serving the web UI, driven in headless Chromium.
//   cd tests/e2e && node --test hub.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { HERE, artifactsDir, removeDir, startProcess, tempDir } from './helpers.mjs';

const HUB_BIN = path.resolve(HERE, process.env.WAYMARK_HUB_BIN ?? '../../target/debug/waymark-hub');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const CARD = '[data-testid^="session-card-"]';

/** Start a hub on a free port with `dataDir`; resolves once it prints where it listens. */
async function startHub(dataDir) {
  await access(HUB_BIN).catch(() => {
    throw new Error(`No hub binary at ${HUB_BIN}: run \`cargo build -p waymark-hub\` or set WAYMARK_HUB_BIN`);
  });
  const proc = startProcess(HUB_BIN, ['--port', '0', '--tls-port', '0', '--data-dir', dataDir], {
    env: { ...process.env, RUST_BACKTRACE: '1' },
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The hub did not say where it listens:\n${proc.output()}`)), 30000);
    let seen = '';
    proc.child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const m = seen.match(/Waymark hub listening on (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/?$/, '/'));
      }
    });
    proc.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The hub exited (${code ?? signal}) before listening:\n${proc.output()}`));
    });
    proc.child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return { url, stop: () => proc.stop(), output: proc.output };
}

/** Every accessibility rule for WCAG 2.0–2.2 A/AA, with target-size (off by default) turned on. */
async function assertAccessible(page, where) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
  assert.ok(ran.some((r) => r.id === 'target-size'), 'axe did not run the target-size rule');
  if (result.violations.length > 0) {
    const lines = result.violations.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`),
    ]);
    console.log(`axe violations on ${where}:\n${lines.join('\n')}`);
  }
  assert.equal(result.violations.length, 0, `axe found accessibility violations on ${where}`);
}

/** No horizontal scrolling at 320 CSS px (WCAG 1.4.10 reflow). */
async function assertReflows(page, where) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  await page.screenshot({ path: path.join(await artifactsDir(), `hub-${where}-320.png`), fullPage: true });
  await page.setViewportSize(before);
  assert.ok(scrollWidth <= clientWidth, `${where} scrolls sideways at 320 px: ${scrollWidth} > ${clientWidth}`);
}

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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });

  after(async () => {
    await browser?.close();
  });

  test('a participant works through session 1; progress survives a reload', async () => {
    const dataDir = await tempDir('hub');
    const hub = await startHub(dataDir);
    const context = await browser.newContext({ viewport: PHONE });
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

      // A reload starts at home, which shows 1 step done; reopening resumes at step 2.
      await page.reload();
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
