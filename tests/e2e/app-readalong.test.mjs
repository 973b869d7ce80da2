// Word-by-word read-along in the real Tauri app: session 1's first step is read aloud by the
// app's rodio player (into a null sink where there is no sound card, at real-time pace) and the
// page learns the position by polling `audio_status` (ui/src/lib/audio.ts, NativeBackend). While
// it plays, the marked word moves on and always lies inside the marked sentence, and the polite
// live region speaks once per sentence, never per word.
//   cd tests/e2e && xvfb-run -a node --test app-readalong.test.mjs
// Needs the app binary (env WAYMARK_APP_BIN, default ../../target/debug/waymark-app), tauri-driver
// (env TAURI_DRIVER, default ~/.cargo/bin/tauri-driver), WebKitWebDriver on PATH and a display.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sleep, waitUntil } from './helpers.mjs';
import { saveShot, stepNumber, useApp } from './appdriver.mjs';

const CARD = '[data-testid="session-card-s01"]';

/**
 * Record each non-empty text the read-along's live region is given, from now on (the app is one
 * page, so this watches every screen after it).
 */
const WATCH_ANNOUNCEMENTS = `
  window.__announced = [];
  let last = '';
  new MutationObserver(() => {
    const region = document.querySelector('[data-testid="sentence-announce"]');
    const text = region ? region.textContent.trim() : '';
    if (text && text !== last) window.__announced.push(text);
    last = text;
  }).observe(document.documentElement, { childList: true, characterData: true, subtree: true });`;

/** The marked sentence and word, and what has been announced so far, read at one moment. */
const MARKS = `
  const sentence = document.querySelector('[data-testid="step-text"] [aria-current="true"]');
  const word = document.querySelector('[data-testid="step-text"] [data-current-word="true"]');
  return {
    sentence: sentence ? sentence.getAttribute('data-testid') : null,
    word: word ? word.getAttribute('data-testid') : null,
    wordInSentence: !!word && !!sentence && sentence.contains(word),
    announced: window.__announced.slice(),
  };`;

describe('read-along in the Waymark app', () => {
  const app = useApp('app-readalong');

  test('the marked word moves through the marked sentence, one announcement per sentence', { timeout: 120000 }, async (t) => {
    try {
      const s = await app.launch();
      const card = await waitUntil(async () => (await s.findAll(CARD))[0], 'the session list', 60000);
      await s.execute(WATCH_ANNOUNCEMENTS);
      await s.click(card);
      await waitUntil(async () => (await stepNumber(s)) === 1, 'step 1');
      // The step reads itself on arrival (the read-aloud setting, on by default in a new app);
      // press Play only if it did not start. Wait long enough that a slow start is not taken for
      // none (Play would then pause it).
      const started = await waitUntil(
        async () => (await s.findAll('[data-testid="step-text"] [aria-current="true"]')).length > 0,
        'the first sentence marked',
        10000,
      ).then(() => true, () => false);
      if (!started) await s.click(await s.find('[data-testid="play-button"]'));

      const words = new Set();
      const sentences = new Set();
      let m;
      // Watch until the mark has moved through two sentences (a few seconds of a 19 s clip),
      // or the clip is over.
      const end = Date.now() + 30000;
      while (Date.now() < end && !(sentences.size >= 2 && words.size >= 4)) {
        m = await s.execute(MARKS);
        if (m.word) {
          assert.ok(m.wordInSentence, `${m.word} is marked outside the marked sentence ${m.sentence}`);
          assert.ok(m.word.startsWith(`${m.sentence}-word-`), `${m.word} is not a word of ${m.sentence}`);
          words.add(m.word);
          sentences.add(m.sentence);
        }
        await sleep(40);
      }
      assert.ok(words.size > 1, `the marked word changed ${Math.max(0, words.size - 1)} times`);
      assert.ok(sentences.size >= 2, `words were marked in ${sentences.size} sentence(s)`);
      await s.click(await s.find('[data-testid="play-button"]')); // pause: the marks stay still
      m = await s.execute(MARKS);
      await saveShot(s, 'app-readalong-word');
      // Once per sentence reached, never per word: at most one announcement for each sentence
      // marked so far (and the one marked now), each a different sentence.
      const reached = Number(m.sentence?.replace('sentence-', '') ?? -1) + 1;
      assert.ok(m.announced.length >= 1, 'the live region said the sentence being read');
      assert.ok(m.announced.length <= reached, `${m.announced.length} announcements for ${reached} sentences`);
      assert.equal(new Set(m.announced).size, m.announced.length, 'a sentence was announced twice');
      assert.ok(m.announced.length < words.size, `${m.announced.length} announcements for ${words.size} words seen`);
    } catch (e) {
      await app.explain(t, 'app-readalong-failure');
      throw e;
    }
  });
});
