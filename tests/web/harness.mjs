// What the browser suites (e2e.mjs, privacy.mjs) share: the real backend serving
// examples/web-demo on a loopback port, Debian's Chromium through playwright-core, the
// "N passed, N failed" reporter, and waits that work under the demo's strict CSP.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Chromium flags from toolchain.md: headless, and nothing that phones home. */
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
export const CHROMIUM = { executablePath: '/usr/bin/chromium', args: FLAGS, headless: true };
/** How long a wait may take before the check fails (the CI machine is slow and shared). */
const DEFAULT_WAIT_MS = 10000;

let passed = 0, failed = 0;
/** Runs one named check; a thrown error fails it with the first lines of its stack. */
export async function check(name, fn) {
  try { await fn(); passed++; console.log(`ok - ${name}`); }
  catch (e) { failed++; console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n  ')}`); }
}
export const assert = (c, m) => { if (!c) throw new Error(m); };
/** Prints the summary scripts/test reads and exits non-zero on any failure. */
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/**
 * Starts the backend with the demo as its static pages on a random port in [portBase, +1000),
 * writes the key it prints into the demo's backend.json (the page pins it) and resolves once
 * /healthz answers. `log`: a file name in its temporary directory for its stderr (else
 * inherited); `env`: extra variables.
 */
export async function startBackend({ portBase, log, env = {}, prefix = 'tellsafe-web-' }) {
  const port = portBase + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const proc = spawn(join(ROOT, 'target/debug/platform-backend'),
    ['--listen', `127.0.0.1:${port}`, '--db', join(dir, 'db.sqlite'), '--static-dir', join(ROOT, 'examples/web-demo')],
    { stdio: ['ignore', 'pipe', log ? openSync(join(dir, log), 'w') : 'inherit'], env: { ...process.env, ...env } });
  let printed = '';
  const backendKey = await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => {
      printed += d;
      const m = printed.match(/^backend public key \(ed25519, pin this in clients\): (\S+)$/m);
      if (m && /^listening on /m.test(printed)) resolve(m[1]);
    });
    proc.on('exit', () => reject(new Error('backend exited before printing its key')));
  });
  writeFileSync(join(ROOT, 'examples/web-demo/backend.json'), JSON.stringify({ backendKey }));
  // "listening on" comes once the router is built and the socket bound; /healthz confirms it.
  assert((await fetch(`${base}/healthz`)).ok, 'backend healthy');
  return { base, dir, proc, backendKey };
}

/** Launches Debian's Chromium. */
export const launch = () => chromium.launch(CHROMIUM);
/** A persistent profile (for tests that read what the browser stored on disk). */
export const launchPersistent = (profile) => chromium.launchPersistentContext(profile, CHROMIUM);

/** Init script: the element always asks for a closed shadow root; tests open it so Playwright
 *  and axe can see inside. */
export const OPEN_ROOTS = () => {
  const orig = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return orig.call(this, { ...init, mode: 'open' }); };
};

/** Longest pause between two checks of a wait when nothing observable changed (state outside
 *  the DOM, such as IndexedDB or the backend, changes without an event). */
const RECHECK_MS = 250;

// Page function: resolves at the next DOM change (document or an open TellSafe shadow root),
// tellsafe-* event, or after `ms`, whichever comes first.
const NEXT_CHANGE = (ms) => new Promise((resolve) => {
  const opts = { subtree: true, childList: true, attributes: true, characterData: true };
  const types = ['tellsafe-submitted', 'tellsafe-delivered', 'tellsafe-intent', 'tellsafe-error', 'tellsafe-exit'];
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const t of types) document.removeEventListener(t, done, true);
    resolve();
  };
  const observer = new MutationObserver(done);
  observer.observe(document, opts);
  for (const host of document.querySelectorAll('tellsafe-report, tellsafe-my-reports')) {
    if (host.shadowRoot) observer.observe(host.shadowRoot, opts);
  }
  for (const t of types) document.addEventListener(t, done, true);
  const timer = setTimeout(done, ms);
});

/**
 * Resolves once `fn(arg)` is truthy in the page, re-checked after every DOM change or
 * tellsafe-* event. Playwright's waitForFunction builds its predicate with `eval`, which the
 * demo's CSP (no 'unsafe-eval') refuses; `page.evaluate` of a function is not subject to it.
 */
export async function until(page, fn, arg = null, timeout = DEFAULT_WAIT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    assert(Date.now() < deadline, `timed out after ${timeout} ms waiting for: ${String(fn).slice(0, 160)}`);
    await page.evaluate(NEXT_CHANGE, Math.min(RECHECK_MS, Math.max(1, deadline - Date.now())));
  }
}
