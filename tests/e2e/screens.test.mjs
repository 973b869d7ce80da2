// Every participant screen at 320 CSS px, in English and Welsh (longer words), with a long name
// on the office sign-in screen: nothing scrolls sideways, reaches past the edge or spills out of
// its box (the strict reflow check in hubproc.mjs), and axe passes at 360×740.
//   cd tests/e2e && node --test screens.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN) built with the current ui/dist, and Chromium.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir } from './helpers.mjs';
import { assertAccessible, assertReflows, hubApi, officeSignIn, PHONE, officeApi, hubAndBrowser, pageErrors, goHome } from './hubproc.mjs';

/** 40 characters (the longest name the hub accepts), one unbreakable word first. */
const LONG_NAME = 'Wolfeschlegelsteinhausenberg Montgomery';

/** The long-named participant's office session (the hub's own screen is nobody's). */
let cookie;

const api = (base, name, request) => officeApi(base, cookie, name, request);

describe('every participant screen fits at 320 px', () => {
  const run = hubAndBrowser('screens');
  /** Sessions and, per step kind, where its first step is. */
  let sessions;
  const firstOf = new Map();

  before(async () => {
    const group = await hubApi(run.hub.url, 'create_group', { name: 'Thursday evening group at the office' });
    const member = await hubApi(run.hub.url, 'add_member', { group_id: group.id, display_name: LONG_NAME });
    // Signed in on the hub's screen: the office bar carries the long name on every screen.
    cookie = await officeSignIn(run.hub.url, member.id, LONG_NAME, '2580');
    ({ sessions } = await api(run.hub.url, 'list_sessions', { locale: 'en-GB' }));
    for (const s of sessions) {
      for (let i = 0; i < s.step_count; i++) {
        const step = await api(run.hub.url, 'get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
        if (!firstOf.has(step.kind)) firstOf.set(step.kind, { session: s.id, index: i });
      }
    }
    // A long session nearly done: its progress bar has 11 ticks (this made Home 363 px wide).
    const long = sessions.reduce((a, b) => (b.step_count > a.step_count ? b : a));
    for (let i = 0; i < long.step_count - 1; i++) {
      const step = await api(run.hub.url, 'get_step', { locale: 'en-GB', session_id: long.id, step_index: i });
      await api(run.hub.url, 'complete_step', { session_id: long.id, step_id: step.step_id });
    }
    // Something in the diary, so the list and the week have rows and bars.
    await api(run.hub.url, 'add_drink', {
      entry_id: null,
      drink: { drink_type: 'beer', volume_ml: 568, abv_percent: 4, count: 2, occurred_at_ms: Date.now() - 60000, cost_pence: 900 },
    });
  });

  for (const locale of ['en-GB', 'cy']) {
    test(`in ${locale}`, async () => {
      let context = await run.browser.newContext({ viewport: PHONE });
      const [cookieName, value] = cookie.split('=');
      await context.addCookies([{ name: cookieName, value, url: run.hub.url }]);
      await context.addInitScript((l) => {
        localStorage.setItem('waymark.settings.v1', JSON.stringify({ locale: l, autoplay: false }));
      }, locale);
      let page = await context.newPage();
      const errors = pageErrors(page);
      const checked = [];
      const check = async (name) => {
        const where = `screens-${locale}-${name}`;
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(await artifactsDir(), `${where}-360.png`), fullPage: true });
        await assertAccessible(page, `${name} (${locale})`);
        await assertReflows(page, where);
        checked.push(name);
      };
      const home = () => goHome(page);
      try {
        await page.goto(run.hub.url);
        await page.getByTestId('quick-add').waitFor();
        await page.locator('[data-testid^="session-card-"]').first().waitFor();
        await check('home');

        for (const [open, ready, name] of [
          ['quick-beer', 'drink-screen', 'drink'],
          ['quick-drug', 'drug-screen', 'drug'],
          ['quick-urge', 'urge-screen', 'urge'],
          ['nav-diary', 'diary-list', 'diary'],
          ['nav-week', 'week-view', 'week'],
          ['nav-goal', 'goal-screen', 'goal'],
          ['nav-surf', 'surf-screen', 'surf'],
          ['nav-audit', 'audit-screen', 'audit'],
          ['nav-export', 'export-screen', 'export'],
          ['my-plan-button', 'my-plan', 'my-plan'],
          ['sharing-open', 'sharing-screen', 'sharing'],
        ]) {
          await page.getByTestId(open).click();
          await page.getByTestId(ready).waitFor();
          await check(name);
          if (name === 'drink') {
            await page.getByTestId('size-568').click();
            await check('drink-size');
          }
          if (name === 'audit') {
            await page.getByTestId('audit-form-audit').click();
            await page.getByTestId('audit-answer-0').waitFor();
            await check('audit-question');
          }
          await home();
        }

        // One step of every kind, then a session's end screen.
        for (const [kind, at] of firstOf) {
          const s = sessions.find((x) => x.id === at.session);
          for (let i = 0; i < at.index; i++) {
            const step = await api(run.hub.url, 'get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
            await api(run.hub.url, 'complete_step', { session_id: s.id, step_id: step.step_id });
          }
          await page.goto(run.hub.url);
          await page.getByTestId(`session-card-${s.id}`).click();
          await page.getByTestId('step-text').waitFor();
          await check(`step-${kind}`);
          await home();
        }

        // The office sign-in screen, with a 40-character name on it: on a screen nobody is
        // signed in on.
        await context.close();
        context = await run.browser.newContext({ viewport: PHONE });
        await context.addInitScript((l) => {
          localStorage.setItem('waymark.settings.v1', JSON.stringify({ locale: l, autoplay: false }));
        }, locale);
        page = await context.newPage();
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(run.hub.url);
        await page.getByTestId('office-open').click();
        await page.getByTestId('office-name').first().waitFor();
        await check('office-sign-in');
        await page.getByTestId('office-name').first().click();
        await page.getByTestId('office-pin-heading').waitFor();
        await check('office-pin');

        assert.deepEqual(errors, [], 'no script errors');
        assert.ok(checked.length >= 20, `checked only ${checked.length} screens`);
      } finally {
        await context.close();
      }
    });
  }
});
