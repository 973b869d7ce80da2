// Shared helpers for the end-to-end tests: temp dirs, free ports, child processes.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = path.join(HERE, 'artifacts');

export async function artifactsDir() {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export async function tempDir(prefix) {
  return mkdtemp(path.join(os.tmpdir(), `waymark-${prefix}-`));
}

export async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value; throw with `what` after `timeoutMs`. */
export async function waitUntil(fn, what, timeoutMs = 15000, everyMs = 100) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await sleep(everyMs);
  }
}

/**
 * Start a process in its own process group, keeping the last output for error messages.
 * `stop()` ends that group (the process and any children it started, such as WebKitWebDriver).
 */
const running = new Set();
// If the test runner itself is stopped, do not leave hubs or drivers behind.
process.on('exit', () => {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid) running.add(child.pid);
  child.on('exit', () => running.delete(child.pid));
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let spawnError;
  child.on('error', (e) => {
    spawnError = e;
  });
  return {
    child,
    exited,
    output: () => output,
    spawnError: () => spawnError,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await exited;
      }
    },
  };
}
