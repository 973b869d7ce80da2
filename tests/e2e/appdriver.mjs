// Starting tauri-driver for end-to-end tests of the real app (shared by every app*.test.mjs).
import { access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HERE, freePort, startProcess, waitUntil } from './helpers.mjs';
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
  const driver = startProcess(TAURI_DRIVER, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, WAYMARK_DATA_DIR: dataDir },
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
