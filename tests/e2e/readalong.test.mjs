// Word-by-word read-along in the office hub, in headless Chromium at 360×740: while a step's
// clip plays the marked word moves on more than once and always lies inside the marked
// sentence; the polite live region speaks at most once per sentence; the screen passes axe
// (WCAG 2.2 AA and target-size) with a word marked; a clip without word timings still marks
// its sentences and no word; in a live session, while the clip plays, a word is marked on the
// presenter screen (1920×1080, dark page) and on live follow (360×740), each screenshot and axe
// clean in that state.
//   cd tests/e2e && node --test readalong.test.mjs
// Needs the hub binary (env WAYMARK_HUB_BIN, default ../../target/debug/waymark-hub) built with
// the current ui/dist embedded, and /usr/bin/chromium (or env CHROMIUM).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifactsDir, removeDir, sleep, tempDir } from './helpers.mjs';
import { startHub, assertAccessible, hubApi, launchChromium, officeApi, signedInContext, PHONE } from './hubproc.mjs';

const PROJECTOR = { width: 1920, height: 1080 };

/** The first step whose clip has two or more sentences, all with word timings. */
async function stepWithWords(url, cookie) {
  const post = (name, request) => officeApi(url, cookie, name, request);
  const { sessions } = await post('list_sessions', { locale: 'en-GB' });
  for (const s of sessions) {
    for (let i = 0; i < s.step_count; i++) {
      const step = await post('get_step', { locale: 'en-GB', session_id: s.id, step_index: i });
      const ss = step.voice?.sentences ?? [];
      if (i === 0 && ss.length >= 2 && ss.every((x) => x.words.length >= 2)) {
        return { session: s.id, number: s.number, step };
      }
    }
  }
  throw new Error('no first step has a clip of two or more sentences with word timings');
}

/** What the read-along in `box` shows now: the marked sentence's and the marked word's test ids. */
function marks(page, box = 'step-text') {
  return page.evaluate((box) => {
    const sentence = document.querySelector(`[data-testid="${box}"] [aria-current="true"]`);
    const word = document.querySelector(`[data-testid="${box}"] [data-current-word="true"]`);
    return {
      sentence: sentence?.getAttribute('data-testid') ?? null,
      word: word?.getAttribute('data-testid') ?? null,
      wordInSentence: !!word && !!sentence && sentence.contains(word),
    };
  }, box);
}

/**
 * Watch the read-along in `box` while a clip of `clipMs` plays until the marked word has moved on
 * twice (three words seen), each inside the marked sentence.
 */
async function followWords(page, box, clipMs) {
  const seen = new Set();
  const end = Date.now() + clipMs + 3000;
  while (Date.now() < end && seen.size < 3) {
    const m = await marks(page, box);
    if (m.word) {
      assert.ok(m.wordInSentence, `${m.word} is marked outside the marked sentence ${m.sentence}`);
      assert.ok(m.word.startsWith(`${m.sentence}-word-`), `${m.word} is not a word of ${m.sentence}`);
      seen.add(m.word);
    }
    await sleep(40);
  }
  assert.ok(seen.size >= 3, `in ${box} the marked word changed ${Math.max(0, seen.size - 1)} times`);
}

/** From page load, keep the last media element the page plays as window.__media (to pause it). */
function rememberMedia(page) {
  return page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (...args) {
      window.__media = this;
      return play.apply(this, args);
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
  let groupId;
  const errors = [];

  before(async () => {
    browser = await launchChromium();
    dataDir = await tempDir('readalong');
    hub = await startHub(dataDir);
    ({ context, cookie, groupId } = await signedInContext(browser, hub.url, { viewport: PHONE }));
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
    // A step may start reading by itself (the read-aloud setting); press Play only if it did not
    // (waiting long enough that a slow start on a loaded machine is not paused by the press).
    const started = await page
      .locator('[data-testid="step-text"] [aria-current="true"]')
      .waitFor({ timeout: 10_000 })
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
  test('while a clip plays, a word is marked on the presenter (1920×1080) and on live follow (360×740)', async () => {
    await hubApi(hub.url, 'start_live', { group_id: groupId, session_number: target.number });
    const artifacts = await artifactsDir();
    const clipMs = target.step.voice.duration_ms;

    // The presenter screen on the projector: Play, then pause with a word marked.
    const projector = await browser.newContext({ viewport: PROJECTOR });
    const presenter = await projector.newPage();
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.goto(new URL(`#present=${groupId}`, hub.url).href);
    await presenter.getByTestId('pres-text').waitFor();
    assert.equal(await presenter.getByTestId('pres-step').getAttribute('data-step'), '1');
    await presenter.getByTestId('pres-play').click();
    await followWords(presenter, 'pres-text', clipMs);
    await presenter.getByTestId('pres-play').click(); // pause, for a still screenshot and axe
    const onProjector = await marks(presenter, 'pres-text');
    assert.ok(onProjector.word && onProjector.wordInSentence, 'a word is marked on the paused presenter');
    await presenter.screenshot({ path: path.join(artifacts, 'readalong-word-presenter-1920.png') });
    await assertAccessible(presenter, 'the presenter with a word marked');
    await projector.close();

    // Sam follows on an office browser at 360×740 with the sound on (earphones).
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await rememberMedia(page);
    await page.goto(hub.url);
    await page.getByTestId('live-join').click();
    await page.getByTestId('live-follow').waitFor();
    await page.getByTestId('live-sound').click();
    await followWords(page, 'live-text', clipMs);
    // Live follow has no pause (only sound off, which clears the marks): hold the clip still.
    await page.evaluate(() => window.__media.pause());
    const onPhone = await marks(page, 'live-text');
    assert.ok(onPhone.word && onPhone.wordInSentence, 'a word is marked on the paused live follow');
    await page.screenshot({ path: path.join(artifacts, 'readalong-word-live-360.png'), fullPage: true });
    await assertAccessible(page, 'live follow with a word marked');
    assert.deepEqual(errors, [], 'uncaught errors in the page');
    await page.close();
  });
});
