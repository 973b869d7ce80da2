// A tiny W3C WebDriver client over fetch: just what the app test needs.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(error, message) {
    super(`${error}: ${message}`);
    this.error = error;
  }
}

async function request(base, method, path, body, timeoutMs = 30000) {
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new WebDriverError('no answer', `${method} ${path}: ${e.message}`);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError('invalid response', `${method} ${path} → ${response.status}: ${text.slice(0, 500)}`);
  }
  const value = json?.value;
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(value?.error ?? String(response.status), value?.message ?? text.slice(0, 500));
  }
  return value;
}

/** Is a WebDriver server answering at `base` (e.g. http://127.0.0.1:4444)? */
export async function ready(base) {
  try {
    const value = await request(base, 'GET', '/status');
    return value?.ready !== false;
  } catch {
    return false;
  }
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Start a session (launches the app); gives up after `timeoutMs`, e.g. if the app exits. */
  static async create(base, capabilities, timeoutMs = 60000) {
    const value = await request(base, 'POST', '/session', { capabilities }, timeoutMs);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async delete() {
    await request(this.base, 'DELETE', `/session/${this.id}`);
  }

  /** The elements matching a CSS selector, as WebDriver element ids. */
  async findAll(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => e[ELEMENT]);
  }

  async find(css) {
    const [first] = await this.findAll(css);
    if (!first) throw new WebDriverError('no such element', css);
    return first;
  }

  /**
   * Click, as a person taps: just after a screen change the page takes no taps for a moment
   * (ui/src/lib/taps.ts), which WebDriver reports as an intercepted click (WebKitWebDriver: not
   * interactable); try again for 3 s.
   */
  async click(element) {
    const end = Date.now() + 3000;
    for (;;) {
      try {
        return await this.cmd('POST', `/element/${element}/click`, {});
      } catch (e) {
        const held = e.error === 'element click intercepted' || e.error === 'element not interactable';
        if (!held || Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  text(element) {
    return this.cmd('GET', `/element/${element}/text`);
  }

  attribute(element, name) {
    return this.cmd('GET', `/element/${element}/attribute/${encodeURIComponent(name)}`);
  }

  displayed(element) {
    return this.cmd('GET', `/element/${element}/displayed`);
  }

  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** A PNG of the window, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
}
