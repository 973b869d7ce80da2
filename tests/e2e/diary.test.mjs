// Diaries, urge surfing, goal, weekly view, AUDIT and export in the office hub (headless Chromium).
//   cd tests/e2e && node --test diary.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { artifactsDir } from './helpers.mjs';
import { assertAccessible, assertReflows, signedInContext, PHONE, DESKTOP, officeApi, hubAndBrowser, pageErrors, goHome } from './hubproc.mjs';

/** No sideways scrolling at 320 CSS px (WCAG 1.4.10), plus screenshots at 360 and 1280. */
async function check(page, name) {
  const dir = await artifactsDir();
  await page.screenshot({ path: path.join(dir, `diary-${name}-360.png`), fullPage: true });
  await assertAccessible(page, name);
  await assertReflows(page, `diary-${name}`);
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(dir, `diary-${name}-1280.png`), fullPage: true });
  await page.setViewportSize(PHONE);
}

describe('diaries, goal, week, AUDIT and export in the hub', () => {
  const run = hubAndBrowser('diary');
  /** The signed-in participant's session cookie (the hub's own screen is nobody's). */
  let cookie;

  const api = (name, request) => officeApi(run.hub.url, cookie, name, request);
  const entries = async () =>
    (await api('list_diary', { from_ms: Date.now() - 10 * 86400000, to_ms: Date.now() + 86400000 })).entries;

  test('the whole diary area works, reads plainly and passes axe', async () => {
    const signedIn = await signedInContext(run.browser, run.hub.url, { viewport: PHONE, acceptDownloads: true });
    cookie = signedIn.cookie;
    const context = signedIn.context;
    const page = await context.newPage();
    const errors = pageErrors(page);
    const home = () => goHome(page);
    try {
      await page.goto(run.hub.url);
      await page.getByTestId('quick-add').waitFor();
      await check(page, 'home');

      // 1. A pint in three taps: picture → size (2.3 units shown) → Save; then undo.
      await page.getByTestId('quick-beer').click();
      await page.getByTestId('size-568').waitFor();
      assert.equal(await page.getByTestId('size-568-units').innerText(), '2.3 units');
      await page.getByTestId('size-568').click();
      assert.match(await page.getByTestId('drink-total').innerText(), /2\.3 units/);
      await check(page, 'drink-size');
      await page.getByTestId('save-drink').click();
      await page.getByTestId('quick-add').waitFor();
      assert.match(await page.getByTestId('toast-text').innerText(), /Saved\. 2\.3 units/);
      let list = await entries();
      assert.equal(list.length, 1);
      assert.equal(list[0].units, 2.3);
      await check(page, 'home-toast');
      await page.getByTestId('toast-undo').click();
      await page.getByTestId('toast-text').filter({ hasText: 'Undone' }).waitFor();
      assert.equal((await entries()).length, 0, 'undo removes the pint');

      // 8. Bad input: a plain message beside the field, focus on it, nothing stored.
      await page.getByTestId('quick-beer').click();
      await page.getByTestId('size-568').click();
      await page.getByTestId('more-details').click();
      await page.getByTestId('drink-volume').fill('0');
      await page.getByTestId('save-drink').click();
      assert.match(await page.getByTestId('drink-volume-error').innerText(), /more than 0 ml/);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'drink-volume');
      await page.getByTestId('drink-volume').fill('568');
      await page.getByTestId('drink-abv').fill('120');
      await page.getByTestId('save-drink').click();
      assert.match(await page.getByTestId('drink-abv-error').innerText(), /between 0 and 100 per cent/);
      await page.getByTestId('drink-abv').fill('4');
      const tomorrow = new Date(Date.now() + 86400000);
      const pad = (n) => String(n).padStart(2, '0');
      await page
        .getByTestId('drink-when')
        .fill(`${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T12:00`);
      await page.getByTestId('save-drink').click();
      assert.match(await page.getByTestId('drink-when-error').innerText(), /has not happened yet/);
      await check(page, 'drink-details-error');
      assert.equal((await entries()).length, 0, 'bad input stores nothing');
      await home();

      // A pint and a glass of wine for the weekly view.
      for (const [type, size] of [['beer', 568], ['wine', 175]]) {
        await page.getByTestId(`quick-${type}`).click();
        await page.getByTestId(`size-${size}`).click();
        await page.getByTestId('save-drink').click();
        await page.getByTestId('quick-add').waitFor();
      }
      assert.deepEqual((await entries()).map((e) => e.units).sort(), [2.1, 2.3]);

      // 2. Drug use: picture → details → Save.
      await page.getByTestId('quick-drug').click();
      await check(page, 'drug-choose');
      await page.getByTestId('drug-cannabis').click();
      await page.getByTestId('route-smoked').click();
      await page.getByTestId('drug-spend').fill('10');
      await check(page, 'drug-details');
      await page.getByTestId('save-drug').click();
      await page.getByTestId('quick-add').waitFor();

      // 3. Urge diary, one question per screen.
      await page.getByTestId('quick-urge').click();
      await page.getByTestId('urge-strength-7').click();
      await check(page, 'urge-strength');
      await page.getByTestId('urge-next').click();
      await page.getByTestId('trigger-feelings').click();
      await page.getByTestId('urge-next').click();
      await page.getByTestId('coping-breathe').click();
      await check(page, 'urge-coping');
      await page.getByTestId('urge-next').click();
      await page.getByTestId('outcome-did_not_use').click();
      await page.getByTestId('urge-next').click();
      await page.getByTestId('urge-after-3').click();
      await page.getByTestId('save-urge').click();
      await page.getByTestId('quick-add').waitFor();
      const urge = (await entries()).find((e) => e.entry.diary === 'urge');
      assert.equal(urge.entry.urge.strength, 7);
      assert.deepEqual(urge.entry.urge.triggers, [{ kind: 'feelings', text: null }]);
      assert.equal(urge.entry.urge.strength_after, 3);

      // Urge surfing: 1 minute, strength before, countdown, stop early, after → saved.
      await page.getByTestId('nav-surf').click();
      await page.getByTestId('surf-preset-1').click();
      await check(page, 'surf-minutes');
      await page.getByTestId('surf-next').click();
      await page.getByTestId('surf-before-6').click();
      await page.getByTestId('surf-start').click();
      await page.getByTestId('surf-countdown').waitFor();
      assert.match(await page.getByTestId('surf-countdown').innerText(), /^[01]:\d\d$/);
      await check(page, 'surf-running');
      await page.getByTestId('surf-stop').click();
      await page.getByTestId('surf-outcome-did_not_use').click();
      await page.getByTestId('surf-next').click();
      await page.getByTestId('surf-after-2').click();
      await page.getByTestId('surf-save').click();
      await page.getByTestId('quick-add').waitFor();
      const surfed = (await entries()).find((e) => e.entry.diary === 'urge' && e.entry.urge.surfed_minutes);
      assert.equal(surfed.entry.urge.surfed_minutes, 1);
      assert.deepEqual(surfed.entry.urge.coping, ['urge_surfing']);

      // 5. Goal: cut down (12 units, 3 days), then stop (the withdrawal warning shows).
      await page.getByTestId('nav-goal').click();
      await page.getByTestId('goal-change').click();
      await check(page, 'goal-aim');
      await page.getByTestId('goal-aim-cut_down').click();
      await page.getByRole('button', { name: 'Less' }).click();
      await page.getByRole('button', { name: 'Less' }).click();
      assert.equal(await page.getByTestId('goal-value').innerText(), '12');
      await page.getByTestId('goal-next').click();
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByTestId('goal-save').click();
      assert.match(await page.getByTestId('goal-summary').innerText(), /12 units a week or fewer, with 3 drink-free days/);
      await page.getByTestId('goal-change').click();
      await page.getByTestId('goal-aim-stop').click();
      assert.match(await page.getByTestId('safety-withdrawal').innerText(), /fits/);
      await check(page, 'goal-stop');
      await page.getByTestId('goal-save').click();
      assert.match(await page.getByTestId('goal-summary').innerText(), /Stop drinking/);
      assert.match(await page.getByTestId('safety-withdrawal').innerText(), /999.*111/s);
      await check(page, 'goal-saved');
      await home();

      // Weekly view: units, an SVG with a text alternative, insights.
      await page.getByTestId('nav-week').click();
      await page.getByTestId('week-summary').waitFor();
      assert.match(await page.getByTestId('week-summary').innerText(), /You had 4\.4 units this week/);
      const chart = page.getByTestId('week-chart');
      assert.equal(await chart.getAttribute('role'), 'img');
      const alt = await chart.evaluate((svg) =>
        svg
          .getAttribute('aria-labelledby')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      assert.match(alt, /Units each day/);
      assert.match(alt, /: 4\.4 units\./);
      assert.match(await page.getByTestId('stat-spend').innerText(), /£10\.00/);
      assert.match(await page.getByTestId('week-insights').innerText(), /14-unit guideline/);
      await check(page, 'week');
      await page.getByTestId('week-prev').click();
      await page.getByTestId('week-summary').filter({ hasText: 'You had 0.0 units' }).waitFor();
      await home();

      // Diary list: delete, then undo.
      await page.getByTestId('nav-diary').click();
      await page.getByTestId('entry').first().waitFor();
      assert.equal(await page.getByTestId('entry').count(), 5);
      await check(page, 'diary-list');
      await page.getByTestId('entry-delete').first().click();
      await page.getByTestId('toast-text').filter({ hasText: 'Deleted' }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="entry"]').length === 4);
      await page.getByTestId('toast-undo').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="entry"]').length === 5);
      assert.equal((await entries()).length, 5);

      // Edit the wine: 2 glasses → 4.2 units.
      await page.locator('[data-testid="entry"][data-units="2.1"] [data-testid="entry-change"]').click();
      await page.getByRole('button', { name: 'One more' }).click();
      await page.getByTestId('save-drink').click();
      await page.locator('[data-testid="entry"][data-units="4.2"]').waitFor();
      assert.equal((await entries()).length, 5);
      await home();

      // 4. AUDIT-C, one question per screen, then the full AUDIT, then AUDIT-C at the end.
      const takeAudit = async (form, scores, name) => {
        await page.getByTestId('nav-audit').click();
        await page.getByTestId(`audit-form-${form}`).click();
        await page.locator('[data-testid="audit-counter"], [data-testid="audit-purpose-end"]').first().waitFor();
        for (let i = 0; i < scores.length; i++) {
          if (i === 0 && (await page.getByTestId('audit-purpose-end').count())) {
            await page.getByTestId('audit-purpose-end').click();
          }
          await page.getByTestId('audit-counter').filter({ hasText: `Question ${i + 1} of ${scores.length}` }).waitFor();
          assert.equal(await page.locator('h1').count(), 1, 'one question per screen');
          if (i === 0 && name) await check(page, `${name}-q1`);
          await page.getByTestId(`audit-answer-${scores[i]}`).click();
        }
        await page.getByTestId('audit-score').waitFor();
      };
      await takeAudit('audit_c', [2, 1, 2], 'audit-c');
      assert.match(await page.getByTestId('audit-score').innerText(), /Score: 5 out of 12/);
      assert.match(await page.getByTestId('audit-verdict').innerText(), /may be harming you/);
      assert.ok((await page.getByTestId('audit-feedback').locator('li').count()) >= 6);
      assert.match(await page.getByTestId('audit-screen').innerText(), /World Health Organization/);
      await check(page, 'audit-c-result');
      await page.getByTestId('audit-done').click();
      await takeAudit('audit', [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 'audit');
      assert.match(await page.getByTestId('audit-score').innerText(), /Score: 40 out of 40/);
      assert.match(await page.getByTestId('audit-verdict').innerText(), /Possible dependence/);
      assert.match(await page.getByTestId('audit-feedback').innerText(), /specialist help/);
      assert.equal(await page.getByTestId('audit-screen').getByTestId('help-999').getAttribute('href'), 'tel:999');
      await check(page, 'audit-result');
      await page.getByTestId('audit-done').click();
      await takeAudit('audit_c', [1, 0, 0]);
      assert.match(await page.getByTestId('audit-change').innerText(), /gone down.*-4/s);
      await page.getByTestId('audit-done').click();

      // 6. Export CSV and JSON (downloads), and a bad import is refused in plain words.
      await page.getByTestId('nav-export').click();
      await check(page, 'export');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      assert.match(csv.suggestedFilename(), /^waymark-diary-\d{4}-\d\d-\d\d\.csv$/);
      const csvText = await readFile(await csv.path(), 'utf8');
      assert.ok(csvText.split('\n').filter(Boolean).length >= 6, `CSV has a header and 5 rows:\n${csvText}`);
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
      const doc = JSON.parse(await readFile(await json.path(), 'utf8'));
      assert.equal(doc.format, 'waymark-diary');
      assert.equal(doc.entries.length, 5);
      await page.getByTestId('export-done').waitFor();
      await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
      assert.match(await page.getByTestId('import-error').innerText(), /not a Waymark diary export/);
      assert.equal((await entries()).length, 5, 'a bad import stores nothing');

      assert.deepEqual(errors, [], 'uncaught errors in the page');
    } catch (e) {
      await page.screenshot({ path: path.join(await artifactsDir(), 'diary-failure.png'), fullPage: true });
      throw e;
    } finally {
      await context.close();
    }
  });
});
