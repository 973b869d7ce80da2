// The live group session in headless Chromium against the real hub binary: the facilitator
// starts session 4 from the group's page, the presenter screen (1280×720 and 1920×1080) follows
// the keys, an office browser signed in with a PIN joins and follows by push, answers; two more
// people answer from their office sessions; the spread shows only from 3 answers and never a
// name; ending takes attendance with a tick for someone without a device.
//   cd tests/e2e && node --test live.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir, removeDir, tempDir, waitUntil } from './helpers.mjs';
import {
  assertAccessible,
  checkScreen,
  hubApi,
  launchChromium,
  officeApi,
  officeSignIn,
  startHub,
  DESKTOP,
  PHONE,
} from './hubproc.mjs';

const PROJECTOR = { width: 1920, height: 1080 };
const SMALL_PROJECTOR = { width: 1280, height: 720 };

/** A live call from a signed-in office session (join, answer). */
async function live(url, cookie, name, request) {
  const response = await fetch(new URL(`live/v1/${name}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: await response.json() };
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(await artifactsDir(), `${name}.png`), fullPage: true });
}

describe('the live group session', () => {
  let browser;
  let hub;
  let dataDir;
  let group;
  const people = {};

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('live');
    hub = await startHub(dataDir);
    group = await hubApi(hub.url, 'create_group', { name: 'Tuesday group' });
    for (const name of ['Al', 'Bo', 'Cy', 'Di']) {
      people[name] = (await hubApi(hub.url, 'add_member', { group_id: group.id, display_name: name })).id;
    }
  });

  after(async () => {
    await browser?.close();
    await hub?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  test('start, present, follow, answer, spread from 3, end with attendance', async () => {
    const errors = [];
    const watch = (page) => page.on('pageerror', (e) => errors.push(e.message));

    // Al, Bo and Cy are signed in on office computers (Al's is a real browser page).
    const cookies = {};
    for (const [name, pin] of [
      ['Al', '2580'],
      ['Bo', '1397'],
      ['Cy', '4682'],
    ]) {
      cookies[name] = await officeSignIn(hub.url, people[name], name, pin);
    }

    // The facilitator starts session 4 from the group's page.
    const control = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    watch(control);
    await control.goto(hub.url);
    await control.getByTestId('facilitator-open').click();
    await control.getByTestId(`fac-group-${group.id}`).click();
    await control.getByTestId('fac-live-start').waitFor();
    await control.getByTestId('fac-live-number').selectOption('4');
    await control.getByTestId('fac-live-start').click();
    await control.getByTestId('fac-live-now').waitFor();
    assert.equal(await control.getByTestId('fac-live-now').getAttribute('data-step'), '1');
    await checkScreen(control, 'live-control', DESKTOP);

    // A second start while one runs is refused plainly.
    const again = await fetch(new URL('hub/api/start_live', hub.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ group_id: group.id, session_number: 5 }),
    });
    assert.equal(again.status, 400);
    assert.match((await again.json()).message, /running/);

    // The presenter screen, in its own tab, at projector sizes.
    const presenterContext = await browser.newContext({ viewport: SMALL_PROJECTOR });
    let presenter = await presenterContext.newPage();
    watch(presenter);
    await presenter.goto(new URL(`#present=${group.id}`, hub.url).href);
    await presenter.getByTestId('pres-text').waitFor();
    assert.equal(await presenter.getByTestId('pres-step').getAttribute('data-step'), '1');
    // The hub binary has no room speakers of its own: the page plays the voice-over itself
    // (in the facilitator's app the hub's rodio player does; see src-tauri hosted_hub tests).
    const room = await fetch(new URL('hub/api/room_audio_status', hub.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(room.status, 404);
    assert.equal(await presenter.getByTestId('presenter').getAttribute('data-room-speakers'), 'false');
    await shot(presenter, 'live-presenter-1280x720');
    await assertAccessible(presenter, 'presenter at 1280×720');
    await presenter.setViewportSize(PROJECTOR);
    await shot(presenter, 'live-presenter-1920x1080');
    await assertAccessible(presenter, 'presenter at 1920×1080');
    // Big enough to read from the back of a room: the step's words are at least 48 px at 1080p.
    const size = await presenter.getByTestId('pres-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 48, `presenter text is ${size}px`);

    // Al's office browser: "on now — Join", then the screen follows.
    const alContext = await browser.newContext({ viewport: PHONE });
    const [name, value] = cookies.Al.split('=');
    await alContext.addCookies([{ name, value, url: hub.url }]);
    const al = await alContext.newPage();
    watch(al);
    await al.goto(hub.url);
    await al.getByTestId('live-banner').waitFor();
    assert.match(await al.getByTestId('live-banner').innerText(), /Your group session is on now/);
    await checkScreen(al, 'live-banner', PHONE);
    await al.getByTestId('live-join').click();
    await al.getByTestId('live-follow').waitFor();
    assert.equal(await al.getByTestId('live-counter').getAttribute('data-step'), '1');
    assert.equal(await al.getByTestId('live-sound').getAttribute('aria-pressed'), 'false', 'muted by default');
    await checkScreen(al, 'live-follow', PHONE);

    for (const who of ['Bo', 'Cy']) {
      const joined = await live(hub.url, cookies[who], 'join', { live_id: (await nowOf(cookies.Al)).live_id });
      assert.equal(joined.status, 200, JSON.stringify(joined.body));
    }
    await waitUntil(
      async () => (await presenter.getByTestId('pres-counts').getAttribute('data-here')) === '3',
      'the headcount to reach 3',
    );

    // The presenter's keys move everyone; Al's page follows by push.
    await presenter.keyboard.press('ArrowRight');
    await waitUntil(async () => (await al.getByTestId('live-counter').getAttribute('data-step')) === '2', 'Al at step 2');
    await presenter.keyboard.press('ArrowLeft');
    await waitUntil(async () => (await al.getByTestId('live-counter').getAttribute('data-step')) === '1', 'Al at step 1');
    for (let i = 0; i < 6; i++) {
      await presenter.keyboard.press('PageDown');
      await waitUntil(
        async () => (await presenter.getByTestId('pres-step').getAttribute('data-step')) === String(i + 2),
        `the presenter at step ${i + 2}`,
      );
    }
    await waitUntil(async () => (await al.getByTestId('live-counter').getAttribute('data-step')) === '7', 'Al at step 7');
    assert.equal(await al.getByTestId('live-text').getAttribute('data-kind'), 'choose');
    await shot(presenter, 'live-presenter-choose-1920x1080');

    // Al answers on their own screen: saved as theirs, counted on the room's tally.
    await al.locator('input[type="radio"]').first().check();
    await al.getByTestId('live-send').click();
    await al.getByTestId('live-sent').waitFor();
    await checkScreen(al, 'live-answered', PHONE);
    const alStep = await officeApi(hub.url, cookies.Al, 'get_step', { locale: 'en-GB', session_id: 's04', step_index: 6 });
    assert.equal(alStep.answer?.kind, 'choices', "Al's answer is Al's own record");

    // Bo answers; 2 answers: asking for the spread shows none.
    const answer = async (who, id) => {
      const live_id = (await nowOf(cookies[who])).live_id;
      const step = await officeApi(hub.url, cookies[who], 'get_step', { locale: 'en-GB', session_id: 's04', step_index: 6 });
      await officeApi(hub.url, cookies[who], 'answer_step', {
        locale: 'en-GB',
        session_id: 's04',
        step_id: step.step_id,
        answer: { kind: 'choices', ids: [id] },
      });
      return live(hub.url, cookies[who], 'answer', { live_id, step_index: 6, answer: { kind: 'choices', ids: [id] } });
    };
    const choices = alStep.choices.map((c) => c.id);
    assert.equal((await answer('Bo', choices[1])).status, 200);
    await waitUntil(
      async () => (await presenter.getByTestId('pres-counts').getAttribute('data-answered')) === '2',
      '2 answered',
    );
    await presenter.keyboard.press('a');
    await presenter.getByTestId('pres-too-few').waitFor();
    assert.equal(await presenter.getByTestId('pres-spread').count(), 0, 'no spread under 3');

    // An answer to a step that has moved on is refused; Cy's answer makes 3: the spread shows.
    const late = await live(hub.url, cookies.Cy, 'answer', {
      live_id: (await nowOf(cookies.Cy)).live_id,
      step_index: 5,
      answer: { kind: 'choices', ids: [choices[0]] },
    });
    assert.equal(late.status, 400, JSON.stringify(late.body));
    assert.equal((await answer('Cy', choices[0])).status, 200);
    await presenter.getByTestId('pres-spread').waitFor();
    const projector = await presenter.locator('body').innerText();
    for (const person of ['Al', 'Bo', 'Cy', 'Di']) {
      assert.ok(!new RegExp(`\\b${person}\\b`).test(projector), `${person}'s name on the projector`);
    }
    await shot(presenter, 'live-presenter-spread-1920x1080');
    await assertAccessible(presenter, 'presenter spread at 1920×1080');

    // The presenter tab is closed by mistake: the session carries on; a new tab is at step 7.
    await presenter.close();
    presenter = await presenterContext.newPage();
    watch(presenter);
    await presenter.goto(new URL(`#present=${group.id}`, hub.url).href);
    await waitUntil(async () => (await presenter.getByTestId('pres-step').getAttribute('data-step')) === '7', 'a new presenter tab at step 7');
    assert.equal(await al.getByTestId('live-counter').getAttribute('data-step'), '7', "Al's screen did not move");

    // The office hub goes down mid-session: Al's screen says so plainly and keeps the step; the
    // hub comes back on the same data and address, and Al's screen carries on by itself.
    const port = new URL(hub.url).port;
    await hub.stop();
    await al.getByTestId('live-lost').waitFor();
    assert.equal(await al.getByTestId('live-counter').getAttribute('data-step'), '7');
    await shot(al, 'live-lost-360');
    hub = await startHub(dataDir, ['--port', port]);
    await waitUntil(async () => (await al.getByTestId('live-lost').count()) === 0, "Al's screen back on the hub", 30000);
    assert.equal(await al.getByTestId('live-counter').getAttribute('data-step'), '7');

    // The control panel names who joined; ending ticks them and Di, who had no device.
    await waitUntil(
      async () => (await control.getByTestId('fac-live-joined').innerText()).includes('Cy'),
      'the control panel to list Cy',
    );
    assert.deepEqual(
      (await control.getByTestId('fac-live-joined').locator('li').allInnerTexts()).sort(),
      ['Al', 'Bo', 'Cy'],
    );
    await control.getByTestId('fac-live-end').click();
    await control.getByTestId('fac-live-end-list').waitFor();
    const ticks = control.getByTestId('fac-live-here');
    assert.equal(await ticks.count(), 4);
    await control.locator('label.fa-check', { hasText: 'Di' }).locator('input').check();
    await checkScreen(control, 'live-end', DESKTOP);
    await control.getByTestId('fac-live-end-confirm').click();
    await control.getByTestId('fac-live-ended').waitFor();

    // Everyone's screens say so; the attendance is on the roster.
    await al.getByTestId('live-home').waitFor();
    await presenter.getByTestId('pres-none').waitFor();
    const roster = await hubApi(hub.url, 'roster', { group_id: group.id, utc_offset_minutes: 0 });
    for (const m of roster.members) assert.deepEqual(m.attendance, [4], `${m.display_name} attended session 4`);

    // The register: the session's date and times, everyone present; Bo's line corrected to an
    // acceptable absence (the old record stays); printed to PDF; Bo's RAR record printed too.
    await control.getByTestId('fac-register').click();
    await control.getByTestId('register').waitFor();
    await control.getByTestId('reg-office').fill('Cardiff probation office');
    await control.getByTestId('reg-facilitator').fill('Jo Evans');
    await control.getByTestId('reg-save-details').click();
    await control.getByTestId('reg-saved').waitFor();
    assert.match(await control.getByTestId('reg-held').innerText(), /^\d{4}-\d{2}-\d{2}, \d{2}:\d{2}–\d{2}:\d{2} · Tuesday group/);
    const rows = control.getByTestId('reg-row');
    assert.deepEqual(await rows.evaluateAll((r) => r.map((e) => e.dataset.status)), ['present', 'present', 'present', 'present']);
    await control.getByTestId('reg-status').nth(1).selectOption('acceptable_absence');
    await waitUntil(async () => (await rows.nth(1).getAttribute('data-status')) === 'acceptable_absence', 'the correction');
    assert.match(await rows.nth(1).innerText(), /corrected/);
    await control.getByTestId('reg-case').first().fill('CRN-77/A');
    await control.getByTestId('reg-case').first().press('Tab');
    await control.getByTestId('reg-saved').waitFor();
    await checkScreen(control, 'live-register', DESKTOP);
    const dir = await artifactsDir();
    const registerPdf = await control.pdf({ path: path.join(dir, 'live-register.pdf'), format: 'A4' });
    assert.equal(registerPdf.subarray(0, 5).toString(), '%PDF-');
    await control.emulateMedia({ media: 'print' });
    assert.equal(await control.getByTestId('reg-export').isVisible(), false, 'no buttons on paper');
    await control.emulateMedia({ media: 'screen' });
    await control.getByTestId('reg-rar').nth(1).click();
    await control.getByTestId('rar-record').waitFor();
    assert.match(await control.getByTestId('rar-who').innerText(), /Bo/);
    assert.equal(await control.getByTestId('rar-row').first().getAttribute('data-status'), 'acceptable_absence');
    await checkScreen(control, 'live-rar', DESKTOP);
    const rarPdf = await control.pdf({ path: path.join(dir, 'live-rar-record.pdf'), format: 'A4' });
    assert.equal(rarPdf.subarray(0, 5).toString(), '%PDF-');

    // Al's own record, on Al's office screen: the same session, with its times, printable.
    await al.getByTestId('live-home').click();
    await al.getByTestId('sharing-open').click();
    await al.getByTestId('my-record-open').click();
    await al.getByTestId('rar-record').waitFor();
    assert.equal(await al.getByTestId('rar-attended').getAttribute('data-attended'), '1');
    assert.match(await al.getByTestId('rar-table').innerText(), /4 · Weighing it up/);
    await checkScreen(al, 'live-my-record', PHONE);
    const ownPdf = await al.pdf({ path: path.join(dir, 'live-my-record.pdf'), format: 'A4' });
    assert.equal(ownPdf.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(errors, []);
  });

  /** What is on now for a signed-in office session. */
  async function nowOf(cookie) {
    const response = await fetch(new URL('live/v1/now', hub.url), { headers: { cookie } });
    return response.json();
  }
});
