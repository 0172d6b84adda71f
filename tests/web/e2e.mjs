// End to end in Debian's Chromium (playwright-core) against the real backend on loopback:
// a 10-12 child reports a chat message in en, sw and ar; axe-core at every step; keyboard-only
// completion; quick exit; a console decision shows in "My reports". Prints "N passed, N failed".
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_ROOTS, ROOT, assert, check, finish, launch, startBackend, until } from './harness.mjs';

const ART = join(ROOT, 'target/web-artifacts');
mkdirSync(ART, { recursive: true });
const AXE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const { base: BASE, proc: backend } = await startBackend({ portBase: 18000 });
const browser = await launch();

async function axe(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert(result.length === 0, `${label}: axe violations ${JSON.stringify(result)}`);
}

// Every tellsafe-* event the page sees, in order (they bubble, composed, to the document; a
// release for a closed element is dispatched on the document itself).
const RECORD_EVENTS = () => {
  window.__tellsafe = [];
  // The demo is served with a strict CSP (no inline script or style): any violation means the
  // element needs a looser policy than an integrator would set.
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.effectiveDirective), true);
  for (const type of ['tellsafe-submitted', 'tellsafe-intent', 'tellsafe-delivered', 'tellsafe-exit', 'tellsafe-error']) {
    document.addEventListener(type, (e) => window.__tellsafe.push({ type, ...e.detail }), true);
  }
};
// A fresh browser context (its own IndexedDB) with open shadow roots, the event recorder and
// any `extra` init scripts; returns the context and its one page.
async function freshPage(extra = [], options = { viewport: { width: 480, height: 900 } }) {
  const ctx = await browser.newContext(options);
  for (const script of [OPEN_ROOTS, RECORD_EVENTS, ...extra]) await ctx.addInitScript(script);
  return { ctx, page: await ctx.newPage() };
}
// Resolves on the element's `tellsafe-delivered` for `reportId`: the backend accepted it and core
// verified the receipt (no polling of the backend).
async function delivered(page, reportId, timeout = 20000) {
  await until(page, (id) => window.__tellsafe.some((e) => e.type === 'tellsafe-delivered' && e.reportId === id), reportId, timeout);
}
const el = (page) => page.locator('tellsafe-report');
// demo.js wires the Report buttons after a top-level await; clicking earlier would do nothing.
async function openDemo(page, query) {
  const res = await page.goto(`${BASE}/?${query}`);
  const csp = res.headers()['content-security-policy'] ?? '';
  assert(csp.includes("style-src 'self'") && !csp.includes('unsafe-inline'), `demo served under a strict CSP, got "${csp}"`);
  await page.waitForSelector('html[data-ready=true]', { timeout: 15000 });
}
// Console errors go into the failure message: the element logs codes, never report content.
function watchConsole(page) {
  const lines = [];
  page.on('console', (m) => { if (m.type() === 'error') lines.push(m.text()); });
  return lines;
}
async function stepInfo(page) {
  return page.evaluate(() => {
    const root = document.querySelector('tellsafe-report')?.shadowRoot;
    if (!root) return null;
    return {
      title: root.getElementById('title')?.textContent ?? '',
      dir: root.querySelector('section')?.getAttribute('dir'),
      draft: !!root.querySelector('[part=draft-notice]'),
      help: !!root.querySelector('[data-help]'),
      choose: [...root.querySelectorAll('[data-choose]')].map((b) => b.dataset.choose),
      many: [...root.querySelectorAll('input[type=checkbox]')].map((i) => i.value),
      text: !!root.getElementById('free'),
      next: !!root.querySelector('[data-next]'),
      small: [...root.querySelectorAll('button')].filter((b) => { const r = b.getBoundingClientRect(); return r.height < 44 || r.width < 44; }).length,
    };
  });
}

// Drives the wizard to the end on the bullying path; with `keyboard`, only keys are used.
async function complete(page, tag, { keyboard = false, shots = false } = {}) {
  const seen = [];
  for (let i = 0; i < 20; i++) {
    await until(page, () => document.querySelector('tellsafe-report')?.shadowRoot?.getElementById('title'));
    const s = await stepInfo(page);
    if (!s) return seen;
    seen.push(s);
    assert(s.help, `${tag}: get help on every step`);
    assert(s.small === 0, `${tag}: touch targets >= 44px`);
    await axe(page, `${tag} step ${i}`);
    const csp = await page.evaluate(() => window.__csp ?? []);
    assert(csp.length === 0, `${tag} step ${i}: CSP violations ${JSON.stringify(csp)}`);
    if (shots) await el(page).screenshot({ path: join(ART, `${tag}-step-${i}.png`) });
    const doneNow = !s.choose.length && !s.many.length && !s.text && !s.next;
    if (doneNow) return seen;
    const inRoot = (sel) => `tellsafe-report >> ${sel}`;
    if (keyboard) {
      // Focus starts on the step title; Tab walks forward to the control we want.
      const target = s.choose.length ? `[data-choose="${s.choose.includes('bullying') ? 'bullying' : s.choose[0]}"]`
        : s.many.length ? 'input[type=checkbox]' : s.text ? '#free' : '[data-next]';
      for (let t = 0; t < 30; t++) {
        const hit = await page.evaluate((sel) => {
          const root = document.querySelector('tellsafe-report').shadowRoot;
          return root.activeElement === root.querySelector(sel);
        }, target);
        if (hit) break;
        await page.keyboard.press('Tab');
      }
      if (s.many.length) { await page.keyboard.press('Space'); }
      if (s.text) { await page.keyboard.type('They keep sending mean messages.'); }
      if (s.many.length || s.text) {
        for (let t = 0; t < 10; t++) {
          const onNext = await page.evaluate(() => { const r = document.querySelector('tellsafe-report').shadowRoot; return r.activeElement === r.querySelector('[data-next]'); });
          if (onNext) break;
          await page.keyboard.press('Tab');
        }
      }
      await page.keyboard.press('Enter');
    } else if (s.choose.length) {
      await page.locator(inRoot(`[data-choose="${s.choose.includes('bullying') ? 'bullying' : s.choose[0]}"]`)).click();
    } else {
      // Pick "block" where offered: it may destroy evidence, so core defers it until the receipt.
      if (s.many.length) await page.locator(inRoot(s.many.includes('block') ? 'input[value=block]' : 'input[type=checkbox]')).first().check();
      if (s.text) await page.locator(inRoot('#free')).fill('They keep sending mean messages.');
      await page.locator(inRoot('[data-next]')).click();
    }
    await until(page, (t) => document.querySelector('tellsafe-report')?.shadowRoot?.getElementById('title')?.textContent !== t, s.title, 5000).catch(() => {});
  }
  return seen;
}

async function reviewer(method, path, body) {
  const res = await fetch(`${BASE}${path}`, { method, headers: { authorization: 'Bearer reviewer-token', 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) };
}

for (const locale of ['en', 'sw', 'ar']) {
  await check(`10-12 reports a chat message in ${locale}; it reaches the backend`, async () => {
    const { ctx, page } = await freshPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const logged = watchConsole(page);
    await openDemo(page, `locale=${locale}&band=10-12&country=KE&account=demo&token=demo-token`);
    await page.locator('#msg-7 button.report').click();
    const before = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
    const submitted = page.evaluate(() => new Promise((r) => document.addEventListener('tellsafe-submitted', (e) => r(e.detail), { once: true })));
    const seen = await complete(page, locale, { shots: true, keyboard: locale === 'en' })
      .catch((e) => { throw new Error(`${e.message}; console errors: ${JSON.stringify(logged)}`); });
    assert(seen.length >= 4, `${locale}: walked ${seen.length} steps`);
    if (locale === 'ar') assert(seen.every((s) => s.dir === 'rtl'), 'ar is rtl');
    if (locale !== 'en') assert(seen.every((s) => s.draft), `${locale}: draft notice on every step`);
    else assert(seen.every((s) => !s.draft), 'en shows no draft notice');
    const detail = await submitted;
    assert(/^[0-9a-f-]{36}$/.test(detail.reportId), 'report id');
    await delivered(page, detail.reportId);
    const after = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
    assert(after === before + 1, `${locale}: backend queue grew (${before} -> ${after})`);
    assert(errors.length === 0, `page errors: ${errors}`);
    if (locale === 'en') {
      await page.screenshot({ path: join(ART, 'en-page-done.png') });
      // Console decision -> "My reports".
      const queue = (await reviewer('GET', '/v1/console/queue')).body.cases;
      const caseId = queue[queue.length - 1].case_id;
      assert((await reviewer('POST', `/v1/console/cases/${caseId}/start-review`)).status === 200, 'start review');
      const d = await reviewer('POST', `/v1/console/cases/${caseId}/decide`, {
        actions: ['remove'], grounds: { basis: 'terms', clause: 'community-guidelines-4.2' }, explanation: 'Bullying.',
        automated_detection: false, automated_decision: 'not_automated', holds: [], disclosure: 'full',
        content_type: 'text', territorial_scope: 'worldwide',
      });
      assert(d.status === 200, `decide ${d.status}`);
      await page.evaluate(() => window.refreshMine());
      await until(page, () => document.querySelector('tellsafe-my-reports')?.shadowRoot?.querySelector('[data-status=decided]'));
      const lines = await page.evaluate(() => [...document.querySelector('tellsafe-my-reports').shadowRoot.querySelectorAll('[data-status=decided] p')].map((p) => p.textContent));
      assert(lines.length === 1 && lines[0].length > 0, `one outcome line for the removal: ${lines.length}`);
      await axe(page, 'my reports');
      await page.locator('#mine').screenshot({ path: join(ART, 'my-reports.png') });
    }
    await ctx.close();
  });
}

await check('quick exit drops the draft from DOM and IndexedDB while a queued report still arrives', async () => {
  const { ctx, page } = await freshPage([], {});
  // Queue a report while the backend is unreachable from the page (requests aborted), then exit a second draft.
  await page.route('**/v1/**', (r) => r.abort());
  await openDemo(page, 'locale=en&band=10-12&country=KE');
  await page.locator('#msg-7 button.report').click();
  await complete(page, 'offline');
  const queued = await page.evaluate(() => window.__tellsafe.find((e) => e.type === 'tellsafe-submitted').reportId);
  const before = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  await page.locator('dialog').evaluate((d) => d.close());
  await page.locator('.profile button.report').first().click();
  await page.locator('tellsafe-report >> [data-choose="bullying"]').click();
  await page.locator('tellsafe-report >> [data-exit]').click();
  const dom = await page.evaluate(() => document.querySelector('tellsafe-report')?.shadowRoot?.innerHTML ?? '');
  assert(dom === '', 'element emptied');
  const idb = await page.evaluate(async () => {
    const db = await new Promise((r) => { const o = indexedDB.open('ts-data'); o.onsuccess = () => r(o.result); });
    return new Promise((r) => { const q = db.transaction('r').objectStore('r').getAllKeys(); q.onsuccess = () => r(q.result); });
  });
  assert(idb.some((k) => k.startsWith('o')), 'queued report kept');
  assert(!idb.some((k) => /^(d|s)/.test(k)), `no draft record: ${idb}`);
  await page.unroute('**/v1/**');
  await page.evaluate(() => window.refreshMine());
  await delivered(page, queued);
  const after = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  assert(after === before + 1, `queued report arrived (${before} -> ${after})`);
  await ctx.close();
});

// Storage refusing the outbox write (quota, private mode) must reach the child as words, not
// an unhandled rejection: a message and "Try again", `tellsafe-error` with the code only.
const FAILING_OUTBOX = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (window.__failOutbox && typeof key === 'string' && key.startsWith('o')) throw new DOMException('full', 'QuotaExceededError');
    return put.call(this, value, key);
  };
};
await check('a storage failure on submit shows a message and Try again; the retried report arrives', async () => {
  const { ctx, page } = await freshPage([FAILING_OUTBOX]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openDemo(page, 'locale=en&band=10-12&country=KE&account=failing&token=demo-token');
  await page.evaluate(() => { window.__failOutbox = true; });
  await page.locator('#msg-7 button.report').click();
  await complete(page, 'failing');
  await until(page, () => document.querySelector('tellsafe-report')?.shadowRoot?.querySelector('[part=error]'));
  const shown = await page.evaluate(() => {
    const root = document.querySelector('tellsafe-report').shadowRoot;
    const box = root.querySelector('[part=error]');
    return { role: box.getAttribute('role'), text: box.querySelector('p').textContent, retry: root.activeElement === box.querySelector('[data-retry]') };
  });
  assert(shown.role === 'alert' && shown.text.length > 0 && !shown.text.includes('wizard-'), `message shown: ${JSON.stringify(shown)}`);
  assert(shown.retry, 'focus on Try again');
  const events = await page.evaluate(() => window.__tellsafe);
  const failures = events.filter((e) => e.type === 'tellsafe-error');
  assert(failures.length === 1 && Object.keys(failures[0]).join() === 'type,code' && typeof failures[0].code === 'string', `tellsafe-error with the code only: ${JSON.stringify(failures)}`);
  assert(!events.some((e) => e.type === 'tellsafe-submitted'), 'not reported as submitted');
  await axe(page, 'submit failed');
  await el(page).screenshot({ path: join(ART, 'submit-failed.png') });
  const before = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  await page.evaluate(() => { window.__failOutbox = false; });
  await page.locator('tellsafe-report >> [data-retry]').click();
  await until(page, () => window.__tellsafe.some((e) => e.type === 'tellsafe-submitted'));
  const id = await page.evaluate(() => window.__tellsafe.find((e) => e.type === 'tellsafe-submitted').reportId);
  await delivered(page, id);
  const after = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  assert(after === before + 1, `retried report arrived once (${before} -> ${after})`);
  assert(errors.length === 0, `no unhandled rejection: ${errors}`);
  await ctx.close();
});

// Block is offered from 13-15 up; it is the one intent core defers until the receipt.
await check('13-15: two sessions and "My reports" on one page share one reporter; each deferred block is emitted once', async () => {
  const { ctx, page } = await freshPage();
  await openDemo(page, 'locale=en&band=13-15&country=KE&account=twice&token=demo-token');
  const ids = [];
  for (const button of ['#msg-7 button.report', '.profile button.report']) {
    await page.locator(button).first().click();
    await complete(page, 'twice');
    const id = await page.evaluate((n) => window.__tellsafe.filter((e) => e.type === 'tellsafe-submitted')[n]?.reportId, ids.length);
    assert(id, 'submitted');
    ids.push(id);
    await page.locator('dialog').evaluate((d) => d.close());
  }
  for (const id of ids) await delivered(page, id);
  // More drains from a fresh "My reports" element (a third user of the shared reporter).
  await page.evaluate(() => window.refreshMine());
  await until(page, (n) => document.querySelector('tellsafe-my-reports')?.shadowRoot?.querySelectorAll('[part=report]').length === n, ids.length);
  const events = await page.evaluate(() => window.__tellsafe);
  const deferred = events.filter((e) => e.type === 'tellsafe-intent' && e.deferred);
  assert(deferred.some((e) => e.reportId === ids[0] && e.intent === 'block'), `the first report deferred a block: ${JSON.stringify(events)}`);
  for (const e of deferred) {
    const n = deferred.filter((d) => d.reportId === e.reportId && d.intent === e.intent).length;
    assert(n === 1, `report ${ids.indexOf(e.reportId)}: deferred ${e.intent} emitted ${n} times`);
  }
  for (const id of ids) {
    assert(events.filter((e) => e.type === 'tellsafe-delivered' && e.reportId === id).length === 1, 'delivered once');
  }
  await ctx.close();
});

// A page whose sign-in expired sets a fresh token on the element: the shared reporter uses it
// without being reopened, and the report that waited for it arrives once.
await check('a refreshed token attribute reaches the shared reporter; the waiting report arrives once', async () => {
  const { ctx, page } = await freshPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const refused = page.waitForResponse((r) => r.url().endsWith('/v1/keys') && r.status() === 401, { timeout: 20000 });
  await openDemo(page, 'locale=en&band=13-15&country=KE&account=demo&token=stale-token');
  const before = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  await page.locator('#msg-7 button.report').click();
  await complete(page, 'stale');
  await until(page, () => window.__tellsafe.some((e) => e.type === 'tellsafe-submitted'));
  const id = await page.evaluate(() => window.__tellsafe.find((e) => e.type === 'tellsafe-submitted').reportId);
  // The backend refused the stale token (registering the install key is the first call).
  await refused;
  assert(!(await page.evaluate(() => window.__tellsafe.some((e) => e.type === 'tellsafe-delivered'))), 'nothing delivered with the stale token');
  // The app's sign-in refresh: the new token on every element, and on the ones it makes later.
  await page.evaluate(() => window.setToken('demo-token'));
  await delivered(page, id);
  const after = (await reviewer('GET', '/v1/console/queue')).body.cases.length;
  assert(after === before + 1, `the waiting report arrived once (${before} -> ${after})`);
  assert(errors.length === 0, `no unhandled rejection: ${errors}`);
  await ctx.close();
});

await browser.close();
backend.kill();
finish();
