// Starting tauri-driver for end-to-end tests of the real app (shared by every app*.test.mjs).
import { after, before } from 'node:test';
import { access, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HERE, artifactsDir, freePort, removeDir, startProcess, tempDir, waitUntil } from './helpers.mjs';
import { Session, ready } from './webdriver.mjs';

export const APP_BIN = path.resolve(HERE, process.env.WAYMARK_APP_BIN ?? '../../target/debug/waymark-app');
export const TAURI_DRIVER =
  process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver');

/**
 * Start tauri-driver on free ports; every app it launches keeps its database in `dataDir`
 * (the app inherits tauri-driver's environment). Resolves to `{ base, driver }` once it answers.
 */
export async function startDriver(dataDir) {
  for (const [what, file] of [
    ['app binary', APP_BIN],
    ['tauri-driver', TAURI_DRIVER],
  ]) {
    await access(file).catch(() => {
      throw new Error(`No ${what} at ${file}`);
    });
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display: run this test under `xvfb-run -a`');
  }
  const port = await freePort();
  const nativePort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The desktop's "Downloads" (where the app saves a backup) is a folder of the test's own,
  // named the way a real desktop names it: XDG user-dirs.
  const config = path.join(dataDir, 'xdg-config');
  await mkdir(config, { recursive: true });
  await writeFile(path.join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${path.join(dataDir, 'Downloads')}"\n`);
  const driver = startProcess(TAURI_DRIVER, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, WAYMARK_DATA_DIR: dataDir, XDG_CONFIG_HOME: config },
  });
  await waitUntil(
    async () => {
      if (driver.spawnError()) throw driver.spawnError();
      return ready(base);
    },
    'tauri-driver to answer',
    20000,
  );
  return { base, driver };
}

/** Launch the app through tauri-driver (with command-line `args`): a new WebDriver session. */
export function launchApp(base, args = []) {
  return Session.create(base, { alwaysMatch: { 'tauri:options': { application: APP_BIN, args } } });
}

/**
 * The app under test for one `describe` block: its `before` starts tauri-driver with the app's
 * database in a fresh temporary folder; its `after` closes the app and cleans up. `launch(args)`
 * starts the app (a new WebDriver session, kept in `session`); `quit()` closes it.
 */
export function useApp(prefix) {
  const app = {
    base: null,
    driver: null,
    dataDir: null,
    session: null,
    async launch(args = []) {
      app.session = await launchApp(app.base, args);
      return app.session;
    },
    async quit() {
      await app.session?.delete();
      app.session = null;
    },
    /** On a failure: tauri-driver's output (the app's own messages) and a screenshot. */
    async explain(t, name) {
      console.log(`tauri-driver output (last part):\n${app.driver?.output().slice(-6000)}`);
      t.diagnostic('see tauri-driver output above');
      if (app.session) await saveShot(app.session, name).catch(() => {});
    },
  };
  before(async () => {
    app.dataDir = await tempDir(prefix);
    ({ base: app.base, driver: app.driver } = await startDriver(app.dataDir));
  });
  after(async () => {
    try {
      await app.session?.delete();
    } catch {
      /* the app may already be gone */
    }
    await app.driver?.stop();
    if (app.dataDir) await removeDir(app.dataDir);
  });
  return app;
}

/** A PNG of the app window, as artifacts/<name>.png. */
export async function saveShot(s, name) {
  await writeFile(path.join(await artifactsDir(), `${name}.png`), await s.screenshot());
}

/** The step the reader shows (0 when no step is on screen). */
export async function stepNumber(s) {
  const [counter] = await s.findAll('[data-testid="step-counter"]');
  return counter ? Number(await s.attribute(counter, 'data-step')) : 0;
}

/** Type into an input the way a person would, as far as Svelte's bindings can tell. */
export async function typeInto(s, testid, value) {
  await s.execute(
    `const el = document.querySelector('[data-testid="' + arguments[0] + '"]');
     el.focus(); el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [testid, value],
  );
}
