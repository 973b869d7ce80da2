// Between sessions (issue 14), in headless Chromium on the hub: the facilitator sets, moves and
// cancels a session on the group's page (bad input in plain words), the signed-in participant's
// home shows the next session and how far they have come, and My week and My month (a calendar
// that works with the keyboard and reads each day) pass axe at 360×740 and reflow.
//   cd tests/e2e && WAYMARK_HUB_BIN=../../target/debug/waymark-hub node --test schedule.test.mjs
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir } from './helpers.mjs';
import { assertAccessible, assertReflows, hubApi, officeApi, officeSignIn, PHONE, hubAndBrowser, pageErrors } from './hubproc.mjs';

const DAY = 24 * 3600 * 1000;

/** The hub machine's local date `n` days from now, as the date field takes it. */
function localDay(n) {
  const d = new Date(Date.now() + n * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the schedule and how far I have come', () => {
  const run = hubAndBrowser('schedule');
  let group;
  let cookie;

  before(async () => {
    group = await hubApi(run.hub.url, 'create_group', { name: 'Tuesday group' });
    const member = await hubApi(run.hub.url, 'add_member', { group_id: group.id, display_name: 'Jo' });
    cookie = await officeSignIn(run.hub.url, member.id, 'Jo', '2580');
    // Three weeks of diary: two pints on the first day, a resisted urge, then no drinks.
    const first = Date.now() - 20 * DAY;
    await officeApi(run.hub.url, cookie, 'add_drink', {
      entry_id: null,
      drink: { drink_type: 'beer', volume_ml: 568, abv_percent: 4, count: 2, occurred_at_ms: first, cost_pence: 900 },
    });
    await officeApi(run.hub.url, cookie, 'add_urge', {
      entry_id: null,
      urge: { strength: 6, triggers: [], coping: ['distract'], outcome: 'did_not_use', occurred_at_ms: first + 2 * DAY },
    });
  });

  test('the facilitator sets, refuses, moves and cancels on the group page', async () => {
    const page = await (await run.browser.newContext({ viewport: PHONE })).newPage();
    const dir = await artifactsDir();
    await page.goto(run.hub.url);
    await page.getByTestId('facilitator-open').click();
    await page.getByTestId(`fac-group-${group.id}`).click();
    await page.getByTestId('fac-schedule').click();
    await page.getByTestId('fac-schedule-screen').waitFor();
    const slot = (n) => page.getByTestId(`fac-slot-${n}`);

    // A date in the past: plain words, nothing stored.
    await slot(4).getByTestId('fac-slot-date').fill(localDay(-2));
    await slot(4).getByTestId('fac-slot-time').fill('10:00');
    await slot(4).getByTestId('fac-slot-place').fill('Southend office');
    await slot(4).getByTestId('fac-slot-save').click();
    await slot(4).getByTestId('fac-slot-error').waitFor();
    assert.match(await slot(4).getByTestId('fac-slot-error').innerText(), /in the past/);
    assert.equal(await slot(4).getAttribute('data-status'), 'not_set');

    await slot(4).getByTestId('fac-slot-date').fill(localDay(3));
    await slot(4).getByTestId('fac-slot-save').click();
    await slot(4).getByTestId('fac-slot-saved').waitFor();
    assert.equal(await slot(4).getAttribute('data-status'), 'scheduled');

    // Two sessions at the same time.
    await slot(5).getByTestId('fac-slot-date').fill(localDay(3));
    await slot(5).getByTestId('fac-slot-time').fill('10:00');
    await slot(5).getByTestId('fac-slot-place').fill('Southend office');
    await slot(5).getByTestId('fac-slot-save').click();
    await slot(5).getByTestId('fac-slot-error').waitFor();
    assert.match(await slot(5).getByTestId('fac-slot-error').innerText(), /same time/);
    await slot(5).getByTestId('fac-slot-date').fill(localDay(10));
    await slot(5).getByTestId('fac-slot-save').click();
    await slot(5).getByTestId('fac-slot-saved').waitFor();

    await page.screenshot({ path: path.join(dir, 'schedule-facilitator-360.png'), fullPage: true });
    await assertAccessible(page, 'facilitator schedule at 360');
    await assertReflows(page, 'schedule-facilitator');
    await page.setViewportSize({ width: 1280, height: 800 });
    await assertAccessible(page, 'facilitator schedule at 1280');
    await page.close();
  });

  test('home shows the next session and how far I have come; week and month pass axe', async () => {
    const context = await run.browser.newContext({ viewport: PHONE });
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name, value, url: run.hub.url }]);
    await context.addInitScript(() => {
      localStorage.setItem('waymark.settings.v1', JSON.stringify({ locale: 'en-GB', autoplay: false }));
    });
    const page = await context.newPage();
    const errors = pageErrors(page);
    const dir = await artifactsDir();
    const check = async (where) => {
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(dir, `schedule-${where}-360.png`), fullPage: true });
      await assertAccessible(page, `${where} at 360×740`);
      await assertReflows(page, `schedule-${where}`);
    };

    await page.goto(run.hub.url);
    await page.getByTestId('next-session').waitFor();
    const text = await page.getByTestId('next-session-text').innerText();
    assert.match(text, /^Session 4, \w+day \d+ \w+, 10:00, Southend office$/, text);
    await page.getByTestId('hear-next-session').waitFor();
    // 19 drink-free days after the first (today is not over yet); the milestone is 14, once.
    await page.getByTestId('how-far').getByTestId('streak-current').waitFor();
    assert.equal(await page.getByTestId('streak-current').innerText(), '19');
    assert.equal(await page.getByTestId('milestone').getAttribute('data-days'), '14');
    await page.getByTestId('hear-how-far').waitFor();
    await check('home');

    // Moved, then cancelled: said plainly.
    await hubApi(run.hub.url, 'set_session_time', { group_id: group.id, number: 4, date: localDay(4), time: '14:30', place: 'Southend office' });
    await page.reload();
    await page.getByTestId('next-moved').waitFor();
    assert.match(await page.getByTestId('next-session-text').innerText(), /14:30/);
    assert.equal(await page.getByTestId('milestone').count(), 0, 'a milestone is celebrated once');
    await hubApi(run.hub.url, 'cancel_session', { group_id: group.id, number: 4 });
    await page.reload();
    await page.getByTestId('next-cancelled').waitFor();
    assert.match(await page.getByTestId('next-cancelled').innerText(), /Session 4 on .* is cancelled\./);
    assert.equal(await page.getByTestId('next-session-text').getAttribute('data-number'), '5');
    await check('home-cancelled');

    // My week: the comparison with the first week, never shaming.
    await page.getByTestId('nav-week').click();
    await page.getByTestId('week-view').waitFor();
    await page.getByTestId('comparison').waitFor();
    assert.match(await page.getByTestId('comparison').innerText(), /My first week: 4\.5 units[\s\S]*less than before[\s\S]*£9\.00/);
    await check('week');

    // My month: arrow keys move from day to day, each with its words.
    await page.getByTestId('open-month').click();
    await page.getByTestId('month-view').waitFor();
    await page.getByTestId('calendar').waitFor();
    const today = page.locator('[data-testid="cal-day"][aria-current="date"]');
    assert.equal(await today.getAttribute('tabindex'), '0');
    await today.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const start = await focused();
    await page.keyboard.press('ArrowLeft');
    const yesterday = await focused();
    assert.notEqual(yesterday, start);
    assert.match(yesterday, /Drink-free|Drinking day|Nothing in the diary/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), start);
    await page.keyboard.press('Home');
    assert.match(await focused(), / 1 /);
    await check('month');
    await page.getByTestId('month-prev').click();
    await page.waitForTimeout(200);
    const drank = page.locator('[data-testid="cal-day"][data-kind="drinking"]');
    const thisOrLast = (await drank.count()) + (await page.locator('[data-kind="drink_free"]').count());
    assert.ok(thisOrLast > 0, 'the month before shows diary days');
    await check('month-before');

    // Settings → Reminders: on a phone only, said so in a browser; the form passes axe.
    await page.getByTestId('home-button').click();
    await page.getByTestId('reminders-open').click();
    await page.getByTestId('reminder-settings').waitFor();
    await page.getByTestId('rem-diary').check();
    await page.getByTestId('rem-quiet').check();
    await page.getByTestId('rem-save').click();
    await page.getByTestId('rem-saved').waitFor();
    await check('reminders');
    assert.deepEqual(errors, [], 'no script errors');
    await context.close();
  });
});
