// The programme's step kinds in the office hub, in headless Chromium at 360×740:
// every kind passes axe, a quiz gives kind feedback, a reflection is shown back after a reload,
// plans from sessions 5 and 6 appear in "My plan" (which also prints), the step controls are in
// Welsh when Welsh is chosen.
//   cd tests/e2e && node --test programme.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir, removeDir, tempDir } from './helpers.mjs';
import { startHub, assertAccessible, launchChromium, signedInContext, PHONE, officeApi } from './hubproc.mjs';

const KINDS = ['read', 'reflect', 'choose', 'rate', 'checklist', 'plan', 'quiz', 'diary_task'];

async function assertReflows(page, where) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where} scrolls sideways at 360 px: ${scrollWidth} > ${clientWidth}`);
}

async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(await artifactsDir(), `programme-${name}.png`), fullPage });
}

/** The signed-in participant's session cookie (the hub's own screen is nobody's). */
let cookie;

/** POST /api/<name> on the hub, as the UI does, as the signed-in participant. */
const api = (base, name, request) => officeApi(base, cookie, name, request);

describe('the programme in the office hub', () => {
  let browser;
  let hub;
  let dataDir;
  let context;
  let page;
  const errors = [];
  /** kind → { session, index, step_id } of its first step in the programme. */
  const firstOf = new Map();
  let sessions;

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('programme');
    hub = await startHub(dataDir);
    ({ context, cookie } = await signedInContext(browser, hub.url, { viewport: PHONE }));
    ({ sessions } = await api(hub.url, 'list_sessions', { locale: 'en-GB' }));
    for (const s of sessions) {
      for (let i = 0; i < s.step_count; i++) {
        const step = await api(hub.url, 'get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
        if (!firstOf.has(step.kind)) firstOf.set(step.kind, { session: s.id, index: i, step });
      }
    }
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`  browser console: ${m.text()}`);
    });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await hub?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  /** Mark the steps before `index` done, so opening the session resumes at `index`. */
  async function openAt(sessionId, index) {
    const s = sessions.find((x) => x.id === sessionId);
    for (let i = 0; i < index; i++) {
      const step = await api(hub.url, 'get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
      await api(hub.url, 'complete_step', { session_id: s.id, step_id: step.step_id });
    }
    await page.goto(hub.url);
    await page.getByTestId(`session-card-${sessionId}`).click();
    await page.getByTestId('step-counter').waitFor();
    // An earlier test may have gone further in this session: go back to the step.
    for (;;) {
      const at = Number(await page.getByTestId('step-counter').getAttribute('data-step'));
      if (at === index + 1) break;
      assert.ok(at > index + 1, `opened at step ${at}, wanted ${index + 1}`);
      await page.getByTestId('back-button').click();
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === String(n),
        at - 1,
      );
    }
    await page.getByTestId('step-text').waitFor();
  }

  test('the content has a step of every kind', () => {
    assert.deepEqual(KINDS.filter((k) => !firstOf.has(k)), []);
  });

  test('every step kind passes axe at 360×740 and fits the width', async () => {
    const targets = KINDS.map((kind) => ({ kind, ...firstOf.get(kind) })).sort(
      (a, b) => a.session.localeCompare(b.session) || a.index - b.index,
    );
    for (const { kind, session, index } of targets) {
      await openAt(session, index);
      assert.equal(await page.getByTestId('step-text').getAttribute('data-kind'), kind);
      await page.waitForTimeout(300);
      await shot(page, `${kind}-360`);
      await assertAccessible(page, `a ${kind} step (${session}, step ${index + 1})`);
      await assertReflows(page, `a ${kind} step`);
    }
    assert.deepEqual(errors, [], 'uncaught errors in the page');
  });

  test('a quiz answer gets kind, voiced feedback', async () => {
    const { session, index, step } = firstOf.get('quiz');
    await openAt(session, index);
    const wrong = step.choices.find((c) => c.id !== step.correct) ?? step.choices[0];
    await page.getByTestId(`choice-${wrong.id}`).click();
    const feedback = page.getByTestId('quiz-feedback');
    await feedback.waitFor();
    assert.ok((await feedback.innerText()).trim().length > 10, 'the feedback has words');
    await shot(page, 'quiz-feedback-360');
    await assertAccessible(page, 'a quiz with feedback');
    // Another try: the feedback follows the new answer.
    const others = step.choices.filter((c) => c.id !== wrong.id);
    for (const c of others) {
      await page.getByTestId(`choice-${c.id}`).click();
      await page.waitForTimeout(400);
      if ((await feedback.getAttribute('data-correct')) === 'true') break;
    }
    assert.equal(await feedback.getAttribute('data-correct'), 'true', 'one of the answers is right');
  });

  test('a reflection is saved and shown back after a reload', async () => {
    const { session, index } = firstOf.get('reflect');
    await openAt(session, index);
    const words = 'I want to be there for my kids.';
    await page.getByTestId('reflect-input').fill(words);
    await page.getByTestId('next-button').click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === String(n),
      index + 2,
    );
    // A reload stays on the step after it; Back (the app's) shows the reflection again.
    await page.reload();
    await page.getByTestId('step-counter').waitFor();
    await page.getByTestId('back-button').click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === String(n),
      index + 1,
    );
    assert.equal(await page.getByTestId('reflect-input').inputValue(), words);
  });

  test('plans made in sessions 5 and 6 are in My plan, which prints', async () => {
    const typed = {};
    for (const sessionId of ['s05', 's06']) {
      const s = sessions.find((x) => x.id === sessionId);
      let index = -1;
      let step;
      for (let i = 0; i < s.step_count && index < 0; i++) {
        step = await api(hub.url, 'get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
        if (step.kind === 'plan') index = i;
      }
      assert.ok(index >= 0, `${sessionId} has a plan step`);
      await openAt(sessionId, index);
      const [first, second] = step.fields;
      // Tap an idea for the first question, type our own words for the second.
      const idea = first.suggestions[0];
      await page.getByTestId(`idea-${first.field_id}-${idea.id}`).click();
      const own = `My own words for ${sessionId}`;
      await page.getByTestId(`plan-input-${second.step_id}-${second.field_id}`).fill(own);
      typed[`${first.step_id}/${first.field_id}`] = idea.label.text;
      typed[`${second.step_id}/${second.field_id}`] = own;
      if (sessionId === 's05') await shot(page, 'plan-filled-360');
      await page.getByTestId('next-button').click();
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-step') === String(n),
        index + 2,
      );
    }

    await page.goto(hub.url);
    await page.getByTestId('my-plan-button').click();
    await page.getByTestId('my-plan').waitFor();
    await page.getByTestId('plan-section-5').waitFor();
    for (const [key, value] of Object.entries(typed)) {
      const [stepId, fieldId] = key.split('/');
      assert.equal(await page.getByTestId(`plan-input-${stepId}-${fieldId}`).inputValue(), value, key);
    }
    await shot(page, 'my-plan-360');
    await shot(page, 'my-plan-top-360', false);
    await assertAccessible(page, 'My plan');
    await assertReflows(page, 'My plan');

    // Changing an answer here saves it to its own step: it is there after a reload.
    const [key] = Object.keys(typed);
    const [stepId, fieldId] = key.split('/');
    await page.getByTestId(`plan-input-${stepId}-${fieldId}`).fill('Cut down, then stop');
    // The plan saves itself as the person types: "Saved." shows without a Save button.
    assert.equal(await page.getByTestId('save-section-5').count(), 0);
    await page.locator('[data-testid="plan-section-5"] [role="status"] .notice').waitFor();
    await page.reload(); // stays on My plan
    await page.getByTestId('plan-section-5').waitFor();
    assert.equal(await page.getByTestId(`plan-input-${stepId}-${fieldId}`).inputValue(), 'Cut down, then stop');

    // "Read my plan aloud" starts (and can be stopped) without blocking the page.
    await page.getByTestId('read-plan').click();
    assert.equal(await page.getByTestId('read-plan').getAttribute('aria-pressed'), 'true');
    await page.getByTestId('read-plan').click();

    // On paper: no buttons, black on white, the answers as text.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('print-plan').isVisible(), false, 'buttons are hidden on paper');
    assert.ok((await page.getByTestId('my-plan').innerText()).includes('Cut down, then stop'));
    await shot(page, 'my-plan-print');
    await page.pdf?.({ path: path.join(await artifactsDir(), 'programme-my-plan.pdf') }).catch(() => {});
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(errors, [], 'uncaught errors in the page');
  });

  test("in Welsh, the step's controls are Welsh", async () => {
    await page.goto(hub.url);
    await page.getByTestId('language-cy').click();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    const { session, index } = firstOf.get('choose');
    await openAt(session, index);
    assert.equal((await page.getByTestId('back-button').innerText()).trim(), 'Yn ôl');
    // Session content has no Welsh text yet. The UI would mark it lang="en-GB" from its voice's
    // locale, but the API names the requested locale in every voice path (its audio lookup falls
    // back to English by itself), so that cannot be checked here yet.
    assert.equal(await page.getByTestId('speed-button').innerText().then((t) => t.trim().split(/\s/)[0]), 'Cyflymder');
    await shot(page, 'choose-cy-360');
    await assertAccessible(page, 'a choose step in Welsh');
    await page.goto(hub.url);
    await page.getByTestId('language-en-GB').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
  });
});
