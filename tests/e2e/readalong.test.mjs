// Word-by-word read-along in the office hub, in headless Chromium at 360×740: while a step's
// clip plays the marked word moves on more than once and always lies inside the marked
// sentence; the polite live region speaks at most once per sentence; the screen passes axe
// (WCAG 2.2 AA and target-size) with a word marked; a clip without word timings still marks
// its sentences and no word.
//   cd tests/e2e && node --test readalong.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir, removeDir, sleep, tempDir } from './helpers.mjs';
import { startHub, assertAccessible, launchChromium, officeApi, signedInContext, PHONE } from './hubproc.mjs';

/** The first step whose clip has two or more sentences, all with word timings. */
async function stepWithWords(url, cookie) {
  const post = (name, request) => officeApi(url, cookie, name, request);
  const { sessions } = await post('list_sessions', { locale: 'en-GB' });
  for (const s of sessions) {
    for (let i = 0; i < s.step_count; i++) {
      const step = await post('get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
      const ss = step.voice?.sentences ?? [];
      if (i === 0 && ss.length >= 2 && ss.every((x) => x.words.length >= 2)) return { session: s.id, step };
    }
  }
  throw new Error('no first step has a clip of two or more sentences with word timings');
}

/** What the read-along shows now: the marked sentence's index and the marked word's test id. */
function marks(page) {
  return page.evaluate(() => {
    const sentence = document.querySelector('[data-testid="step-text"] [aria-current="true"]');
    const word = document.querySelector('[data-testid="step-text"] [data-current-word="true"]');
    return {
      sentence: sentence?.getAttribute('data-testid') ?? null,
      word: word?.getAttribute('data-testid') ?? null,
      wordInSentence: !!word && !!sentence && sentence.contains(word),
    };
  });
}

/** Record, from page load, each non-empty text the read-along's live region is given. */
function countAnnouncements(page) {
  return page.addInitScript(() => {
    window.__announced = [];
    let last = '';
    const watch = () =>
      new MutationObserver(() => {
        const region = document.querySelector('[data-testid="sentence-announce"]');
        const text = region?.textContent.trim() ?? '';
        if (text && text !== last) window.__announced.push(text);
        last = text;
      }).observe(document.documentElement, { childList: true, characterData: true, subtree: true });
    if (document.documentElement) watch();
    else document.addEventListener('DOMContentLoaded', watch);
  });
}

describe('word-by-word read-along', () => {
  let browser;
  let hub;
  let dataDir;
  let context;
  let cookie;
  let target;
  const errors = [];

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('readalong');
    hub = await startHub(dataDir);
    ({ context, cookie } = await signedInContext(browser, hub.url, { viewport: PHONE }));
    target = await stepWithWords(hub.url, cookie);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await hub?.stop();
    if (dataDir) await removeDir(dataDir);
  });

  async function open(page) {
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(hub.url);
    await page.getByTestId(`session-card-${target.session}`).click();
    await page.getByTestId('step-text').waitFor();
    // A step may start reading by itself (the read-aloud setting); press Play only if it did not.
    const started = await page
      .locator('[data-testid="step-text"] [aria-current="true"]')
      .waitFor({ timeout: 2000 })
      .then(() => true, () => false);
    if (!started) await page.getByTestId('play-button').click();
  }

  test('the marked word moves through the marked sentence, one announcement per sentence', async () => {
    const page = await context.newPage();
    await countAnnouncements(page);
    await open(page);
    const sentences = target.step.voice.sentences.length;
    assert.equal(await page.getByTestId('sentence-announce').getAttribute('aria-live'), 'polite');
    const seen = new Set();
    let shot = false;
    const end = Date.now() + target.step.voice.duration_ms + 3000;
    while (Date.now() < end) {
      const m = await marks(page);
      if (m.word) {
        assert.ok(m.wordInSentence, `${m.word} is marked outside the marked sentence ${m.sentence}`);
        assert.ok(m.word.startsWith(`${m.sentence}-word-`), `${m.word} is not a word of ${m.sentence}`);
        seen.add(m.word);
        if (seen.size >= 3 && !shot) {
          await page.getByTestId('play-button').click(); // pause, for a still screenshot and axe
          await page.screenshot({ path: path.join(await artifactsDir(), 'readalong-word-360.png') });
          await assertAccessible(page, 'a step read aloud with a word marked');
          shot = true;
          await page.getByTestId('play-button').click();
        }
      }
      await sleep(40);
    }
    assert.ok(seen.size > 1, `the marked word changed ${seen.size - 1} times`);
    assert.ok(shot, 'a word was marked long enough for a screenshot');
    const announced = await page.evaluate(() => window.__announced);
    assert.ok(announced.length >= 1, 'the live region said the sentence being read');
    assert.ok(announced.length <= sentences, `${announced.length} announcements for ${sentences} sentences`);
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    await page.close();
  });

  test('a clip without word timings still marks its sentences, and no word', async () => {
    const page = await context.newPage();
    await page.route('**/api/get_step', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      for (const s of body.voice?.sentences ?? []) delete s.words;
      await route.fulfill({ response, json: body });
    });
    await open(page);
    const seen = new Set();
    const end = Date.now() + target.step.voice.duration_ms + 2000;
    while (Date.now() < end) {
      const m = await marks(page);
      assert.equal(m.word, null, 'no word is marked without word timings');
      if (m.sentence) seen.add(m.sentence);
      await sleep(50);
    }
    assert.ok(seen.size >= 2, `sentences marked: ${[...seen].join(', ')}`);
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    await page.close();
  });
});
