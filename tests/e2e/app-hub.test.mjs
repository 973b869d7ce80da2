// The office hub inside the facilitator's app: the real app started with `--hub` runs the hub
// and shows its screen; the facilitator makes a group there; the hub answers on both listeners;
// and the hub's page in the app window has no access to the app's commands.
//   cd tests/e2e && xvfb-run -a node --test app-hub.test.mjs
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import https from 'node:https';
import { freePort, waitUntil } from './helpers.mjs';
import { hubApi } from './hubproc.mjs';
import { saveShot, typeInto, useApp } from './appdriver.mjs';

/** GET over HTTPS from the hub's self-signed listener (the certificate is not checked here). */
function getInsecure(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let body = '';
        response.on('data', (c) => (body += c));
        response.on('end', () => resolve({ status: response.statusCode, body }));
      })
      .on('error', reject);
  });
}

describe("the facilitator's app hosts the office hub", () => {
  const app = useApp('app-hub');

  test('waymark-app --hub serves the facilitator screens and both listeners', { timeout: 180000 }, async (t) => {
    const port = await freePort();
    const tlsPort = await freePort();
    const hubUrl = `http://127.0.0.1:${port}/`;
    try {
      const s = await app.launch(['--hub', '--port', String(port), '--tls-port', String(tlsPort)]);
      const open = await waitUntil(
        async () => (await s.findAll('[data-testid="facilitator-open"]'))[0],
        "the hub's screen with the facilitator button",
        60000,
      );
      assert.equal(await s.cmd('GET', '/url'), hubUrl, 'the window shows the hub it started');

      // The hub page is a browser page to the app: no IPC, no app commands.
      const ipc = await s.execute(
        `return (async () => {
           const tauri = window.__TAURI_INTERNALS__;
           if (!tauri) return 'no ipc';
           try { await tauri.invoke('list_sessions', { request: { locale: 'en-GB' } }); return 'invoked'; }
           catch (e) { return 'refused: ' + String(e); }
         })();`,
      );
      assert.match(ipc, /^(no ipc|refused)/, `the hub page must not reach app commands (${ipc})`);
      t.diagnostic(`IPC from the hub page: ${ipc}`);

      await s.click(open);
      await waitUntil(async () => (await s.findAll('[data-testid="fac-group-name"]'))[0], 'the groups screen');
      await typeInto(s, 'fac-group-name', 'Monday group');
      await s.click(await s.find('[data-testid="fac-create-group"]'));
      await waitUntil(
        async () => (await s.execute(`return document.querySelector('h1')?.textContent ?? ''`)) === 'Monday group',
        'the new group',
      );
      await saveShot(s, 'app-hub-group');

      // The same hub answers on loopback HTTP and on HTTPS for phones and office computers.
      const groups = await hubApi(hubUrl, 'list_groups', {});
      assert.deepEqual(
        groups.groups.map((g) => g.name),
        ['Monday group'],
      );
      const lan = await getInsecure(`https://127.0.0.1:${tlsPort}/office/v1/status`);
      assert.equal(lan.status, 200);
      assert.deepEqual(JSON.parse(lan.body), { signed_in: null, sign_in_required: true });
    } catch (e) {
      await app.explain(t, 'app-hub-failure');
      throw e;
    }
  });
});
