// What a newcomer hit (issue 16): a double tap that answers twice, lost place on Back and reload,
// silent screens with "Read aloud" on, numbers that make no sense, help that cannot be tapped.
// In the office hub, headless Chromium at 360×740.
//   cd tests/e2e && node --test participant.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN) built with the current ui/dist, and Chromium.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hubApi, officeSignIn, PHONE, officeApi, hubAndBrowser, pageErrors } from './hubproc.mjs';

describe('a newcomer on the participant screens', () => {
  const run = hubAndBrowser('participant');
  /** Sam's office session (`name=value`). */
  let cookie;

  before(async () => {
    // The hub's own screen is nobody's: Sam signs in on it, as on any office computer.
    const group = await hubApi(run.hub.url, 'create_group', { name: 'Tuesday group' });
    const member = await hubApi(run.hub.url, 'add_member', { group_id: group.id, display_name: 'Sam' });
    cookie = await officeSignIn(run.hub.url, member.id, 'Sam', '2580');
  });

  const api = (name, request) => officeApi(run.hub.url, cookie, name, request);

  /** A fresh browser profile on Home, "Read aloud" off unless `autoplay`. */
  async function open({ autoplay = false } = {}) {
    const context = await run.browser.newContext({ viewport: PHONE });
    const [cookieName, value] = cookie.split('=');
    await context.addCookies([{ name: cookieName, value, url: run.hub.url }]);
    await context.addInitScript((a) => {
      if (!sessionStorage.getItem('test-started')) {
        sessionStorage.setItem('test-started', '1');
        localStorage.setItem('waymark.settings.v1', JSON.stringify({ locale: 'en-GB', autoplay: a }));
      }
    }, autoplay);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(run.hub.url);
    await page.getByTestId('quick-add').waitFor();
    return { context, page, errors };
  }

  /** Two taps 120 ms apart on the same spot, as a person's double tap. */
  async function doubleTap(page, locator) {
    await locator.scrollIntoViewIfNeeded(); // a person scrolls to what they want to tap
    await page.waitForTimeout(600); // and looks at the new screen before tapping
    const box = await locator.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    await page.waitForTimeout(120);
    await page.mouse.click(x, y);
  }

  test('a double tap answers one question, and the choice shows before the next', async () => {
    const { context, page, errors } = await open();
    try {
      await page.getByTestId('nav-audit').click();
      await page.getByTestId('audit-form-audit').click();
      await page.getByTestId('audit-counter').filter({ hasText: 'Question 1 of 10' }).waitFor();
      const first = page.getByTestId('audit-answer-0');
      await first.click();
      // The choice is shown as picked while the screen is still on question 1.
      assert.equal(await first.getAttribute('aria-pressed'), 'true');
      assert.match(await page.getByTestId('audit-counter').innerText(), /Question 1 of 10/);
      await page.getByTestId('audit-counter').filter({ hasText: 'Question 2 of 10' }).waitFor();

      await doubleTap(page, page.getByTestId('audit-answer-0'));
      await page.getByTestId('audit-counter').filter({ hasText: 'Question 3 of 10' }).waitFor();
      await page.waitForTimeout(800);
      assert.match(await page.getByTestId('audit-counter').innerText(), /Question 3 of 10/, 'the second tap answered question 3');
      assert.equal(await page.locator('[data-testid^="audit-answer-"][aria-pressed="true"]').count(), 0);

      // The same on Home: a double tap on Beer opens the drink screen and picks no size.
      await page.getByTestId('home-button').click();
      await page.getByTestId('quick-add').waitFor();
      await doubleTap(page, page.getByTestId('quick-beer'));
      await page.getByTestId('drink-screen').waitFor();
      await page.waitForTimeout(800);
      assert.equal(await page.locator('[data-testid^="size-"][aria-pressed="true"]').count(), 0, 'a size was picked');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('with Read aloud on, every screen speaks as it appears; with it off, none does', async () => {
    for (const autoplay of [true, false]) {
      const { context, page, errors } = await open({ autoplay });
      const heard = [];
      page.on('request', (r) => {
        const m = r.url().match(/\/audio\/en-GB\/(.+)\.ogg/);
        if (m) heard.push(m[1]);
      });
      try {
        for (const [open, ready] of [
          ['nav-diary', 'diary-list'],
          ['nav-week', 'week-view'],
          ['nav-goal', 'goal-screen'],
          ['nav-surf', 'surf-screen'],
          ['nav-audit', 'audit-screen'],
          ['nav-export', 'export-screen'],
          ['quick-drug', 'drug-screen'],
          ['quick-urge', 'urge-screen'],
          ['quick-beer', 'drink-screen'],
          ['my-plan-button', 'my-plan'],
          ['sharing-open', 'sharing-screen'],
        ]) {
          const before = heard.length;
          await page.getByTestId(open).click();
          await page.getByTestId(ready).waitFor();
          await page.waitForTimeout(300);
          if (autoplay) assert.ok(heard.length > before, `${ready} was silent on arrival`);
          else assert.equal(heard.length, before, `${ready} spoke with Read aloud off`);
          if (ready === 'audit-screen') {
            // Each question speaks as it comes.
            await page.getByTestId('audit-form-audit_c').click();
            await page.getByTestId('audit-counter').filter({ hasText: 'Question 1 of 3' }).waitFor();
            await page.waitForTimeout(300);
            if (autoplay) assert.ok(heard.includes('audit-q1'), `question 1 was not read: ${heard}`);
            await page.getByTestId('audit-answer-0').click();
            await page.getByTestId('audit-counter').filter({ hasText: 'Question 2 of 3' }).waitFor();
            await page.waitForTimeout(300);
            if (autoplay) assert.ok(heard.includes('audit-q2'), `question 2 was not read: ${heard}`);
            else assert.equal(heard.length, before);
          }
          await page.getByTestId('home-button').click();
          await page.getByTestId('quick-add').waitFor();
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  });

  test('help is numbers you can tap, each heard, on Home and beside every safety notice', async () => {
    const { context, page, errors } = await open();
    try {
      const expectLinks = async (scope, where) => {
        for (const [id, tel] of [
          ['help-999', 'tel:999'],
          ['help-111', 'tel:111'],
          ['help-drinkline', 'tel:03001231110'],
          ['help-frank', 'tel:03001236600'],
        ]) {
          const link = scope.getByTestId(id);
          assert.equal(await link.getAttribute('href'), tel, `${where}: ${id}`);
          const box = await link.boundingBox();
          assert.ok(box.height >= 48 && box.width >= 200, `${where}: ${id} is a small target: ${JSON.stringify(box)}`);
        }
        const ui = await api('ui_strings', { locale: 'en-GB' });
        for (const id of ['help-title', 'help-999', 'help-111', 'help-drinkline', 'help-frank', 'help-people']) {
          assert.ok(ui.voices[id], `${id} has no voice-over`);
        }
      };
      await expectLinks(page.getByTestId('help-links'), 'Home');
      await page.getByTestId('nav-goal').click();
      await page.getByTestId('goal-change').click();
      await page.getByTestId('goal-aim-stop').click();
      await page.getByTestId('safety-withdrawal').waitFor();
      await expectLinks(page.getByTestId('safety-withdrawal'), 'the Stop goal');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('numbers that make no sense are questioned, and the week counts only days that have come', async () => {
    const { context, page, errors } = await open();
    const drinks = async () =>
      (await api('list_diary', { from_ms: Date.now() - 86400000, to_ms: Date.now() + 86400000 })).entries.filter(
        (e) => e.entry.diary === 'drink',
      ).length;
    try {
      const before = await drinks();
      // "Other drink" asks how strong it is, and shows no units until it knows.
      await page.getByTestId('quick-other').click();
      await page.getByTestId('drink-other-strength').waitFor();
      assert.equal(await page.getByTestId('drink-abv').inputValue(), '');
      assert.equal(await page.getByTestId('size-568-units').count(), 0);
      await page.getByTestId('save-drink').click();
      await page.getByTestId('drink-abv-error').waitFor();

      // 5 L at 96 %: "Is that right?" with the danger notice and help, and nothing saved yet.
      await page.getByTestId('drink-volume').fill('5000');
      await page.getByTestId('drink-abv').fill('96');
      await page.getByTestId('save-drink').click();
      await page.getByTestId('drink-check').waitFor();
      assert.match(await page.getByTestId('drink-check').innerText(), /Is that right\?/);
      await page.getByTestId('drink-check-danger').getByTestId('help-999').waitFor();
      assert.equal(await drinks(), before, 'saved without asking');
      // No, change it: 5 L of 4 % is 20 units — asked again, then saved when the person says yes.
      await page.getByTestId('drink-check-change').click();
      await page.getByTestId('drink-abv').fill('4');
      await page.getByTestId('save-drink').click();
      await page.getByTestId('drink-check').waitFor();
      assert.equal(await page.getByTestId('drink-check-danger').count(), 0);
      await page.getByTestId('drink-check-yes').click();
      await page.getByTestId('quick-add').waitFor();
      assert.equal(await drinks(), before + 1);

      // My week: drink-free days out of the days that have come; no cost is "Not entered".
      await page.getByTestId('nav-week').click();
      await page.getByTestId('week-summary').waitFor();
      const today = (new Date().getDay() + 6) % 7; // 0 = Monday
      assert.equal(await page.getByTestId('stat-drink-free').innerText(), `${today} / ${today + 1}`);
      assert.equal(await page.getByTestId('stat-spend').innerText(), 'Not entered');
      const notYet = (await page.getByTestId('week-days').innerText()).match(/Not yet/g)?.length ?? 0;
      assert.equal(notYet, 6 - today);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('Back goes back inside the app, and a reload keeps the screen and unsaved text', async () => {
    const { context, page, errors } = await open();
    try {
      // Back from My week is Home, not the page before the app; Forward is My week again.
      await page.getByTestId('nav-week').click();
      await page.getByTestId('week-view').waitFor();
      await page.goBack();
      await page.getByTestId('quick-add').waitFor();
      assert.equal(new URL(page.url()).origin, new URL(run.hub.url).origin, 'Back left the app');
      await page.goForward();
      await page.getByTestId('week-view').waitFor();

      // A half-written reflection survives a reload on the same step, unsaved.
      const { sessions } = await api('list_sessions', { locale: 'en-GB' });
      let at = null;
      for (const s of sessions) {
        for (let i = 0; i < s.step_count && !at; i++) {
          const step = await api('get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
          if (step.kind === 'reflect') at = { s, i };
        }
        if (at) break;
      }
      for (let i = 0; i < at.i; i++) {
        const step = await api('get_step', { locale: 'en-GB', session_id: at.s.id, step_index: i });
        await api('complete_step', { session_id: at.s.id, step_id: step.step_id });
      }
      await page.getByTestId('home-button').click();
      await page.reload();
      await page.getByTestId(`session-card-${at.s.id}`).click();
      await page.getByTestId('reflect-input').waitFor();
      const words = 'Half a thought, not saved';
      await page.getByTestId('reflect-input').fill(words);
      await page.reload();
      await page.getByTestId('reflect-input').waitFor();
      assert.equal(Number(await page.getByTestId('step-counter').getAttribute('data-step')), at.i + 1);
      await page.waitForFunction(
        (w) => document.querySelector('[data-testid="reflect-input"]')?.value === w,
        words,
      );
      // Leaving the page with it unsaved asks first.
      const asked = new Promise((resolve) => {
        page.once('dialog', async (d) => {
          resolve(d.type());
          await d.accept();
        });
      });
      await page.getByTestId('reflect-input').press('End');
      await page.close({ runBeforeUnload: true });
      assert.equal(await asked, 'beforeunload');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('less reading: sizes have pictures, export says what it makes, a full box says so, My plan saves itself', async () => {
    const { context, page, errors } = await open();
    try {
      await page.getByTestId('quick-beer').click();
      // The drink screen is its own chunk, loaded on first open.
      await page.getByTestId('drink-screen').waitFor();
      for (const ml of [568, 284]) {
        assert.equal(await page.getByTestId(`size-${ml}`).locator('svg').count(), 1, `size ${ml} has no picture`);
      }
      const [pint, half] = await Promise.all(
        [568, 284].map((ml) => page.getByTestId(`size-${ml}`).locator('svg').boundingBox()),
      );
      assert.ok(pint.height > half.height, 'a pint is drawn bigger than a half');
      await page.getByTestId('home-button').click();

      await page.getByTestId('nav-export').click();
      const words = await page.getByTestId('export-screen').innerText();
      assert.doesNotMatch(words, /\bCSV\b|\bJSON\b/, 'file formats by their abbreviations');
      await page.getByTestId('home-button').click();

      // My plan has no Save buttons: what is typed is saved after a pause.
      await page.getByTestId('my-plan-button').click();
      await page.getByTestId('plan-saves-itself').waitFor();
      assert.equal(await page.locator('[data-testid^="save-section-"]').count(), 0);
      const box = page.locator('[data-testid^="plan-input-"]').first();
      const [, stepId, fieldId] = (await box.getAttribute('data-testid')).match(/^plan-input-(.+?)-([^-]+)$/);
      await box.fill('Ring my sister');
      await page.locator('[data-testid^="plan-status-"] .notice').first().waitFor();
      const plan = await api('my_plan', { locale: 'en-GB' });
      const field = plan.sections.flatMap((x) => x.fields).find((f) => f.step_id === stepId && f.field_id === fieldId);
      assert.equal(field?.answer, 'Ring my sister', 'the plan did not save itself');

      // A box that is full says so (pasted text past the limit is not kept).
      await box.fill('x'.repeat(2500));
      assert.equal((await box.inputValue()).length, 2000);
      await page.getByTestId('text-full').first().waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
