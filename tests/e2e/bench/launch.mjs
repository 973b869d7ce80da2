// Launch time of the app: from asking tauri-driver to start it to the first session card on the
// home screen (interactive). Not a test; a measurement for docs/benchmarks.md.
//   cd tests/e2e && xvfb-run -a node bench/launch.mjs ../../target/release/waymark-app [runs]
import os from 'node:os';
import path from 'node:path';
import { freePort, removeDir, startProcess, tempDir, waitUntil } from '../helpers.mjs';
import { Session, ready } from '../webdriver.mjs';

const app = path.resolve(process.argv[2] ?? '../../target/release/waymark-app');
const runs = Number(process.argv[3] ?? 5);
const tauriDriver = process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver');

const times = [];
for (let i = 0; i < runs; i++) {
  const dataDir = await tempDir('launch');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const driver = startProcess(tauriDriver, ['--port', String(port), '--native-port', String(await freePort())], {
    env: { ...process.env, WAYMARK_DATA_DIR: dataDir },
  });
  await waitUntil(() => ready(base), 'tauri-driver', 20000);
  const started = performance.now();
  const session = await Session.create(base, { alwaysMatch: { 'tauri:options': { application: app } } });
  await waitUntil(async () => (await session.findAll('[data-testid^="session-card-"]')).length > 0, 'home', 30000, 10);
  times.push(performance.now() - started);
  await session.delete().catch(() => {});
  await driver.stop();
  await removeDir(dataDir);
}
times.sort((a, b) => a - b);
console.log(`launch → interactive home: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, ` +
  `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms over ${runs} runs (${app})`);
