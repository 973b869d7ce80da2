// Launch time of the release app (issue 12 point 6): from the start of the app's process to its
// home screen being interactive (the session list drawn: Home.svelte's User Timing mark
// `waymark:home-interactive`). Not a test; a measurement for docs/benchmarks.md.
//   cd tests/e2e && xvfb-run -a node bench/launch.mjs ../../target/release/waymark-app [runs]
//
// Method. tauri-driver (WebKitWebDriver) starts the app, but the clock does not start with the
// WebDriver session: the app's process is found by its executable (/proc/*/exe) and its start
// read from /proc/<pid>/stat (clock ticks since boot), turned into wall-clock time with
// /proc/uptime read beside Date.now(). The end is the mark's time in the page
// (`performance.timeOrigin + startTime`, wall clock). Both ends are the kernel's and the page's
// own times, so WebDriver's polling adds nothing; the resolution is the kernel's clock tick
// (10 ms). Each run has a new data folder (first launch: the database is made and keyed) and is
// then launched again on the same folder (a later launch: the database is opened).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, removeDir, startProcess, tempDir, waitUntil } from '../helpers.mjs';
import { Session, ready } from '../webdriver.mjs';

const app = path.resolve(process.argv[2] ?? '../../target/release/waymark-app');
const runs = Number(process.argv[3] ?? 5);
const tauriDriver = process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver');
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const MARK = 'waymark:home-interactive';

/** The pid of the one running process whose executable is `exe`. */
function pidOf(exe) {
  const real = fs.realpathSync(exe);
  const found = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (fs.readlinkSync(`/proc/${name}/exe`) === real) found.push(Number(name));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found.length === 1 ? found[0] : null;
}

/** When process `pid` started, in ms since the epoch (to the clock tick). */
function startedAtMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 22 (starttime), counted after the command name's closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = Number(fields[19]);
  const uptimeS = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  const now = Date.now();
  return now - (uptimeS - startTicks / ticksPerSecond) * 1000;
}

async function launchOnce(dataDir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver = startProcess(tauriDriver, ['--port', String(port), '--native-port', String(await freePort())], {
    env: { ...process.env, WAYMARK_DATA_DIR: dataDir },
  });
  try {
    await waitUntil(() => ready(base), 'tauri-driver', 20000);
    const session = await Session.create(base, { alwaysMatch: { 'tauri:options': { application: app } } });
    try {
      const pid = pidOf(app);
      if (pid === null) throw new Error(`no single running process of ${app}`);
      const started = startedAtMs(pid);
      let interactive = null;
      await waitUntil(
        async () => {
          interactive = await session.execute(
            `const m = performance.getEntriesByName(${JSON.stringify(MARK)})[0];
             return m ? performance.timeOrigin + m.startTime : null;`,
          );
          return interactive !== null;
        },
        'the home screen',
        30000,
        20,
      );
      const cards = await session.findAll('[data-testid^="session-card-"]');
      if (cards.length === 0) throw new Error('the mark was set but no session card is on screen');
      return interactive - started;
    } finally {
      await session.delete().catch(() => {});
    }
  } finally {
    await driver.stop();
  }
}

const first = [];
const later = [];
for (let i = 0; i < runs; i++) {
  const dataDir = await tempDir('launch');
  try {
    first.push(await launchOnce(dataDir));
    later.push(await launchOnce(dataDir));
  } finally {
    await removeDir(dataDir);
  }
}
const say = (what, times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${what}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
};
console.log(`process start → interactive home, ${runs} runs of ${app}`);
console.log(say('first launch (new data folder)', first));
console.log(say('later launch (same folder)', later));
