// Starting a real hub for end-to-end tests and checking pages the way hub.test.mjs does.
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { HERE, artifactsDir, removeDir, startProcess, tempDir } from './helpers.mjs';

export const HUB_BIN = path.resolve(HERE, process.env.WAYMARK_HUB_BIN ?? '../../target/debug/waymark-hub');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Debian's headless Chromium, with nothing reaching out to the network on its own. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * For a `describe` block: before its tests, a hub (data in a fresh folder named from `prefix`)
 * and Chromium; after them, both stopped and the folder removed. Tests read `.browser`, `.hub`
 * and `.dataDir` of what it returns (a test may start `.hub` again).
 */
export function hubAndBrowser(prefix) {
  const run = { browser: null, hub: null, dataDir: null };
  before(async () => {
    run.browser = await launchChromium();
    run.dataDir = await tempDir(prefix);
    run.hub = await startHub(run.dataDir);
  });
  after(async () => {
    await run.browser?.close();
    await run.hub?.stop();
    if (run.dataDir) await removeDir(run.dataDir);
  });
  return run;
}

/** The page's uncaught errors, gathered as they happen (a test asserts there are none). */
export function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Back to Home with the Home button. */
export async function goHome(page) {
  await page.getByTestId('home-button').click();
  await page.getByTestId('quick-add').waitFor();
}

/**
 * Start a hub with `dataDir` on free ports. Resolves once it has printed both listeners:
 * `url` (loopback HTTP, ends in '/'), `devices` (`host:port` of HTTPS) and `fingerprint`.
 */
export async function startHub(dataDir, extraArgs = []) {
  await access(HUB_BIN).catch(() => {
    throw new Error(`No hub binary at ${HUB_BIN}: run \`cargo build -p waymark-hub\` or set WAYMARK_HUB_BIN`);
  });
  const proc = startProcess(HUB_BIN, ['--port', '0', '--tls-port', '0', '--data-dir', dataDir, ...extraArgs], {
    env: { ...process.env, RUST_BACKTRACE: '1' },
  });
  const found = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The hub did not say where it listens:\n${proc.output()}`)), 30000);
    let seen = '';
    proc.child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      const http = seen.match(/Waymark hub listening on (http:\/\/\S+)/);
      const tls = seen.match(/Waymark hub devices: https:\/\/(\S+) fingerprint ([0-9a-f]{64})/);
      const phones = seen.match(/Phones are told to use https:\/\/(\S+)/);
      if (http && tls && phones) {
        clearTimeout(timer);
        // `devices` is where the HTTPS listener is bound (every network by default); `phones`
        // is the address the pairing screen gives phones, which a browser or app can reach.
        resolve({ url: http[1].replace(/\/?$/, '/'), devices: tls[1], phones: phones[1], fingerprint: tls[2] });
      }
    });
    proc.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The hub exited (${code ?? signal}) before listening:\n${proc.output()}`));
    });
    proc.child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  return { ...found, stop: () => proc.stop(), output: proc.output };
}

/** Call a facilitator use-case on the hub's loopback listener, as the facilitator's page does. */
export async function hubApi(url, name, request) {
  return post(url, `hub/api/${name}`, name, request, {});
}

/** POST a JSON body; the answer's JSON, or an error naming the call and the status. */
async function post(url, route, name, request, headers) {
  const response = await fetch(new URL(route, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${name}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Every accessibility rule for WCAG 2.0–2.2 A/AA, with target-size turned on (as hub.test.mjs). */
export async function assertAccessible(page, where) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable];
  assert.ok(ran.some((r) => r.id === 'target-size'), 'axe did not run the target-size rule');
  if (result.violations.length > 0) {
    const lines = result.violations.flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`),
    ]);
    console.log(`axe violations on ${where}:\n${lines.join('\n')}`);
  }
  assert.equal(result.violations.length, 0, `axe found accessibility violations on ${where}`);
}

/**
 * What does not fit at the current width: the page scrolling sideways, an element reaching past
 * the window's edge, or content spilling out of (or cut off inside) its own box — a label wider
 * than its button. Scroll containers (`overflow-x: auto|scroll`, e.g. a wide table) and what is
 * inside them are allowed to be wider; so is visually hidden text.
 */
export async function misfits(page) {
  return page.evaluate((loose) => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const out = [];
    if (root.scrollWidth > width) out.push(`the page is ${root.scrollWidth} px wide`);
    const name = (el) =>
      `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''
      } "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const walk = (el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.classList.contains('visually-hidden')) return;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) {
        out.push(`${name(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
      if (['auto', 'scroll'].includes(style.overflowX) || el.matches(loose)) return;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !(el instanceof SVGElement)) {
        out.push(`${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return out;
  }, LOOSE_FOR);
}

/**
 * Screens held only to the page not scrolling sideways, not to the strict check: none now (the
 * facilitator's screens fit since the person panel's fields shrink). A selector that matches
 * nothing.
 */
const LOOSE_FOR = ':not(*)';

/**
 * Reflow at 320 CSS px (WCAG 1.4.10), strictly: nothing scrolls sideways, reaches past the edge
 * or spills out of its box (see {@link misfits}); screenshot `<where>-320.png`.
 */
export async function assertReflows(page, where) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(50);
  const found = await misfits(page);
  await page.screenshot({ path: path.join(await artifactsDir(), `${where}-320.png`), fullPage: true });
  await page.setViewportSize(before);
  assert.deepEqual(found, [], `${where} does not fit at 320 px:\n  ${found.join('\n  ')}`);
}

/**
 * A screen checked the way every facilitator and office screen is: screenshots at 360 and 1280
 * (`<name>-360.png`, `<name>-1280.png`) with axe at both sizes, then reflow at 320; the page is
 * left at `endSize`.
 */
export async function checkScreen(page, name, endSize) {
  const dir = await artifactsDir();
  for (const [label, size] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`), fullPage: true });
    await assertAccessible(page, `${name} at ${label}`);
  }
  await assertReflows(page, name);
  await page.setViewportSize(endSize);
}

/**
 * Sign a participant in as an office browser would, on the hub's loopback screen: the
 * facilitator opens a PIN window (its screen shows a one-time code), the participant taps their
 * name (`name`, as the facilitator typed it) and chooses `pin` with that code. Returns the
 * session cookie.
 */
export async function officeSignIn(url, memberId, name, pin) {
  const { code } = await hubApi(url, 'allow_office_pin', { member_id: memberId });
  const names = await (await fetch(new URL('office/v1/names', url))).json();
  const handle = names.groups.flatMap((g) => g.members).find((m) => m.display_name === name)?.handle;
  if (!handle) throw new Error(`${name} is not on the sign-in screen: ${JSON.stringify(names)}`);
  const response = await fetch(new URL('office/v1/choose-pin', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ handle, code, pin, pin_again: pin }),
  });
  if (!response.ok) throw new Error(`choose-pin: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie?.startsWith('waymark_office=')) throw new Error(`no session cookie: ${cookie}`);
  return cookie;
}

/** A participant use-case from a signed-in office browser. */
export async function officeApi(url, cookie, name, request) {
  return post(url, `api/${name}`, name, request, { cookie });
}

/**
 * A browser context signed in as a participant on the hub's own screen, which is nobody's until
 * someone signs in (issue 10 point 7): makes a group with `name` in it and signs them in with a
 * PIN as an office computer would. Returns the context, the session cookie (`name=value`, for
 * `fetch` calls as that person), their member id and the group's id.
 */
export async function signedInContext(browser, url, options = {}, name = 'Sam') {
  const group = await hubApi(url, 'create_group', { name: `Group of ${name}` });
  const member = await hubApi(url, 'add_member', { group_id: group.id, display_name: name });
  const cookie = await officeSignIn(url, member.id, name, '2580');
  const context = await browser.newContext(options);
  const [cookieName, value] = cookie.split('=');
  await context.addCookies([{ name: cookieName, value, url }]);
  return { context, cookie, memberId: member.id, groupId: group.id };
}
